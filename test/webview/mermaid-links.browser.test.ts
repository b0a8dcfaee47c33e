// Clicking a task or a section of the Mermaid diagram reveals its touchpoint or phase in the
// editor, as the canvas does (webview/mermaid/diagram-links.ts): by mouse and by keyboard, after
// in-place patches of the drawing, with the persona filter, never after a drag.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { exampleModel, modelOf } from './models.js';
import { openPreview, startBrowser, type Preview } from './harness.js';
import type { FromWebview } from '../../webview/protocol.js';
import type { SourceRange } from '../../language/model/map-model.js';

let browser: Browser;
beforeAll(async () => {
    browser = await startBrowser();
}, 120_000);
afterAll(async () => {
    await browser?.close();
});

const task = (index: number) => `.stage svg > g:has(> line.task-line) >> nth=${index}`;
const section = (index: number) => `.stage svg > g:has(> rect.journey-section) >> nth=${index}`;
const reveals = async (preview: Preview): Promise<SourceRange[]> =>
    ((await preview.posted()).filter(m => m.type === 'reveal') as Extract<FromWebview, { type: 'reveal' }>[]).map(m => m.range);
/** Clicks the middle of an element's box (Mermaid's task boxes, not its faces). */
const clickBox = async (preview: Preview, selector: string) => {
    const box = await preview.page.locator(`${selector} >> rect`).first().boundingBox();
    if (!box) throw new Error(`${selector} is not drawn`);
    await preview.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
};

