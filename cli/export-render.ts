// `journey export --format markdown|html|pdf|map-svg|map-png|svg|png`: the exports that need
// more than the model. Markdown is pure text. The images and the offline HTML page need
// Mermaid's drawing and the measured map, so they load the preview's own bundle
// (dist/webview.js, with its CSP) into a local headless Chromium (language/node/local-browser.ts:
// $CHROME_PATH or the usual places) driven by playwright-core; no browser is downloaded. The page
// is served from an invalid origin through request interception and every other request is
// refused, so nothing leaves the machine. The PDF is the HTML page printed by that browser
// (language/node/print-to-pdf.ts), as in VS Code.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { BrowserNotFoundError, findLocalBrowser } from '../language/node/local-browser.js';
import { printHtmlToPdf } from '../language/node/print-to-pdf.js';
import type { PageSize } from '../language/export/print-layout.js';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { MapModel } from '../language/model/map-model.js';
import { buildMarkdownExport } from '../language/export/markdown-export.js';
import { buildHtmlExport } from '../language/export/html-export.js';
import { webviewHtml, createNonce } from '../webview/page-html.js';
import type { ExportPayload, ExportRequestOptions, FromWebview, ToWebview } from '../webview/protocol.js';

export type RenderFormat = 'markdown' | 'html' | 'pdf' | 'map-svg' | 'map-png' | 'svg' | 'png';

export interface RenderOptions {
    /** Presentation mode: no findings, no summary, empty lanes collapsed. */
    presentation?: boolean;
    /** Leave the Mermaid diagram out of the whole map (`--no-mermaid`). */
    withoutDiagram?: boolean;
    /** The printed page of the HTML and PDF (`--page`). */
    page?: PageSize;
    /** Pixels per CSS pixel of a PNG (`--scale`, 2 by default). */
    scale?: number;
}

/**
 * The renderer page's globals as the callbacks below see them: they run in Chromium, not in
 * this Node process (which has no DOM types), and reach them through `globalThis`.
 */
interface RendererGlobals {
    __posted: FromWebview[];
    __state: unknown;
    acquireVsCodeApi(): unknown;
    journeyPreview?: { settled(): Promise<void>; exportPayload(format: string, journeyId?: string, options?: ExportRequestOptions): Promise<ExportPayload> };
    postMessage(message: unknown, targetOrigin: string): void;
    document: { body: { className: string }; addEventListener(type: string, listener: () => void): void };
}

/** Thrown when an export needs a browser and none is installed. */
export class ChromiumNotFoundError extends BrowserNotFoundError {
    constructor(searched: string[]) {
        super(searched);
        this.message = `No Chromium or Chrome found for drawing the map (looked at: ${searched.join(', ')}). Install Chromium or set CHROME_PATH to a Chrome/Chromium executable.`;
        this.name = 'ChromiumNotFoundError';
    }
}

export class ExportRenderError extends Error {
    override name = 'ExportRenderError';
}

export function findChromium(): string {
    try {
        return findLocalBrowser();
    } catch (error) {
        if (error instanceof BrowserNotFoundError) throw new ChromiumNotFoundError(error.searched);
        throw error;
    }
}

export const CHROMIUM_ARGS = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
];

