// Exports of the whole map (issue 25, item 5): the SVG and PNG of the header, persona cards,
// canvas and curve; the PDF printed by a local Chromium; the HTML export's print stylesheet.
// Each is read by its real consumer: the SVG by Chromium's XML parser and as an image file,
// the PNG's own header, the PDF by pdf.js (page count, page size, text). The print test saves a
// picture of each printed page in test-results/screenshots/ (git-ignored).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { renderExport, webviewCss } from '../../cli/export-render.js';
import { main } from '../../cli/main.js';
import type { Io } from '../../cli/io.js';
import { PAGE_MARGIN_MM, printableWidth } from '../../language/export/print-layout.js';
import { pdfPagePictures, readPdf } from '../helpers/pdf-reader.js';
import { makeTempFolder } from '../helpers/temp-folder.js';
import { exampleModel } from './models.js';
import { ensureWebviewBuilt, openPreview, startBrowser } from './harness.js';
import type { ExportPayload, FromWebview } from '../../webview/protocol.js';

ensureWebviewBuilt();
const SCREENSHOTS = resolve('test-results', 'screenshots');

/** The root element's name of `text` read by Chromium's XML parser, or its well-formedness error. */
async function parseXml(browser: Browser, text: string): Promise<string> {
    const page = await browser.newPage();
    try {
        return await page.evaluate(xml => {
            const parsed = new DOMParser().parseFromString(xml, 'application/xml');
            const error = parsed.querySelector('parsererror');
            return error ? `parsererror: ${error.textContent}` : parsed.documentElement.nodeName;
        }, text);
    } finally {
        await page.close();
    }
}

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const TALLER_PHASES = ['Prospección', 'Entrega del servicio', 'Facturación y retiro', 'Postventa', 'Lealtad y recomendación'];
const TALLER_TOUCHPOINTS: Record<string, string[]> = {
    Prospección: ['Busca un taller de confianza', 'Agenda la cita'],
    'Entrega del servicio': ['Deja el auto en recepción', 'Recibe el diagnóstico: presupuesto y plazo'],
    'Facturación y retiro': ['Paga y retira el auto', 'Encuentra el auto sin lavar'],
    Postventa: ['Recibe una llamada de seguimiento', 'Recibe el recordatorio del próximo servicio'],
    'Lealtad y recomendación': [],
};
const squeeze = (text: string) => text.replace(/\s+/g, '');

