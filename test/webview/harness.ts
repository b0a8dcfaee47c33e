// Shared set-up of the browser tests: the built preview bundle in headless Chromium
// (Debian's /usr/bin/chromium or $CHROME_PATH, driven by playwright-core), with a stub
// `acquireVsCodeApi`, served under the same CSP as in VS Code (cli/export-render.ts). Mermaid
// draws in a pinned font unless a test asks for the machine's (test/webview/pinned-font.ts).
import { execSync } from 'node:child_process';
import { existsSync, statSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium, openRendererPage, RENDERER_ORIGIN, type RendererPage } from '../../cli/export-render.js';
import type { MapModel } from '../../language/model/map-model.js';
import { pinMermaidFont } from './pinned-font.js';

/** Builds dist/webview.js when it is missing or older than its sources. */
export function ensureWebviewBuilt(): void {
    const bundle = join('dist', 'webview.js');
    const newest = (dir: string): number =>
        Math.max(
            0,
            ...readdirSync(dir, { withFileTypes: true }).map(entry =>
                entry.isDirectory() ? newest(join(dir, entry.name)) : statSync(join(dir, entry.name)).mtimeMs,
            ),
        );
    const sources = Math.max(newest('webview'), newest(join('language', 'export')));
    if (!existsSync(bundle) || statSync(bundle).mtimeMs < sources) execSync('node esbuild.mjs', { stdio: 'ignore' });
}

export async function startBrowser(): Promise<Browser> {
    ensureWebviewBuilt();
    return launchChromium();
}

export interface Preview extends RendererPage {
    show(model: MapModel): Promise<void>;
    text(selector: string): Promise<string[]>;
    svgTexts(): Promise<string[]>;
    pageErrors: string[];
}

export interface PreviewOptions {
    bodyClass?: string;
    state?: unknown;
    language?: string;
    /** 'pinned' (the default): Mermaid draws in the test font (test/webview/pinned-font.ts); 'system': in the machine's, as in VS Code. */
    font?: 'pinned' | 'system';
}

export async function openPreview(browser: Browser, options: PreviewOptions = {}): Promise<Preview> {
    const renderer = await openRendererPage(browser, options);
    if (options.font !== 'system') await pinMermaidFont(renderer.page, RENDERER_ORIGIN);
    const pageErrors: string[] = [];
    renderer.page.on('pageerror', error => pageErrors.push(error.message));
    return {
        ...renderer,
        pageErrors,
        async show(model: MapModel) {
            await renderer.send({ type: 'model', model, locked: false });
            await renderer.settled();
        },
        text: selector => renderer.page.$$eval(selector, nodes => nodes.map(node => node.textContent ?? '')),
        /** Every text Mermaid drew (SVG text elements and HTML labels), whitespace collapsed. */
        svgTexts: () =>
            renderer.page.$$eval('.stage svg text, .stage svg foreignObject', nodes =>
                nodes.map(node => (node.textContent ?? '').replace(/\s+/g, ' ').trim()).filter(Boolean),
            ),
    };
}

/** A journey with `count` touchpoints in phases of ten (for sizes and timings). */
export function bigJourney(count: number, variant = ''): string {
    const lines = ['team Ops "Operations"', 'channel web "Web"', 'persona P "Pat"', '', `journey Big "Big journey ${count}" {`, '  persona P'];
    for (let phase = 0; phase * 10 < count; phase++) {
        lines.push(`  phase Ph${phase} "Phase ${phase}" {`, `    moment ${phase}`);
        for (let t = phase * 10; t < Math.min(count, phase * 10 + 10); t++) {
            lines.push(
                `    touchpoint T${t} "Touchpoint ${t}: step" {`,
                '      channel web',
                `      owner Ops`,
                `      action "Does thing ${t}${variant}"`,
                `      emotion ${(t % 5) + 1} "feeling"`,
                '      opportunity "Make it better" { horizon short owner Ops }',
                '    }',
            );
        }
        lines.push('  }');
    }
    lines.push('}');
    return lines.join('\n');
}
