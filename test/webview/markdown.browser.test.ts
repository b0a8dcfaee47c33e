// ```journey blocks in VS Code's Markdown preview: the markdown-it plugin's output loaded with
// the preview script (dist/markdown-preview.js) in headless Chromium.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import MarkdownIt from 'markdown-it';
import type { Browser } from 'playwright-core';
import { journeyMarkdownItPlugin } from '../../markdown/markdown-it-plugin.js';
import { startBrowser } from './harness.js';
import { pinMermaidFont } from './pinned-font.js';

let browser: Browser;
beforeAll(async () => {
    browser = await startBrowser();
}, 120_000);
afterAll(async () => {
    await browser?.close();
});

/** The plugin's HTML in a page shaped like VS Code's Markdown preview, with the preview script (loaded once Mermaid's font is pinned). */
async function loadPreview(html: string) {
    const origin = 'https://markdown-preview.invalid';
    const page = await browser.newPage();
    await page.route('**/*', route => {
        const url = new URL(route.request().url());
        if (url.origin !== origin) return route.abort();
        if (url.pathname === '/')
            return route.fulfill({
                contentType: 'text/html; charset=utf-8',
                body: `<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src ${origin}; style-src ${origin} 'unsafe-inline'; img-src data:; font-src ${origin}"><link rel="stylesheet" href="/markdown-preview.css"></head><body class="vscode-light">${html}</body></html>`,
            });
        return route.fulfill({
            contentType: url.pathname.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'text/css; charset=utf-8',
            body: readFileSync(`dist${url.pathname}`),
        });
    });
    const errors: string[] = [];
    page.on('pageerror', error => errors.push(error.message));
    await page.goto(`${origin}/`);
    await pinMermaidFont(page, origin);
    await page.addScriptTag({ url: `${origin}/markdown-preview.js` });
    await page.waitForSelector('.journey-markdown-map svg', { timeout: 60_000 });
    return { page, errors };
}

it('renders fenced journey blocks as maps; other fences untouched; text stays text', async () => {
    const md = journeyMarkdownItPlugin(new MarkdownIt() as never) as unknown as { render(source: string): string };
    const source =
        '# Notes\n\n```journey\n' +
        readFileSync('examples/taller.journey', 'utf8').replace('Agenda la cita', "Agenda la cita <img src=x onerror='window.__pwned=1'>") +
        '```\n\n```js\nconst x = 1;\n```\n';
    const html = md.render(source);
    expect(html).toContain('class="journey-markdown"');
    expect(html).toContain('<code class="language-js">');
    expect(html).not.toContain('<img');
    const { page, errors } = await loadPreview(html);
    expect(await page.textContent('.journey-markdown-map h1.journey-title')).toBe('Mantenimiento programado del auto');
    const texts = await page.$$eval('.journey-markdown-map svg text, .journey-markdown-map svg foreignObject', nodes =>
        nodes.map(n => (n.textContent ?? '').replace(/\s+/g, ' ').trim()),
    );
    expect(texts).toContain('Recibe el diagnóstico: presupuesto y plazo');
    expect(texts).toContain("Agenda la cita <img src=x onerror='window.__pwned=1'>");
    // Every title whole, in boxes sized to it (webview/journey-box-size.ts).
    const labels = await page.$$eval('.journey-markdown-map svg foreignObject', nodes =>
        nodes.map(node => ({
            text: node.textContent,
            box: node.getBoundingClientRect().height,
            label: node.querySelector('.label')!.getBoundingClientRect().height,
        })),
    );
    expect(labels.length).toBe(12);
    for (const each of labels) expect(each.label, each.text!).toBeLessThanOrEqual(each.box);
    expect(await page.$$eval('.journey-markdown-map svg rect.task', nodes => [...new Set(nodes.map(node => node.getAttribute('width')))])).toEqual(['200']);
    expect(await page.$$eval('tr.row-owner td .no-owner', nodes => nodes.length)).toBe(1);
    expect(await page.evaluate(() => ({ img: document.querySelectorAll('img').length, pwned: (window as unknown as { __pwned?: number }).__pwned }))).toEqual({
        img: 0,
        pwned: undefined,
    });
    expect(await page.isVisible('.journey-markdown-source')).toBe(false);
    expect(errors).toEqual([]);
}, 120_000);

