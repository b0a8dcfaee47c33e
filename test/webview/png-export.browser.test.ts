// The preview's "Export as PNG" shows what its "Export as SVG" shows. The reference is the
// exported SVG photographed by the browser as a page at twice its size (what
// `journey export --format png` does, cli/export-render.ts). In each phase band and task box
// the PNG must hold as much dark text as the reference, over the same lines: drawn without the
// SVG's HTML labels, task titles came out white on pale boxes, phases without titles and
// titles unwrapped, spilling out of their boxes. (Exact pixels differ a little: glyphs of an
// SVG drawn as an image are spaced at its own size, then scaled.)
import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { ExportPayload } from '../../webview/protocol.js';
import { exampleModel, modelOf } from './models.js';
import { bigJourney, openPreview, startBrowser } from './harness.js';

/** Pixels per SVG pixel in both PNGs. */
const SCALE = 2;

interface Box {
    label: string;
    x: number;
    y: number;
    width: number;
    height: number;
}

/**
 * The exported SVG alone in a page at twice its size: its PNG, its boxes (phase bands, tasks)
 * and its circles (the persona's dot on each task's corner, left out of the count), in PNG pixels.
 */
async function photographSvg(browser: Browser, svg: string): Promise<{ png: string; boxes: Box[]; circles: Box[] }> {
    const page = await browser.newPage({ deviceScaleFactor: SCALE });
    try {
        await page.route('**/*', route => route.abort());
        await page.setContent(
            `<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"><style>body{margin:0;background:#fff}svg{display:block}</style></head><body>${svg}</body></html>`,
        );
        const png = await page.locator('svg').first().screenshot({ type: 'png' });
        const boxesOf = (selector: string) =>
            page.$$eval(
                selector,
                (elements, scale) => {
                    const origin = document.querySelector('svg')!.getBoundingClientRect();
                    return elements.map(element => {
                        const box = element.getBoundingClientRect();
                        return {
                            label: `${element.getAttribute('class')} at ${Math.round(box.x)},${Math.round(box.y)}`,
                            x: (box.x - origin.x) * scale,
                            y: (box.y - origin.y) * scale,
                            width: box.width * scale,
                            height: box.height * scale,
                        };
                    });
                },
                SCALE,
            );
        return {
            png: `data:image/png;base64,${png.toString('base64')}`,
            boxes: await boxesOf('svg rect.journey-section, svg rect.task'),
            circles: await boxesOf('svg circle'),
        };
    } finally {
        await page.close();
    }
}

interface Ink {
    /** Dark pixels (text; the pale fills and the grey borders are lighter) inside the box. */
    pixels: number;
    /** The rows and columns they span, in PNG pixels from the box's corner (-1 when none). */
    top: number;
    bottom: number;
    left: number;
    right: number;
}

/** The size of a PNG and the dark pixels inside each box (borders and circles left out), decoded by the browser. */
async function inkIn(browser: Browser, png: string, boxes: Box[], circles: Box[]): Promise<{ width: number; height: number; inks: Ink[] }> {
    const page = await browser.newPage();
    try {
        return await page.evaluate(
            async ({ png, boxes, circles, inset }) => {
                const image = new Image();
                image.src = png;
                await image.decode();
                const canvas = document.createElement('canvas');
                canvas.width = image.naturalWidth;
                canvas.height = image.naturalHeight;
                const context = canvas.getContext('2d')!;
                context.drawImage(image, 0, 0);
                const inks = boxes.map(box => {
                    const x0 = Math.ceil(box.x) + inset;
                    const y0 = Math.ceil(box.y) + inset;
                    const width = Math.floor(box.width) - 2 * inset;
                    const height = Math.floor(box.height) - 2 * inset;
                    const { data } = context.getImageData(x0, y0, width, height);
                    const ink = { pixels: 0, top: -1, bottom: -1, left: -1, right: -1 };
                    for (let y = 0; y < height; y++) {
                        for (let x = 0; x < width; x++) {
                            const i = (y * width + x) * 4;
                            if (circles.some(c => x0 + x >= c.x - 1 && x0 + x <= c.x + c.width + 1 && y0 + y >= c.y - 1 && y0 + y <= c.y + c.height + 1))
                                continue;
                            if (0.299 * data[i] + 0.587 * data[i + 1] + 0.114 * data[i + 2] >= 96) continue;
                            ink.pixels++;
                            if (ink.top < 0) ink.top = y;
                            ink.bottom = y;
                            ink.left = ink.left < 0 ? x : Math.min(ink.left, x);
                            ink.right = Math.max(ink.right, x);
                        }
                    }
                    return ink;
                });
                return { width: canvas.width, height: canvas.height, inks };
            },
            { png, boxes, circles, inset: 3 * SCALE },
        );
    } finally {
        await page.close();
    }
}

