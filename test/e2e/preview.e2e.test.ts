// The journey preview in a real VS Code (code-server): "Journey: Open Preview to the Side" on
// taller.journey shows the map (Mermaid diagram and grid), follows typing, keeps the last render
// under a banner on a syntax error, reveals a touchpoint in the editor when clicked in the canvas
// or in the Mermaid diagram; and "Journey: Export Journey Diagram as SVG" writes an SVG file
// through the save dialog, "Export Journey Map as PNG" the whole map as a PNG, and "Export
// Journey as PDF" an A4 PDF.
import fs from 'node:fs';
import path from 'node:path';
import type { Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pollFor, SCREENSHOT_DIR, startWorkbench, type Workbench } from './harness';

const DIAGNOSTICO = 'Recibe el diagnóstico: presupuesto y plazo';
const TOUCHPOINT_TITLES = [
    'Busca un taller de confianza',
    'Agenda la cita',
    'Deja el auto en recepción',
    DIAGNOSTICO,
    'Paga y retira el auto',
    'Encuentra el auto sin lavar',
    'Recibe una llamada de seguimiento',
    'Recibe el recordatorio del próximo servicio',
];

const texts = (frame: Frame, selector: string) =>
    frame.locator(selector).evaluateAll(nodes => nodes.map(n => (n.textContent ?? '').replace(/\s+/g, ' ').trim()));
const svgTexts = (frame: Frame) => texts(frame, '.stage svg text, .stage svg foreignObject');
const gridTitles = (frame: Frame) => texts(frame, 'th.touchpoint .touchpoint-title');
const owners = (frame: Frame) => texts(frame, 'tr.row-owner td');