it('labels each map in the language of its keywords, whatever the display language', async () => {
    const md = journeyMarkdownItPlugin(new MarkdownIt() as never, 'es') as unknown as { render(source: string): string };
    // seguro.journey is written with Spanish keywords; taller.journey with English ones.
    const spanish = await loadPreview(md.render('```journey\n' + readFileSync('examples/seguro.journey', 'utf8') + '```\n'));
    expect(await spanish.page.textContent('.journey-markdown-map tr.row-owner th')).toBe('Responsable');
    expect(spanish.errors).toEqual([]);
    const { page, errors } = await loadPreview(md.render('```journey\n' + readFileSync('examples/taller.journey', 'utf8') + '```\n'));
    expect(await page.textContent('.journey-markdown-map tr.row-owner th')).toBe('Owner');
    expect(await page.textContent('.journey-markdown-map tr.row-owner td .no-owner')).toContain('no owner');
    const english = journeyMarkdownItPlugin(new MarkdownIt() as never) as unknown as { render(source: string): string };
    expect(english.render('```journey\npersona P "P"\n```\n')).toContain('data-locale="en"');
    expect(errors).toEqual([]);
}, 120_000);

it('says that a ```journey block is self-contained when it refers to something it does not declare, in English and in Spanish', async () => {
    // Ops may well be declared in a .journey file of the workspace: the block cannot see it.
    const block =
        '```journey\npersona P "P"\nchannel web "Web"\njourney J "J" {\n  persona P\n  phase A "A" {\n    moment 0\n    touchpoint T "T" {\n      channel web\n      owner Ops\n      emotion 3 "ok"\n    }\n  }\n}\n```\n';
    const findingTitle = async (locale: 'en' | 'es') => {
        const md = journeyMarkdownItPlugin(new MarkdownIt() as never, locale) as unknown as { render(source: string): string };
        const { page, errors } = await loadPreview(md.render(block));
        const titles = await page.$$eval('.journey-markdown-map .finding-mark[data-rule="unresolved-reference"]', nodes =>
            nodes.map(node => node.getAttribute('title')),
        );
        expect(errors).toEqual([]);
        await page.close();
        return titles;
    };
    expect(await findingTitle('en')).toEqual([
        'error unresolved-reference: Unknown team "Ops": a journey block in Markdown is self-contained and sees no file of the workspace; declare "Ops" in this block (or in another journey block of the page).',
    ]);
    expect(await findingTitle('es')).toEqual([
        'error unresolved-reference: Equipo "Ops" desconocido: un bloque journey de Markdown es autónomo y no ve los archivos del espacio de trabajo; declare "Ops" en este bloque (o en otro bloque journey de la página).',
    ]);
}, 120_000);

it("draws a long map's diagram whole, with the preview's Mermaid limits (not Mermaid's \"Maximum text size\" placeholder)", async () => {
    const md = journeyMarkdownItPlugin(new MarkdownIt() as never) as unknown as { render(source: string): string };
    // 800 touchpoints with long titles: a Mermaid text of about 80,000 characters, over Mermaid's default maxTextSize (50,000).
    const lines = ['journey Long "A long journey" {'];
    for (let phase = 0; phase < 80; phase++) {
        lines.push(`  phase P${phase} "Phase ${phase}" {`);
        for (let t = phase * 10; t < phase * 10 + 10; t++)
            lines.push(`    touchpoint T${t} "The customer goes through step number ${t} of the long journey" { emotion 3 }`);
        lines.push('  }');
    }
    lines.push('}');
    const { page, errors } = await loadPreview(md.render('```journey\n' + lines.join('\n') + '\n```\n'));
    const drawn = await page.$$eval('.journey-markdown-map svg rect.task', nodes => nodes.length);
    expect(drawn).toBe(800);
    expect(await page.textContent('.journey-markdown-map .diagram')).toContain('The customer goes through step number 799 of the long journey');
    expect(errors).toEqual([]);
}, 180_000);
