// Exports on files: Markdown, offline HTML, SVG and PNG (through headless Chromium, as
// `journey export` does), and the clear error without Chromium.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ChromiumNotFoundError, renderExport } from '../../cli/export-render.js';
import { mermaidTextOf } from '../../language/model/mermaid-text-of.js';
import { parseMermaidJourney } from '../../language/mermaid/mermaid-import.js';
import { exampleModel } from './models.js';
import { ensureWebviewBuilt, openPreview, startBrowser } from './harness.js';

const dir = mkdtempSync(join(tmpdir(), 'journey-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
ensureWebviewBuilt();

describe('exports', () => {
    it('markdown: the Mermaid block and the grid as tables, user text escaped', async () => {
        const model = await exampleModel('taller.journey');
        const markdown = (await renderExport(model, 'markdown')) as string;
        writeFileSync(join(dir, 'taller.md'), markdown);
        const text = readFileSync(join(dir, 'taller.md'), 'utf8');
        expect(text).toContain('```mermaid\n' + mermaidTextOf(model.journeys[0]).trimEnd() + '\n```');
        expect(text).toMatch(/^# Mantenimiento programado del auto$/m);
        expect(text).toMatch(/\| Owner \| Mostrador|\| Owner \| .*\*\*no owner\*\* ⚠ warning `missing-owner`/);
        expect(text).toContain('**no owner** ⚠ warning `missing-owner`');
        expect(text).toContain('| KPIs |');
        expect(text).toContain('0 errors, 5 warnings, 2 info, 1 hint');
        // The .mmd inside reads back with every section and task.
        const block = /```mermaid\n([\s\S]*?)```/.exec(text)![1];
        expect(parseMermaidJourney(block).sections.flatMap(s => s.tasks).length).toBe(8);
    });

    it('html: self-contained, inline CSS and SVG, no script, looks like the preview', async () => {
        const model = await exampleModel('taller.journey');
        const html = (await renderExport(model, 'html')) as string;
        const file = join(dir, 'taller.html');
        writeFileSync(file, html);
        expect(html).not.toMatch(/<script/i);
        expect(html).not.toMatch(/(src|href)="(https?:)?\/\//i);
        expect(html).toContain('<svg');
        expect(html).toContain('class="grid canvas static"');
        const browser = await startBrowser();
        try {
            const page = await browser.newPage();
            await page.route('**/*', route => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
            await page.goto(`file://${file}`);
            expect(await page.textContent('h1.journey-title')).toBe('Mantenimiento programado del auto');
            const svgTexts = await page.$$eval('svg text, svg foreignObject', nodes => nodes.map(n => (n.textContent ?? '').replace(/\s+/g, ' ').trim()));
            expect(svgTexts).toContain('Recibe el diagnóstico: presupuesto y plazo');
            expect(await page.$$eval('.grid-host tr.row-owner td .no-owner', nodes => nodes.length)).toBe(1);
            await page.screenshot({ path: join(dir, 'html.png') });
        } finally {
            await browser.close();
        }
    }, 120_000);

    it('svg and png through headless Chromium', async () => {
        const model = await exampleModel('taller.journey');
        const svg = (await renderExport(model, 'svg')) as string;
        writeFileSync(join(dir, 'taller.svg'), svg);
        expect(svg.startsWith('<svg')).toBe(true);
        expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
        expect(svg).not.toMatch(/<script/i);
        const png = (await renderExport(model, 'png')) as Buffer;
        writeFileSync(join(dir, 'taller.png'), png);
        expect(Buffer.isBuffer(png)).toBe(true);
        expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
        expect(png.length).toBeGreaterThan(10_000);
        // The SVG file shows every title when opened on its own.
        const browser = await startBrowser();
        try {
            const page = await browser.newPage();
            await page.goto(`file://${join(dir, 'taller.svg')}`);
            const texts = await page.$$eval('text, foreignObject', nodes => nodes.map(n => (n.textContent ?? '').replace(/\s+/g, ' ').trim()));
            expect(texts).toContain('Recibe el diagnóstico: presupuesto y plazo');
            // In boxes that hold it whole (webview/journey-box-size.ts), as in the preview.
            const labels = await page.$$eval('foreignObject', nodes =>
                nodes.map(node => ({
                    text: node.textContent,
                    box: node.getBoundingClientRect().height,
                    label: node.querySelector('.label')!.getBoundingClientRect().height,
                })),
            );
            expect(labels.map(each => each.text)).toContain('Recibe el diagnóstico: presupuesto y plazo');
            for (const each of labels) expect(each.label, each.text!).toBeLessThanOrEqual(each.box);
            // The sizes the preview draws on this machine: the command line measures in the same fonts.
            const preview = await openPreview(browser, { font: 'system' });
            await preview.show(model);
            const taskBoxes = (where: typeof page, selector: string) =>
                where.$$eval(selector, nodes => [...new Set(nodes.map(node => `${node.getAttribute('width')}×${node.getAttribute('height')}`))]);
            expect(await taskBoxes(page, 'rect.task')).toEqual(await taskBoxes(preview.page, '.stage svg rect.task'));
        } finally {
            await browser.close();
        }
    }, 120_000);

    it('the webview export buttons post the payload the extension saves', async () => {
        const browser = await startBrowser();
        try {
            const preview = await openPreview(browser);
            await preview.show(await exampleModel('taller.journey'));
            await preview.page.click('button.export-png');
            await preview.page.waitForFunction(() => (window as unknown as { __posted: { type: string }[] }).__posted.some(m => m.type === 'export'));
            const message = (await preview.posted()).find(m => m.type === 'export');
            expect(message).toMatchObject({
                type: 'export',
                format: 'png',
                payload: { journeyId: 'Mantenimiento', png: expect.stringMatching(/^data:image\/png;base64,/) },
            });
        } finally {
            await browser.close();
        }
    }, 120_000);

    it('without Chromium: a clear error', async () => {
        const saved = process.env.CHROME_PATH;
        process.env.CHROME_PATH = join(dir, 'no-such-chrome');
        try {
            await expect(renderExport(await exampleModel('taller.journey'), 'svg')).rejects.toBeInstanceOf(ChromiumNotFoundError);
            await expect(renderExport(await exampleModel('taller.journey'), 'png')).rejects.toThrow(/No Chromium or Chrome found.*CHROME_PATH/);
            // Markdown needs no browser.
            expect(typeof (await renderExport(await exampleModel('taller.journey'), 'markdown'))).toBe('string');
        } finally {
            if (saved === undefined) delete process.env.CHROME_PATH;
            else process.env.CHROME_PATH = saved;
        }
    });
});
