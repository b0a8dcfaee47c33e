// The preview with emotions per persona (farmacia/): a Personas row, each persona's emotion in
// the legend's colour, and the persona filter (All, or one persona) that switches the grid and
// Mermaid's diagram, survives updates and is restored with the preview.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { exampleModel, modelsOf } from './models.js';
import { openPreview, startBrowser, type Preview } from './harness.js';
import { mermaidTextOf } from '../../language/model/mermaid-text-of.js';
import { journeyForPersona } from '../../language/model/persona-filter.js';
import type { MapModel } from '../../language/model/map-model.js';

let browser: Browser;
let model: MapModel;
beforeAll(async () => {
    browser = await startBrowser();
    model = await exampleModel('farmacia/actual.journey', 'farmacia/futuro.journey');
}, 120_000);
afterAll(async () => {
    await browser?.close();
});

interface MermaidRead {
    ok: boolean;
    error?: string;
    tasks?: { task: string; score: number; people: string[] }[];
}
const mermaidRead = (preview: Preview, text: string) =>
    preview.page.evaluate(t => (window as unknown as { journeyPreview: { mermaidRead(t: string): Promise<MermaidRead> } }).journeyPreview.mermaidRead(t), text);

/** The fill of the legend circle Mermaid drew beside each actor's name. */
const legendColours = (preview: Preview) =>
    preview.page.$$eval('.stage svg text.legend', texts =>
        Object.fromEntries(
            texts.map(text => {
                let circle = text.previousElementSibling;
                while (circle && circle.tagName.toLowerCase() !== 'circle') circle = circle.previousElementSibling;
                return [(text.textContent ?? '').trim(), circle?.getAttribute('fill') ?? ''];
            }),
        ),
    );
const swatchColours = (preview: Preview) =>
    preview.page.$$eval('tr.row-personas .persona-chip', chips =>
        Object.fromEntries(chips.map(chip => [(chip.textContent ?? '').trim(), getComputedStyle(chip.querySelector('.persona-swatch')!).backgroundColor])),
    );