describe('Mermaid diagram links to the editor', () => {
    it('reveals the touchpoint of a clicked task and the phase of a clicked section, with a pointer and a name; a drag reveals nothing', async () => {
        const model = await exampleModel('taller.journey');
        const journey = model.journeys[0];
        const preview = await openPreview(browser);
        await preview.show(model);
        const touchpoints = journey.phases.flatMap(phase => phase.touchpoints);
        await clickBox(preview, task(4));
        await clickBox(preview, section(1));
        const drawnPhases = journey.phases.filter(phase => phase.touchpoints.length > 0);
        expect(await reveals(preview)).toEqual([touchpoints[4].range, drawnPhases[1].range]);
        const link = preview.page.locator(task(4));
        expect(await link.getAttribute('role')).toBe('button');
        expect(await link.getAttribute('tabindex')).toBe('0');
        // Named in the map's language, as the canvas (taller.journey has English keywords; farmacia/ below, Spanish).
        expect(await link.getAttribute('aria-label')).toBe(`Touchpoint: ${touchpoints[4].title}`);
        expect(await preview.page.locator(section(1)).getAttribute('aria-label')).toBe(`Phase: ${drawnPhases[1].title}`);
        expect(await link.evaluate(node => getComputedStyle(node).cursor)).toBe('pointer');
        // A drag of the diagram that starts on a task pans it, and reveals nothing.
        const box = (await preview.page
            .locator(`${task(1)} >> rect`)
            .first()
            .boundingBox())!;
        await preview.page.mouse.move(box.x + 10, box.y + 10);
        await preview.page.mouse.down();
        await preview.page.mouse.move(box.x + 60, box.y + 30, { steps: 5 });
        await preview.page.mouse.up();
        expect(await reveals(preview)).toHaveLength(2);
        expect(preview.pageErrors).toEqual([]);
    });

    it("reveals a focused task with Enter, and marks the task at the editor's cursor", async () => {
        const model = await exampleModel('taller.journey');
        const preview = await openPreview(browser);
        await preview.show(model);
        const touchpoints = model.journeys[0].phases.flatMap(phase => phase.touchpoints);
        await preview.page.locator(task(2)).focus();
        await preview.page.keyboard.press('Enter');
        expect(await reveals(preview)).toEqual([touchpoints[2].range]);
        await preview.send({ type: 'highlight', uri: model.uri, position: { line: touchpoints[6].range.start.line + 1, character: 4 } });
        await preview.page.waitForSelector('.stage svg g.diagram-link.highlight');
        expect(await preview.page.$$eval('.stage svg g.highlight', nodes => nodes.map(node => node.getAttribute('aria-label')))).toEqual([
            `Touchpoint: ${touchpoints[6].title}`,
        ]);
    });

    it('keeps each task linked to its touchpoint after a title is patched into the drawing', async () => {
        const text = readFileSync('examples/taller.journey', 'utf8');
        const before = await modelOf(text, 'links.journey');
        const preview = await openPreview(browser);
        await preview.show(before);
        const title = before.journeys[0].phases[1].touchpoints[0].title;
        const after = await modelOf(text.replace(`"${title}"`, '"Nuevo título del paso"'), 'links.journey');
        // The drawn SVG is marked: a patch keeps it, a redraw would replace it.
        await preview.page.$eval('.stage svg', svg => svg.setAttribute('data-test-drawn', 'before'));
        await preview.show(after);
        expect(await preview.page.$eval('.stage svg', svg => svg.getAttribute('data-test-drawn'))).toBe('before');
        const touchpoints = after.journeys[0].phases.flatMap(phase => phase.touchpoints);
        const index = touchpoints.findIndex(touchpoint => touchpoint.title === 'Nuevo título del paso');
        expect(await preview.page.locator(task(index)).getAttribute('aria-label')).toBe('Touchpoint: Nuevo título del paso');
        await clickBox(preview, task(index + 1));
        expect(await reveals(preview)).toEqual([touchpoints[index + 1].range]);
    });

    it("links the tasks of the diagram the persona filter draws to that persona's touchpoints", async () => {
        const model = await exampleModel('farmacia/actual.journey', 'farmacia/futuro.journey');
        const preview = await openPreview(browser);
        await preview.show(model);
        await preview.page.selectOption('select.persona-filter', 'Luis');
        await preview.settled();
        const titles = await preview.page.$$eval('.stage svg g.diagram-touchpoint', nodes => nodes.map(node => node.getAttribute('aria-label')));
        expect(titles).toEqual(['Contacto: Pide la reposición en la aplicación', 'Contacto: Se verifica la receta', 'Contacto: Sigue el paquete']);
        await clickBox(preview, task(2));
        const seguimiento = model.journeys[0].phases.flatMap(phase => phase.touchpoints).find(touchpoint => touchpoint.title === 'Sigue el paquete')!;
        expect(await reveals(preview)).toEqual([seguimiento.range]);
    });

    it('names a task with a hostile title by its text: no element made, no script run', async () => {
        const hostile = `<img src=x onerror="window.__pwned=1">"' & <b>`;
        const model = await modelOf(['journey J "J" {', `  phase A "A" { touchpoint T1 ${JSON.stringify(hostile)} { emotion 3 } }`, '}'].join('\n'));
        const preview = await openPreview(browser);
        await preview.show(model);
        expect(await preview.page.locator(task(0)).getAttribute('aria-label')).toBe(`Touchpoint: ${hostile}`);
        expect(
            await preview.page.evaluate(() => ({
                img: document.querySelectorAll('.stage img, .stage b').length,
                pwned: (window as unknown as { __pwned?: number }).__pwned,
            })),
        ).toEqual({ img: 0, pwned: undefined });
        await clickBox(preview, task(0));
        expect(await reveals(preview)).toEqual([model.journeys[0].phases[0].touchpoints[0].range]);
    });

    it('links a section to the first of consecutive phases of one title, and skips phases without touchpoints', async () => {
        const model = await modelOf(
            [
                'journey J "J" {',
                '  phase A "Same" { touchpoint T1 "One" { emotion 3 } }',
                '  phase B "Empty" { }',
                '  phase C "Same" { touchpoint T2 "Two" { emotion 4 } }',
                '  phase D "Other" { touchpoint T3 "Three" { emotion 2 } }',
                '}',
            ].join('\n'),
        );
        const preview = await openPreview(browser);
        await preview.show(model);
        const phases = model.journeys[0].phases;
        // Mermaid draws "Same" once (B draws nothing between A and C), then "Other".
        expect(await preview.page.$$eval('.stage svg g.diagram-phase', nodes => nodes.map(node => node.getAttribute('aria-label')))).toEqual([
            'Phase: Same',
            'Phase: Other',
        ]);
        await clickBox(preview, section(1));
        await clickBox(preview, task(1));
        expect(await reveals(preview)).toEqual([phases[3].range, phases[2].touchpoints[0].range]);
    });
});
