// webview/svg-import.ts in headless Chromium: the only sanitizer between Mermaid's SVG and the
// preview (Mermaid runs with securityLevel 'loose'), fed markup no journey would produce.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSync } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../cli/export-render.js';

let browser: Browser;
let page: Page;
beforeAll(async () => {
    const bundle = buildSync({
        stdin: {
            contents: "import { importSvg } from './webview/svg-import.ts'; (window as any).importSvg = importSvg;",
            resolveDir: process.cwd(),
            loader: 'ts',
        },
        bundle: true,
        platform: 'browser',
        format: 'iife',
        write: false,
    }).outputFiles[0].text;
    browser = await launchChromium();
    page = await browser.newPage();
    await page.setContent('<!doctype html><html><body><div id="stage"></div></body></html>');
    await page.addScriptTag({ content: bundle });
}, 60_000);
afterAll(async () => {
    await browser?.close();
});

/** Imports `markup` into the page's stage; returns what the stage then holds and whether any script ran. */
function imported(markup: string) {
    return page.evaluate(async text => {
        const w = window as unknown as { importSvg(markup: string): SVGSVGElement | undefined; __pwned?: unknown };
        const svg = w.importSvg(text);
        const stage = document.getElementById('stage')!;
        stage.replaceChildren(...(svg ? [svg] : []));
        await new Promise(resolve => setTimeout(resolve, 100)); // an onerror or onload would have fired
        return {
            html: stage.innerHTML,
            adopted: svg ? svg.ownerDocument === document && svg.namespaceURI === 'http://www.w3.org/2000/svg' : false,
            pwned: w.__pwned,
        };
    }, markup);
}

describe("importing Mermaid's SVG", () => {
    it('keeps what a journey draws: shapes, styles, text, HTML labels in foreignObject, links within the SVG', async () => {
        const markup =
            '<svg id="journey-diagram-1" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><style>#journey-diagram-1 .task{fill:#fff}</style>' +
            '<defs><marker id="journey-diagram-1-arrowhead"><path d="M 0,0 V 4 L6,2 Z"></path></marker></defs>' +
            '<g class="task"><rect x="1" y="2" rx="3" class="task task-type-0"></rect><circle cx="5" cy="6" r="15" class="face"></circle>' +
            '<switch><foreignObject x="1" y="1" width="5" height="5"><div xmlns="http://www.w3.org/1999/xhtml" style="display: table;"><div class="label">Paga en caja</div></div></foreignObject>' +
            '<text x="1" dominant-baseline="central"><tspan>Paga en caja</tspan></text></switch></g>' +
            '<line x1="0" marker-end="url(#journey-diagram-1-arrowhead)"></line><a href="#journey-diagram-1"><text>arriba</text></a></svg>';
        const { html, adopted } = await imported(markup);
        expect(adopted).toBe(true);
        for (const kept of [
            '<style>#journey-diagram-1 .task{fill:#fff}</style>',
            '<rect x="1" y="2" rx="3" class="task task-type-0">',
            'class="face"',
            '<div class="label">Paga en caja</div>',
            '<tspan>Paga en caja</tspan>',
            'dominant-baseline="central"',
            'marker-end="url(#journey-diagram-1-arrowhead)"',
            '<a href="#journey-diagram-1"><text>arriba</text></a>',
        ]) {
            expect(html, kept).toContain(kept);
        }
    });

    it('drops scripts, handlers, frames, images that run code and links that leave the SVG, and runs nothing', async () => {
        const markup =
            '<svg xmlns="http://www.w3.org/2000/svg" onload="window.__pwned=1"><script>window.__pwned=2</script>' +
            '<g onclick="window.__pwned=3"><text onmouseover="window.__pwned=4">Cobro</text></g>' +
            '<a href="javascript:window.__pwned=5"><text>enlace</text></a><a xlink:href="https://example.com/x"><text>fuera</text></a>' +
            '<image href="https://example.com/tracker.png"></image>' +
            '<foreignObject><div xmlns="http://www.w3.org/1999/xhtml"><img src="x" onerror="window.__pwned=6"><iframe src="javascript:window.__pwned=7"></iframe>' +
            '<object data="x"></object><embed src="x"></embed>Etiqueta</div></foreignObject></svg>';
        const { html, pwned } = await imported(markup);
        expect(pwned).toBeUndefined();
        expect(html).not.toMatch(/<script|<iframe|<object|<embed|\son\w+=|javascript:|example\.com/i);
        for (const text of ['Cobro', 'enlace', 'fuera', 'Etiqueta']) expect(html).toContain(text);
    });

    it('drops links that leave the SVG however they are written, and keeps a URL-looking value only where it cannot load or run', async () => {
        const markup =
            '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><defs><linearGradient id="g"></linearGradient></defs>' +
            '<a xlink:href="  https://example.com/padded"><text>uno</text></a><a HREF="HTTPS://EXAMPLE.COM/upper"><text>dos</text></a>' +
            '<a href=" #g"><text>tres</text></a><rect x="javascript:window.__pwned=8" fill="javascript:window.__pwned=9"></rect></svg>';
        const { html, pwned } = await imported(markup);
        expect(pwned).toBeUndefined();
        expect(html).not.toMatch(/example\.com/i);
        expect(html).toContain('<a href="#g"><text>tres</text></a>');
        expect(html).not.toMatch(/fill=/);
        for (const text of ['uno', 'dos', 'tres']) expect(html).toContain(text);
    });

    it('gives nothing when the markup holds no SVG', async () => {
        expect(await imported('<div>Syntax error in text</div>')).toEqual({ html: '', adopted: false, pwned: undefined });
    });
});
