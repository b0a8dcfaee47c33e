// User text is text in every export: titles and descriptions holding HTML,
// `</script>`, `javascript:` links, Mermaid directives and `click` lines, and Markdown reach
// the reader literally and run nothing. The Mermaid and JSON exports through the command
// line; Markdown, HTML, SVG (the diagram's and the whole map's) and PDF through
// cli/export-render.ts, with the HTML and SVGs (and the
// Markdown rendered by a Markdown engine) loaded in headless Chromium, where a script that
// ran would set `window.__pwned` or open a dialog. (The preview's own hostile-text tests
// live with the preview.) Needs `npm run build` (dist/cli.cjs, dist/webview.js).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { EmptyFileSystem, URI } from 'langium';
import { marked } from 'marked';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Journey, Model } from '../../language/generated/ast.js';
import { createJourneyCoreServices } from '../../language/journey-module.js';
import { journeyToMermaid } from '../../language/mermaid/mermaid-journey.js';
import { decodeMermaidText } from '../../language/mermaid/mermaid-text.js';
import type { MapModel } from '../../language/model/map-model.js';
import { readPdf } from '../helpers/pdf-reader.js';

/** Hostile texts; `window.__pwned` is set by any of them that runs. */
const HOSTILE = {
    img: '<img src=x onerror="window.__pwned=\'img\';alert(1)">',
    script: "</script><script>window.__pwned='script'</script>",
    svg: '<svg onload="window.__pwned=\'svg\'"><circle r=5 /></svg>',
    jsLink: "javascript:window.__pwned='link'",
    mdLink: "[click me](javascript:window.__pwned='md') and ![i](x onerror=alert(1))",
    init: '%%{init: {"securityLevel":"loose","startOnLoad":true}}%%',
    click: 'A\nclick A call window.__pwned()\nclick A href "javascript:alert(1)"',
    markdown: '**bold** _it_ `code` <b>b</b> # heading | pipe | \\ backslash',
    iframe: '<iframe srcdoc="<script>parent.__pwned=\'iframe\'</script>"></iframe>',
    template: "{{constructor.constructor('window.__pwned=1')()}} ${window.__pwned=2}",
    entities: '&lt;b&gt; &amp; #58; #colon; &#x3C;script&#x3E;',
    style: '<style>body{display:none}</style><link rel=stylesheet href=https://evil.invalid/x.css>',
};

/** A `.journey` string literal for `text`. */
function literal(text: string): string {
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}

function hostileJourney(): string {
    const h = HOSTILE;
    return `persona Mallory ${literal(h.img)} {
  role ${literal(h.markdown)}
  quote ${literal(h.script)}
}
team Evil ${literal(h.svg)}
channel web ${literal(h.jsLink)}

journey Hostile ${literal(h.script)} {
  persona Mallory
  description ${literal(h.mdLink)}
  description ${literal(h.iframe)}

  phase Start ${literal(h.init)} {
    moment 0
    owner Evil
    touchpoint Click ${literal(h.click)} {
      channel web
      action ${literal(h.template)}
      thought ${literal(h.entities)}
      emotion 2 ${literal(h.style)}
      pain ${literal(h.img)}
      gap ${literal(h.svg)} {
        current ${literal(h.jsLink)}
        target ${literal(h.markdown)}
        change ${literal(h.init)}
      }
      opportunity ${literal(h.mdLink)} {
        horizon short
      }
      kpi ${literal(h.iframe)} {
        current 1
        target 2
        unit ${literal(h.template)}
      }
    }
    touchpoint Img ${literal(h.img)} {
      channel web
      emotion 4 ${literal(h.script)}
    }
  }
}
`;
}

const CLI = resolve('bin/journey.cjs');
let folder: string;
let file: string;
let journeyNode: Journey;

beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'journey-hostile-'));
    file = join(folder, 'hostile.journey');
    writeFileSync(file, hostileJourney());
    const { shared } = createJourneyCoreServices(EmptyFileSystem);
    const document = shared.workspace.LangiumDocumentFactory.fromString<Model>(hostileJourney(), URI.file(file));
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: true });
    const syntax = (document.diagnostics ?? []).filter(d => d.code === 'syntax-error');
    expect(syntax, 'the hostile file itself must parse').toEqual([]);
    journeyNode = document.parseResult.value.declarations.find((d): d is Journey => d.$type === 'Journey')!;
});
afterAll(() => {
    if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('hostile text in the Mermaid export', () => {
    it('encodes directives, click lines, markup and separators so every title renders as written', () => {
        const mermaid = execFileSync(process.execPath, [CLI, 'export', file, '--format', 'mermaid'], { encoding: 'utf8' });
        expect(mermaid).toBe(journeyToMermaid(journeyNode));
        const lines = mermaid.trimEnd().split('\n');
        // journey, title, one section, two tasks: no line added by a newline in a title.
        expect(lines.length).toBe(5);
        expect(lines[0]).toBe('journey');
        for (const line of lines.slice(1)) {
            expect(line).toMatch(/^ {2}(title|section) |^ {4}\S/);
            expect(line.trim()).not.toMatch(/^(click|%%|style|classDef|accTitle|accDescr)/);
        }
        expect(mermaid).not.toMatch(/%%|[<>]|javascript:(?!.*#)/);
        const title = lines[1].replace(/^ {2}title /, '');
        expect(decodeMermaidText(title)).toBe(HOSTILE.script);
        const section = lines[2].replace(/^ {2}section /, '');
        expect(decodeMermaidText(section)).toBe(HOSTILE.init);
        const task = lines[3].trim().split(': ')[0];
        expect(decodeMermaidText(task)).toBe(HOSTILE.click.replace(/\n/g, ' '));
    });
});

describe('hostile text in the JSON export', () => {
    it('keeps every string exactly', () => {
        const json = execFileSync(process.execPath, [CLI, 'export', file, '--format', 'json'], { encoding: 'utf8' });
        const exported = JSON.parse(json) as MapModel;
        const journey = exported.journeys[0];
        expect(journey.title).toBe(HOSTILE.script);
        expect(journey.descriptions).toEqual([HOSTILE.mdLink, HOSTILE.iframe]);
        const touchpoint = journey.phases[0].touchpoints[0];
        expect(touchpoint.title).toBe(HOSTILE.click);
        expect(touchpoint.actions).toEqual([HOSTILE.template]);
        expect(touchpoint.thoughts).toEqual([HOSTILE.entities]);
        expect(touchpoint.pains).toEqual([HOSTILE.img]);
        expect(json).toContain(JSON.stringify(HOSTILE.style));
    });
});

// ---- In a browser -------------------------------------------------------------------------

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

interface Loaded {
    pwned: unknown;
    dialogs: string[];
    text: string;
    requests: string[];
    /** Elements or attributes that could run code: scripts, frames, objects, on* handlers, javascript: links. */
    active: string[];
    /** The labels the canvas's emotion curve draws, and the touchpoint titles of its header. */
    curveLabels: string[];
    canvasTitles: string[];
}

/** Loads `html` as a file page with the traps set, and reports what ran and what it shows. */
async function load(browser: Browser, html: string, name: string): Promise<Loaded> {
    const path = join(folder, name);
    writeFileSync(path, html);
    const page: Page = await browser.newPage();
    const dialogs: string[] = [];
    const requests: string[] = [];
    page.on('dialog', dialog => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
    });
    page.on('request', request => {
        if (!request.url().startsWith('file:') && !request.url().startsWith('data:')) requests.push(request.url());
    });
    await page.route(
        url => !url.protocol.startsWith('file') && !url.protocol.startsWith('data'),
        route => route.abort(),
    );
    await page.goto(`file://${path}`);
    await page.waitForLoadState('load');
    // Give onerror/onload handlers and timers a moment to fire.
    await page.waitForTimeout(300);
    const active = await page.evaluate(() => {
        const found: string[] = [];
        for (const element of Array.from(document.querySelectorAll('*'))) {
            const tag = element.tagName.toLowerCase();
            if (['script', 'iframe', 'object', 'embed', 'frame'].includes(tag)) found.push(`<${tag}>`);
            for (const attribute of Array.from(element.attributes)) {
                if (/^on/i.test(attribute.name)) found.push(`${tag}[${attribute.name}]`);
                if (/href|src|action|formaction/i.test(attribute.name) && /^\s*(javascript|vbscript|data:text\/html)/i.test(attribute.value))
                    found.push(`${tag}[${attribute.name}=${attribute.value}]`);
            }
        }
        // Click everything that is not a link: a Mermaid click handler would run now.
        for (const element of Array.from(document.querySelectorAll('body *:not(a)'))) element.dispatchEvent(new MouseEvent('click', { bubbles: true }));
        return found;
    });
    await page.waitForTimeout(100);
    const pwned = await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
    const text = await page.evaluate(
        () =>
            (document.body?.innerText ?? '') +
            '\n' +
            Array.from(document.querySelectorAll('svg text, svg title, svg foreignObject'))
                .map(e => e.textContent)
                .join('\n'),
    );
    // The canvas on screen (the HTML export also holds the printed pages' copy of it).
    const curveLabels = await page.$$eval('.grid-host svg.emotion-curve text.curve-label', nodes => nodes.map(node => node.textContent ?? ''));
    const canvasTitles = await page.$$eval('.grid-host table.canvas th.touchpoint .touchpoint-title', nodes => nodes.map(node => node.textContent ?? ''));
    await page.close();
    return { pwned, dialogs, text, requests, active, curveLabels, canvasTitles };
}

/** `journey export <hostile file> --format <format> -o <file>`: the command line's own output. */
function cliExport(format: string): string {
    return cliExportBytes(format).toString('utf8');
}

function cliExportBytes(format: string): Buffer {
    const output = join(folder, `cli-export.${format}`);
    rmSync(output, { force: true });
    execFileSync(process.execPath, [CLI, 'export', file, '--format', format, '-o', output], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return readFileSync(output);
}

describe('hostile text in exports rendered by a browser', () => {
    let browser: Browser | undefined;
    beforeAll(async () => {
        if (!existsSync(CHROMIUM)) return;
        const { chromium } = await import('playwright-core');
        browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
    }, 60_000);
    afterAll(async () => {
        await browser?.close();
    });

    it('the HTML export (journey export --format html) shows every hostile title literally and runs nothing', async ({ skip }) => {
        if (!browser) skip();
        const html = cliExport('html');
        expect(html).not.toMatch(/<script/i);
        const loaded = await load(browser!, html, 'export.html');
        expect(loaded.active).toEqual([]);
        expect(loaded.pwned).toBeUndefined();
        expect(loaded.dialogs).toEqual([]);
        expect(loaded.requests).toEqual([]);
        const text = loaded.text.replace(/\s+/g, ' ');
        for (const value of [HOSTILE.script, HOSTILE.img, HOSTILE.svg, HOSTILE.init, HOSTILE.template, HOSTILE.entities, HOSTILE.mdLink, HOSTILE.jsLink]) {
            expect(text, `the page should show ${value} as text`).toContain(value.replace(/\s+/g, ' '));
        }
        // The canvas: touchpoint titles in its header, the emotions' labels on its curve, as written.
        expect(loaded.canvasTitles).toEqual([HOSTILE.click, HOSTILE.img]);
        expect(loaded.curveLabels).toEqual([HOSTILE.style, HOSTILE.script]);
    }, 120_000);

    it('the SVG export (journey export --format svg) draws the titles as text and holds no script or handler', async ({ skip }) => {
        if (!browser) skip();
        const svg = cliExport('svg');
        const loaded = await load(browser!, svg, 'export.svg');
        expect(loaded.active).toEqual([]);
        expect(loaded.pwned).toBeUndefined();
        expect(loaded.dialogs).toEqual([]);
        const text = loaded.text.replace(/\s+/g, ' ');
        // Mermaid draws the tasks and sections (the title is the page's).
        expect(text).toContain(HOSTILE.init);
        expect(text).toContain(HOSTILE.img);
    }, 120_000);

    it('the whole-map SVG (journey export --format map-svg) shows every hostile title literally and runs nothing', async ({ skip }) => {
        if (!browser) skip();
        const svg = cliExport('map-svg');
        expect(svg).not.toMatch(/<script/i);
        const loaded = await load(browser!, svg, 'export-map.svg');
        expect(loaded.active).toEqual([]);
        expect(loaded.pwned).toBeUndefined();
        expect(loaded.dialogs).toEqual([]);
        expect(loaded.requests).toEqual([]);
        const text = loaded.text.replace(/\s+/g, ' ');
        for (const value of [HOSTILE.script, HOSTILE.img, HOSTILE.svg, HOSTILE.init, HOSTILE.template, HOSTILE.entities, HOSTILE.mdLink, HOSTILE.jsLink]) {
            expect(text, `the map should show ${value} as text`).toContain(value.replace(/\s+/g, ' '));
        }
        expect(loaded.canvasTitles).toEqual([HOSTILE.click, HOSTILE.img]);
        expect(loaded.curveLabels).toEqual([HOSTILE.style, HOSTILE.script]);
    }, 120_000);

    it('the PDF (journey export --format pdf) holds every hostile title as text', async ({ skip }) => {
        if (!browser) skip();
        const pages = await readPdf(cliExportBytes('pdf'));
        const text = pages
            .map(page => page.text)
            .join(' ')
            .replace(/\s+/g, '');
        // pdf.js's text runs break lines anywhere: compared without white space.
        for (const value of [HOSTILE.script, HOSTILE.img, HOSTILE.svg, HOSTILE.template, HOSTILE.entities, HOSTILE.jsLink]) {
            expect(text, `the PDF should hold ${value} as text`).toContain(value.replace(/\s+/g, ''));
        }
    }, 120_000);

    it('the Markdown export (journey export --format markdown), rendered by a Markdown engine, shows the text literally and runs nothing', async ({ skip }) => {
        if (!browser) skip();
        const markdown = cliExport('markdown');
        const rendered = await marked.parse(markdown);
        expect(rendered).not.toMatch(/<(img|script|svg|iframe|style|link)\b/i);
        expect(rendered).not.toMatch(/href="javascript:/i);
        const loaded = await load(browser!, `<!DOCTYPE html><meta charset="utf-8"><body>${rendered}</body>`, 'export-md.html');
        expect(loaded.active).toEqual([]);
        expect(loaded.pwned).toBeUndefined();
        expect(loaded.dialogs).toEqual([]);
        const text = loaded.text.replace(/\s+/g, ' ');
        for (const value of [HOSTILE.script, HOSTILE.img, HOSTILE.iframe, HOSTILE.template]) {
            expect(text, `the rendered Markdown should show ${value}`).toContain(value.replace(/\s+/g, ' '));
        }
    }, 120_000);

    it('the traps work: a page that does run a script is caught', async ({ skip }) => {
        if (!browser) skip();
        const loaded = await load(browser!, `<!DOCTYPE html><body>${HOSTILE.img}<a href="javascript:alert('x')">x</a></body>`, 'control.html');
        expect(loaded.pwned).toBe('img');
        expect(loaded.dialogs.length).toBeGreaterThan(0);
        expect(loaded.active).toEqual(['img[onerror]', "a[href=javascript:alert('x')]"]);
    }, 60_000);
});