describe('whole-map SVG and PNG', () => {
    it('map-svg: well-formed XML holding the header, persona card, lanes, curve and diagram, drawn by Chromium as the map', async () => {
        const dir = makeTempFolder('journey-map-svg-');
        const svg = (await renderExport(await exampleModel('taller.journey'), 'map-svg')) as string;
        expect(svg).not.toMatch(/<script/i);
        const file = join(dir, 'taller.svg');
        writeFileSync(file, svg);
        const browser = await startBrowser();
        try {
            expect(await parseXml(browser, svg)).toBe('svg');
            const page = await browser.newPage();
            await page.route('**/*', route => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
            await page.goto(`file://${file}`);
            expect(await page.textContent('h1.journey-title')).toBe('Mantenimiento programado del auto');
            expect(await page.$$eval('.persona-card .persona-title', nodes => nodes.map(node => node.textContent))).toEqual(['Carla Ruiz']);
            expect(await page.$$eval('.grid-host th.row-label', nodes => nodes.map(node => (node.textContent ?? '').trim()))).toEqual(
                expect.arrayContaining(['Phase', 'Touchpoint', 'Owner', 'Emotion', 'Pains', 'KPIs']),
            );
            expect(await page.$$eval('.grid-host th.phase .phase-title', nodes => nodes.map(node => node.textContent))).toEqual(TALLER_PHASES);
            expect(await page.$$eval('svg.emotion-curve path.curve-line', nodes => nodes.length)).toBeGreaterThan(0);
            // The Mermaid diagram below the canvas, unless left out.
            expect(await page.$$eval('.static-diagram svg rect.task', nodes => nodes.length)).toBe(8);
            // The drawing fills the SVG's box: nothing is cut at the right or the bottom.
            const { width, height, content } = await page.evaluate(() => {
                const root = document.documentElement;
                const map = document.querySelector('.map-export')!.getBoundingClientRect();
                return {
                    width: Number(root.getAttribute('width')),
                    height: Number(root.getAttribute('height')),
                    content: { width: map.width, height: map.height },
                };
            });
            expect(Math.abs(content.width - width)).toBeLessThanOrEqual(1);
            expect(Math.abs(content.height - height)).toBeLessThanOrEqual(1);
        } finally {
            await browser.close();
        }
    }, 120_000);

    it('--no-mermaid leaves the diagram out; presentation mode leaves the findings out', async () => {
        const model = await exampleModel('taller.journey');
        const plain = (await renderExport(model, 'map-svg', undefined, { withoutDiagram: true })) as string;
        expect(plain).not.toMatch(/<section[^>]*static-diagram/);
        expect(plain).toContain('class="finding-marks');
        const presented = (await renderExport(model, 'map-svg', undefined, { withoutDiagram: true, presentation: true })) as string;
        expect(presented).toMatch(/class="journey-preview journey-webview map-export presentation"/);
        const browser = await startBrowser();
        try {
            const page = await browser.newPage();
            await page.route('**/*', route => route.abort());
            expect(await parseXml(browser, plain)).toBe('svg');
            expect(await parseXml(browser, presented)).toBe('svg');
            await page.setContent(presented);
            expect(await page.$$eval('.finding-marks, .summary', nodes => nodes.filter(node => getComputedStyle(node).display !== 'none').length)).toBe(0);
        } finally {
            await browser.close();
        }
    }, 120_000);

    it("map-png: twice the SVG's size by default, --scale changes it", async () => {
        const model = await exampleModel('taller.journey');
        const svg = (await renderExport(model, 'map-svg', undefined, { withoutDiagram: true })) as string;
        const width = Number(/<svg[^>]* width="(\d+)"/.exec(svg)![1]);
        const height = Number(/<svg[^>]* height="(\d+)"/.exec(svg)![1]);
        expect(pngSize((await renderExport(model, 'map-png', undefined, { withoutDiagram: true })) as Buffer)).toEqual({
            width: width * 2,
            height: height * 2,
        });
        expect(pngSize((await renderExport(model, 'map-png', undefined, { withoutDiagram: true, scale: 1 })) as Buffer)).toEqual({ width, height });
    }, 120_000);
});

describe("the preview's whole-map exports (VS Code)", () => {
    it("the toolbar's map buttons leave the drawing to the extension's request, which gets the map as SVG and as a PNG drawn on a canvas at twice its size", async () => {
        const browser = await startBrowser();
        try {
            const preview = await openPreview(browser, { bodyClass: 'vscode-dark' });
            await preview.show(await exampleModel('taller.journey'));
            await preview.page.click('button.export-map-png');
            await preview.page.waitForFunction(() => (window as unknown as { __posted: FromWebview[] }).__posted.some(message => message.type === 'export'));
            const clicked = (await preview.posted()).find(message => message.type === 'export');
            expect(clicked).toEqual({ type: 'export', format: 'map-png', payload: { journeyId: 'Mantenimiento' } });
            const request = async (format: 'map-svg' | 'map-png', scale?: number) => {
                await preview.send({
                    type: 'exportRequest',
                    requestId: format === 'map-svg' ? 1 : 2 + (scale ?? 0),
                    format,
                    options: { css: webviewCss(), withoutDiagram: true, scale },
                });
                const id = format === 'map-svg' ? 1 : 2 + (scale ?? 0);
                await preview.page.waitForFunction(
                    wanted =>
                        (window as unknown as { __posted: FromWebview[] }).__posted.some(
                            message => message.type === 'exportResponse' && message.requestId === wanted,
                        ),
                    id,
                );
                const answer = (await preview.posted()).find(message => message.type === 'exportResponse' && message.requestId === id) as {
                    payload?: ExportPayload;
                    error?: string;
                };
                expect(answer.error).toBeUndefined();
                return answer.payload!;
            };
            const svg = (await request('map-svg')).svg!;
            // Drawn in the exports' light theme although the editor is dark.
            expect(svg).toContain('--vscode-editor-background: #ffffff');
            expect(svg).toContain('Mantenimiento programado del auto');
            const width = Number(/<svg[^>]* width="(\d+)"/.exec(svg)![1]);
            const height = Number(/<svg[^>]* height="(\d+)"/.exec(svg)![1]);
            const png = Buffer.from((await request('map-png')).png!.replace(/^data:image\/png;base64,/, ''), 'base64');
            expect(pngSize(png)).toEqual({ width: width * 2, height: height * 2 });
            expect(pngSize(Buffer.from((await request('map-png', 1)).png!.replace(/^data:image\/png;base64,/, ''), 'base64'))).toEqual({ width, height });
            mkdirSync(SCREENSHOTS, { recursive: true });
            writeFileSync(join(SCREENSHOTS, 'whole-map-taller.png'), png);
            expect(preview.pageErrors).toEqual([]);
        } finally {
            await browser.close();
        }
    }, 120_000);
});

describe('PDF and the printed HTML', () => {
    it('pdf: landscape A4 by default, A3 when asked, titles searchable', async () => {
        const model = await exampleModel('taller.journey');
        const a4 = await readPdf((await renderExport(model, 'pdf')) as Buffer);
        expect(a4.length).toBeGreaterThan(1);
        for (const page of a4) expect([page.widthMm, page.heightMm]).toEqual([297, 210]);
        const text = squeeze(a4.map(page => page.text).join(' '));
        expect(text).toContain(squeeze('Mantenimiento programado del auto'));
        for (const phase of TALLER_PHASES) expect(text).toContain(squeeze(phase));
        const a3 = await readPdf((await renderExport(model, 'pdf', undefined, { page: 'a3', withoutDiagram: true })) as Buffer);
        for (const page of a3) expect([page.widthMm, page.heightMm]).toEqual([420, 297]);
    }, 120_000);

    it('taller.journey printed to A4 landscape: one page wide, pages break between phases, lane names on each page', async () => {
        const model = await exampleModel('taller.journey');
        const html = (await renderExport(model, 'html', undefined, { withoutDiagram: true })) as string;
        const browser = await startBrowser();
        try {
            // Chromium's print to PDF, as the PDF export does and as a user's Print dialog would.
            const page = await browser.newPage();
            await page.route('**/*', route => route.abort());
            await page.setContent(html);
            // One page wide: every printed part fits the printable width (wider content is cut, not paged, by a printer).
            await page.emulateMedia({ media: 'print' });
            const partWidths = await page.$$eval('.print-part table', tables =>
                tables.map(table => table.getBoundingClientRect().width * Number(getComputedStyle(table.closest('.journey-preview')!).zoom || 1)),
            );
            expect(partWidths.length).toBeGreaterThan(0);
            for (const width of partWidths) expect(width).toBeLessThanOrEqual(printableWidth('a4') + 1);
            const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
            const pages = await readPdf(pdf);
            for (const each of pages) expect([each.widthMm, each.heightMm]).toEqual([297, 210]);
            // Each phase, with all its touchpoints, on one page; a page with touchpoints names its lanes.
            const pageOf = (text: string) => pages.findIndex(each => squeeze(each.text).includes(squeeze(text)));
            const phasePages = TALLER_PHASES.map(phase => pageOf(phase));
            for (const [index, phase] of TALLER_PHASES.entries()) {
                expect(phasePages[index], phase).toBeGreaterThanOrEqual(0);
                for (const touchpoint of TALLER_TOUCHPOINTS[phase]) expect(pageOf(touchpoint), touchpoint).toBe(phasePages[index]);
            }
            expect(phasePages).toEqual([...phasePages].sort((a, b) => a - b));
            for (const index of new Set(phasePages)) {
                for (const lane of ['Phase', 'Touchpoint', 'Owner', 'Emotion']) expect(squeeze(pages[index].text)).toContain(lane);
            }
            // More than one page of canvas: the breaks fall between phases.
            expect(new Set(phasePages).size).toBeGreaterThan(1);
            mkdirSync(SCREENSHOTS, { recursive: true });
            const pictures = await pdfPagePictures(browser, pdf);
            pictures.forEach((picture, index) => writeFileSync(join(SCREENSHOTS, `print-taller-a4-page-${index + 1}.png`), picture));
            writeFileSync(
                join(SCREENSHOTS, 'print-taller-a4.txt'),
                `${pages.length} pages, A4 landscape, margin ${PAGE_MARGIN_MM} mm; phases per page: ${phasePages.map(p => p + 1).join(', ')}\n`,
            );
            expect(pictures).toHaveLength(pages.length);
        } finally {
            await browser.close();
        }
    }, 120_000);
});

describe('journey export --format pdf on the command line', () => {
    async function run(...args: string[]): Promise<{ code: number; stderr: string }> {
        let stderr = '';
        const io: Io = {
            stdout: () => undefined,
            stderr: text => {
                stderr += text;
            },
        };
        return { code: await main(args, io), stderr };
    }

    it('writes an A3 PDF with --page a3, and never replaces a file without --force', async () => {
        const dir = makeTempFolder('journey-pdf-cli-');
        const output = join(dir, 'taller.pdf');
        expect(await run('export', 'examples/taller.journey', '--format', 'pdf', '--page', 'a3', '--no-mermaid', '-o', output)).toMatchObject({ code: 0 });
        const first = readFileSync(output);
        expect((await readPdf(first)).map(page => [page.widthMm, page.heightMm])[0]).toEqual([420, 297]);
        const again = await run('export', 'examples/taller.journey', '--format', 'pdf', '-o', output);
        expect(again.code).toBe(2);
        expect(again.stderr).toContain('exists; use --force to replace it');
        expect(readFileSync(output).equals(first)).toBe(true);
        expect((await run('export', 'examples/taller.journey', '--format', 'pdf', '-o', output, '--force')).code).toBe(0);
        expect((await readPdf(readFileSync(output)))[0].widthMm).toBe(297);
        expect(readdirSync(dir)).toEqual(['taller.pdf']);
    }, 120_000);

    it('without a browser: says so, offers the HTML export, writes nothing', async () => {
        const dir = makeTempFolder('journey-pdf-nobrowser-');
        const saved = process.env.CHROME_PATH;
        process.env.CHROME_PATH = join(dir, 'no-such-chrome');
        try {
            const result = await run('export', 'examples/taller.journey', '--format', 'pdf', '--no-mermaid', '-o', join(dir, 'taller.pdf'));
            expect(result.code).toBe(2);
            expect(result.stderr).toMatch(/No Chromium or Chrome found .*CHROME_PATH/);
            expect(result.stderr).toContain('`journey export --format html --no-mermaid` writes a page that any browser prints to PDF');
            expect(existsSync(join(dir, 'taller.pdf'))).toBe(false);
            // The offered way works without a browser.
            expect((await run('export', 'examples/taller.journey', '--format', 'html', '--no-mermaid', '-o', join(dir, 'taller.html'))).code).toBe(0);
            expect(readFileSync(join(dir, 'taller.html'), 'utf8')).toContain('@page { size: A4 landscape;');
        } finally {
            if (saved === undefined) delete process.env.CHROME_PATH;
            else process.env.CHROME_PATH = saved;
        }
    }, 60_000);

    it('markdown in presentation mode: no finding and no findings section', async () => {
        const model = await exampleModel('taller.journey');
        const working = (await renderExport(model, 'markdown')) as string;
        const presented = (await renderExport(model, 'markdown', undefined, { presentation: true })) as string;
        expect(working).toContain('`missing-owner`');
        expect(working).toContain('## Findings');
        expect(presented).not.toMatch(/missing-owner|⚠|## Findings/);
        expect(presented).toContain('## Prospección');
    });
});