export async function launchChromium(): Promise<Browser> {
    const executablePath = findChromium();
    // Required, not imported: bin/journey.cjs may run this bundle from V8's code cache, and Node
    // then has no loader for a dynamic import() (ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING).
    const { chromium } = createRequire(import.meta.url)('playwright-core') as typeof import('playwright-core');
    return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

/** dist/ holding webview.js and webview.css: beside this bundle, or the repository's dist/. */
export function distDir(): string {
    const candidates = [process.env.JOURNEY_DIST, __dirname, join(__dirname, '..', 'dist')].filter((dir): dir is string => !!dir);
    const found = candidates.find(dir => existsSync(join(dir, 'webview.js')));
    if (!found) throw new ExportRenderError(`The preview bundle (webview.js) was not found in ${candidates.join(', ')}; run npm run build.`);
    return found;
}

export const RENDERER_ORIGIN = 'https://journey-preview.invalid';

export interface RendererPage {
    page: Page;
    /** Messages the webview posted to the (stub) extension. */
    posted(): Promise<FromWebview[]>;
    send(message: ToWebview): Promise<void>;
    /** Waits for the diagram render in progress to finish. */
    settled(): Promise<void>;
}

/** Opens the preview webview in a page with a stub `acquireVsCodeApi`, as VS Code would. */
export async function openRendererPage(browser: Browser, options: { bodyClass?: string; state?: unknown; language?: string } = {}): Promise<RendererPage> {
    const dist = distDir();
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.route('**/*', async route => {
        const url = new URL(route.request().url());
        if (url.origin !== RENDERER_ORIGIN) return route.abort();
        if (url.pathname === '/index.html') {
            const nonce = createNonce();
            return route.fulfill({
                contentType: 'text/html',
                body: webviewHtml({
                    cspSource: RENDERER_ORIGIN,
                    nonce,
                    scriptUri: `${RENDERER_ORIGIN}/webview.js`,
                    styleUri: `${RENDERER_ORIGIN}/webview.css`,
                    language: options.language,
                }),
            });
        }
        const file = join(dist, url.pathname.replace(/^\/+/, ''));
        if (!/^\/webview\.(js|css)$/.test(url.pathname) || !existsSync(file)) return route.fulfill({ status: 404, body: '' });
        return route.fulfill({ contentType: url.pathname.endsWith('.js') ? 'text/javascript' : 'text/css', body: readFileSync(file) });
    });
    await page.addInitScript(
        ({ bodyClass, state }) => {
            const w = globalThis as unknown as RendererGlobals;
            w.__posted = [];
            w.__state = state;
            w.acquireVsCodeApi = () => ({
                postMessage: (message: FromWebview) => {
                    w.__posted.push(message);
                },
                getState: () => w.__state,
                setState: (next: unknown) => {
                    w.__state = next;
                },
            });
            w.document.addEventListener('DOMContentLoaded', () => {
                if (bodyClass) w.document.body.className = bodyClass;
            });
        },
        { bodyClass: options.bodyClass ?? 'vscode-light', state: options.state },
    );
    await page.goto(`${RENDERER_ORIGIN}/index.html`);
    await page.waitForFunction(() => (globalThis as unknown as RendererGlobals).journeyPreview !== undefined);
    return {
        page,
        posted: () => page.evaluate(() => (globalThis as unknown as RendererGlobals).__posted),
        // JSON text crosses into the page much faster than Playwright's serialisation of a large object.
        send: message =>
            page.evaluate(json => {
                (globalThis as unknown as RendererGlobals).postMessage(JSON.parse(json), '*');
            }, JSON.stringify(message)),
        settled: async () => {
            // Let the message be handled first, then wait for the render it started.
            await page.evaluate(() => new Promise(resolve => setTimeout(resolve, 0)));
            await page.evaluate(() => (globalThis as unknown as RendererGlobals).journeyPreview!.settled());
        },
    };
}

function pickJourney(model: MapModel, journeyId?: string) {
    const journey = journeyId ? model.journeys.find(j => j.id === journeyId) : model.journeys[0];
    if (!journey) throw new ExportRenderError(journeyId ? `No journey "${journeyId}" in ${model.uri}` : `No journey in ${model.uri}`);
    return journey;
}

async function renderInBrowser(
    model: MapModel,
    journeyId: string,
    format: 'svg' | 'png' | 'html' | 'map-svg' | 'map-png',
    options: RenderOptions,
): Promise<ExportPayload> {
    const browser = await launchChromium();
    try {
        const renderer = await openRendererPage(browser, { state: { journeyId, presentation: options.presentation === true } });
        await renderer.send({ type: 'model', model, locked: false });
        await renderer.settled();
        // PNGs are photographed below from the SVG the same export writes.
        const asked = format === 'png' ? 'svg' : format === 'map-png' ? 'map-svg' : format;
        const request: ExportRequestOptions = { withoutDiagram: options.withoutDiagram, css: asked === 'map-svg' ? webviewCss() : undefined };
        const payload = await renderer.page.evaluate(
            ({ f, request }) => (globalThis as unknown as RendererGlobals).journeyPreview!.exportPayload(f, undefined, request),
            { f: asked, request },
        );
        if ((format === 'png' || format === 'map-png') && payload.svg) {
            // The SVG exactly as exported, photographed by the browser at twice its size (or --scale).
            const page = await browser.newPage({ deviceScaleFactor: options.scale ?? 2 });
            await page.route('**/*', route => route.abort());
            await page.setContent(
                `<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"><style>body{margin:0;background:#fff}svg{display:block}</style></head><body>${payload.svg}</body></html>`,
            );
            const png = await page.locator('svg').first().screenshot({ type: 'png' });
            return { journeyId: payload.journeyId, png: `data:image/png;base64,${png.toString('base64')}` };
        }
        return payload;
    } finally {
        await browser.close();
    }
}

export function webviewCss(): string {
    return readFileSync(join(distDir(), 'webview.css'), 'utf8');
}

/**
 * Renders one journey of a model (the first when no id is given) in a format.
 * markdown, html, svg, map-svg → string; png, map-png, pdf → Buffer.
 * Throws ChromiumNotFoundError when a format that needs a browser is asked for and none is found.
 */
export async function renderExport(model: MapModel, format: RenderFormat, journeyId?: string, options: RenderOptions = {}): Promise<Buffer | string> {
    const journey = pickJourney(model, journeyId);
    if (format === 'markdown') return buildMarkdownExport(model, journey, { presentation: options.presentation });
    if (format === 'html' || format === 'pdf') {
        const payload = options.withoutDiagram ? undefined : await renderInBrowser(model, journey.id, 'html', options);
        const html = buildHtmlExport(model, journey, {
            svg: payload?.svg,
            css: webviewCss(),
            presentation: options.presentation,
            withoutDiagram: options.withoutDiagram,
            page: options.page,
        });
        return format === 'html' ? html : Buffer.from(await printHtmlToPdf(html, findChromium()));
    }
    const payload = await renderInBrowser(model, journey.id, format, options);
    if (format === 'svg' || format === 'map-svg') {
        if (!payload.svg) throw new ExportRenderError(format === 'svg' ? 'The diagram could not be drawn' : 'The map could not be drawn');
        return payload.svg;
    }
    if (!payload.png) throw new ExportRenderError(format === 'png' ? 'The diagram could not be drawn' : 'The map could not be drawn');
    return Buffer.from(payload.png.replace(/^data:image\/png;base64,/, ''), 'base64');
}