describe('the journey preview in code-server', () => {
    let wb: Workbench;
    let frame: Frame;

    beforeAll(async () => {
        wb = await startWorkbench();
        process.stderr.write(`[e2e] timings: ${JSON.stringify(wb.timings)}\n`);
    });
    afterAll(async () => {
        await wb?.stop();
    });

    it('opens to the side and shows the map: titles with colons, owners, the "no owner" marker', async () => {
        await wb.openFile('taller.journey');
        await wb.problems({ minCount: 7 }); // the language server is up
        await wb.runCommand('Journey: Open Preview to the Side');
        frame = await wb.webviewFrame({ timeoutMs: 90_000 });
        await frame.locator('.stage svg').first().waitFor({ timeout: 90_000 });
        await frame.locator('tr.row-owner td').first().waitFor({ timeout: 60_000 });
        // The editor and the preview side by side.
        expect(await wb.page.locator('.editor-group-container').count()).toBeGreaterThanOrEqual(2);

        expect(await texts(frame, 'h1.journey-title')).toEqual(['Mantenimiento programado del auto']);
        const svg = await pollFor(
            () => svgTexts(frame),
            t => t.includes(DIAGNOSTICO),
            30_000,
        );
        for (const title of TOUCHPOINT_TITLES) expect(svg, title).toContain(title);
        expect(await gridTitles(frame)).toEqual(TOUCHPOINT_TITLES);

        const row = await owners(frame);
        expect(row[0]).toBe('Marketing digital');
        expect(row[1]).toBe('Central telefónica');
        expect(row[4]).toBe('no owner');
        // The finding marks the cell beside its content, not in its text.
        expect(await frame.locator('tr.row-owner td').nth(4).locator('.finding-mark').getAttribute('data-rule')).toBe('missing-owner');
        expect(await frame.locator('tr.row-owner td .no-owner').count()).toBe(1);

        // Hide the bottom panel and the side bar so the screenshots show more of the editor and the
        // preview, and fit the diagram to the preview's width.
        if (await wb.page.locator('.part.panel').isVisible()) await wb.page.keyboard.press('Control+J');
        if (await wb.page.locator('.part.sidebar').isVisible()) await wb.runCommand('View: Toggle Primary Side Bar Visibility');
        await frame.locator('button.fit-width').click();
        // The Mermaid section at the top of the pane, the canvas under it.
        await frame.locator('section.diagram').evaluate(section => section.scrollIntoView({ block: 'start' }));
        await wb.page.waitForTimeout(800);
        await wb.screenshot('preview-side');
        // The grid: owners, the "no owner" marker on Pago, the findings.
        await frame.locator('tr.row-owner td .no-owner').evaluate(marker => marker.scrollIntoView({ block: 'center', inline: 'center' }));
        await wb.page.waitForTimeout(500);
        await wb.screenshot('preview-grid');
        await frame.locator('h1.journey-title').evaluate(h => h.scrollIntoView({ block: 'start' }));
        // Back to the editor (the click on "Fit width" focused the preview).
        await wb.runCommand('View: Focus First Editor Group');
        await wb.page.locator('.editor-group-container.active .monaco-editor').first().waitFor({ timeout: 30_000 });
    });

    it('follows typing in the editor', async () => {
        // Line 115: `    touchpoint Seguimiento "Recibe una llamada de seguimiento" {`; the title starts at column 29.
        await wb.gotoLine(115, 29);
        await wb.typeInEditor('Hoy: ');
        const updated = 'Hoy: Recibe una llamada de seguimiento';
        const grid = await pollFor(
            () => gridTitles(frame),
            t => t.includes(updated),
        );
        expect(grid).toContain(updated);
        const svg = await pollFor(
            () => svgTexts(frame),
            t => t.includes(updated),
        );
        expect(svg).toContain(updated);
        expect(svg).not.toContain('Recibe una llamada de seguimiento');
    });

    it('moves the emotion curve with an emotion edit, and hides the findings in presentation mode', async () => {
        // The first face's height in the curve's drawing (the preview scrolls to the cursor's touchpoint).
        const firstFace = async () => Number(await frame.locator('svg.emotion-curve circle.face').first().getAttribute('cy'));
        const before = await firstFace();
        // Line 36: `      emotion 3 "indiferente"`: 3 becomes 5.
        await wb.gotoLine(36, 15);
        await wb.page.keyboard.press('Delete');
        await wb.typeInEditor('5');
        const after = await pollFor(firstFace, y => y < before - 10);
        expect(after).toBeLessThan(before - 10);
        await frame.locator('svg.emotion-curve').evaluate(curve => curve.scrollIntoView({ block: 'center' }));
        await wb.screenshot('preview-curve');
        // Back to 3 (the file keeps the title typed before, which the next test reads).
        await wb.gotoLine(36, 15);
        await wb.page.keyboard.press('Delete');
        await wb.typeInEditor('3');
        await pollFor(firstFace, y => Math.abs(y - before) < 1);

        expect(await frame.locator('.finding-mark:visible').count()).toBeGreaterThan(0);
        await frame.locator('button.presentation-toggle').click();
        expect(
            await pollFor(
                () => frame.locator('.finding-mark:visible').count(),
                n => n === 0,
            ),
        ).toBe(0);
        expect(await frame.locator('.summary:visible').count()).toBe(0);
        // From the top: the header without its summary of findings, the diagram, the canvas.
        await frame.locator('h1.journey-title').evaluate(h => h.scrollIntoView({ block: 'start' }));
        await wb.page.waitForTimeout(500);
        await wb.screenshot('preview-presentation');
        await frame.locator('button.presentation-toggle').click();
        await wb.runCommand('View: Focus First Editor Group');
    });

    it('keeps the last render and shows an error banner on a syntax error', async () => {
        // Line 36: `      emotion 3 "indiferente"`: break it.
        await wb.gotoLine(36, 15);
        await wb.typeInEditor('}}} {');
        const banner = frame.locator('.error-banner');
        await banner.waitFor({ state: 'visible', timeout: 60_000 });
        const bannerText = await banner.innerText();
        expect(bannerText).toMatch(/syntax error/);
        // The parser's message in words, at the typo.
        expect(bannerText).toContain('Line 36, column 15: Syntax error: expected a number, found `}`.');
        await wb.screenshot('preview-syntax-error');
        // The last good render is still there, with the title typed before the error.
        expect(await gridTitles(frame)).toContain('Hoy: Recibe una llamada de seguimiento');
        expect(await svgTexts(frame)).toContain('Hoy: Recibe una llamada de seguimiento');
        expect(await frame.locator('.stage svg').count()).toBeGreaterThan(0);

        await wb.runCommand('File: Revert File');
        await banner.waitFor({ state: 'hidden', timeout: 60_000 });
        const grid = await pollFor(
            () => gridTitles(frame),
            t => t.includes('Recibe una llamada de seguimiento'),
        );
        expect(grid).toEqual(TOUCHPOINT_TITLES);
    });

    it('moves the editor cursor to a touchpoint clicked in the preview', async () => {
        await wb.gotoLine(1, 1);
        expect((await wb.cursorPosition()).line).toBe(1);
        // Line 1 is a comment: once the preview has followed the cursor there, nothing is highlighted
        // and it will not scroll under the click.
        expect(
            await pollFor(
                () => frame.locator('.highlight').count(),
                n => n === 0,
                10_000,
                100,
            ),
        ).toBe(0);
        const head = frame.locator('th.touchpoint', { hasText: DIAGNOSTICO }).first();
        // Line 80: `    touchpoint Diagnostico "Recibe el diagnóstico: presupuesto y plazo" {`.
        // A click can land while the workbench still holds the pointer for the closing quick input
        // (CI once lost one that way); a second click is what a user would do, and is logged. A
        // preview that never reveals fails all three.
        let pos = { line: 0, column: 0 };
        for (let attempt = 1; attempt <= 3 && pos.line !== 80; attempt++) {
            if (attempt > 1) {
                process.stderr.write(`[e2e] click ${attempt - 1} on the touchpoint did not move the cursor (status: line ${pos.line}); clicking again\n`);
                await wb.screenshot(`debug-reveal-click-${attempt - 1}`);
            }
            await head.click();
            pos = await pollFor(
                () => wb.cursorPosition({ timeoutMs: 2_000 }).catch(() => ({ line: 0, column: 0 })),
                p => p.line === 80,
                10_000,
            );
        }
        expect(pos.line).toBe(80);
        const line = await wb.page.locator('.editor-group-container .monaco-editor .view-overlays .current-line').first().isVisible();
        expect(line).toBe(true);
        // The preview follows the cursor it moved: the clicked touchpoint is highlighted.
        expect(
            await pollFor(
                () => head.getAttribute('class'),
                c => /\bhighlight\b/.test(c ?? ''),
                10_000,
                100,
            ),
        ).toMatch(/\bhighlight\b/);
    });

    it('moves the editor cursor to a task clicked in the Mermaid diagram', async () => {
        await wb.gotoLine(1, 1);
        expect(
            await pollFor(
                () => frame.locator('.highlight').count(),
                n => n === 0,
                10_000,
                100,
            ),
        ).toBe(0);
        // The first task: the diagram opens fitted from its left edge, so it is in view in the side pane.
        const task = frame.locator('.stage svg g.diagram-touchpoint[aria-label="Touchpoint: Busca un taller de confianza"]');
        await task.scrollIntoViewIfNeeded();
        await wb.screenshot('preview-mermaid-before-click');
        // Line 32: `    touchpoint BuscaTaller "Busca un taller de confianza" {`. A second click (logged)
        // covers a first one lost to the workbench, as in the grid's test above.
        let pos = { line: 0, column: 0 };
        for (let attempt = 1; attempt <= 3 && pos.line !== 32; attempt++) {
            if (attempt > 1)
                process.stderr.write(`[e2e] click ${attempt - 1} on the Mermaid task did not move the cursor (status: line ${pos.line}); clicking again\n`);
            await task.locator('rect.task').click();
            pos = await pollFor(
                () => wb.cursorPosition({ timeoutMs: 2_000 }).catch(() => ({ line: 0, column: 0 })),
                p => p.line === 32,
                10_000,
            );
        }
        expect(pos.line).toBe(32);
        // The preview follows the cursor it moved: the task is marked, and so is its column in the canvas.
        expect(
            await pollFor(
                () => task.getAttribute('class'),
                c => /\bhighlight\b/.test(c ?? ''),
                10_000,
                100,
            ),
        ).toMatch(/\bhighlight\b/);
        await wb.screenshot('preview-mermaid-click');
    });

    /** Runs an export command and answers its save dialog (a quick input prefilled beside the journey) with `target`. */
    async function exportThroughDialog(command: string, target: string, extension: string, timeoutMs = 90_000): Promise<Buffer> {
        expect(fs.existsSync(target)).toBe(false);
        await wb.runCommand(command);
        // code-server's save dialog is a quick input with a path box, prefilled with taller.<extension>
        // beside the journey (not the command palette, which may still be closing).
        const input = wb.page.locator('.quick-input-widget input');
        const value = await pollFor(
            () => input.inputValue({ timeout: 1000 }).catch(() => ''),
            v => v.endsWith(`.${extension}`),
            timeoutMs,
        );
        if (!value.endsWith(`.${extension}`)) await wb.screenshot(`debug-export-dialog-${extension}`);
        expect(value).toMatch(new RegExp(`taller\\.${extension}$`));
        await input.fill(target);
        await wb.page.waitForTimeout(300);
        await input.press('Enter');
        await pollFor(
            () => (fs.existsSync(target) ? fs.statSync(target).size : 0),
            size => size > 0,
            timeoutMs,
        );
        return fs.readFileSync(target);
    }

    it('exports the journey as an SVG file with the touchpoint titles', async () => {
        await wb.openFile('taller.journey');
        const target = path.join(wb.workspace, 'exports-taller-map.svg');
        const svg = (await exportThroughDialog('Journey: Export Journey Diagram as SVG', target, 'svg')).toString('utf8');
        expect(svg).toMatch(/^(<\?xml[^>]*>\s*)?<svg[\s>]/);
        // Mermaid may split a title over <tspan>s: compare the text with the tags removed.
        const text = svg.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
        for (const title of TOUCHPOINT_TITLES) expect(text, title).toContain(title);
    });

    it('exports the whole map as a PNG at twice its size', async () => {
        await wb.openFile('taller.journey');
        const target = path.join(wb.workspace, 'exports-taller-whole-map.png');
        const png = await exportThroughDialog('Journey: Export Journey Map as PNG', target, 'png');
        expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
        const width = png.readUInt32BE(16);
        const height = png.readUInt32BE(20);
        // The canvas's 120 px lane names and 200 px columns (9 of them), twice, with the diagram below the canvas.
        expect(width).toBeGreaterThanOrEqual(2 * (120 + 9 * 200));
        expect(height).toBeGreaterThan(width / 2);
        // The exported picture itself, beside the run's screenshots.
        fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
        fs.copyFileSync(target, path.join(SCREENSHOT_DIR, 'e2e-exported-whole-map.png'));
    });

    it('exports the journey as an A4 PDF printed by the local Chromium', async () => {
        await wb.openFile('taller.journey');
        const target = path.join(wb.workspace, 'exports-taller.pdf');
        const pdf = await exportThroughDialog('Journey: Export Journey as PDF', target, 'pdf', 120_000);
        expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        const { readPdf } = await import('../helpers/pdf-reader');
        const pages = await readPdf(pdf);
        expect(pages.length).toBeGreaterThan(1);
        for (const page of pages) expect([page.widthMm, page.heightMm]).toEqual([297, 210]);
        const text = pages
            .map(page => page.text)
            .join(' ')
            .replace(/\s+/g, '');
        expect(text).toContain('Mantenimientoprogramadodelauto');
        expect(text).toContain('Prospección');
        await wb.screenshot('export-pdf-written');
    });
});