const rgb = (hex: string) => `rgb(${[1, 3, 5].map(i => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

describe('emotions per persona in the preview', () => {
    it("names who is involved in each touchpoint, and each persona's emotion in the legend's colour", async () => {
        const preview = await openPreview(browser);
        await preview.show(model);
        expect(await preview.text('tr.row-personas td')).toEqual([
            'Marta, 58, diabética',
            'Marta, 58, diabéticaLuis, 34, padre primerizo',
            'Marta, 58, diabéticaLuis, 34, padre primerizo',
            'Luis, 34, padre primerizo',
            'Marta, 58, diabética',
        ]);
        // The emotion lane's cells hold the curve's text alternative, and its findings' marks.
        const emotions = await preview.text('tr.row-emotion td.cell');
        const marks = await preview.page.$$eval('tr.row-emotion td.cell', cells =>
            cells.map(cell =>
                Array.from(cell.querySelectorAll('.finding-mark'))
                    .map(mark => mark.getAttribute('data-rule'))
                    .join(),
            ),
        );
        expect(emotions[1]).toBe('Marta, 58, diabética2 irritadaLuis, 34, padre primerizo3 con prisa');
        // farmacia/ is written with Spanish keywords: Spanish labels.
        expect(emotions[2]).toContain('Marta, 58, diabética2 esperandoLuis, 34, padre primerizosin emoción');
        expect(marks[2]).toBe('missing-emotion');
        // The line of a persona who is not involved is kept, marked, with its finding.
        expect(emotions[3]).toContain('Luis, 34, padre primerizo3 pendienteMarta, 58, diabética4 organizada');
        expect(marks[3]).toBe('persona-not-involved');
        expect(emotions[4]).toBe('1 preocupada');
        const legend = await legendColours(preview);
        expect(Object.keys(legend).sort()).toEqual(['Luis, 34, padre primerizo', 'Marta, 58, diabética']);
        const swatches = await swatchColours(preview);
        for (const [name, fill] of Object.entries(legend)) expect(swatches[name], name).toBe(rgb(fill));
        expect(swatches['Marta, 58, diabética']).not.toBe(swatches['Luis, 34, padre primerizo']);
        expect(preview.pageErrors).toEqual([]);
    });

    it('the filter shows the journey as one persona lives it: their touchpoints, their emotions, their diagram', async () => {
        const preview = await openPreview(browser);
        await preview.show(model);
        expect(await preview.page.$$eval('select.persona-filter option', options => options.map(o => [(o as HTMLOptionElement).value, o.textContent]))).toEqual(
            [
                ['', 'All personas'],
                ['Marta', 'Marta, 58, diabética'],
                ['Luis', 'Luis, 34, padre primerizo'],
            ],
        );
        await preview.page.selectOption('select.persona-filter', 'Luis');
        await preview.settled();
        expect(await preview.text('th.touchpoint .touchpoint-title')).toEqual([
            'Pide la reposición en la aplicación',
            'Se verifica la receta',
            'Sigue el paquete',
        ]);
        expect(await preview.text('tr.row-emotion td .emotion-score')).toEqual(['3', '3']);
        const drawn = await preview.svgTexts();
        expect(drawn).toContain('Sigue el paquete');
        expect(drawn).not.toContain('Recibe la nevera');
        // What Mermaid itself reads from the persona's diagram.
        const read = await mermaidRead(preview, mermaidTextOf(journeyForPersona(model.journeys[0], 'Marta')));
        expect(read.ok).toBe(true);
        // One actor each (Mermaid holds the title with its entity codes until it draws it).
        expect(read.tasks!.map(task => [task.task.trim(), task.score, task.people.length])).toEqual([
            ['Recibe un recordatorio', 4, 1],
            ['Pide la reposición en la aplicación', 2, 1],
            ['Se verifica la receta', 2, 1],
            ['Recibe la nevera', 1, 1],
        ]);
        const all = await mermaidRead(preview, mermaidTextOf(model.journeys[0]));
        expect(all.tasks!.map(task => task.score)).toEqual([4, 3, 2, 3, 1]);
        // The filter survives an update of the model, and is kept in the webview's state.
        await preview.show(model);
        expect(await preview.page.$eval('select.persona-filter', select => (select as HTMLSelectElement).value)).toBe('Luis');
        expect(await preview.text('th.touchpoint .touchpoint-title')).toHaveLength(3);
        expect(await preview.page.evaluate(() => (window as unknown as { __state: { persona?: string } }).__state.persona)).toBe('Luis');
        await preview.page.selectOption('select.persona-filter', '');
        await preview.settled();
        expect(await preview.text('th.touchpoint .touchpoint-title')).toHaveLength(5);
    });

    it("a preview restored with a persona filter shows that persona's journey (Spanish labels)", async () => {
        const preview = await openPreview(browser, { state: { persona: 'Marta' } });
        await preview.show({ ...model, locale: 'es' });
        expect(await preview.page.$eval('select.persona-filter', select => (select as HTMLSelectElement).value)).toBe('Marta');
        expect(await preview.page.$eval('select.persona-filter option', option => option.textContent)).toBe('Todas las personas');
        expect(await preview.text('th.touchpoint .touchpoint-title')).toEqual([
            'Recibe un recordatorio',
            'Pide la reposición en la aplicación',
            'Se verifica la receta',
            'Recibe la nevera',
        ]);
        expect(await preview.text('th.row-label')).toContain('Personas');
    });

    it("an edit of one persona's emotion is patched into the drawn diagram (its face) without a Mermaid redraw", async () => {
        const preview = await openPreview(browser);
        await preview.show(model);
        await preview.page.evaluate(() => {
            (document.querySelector('.stage svg') as unknown as { __mark: number }).__mark = 1;
        });
        const faces = () => preview.page.$$eval('.stage svg circle.face', nodes => nodes.map(node => node.getAttribute('cy')));
        const before = await faces();
        const actual = readFileSync('examples/farmacia/actual.journey', 'utf8');
        // Pedido: Marta 2 → 5 with Luis at 3: the task's score goes from 3 (2.5 rounded) to 4.
        const [edited] = await modelsOf(
            [actual.replace('emoción Marta 2 "irritada"', 'emoción Marta 5 "irritada"'), readFileSync('examples/farmacia/futuro.journey', 'utf8')],
            ['farmacia-actual.journey', 'farmacia-futuro.journey'],
        );
        await preview.show(edited);
        expect(await preview.page.evaluate(() => (document.querySelector('.stage svg') as unknown as { __mark?: number }).__mark)).toBe(1);
        expect(await faces()).not.toEqual(before);
        expect((await preview.text('tr.row-emotion td'))[1]).toBe('Marta, 58, diabética5 irritadaLuis, 34, padre primerizo3 con prisa');
        const read = await mermaidRead(preview, mermaidTextOf(edited.journeys[0]));
        expect(read.tasks!.map(task => task.score)).toEqual([4, 4, 2, 3, 1]);
    });
});