describe("the preview's PNG export", () => {
    it('shows what the SVG export shows: same size, every phase and task title dark, wrapped, in its box', async () => {
        const browser = await startBrowser();
        try {
            // The machine's fonts, as in VS Code: an SVG drawn as an image cannot use the page's web fonts.
            const preview = await openPreview(browser, { font: 'system' });
            await preview.show(await exampleModel('taller.journey'));
            const exported = (format: string) =>
                preview.page.evaluate(
                    f => (window as unknown as { journeyPreview: { exportPayload(format: string): Promise<ExportPayload> } }).journeyPreview.exportPayload(f),
                    format,
                );
            const { svg } = await exported('svg');
            const { png } = await exported('png');
            expect(png).toMatch(/^data:image\/png;base64,/);
            const reference = await photographSvg(browser, svg!);
            expect(reference.boxes.length).toBe(4 + 8);
            const expected = await inkIn(browser, reference.png, reference.boxes, reference.circles);
            const actual = await inkIn(browser, png!, reference.boxes, reference.circles);
            expect([actual.width, actual.height]).toEqual([expected.width, expected.height]);
            reference.boxes.forEach((box, index) => {
                const [want, got] = [expected.inks[index], actual.inks[index]];
                expect(want.pixels, box.label).toBeGreaterThan(200);
                expect(Math.abs(got.pixels - want.pixels), `${box.label}: dark pixels ${got.pixels}, in the SVG ${want.pixels}`).toBeLessThan(
                    want.pixels * 0.15,
                );
                for (const edge of ['top', 'bottom', 'left', 'right'] as const)
                    expect(Math.abs(got[edge] - want[edge]), `${box.label}: text's ${edge}`).toBeLessThanOrEqual(4);
            });
        } finally {
            await browser.close();
        }
    }, 120_000);

    it('of a diagram too wide for a canvas at twice its size: as large as a canvas holds, the whole diagram in it', async () => {
        const browser = await startBrowser();
        try {
            const preview = await openPreview(browser, { font: 'system' });
            // 200 touchpoints: some 40,000 px wide, 80,000 at twice that; a canvas holds 65,535.
            await preview.show(await modelOf(bigJourney(200)));
            const exported = (format: string) =>
                preview.page.evaluate(
                    f => (window as unknown as { journeyPreview: { exportPayload(format: string): Promise<ExportPayload> } }).journeyPreview.exportPayload(f),
                    format,
                );
            const { svg } = await exported('svg');
            const { png } = await exported('png');
            expect(png).toMatch(/^data:image\/png;base64,/);
            // The last task's box, in the PNG's pixels (the SVG's viewBox scaled to its size, then to the PNG's).
            const { width, height, last } = await preview.page.evaluate(markup => {
                const root = new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement;
                const [x0, y0, viewWidth, viewHeight] = root.getAttribute('viewBox')!.split(/\s+/).map(Number);
                const width = Number(root.getAttribute('width'));
                const height = Number(root.getAttribute('height'));
                const fit = Math.min(width / viewWidth, height / viewHeight);
                const rect = [...root.querySelectorAll('rect.task')].pop()!;
                const at = (name: string) => Number(rect.getAttribute(name));
                return { width, height, last: { x: (at('x') - x0) * fit, y: (at('y') - y0) * fit, width: at('width') * fit, height: at('height') * fit } };
            }, svg!);
            expect(width * 2).toBeGreaterThan(65_535);
            const scale = 65_534 / width;
            const box = { label: 'the last task', x: last.x * scale, y: last.y * scale, width: last.width * scale, height: last.height * scale };
            const drawn = await inkIn(browser, png!, [box], []);
            expect(drawn.width).toBeLessThanOrEqual(65_535);
            expect(drawn.width).toBeGreaterThan(65_000);
            expect(drawn.height / drawn.width).toBeCloseTo(height / width, 3);
            // Its title "Touchpoint 199: step", dark in its box.
            expect(drawn.inks[0].pixels).toBeGreaterThan(100);
        } finally {
            await browser.close();
        }
    }, 180_000);
});
