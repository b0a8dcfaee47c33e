// The exports carry each persona's emotion: Markdown tables get a row per persona (checked with
// a real Markdown renderer), the HTML page the grid's Personas row and per-persona emotions, and
// `--persona` exports the journey as that persona lives it.
import MarkdownIt from 'markdown-it';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMarkdownExport } from '../../language/export/markdown-export.js';
import { buildHtmlExport } from '../../language/export/html-export.js';
import { modelForPersona } from '../../language/model/persona-filter.js';
import { setLabelLanguage } from '../../language/export/view-labels.js';
import { exampleModel } from '../webview/models.js';
import { laneName } from '../../language/export/map-view.js';
import { RULE_IDS, ruleMeta } from '../../language/lint/rules.js';

// farmacia/ is written with Spanish keywords, so its exports are labelled in Spanish unless
// English is chosen (journey.preview.labelLanguage, --lang en): these tests choose English.
beforeAll(() => setLabelLanguage('en'));
afterAll(() => setLabelLanguage('map'));

/** The rows of the rendered tables: each row's cells' text. */
function tableRows(markdown: string): string[][] {
    const html: string = new MarkdownIt({ html: false }).render(markdown);
    return [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(row =>
        [...row[1].matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map(cell =>
            cell[1]
                .replace(/<[^>]+>/g, '')
                .replace(/&quot;/g, '"')
                .trim(),
        ),
    );
}

describe('Markdown export with emotions per persona', () => {
    it('has a Personas row and an emotion row per persona where personas feel differently', async () => {
        const model = await exampleModel('farmacia/actual.journey', 'farmacia/futuro.journey');
        const rows = tableRows(buildMarkdownExport(model, model.journeys[0]));
        const after = (first: string) => rows.filter(row => row[0] === first);
        expect(after('Personas')).toEqual([
            ['Personas', 'Marta, 58, diabética', 'Marta, 58, diabética, Luis, 34, padre primerizo'],
            ['Personas', 'Marta, 58, diabética, Luis, 34, padre primerizo'],
            ['Personas', 'Luis, 34, padre primerizo', 'Marta, 58, diabética'],
        ]);
        expect(after('Emotion: Marta, 58, diabética')).toEqual([
            ['Emotion: Marta, 58, diabética', '●●●●○ 4 tranquila', '●●○○○ 2 irritada'],
            ['Emotion: Marta, 58, diabética', '●●○○○ 2 esperando'],
            ['Emotion: Marta, 58, diabética', '●●●●○ 4 organizada ⚠ warning persona-not-involved', '●○○○○ 1 preocupada'],
        ]);
        expect(after('Emotion: Luis, 34, padre primerizo')).toEqual([
            ['Emotion: Luis, 34, padre primerizo', '—', '●●●○○ 3 con prisa'],
            ['Emotion: Luis, 34, padre primerizo', '— ⚠ warning missing-emotion'],
            ['Emotion: Luis, 34, padre primerizo', '●●●○○ 3 pendiente', '—'],
        ]);
        // The struck-through line: a line that counts for nobody is kept.
        expect(buildMarkdownExport(model, model.journeys[0])).toContain('~~●●●●○ 4 organizada~~');
    });

    it('keeps one emotion row where everyone feels the same (taller.journey, as before)', async () => {
        const model = await exampleModel('taller.journey');
        const rows = tableRows(buildMarkdownExport(model, model.journeys[0]));
        expect(rows.filter(row => row[0].startsWith('Emotion'))).toHaveLength(model.journeys[0].phases.filter(p => p.touchpoints.length).length);
        expect(rows.filter(row => row[0] === 'Emotion')[0][1]).toBe('●●●○○ 3 indiferente');
    });

    it('as one persona: only their touchpoints, their emotions, one emotion row', async () => {
        const model = modelForPersona(await exampleModel('farmacia/actual.journey', 'farmacia/futuro.journey'), 'Marta');
        const markdown = buildMarkdownExport(model, model.journeys[0]);
        const rows = tableRows(markdown);
        expect(rows.filter(row => row[0].startsWith('Emotion'))).toEqual([
            ['Emotion', '●●●●○ 4 tranquila', '●●○○○ 2 irritada'],
            ['Emotion', '●●○○○ 2 esperando'],
            ['Emotion', '●○○○○ 1 preocupada'],
        ]);
        expect(markdown).not.toContain('Sigue el paquete');
    });
});

describe('HTML export with emotions per persona', () => {
    it("draws the Personas row and each persona's emotion with the legend colour class", async () => {
        const model = await exampleModel('farmacia/actual.journey', 'farmacia/futuro.journey');
        const html = buildHtmlExport(model, model.journeys[0], { css: '' });
        expect(html).toContain('<tr class="row row-personas">');
        expect(html).toMatch(
            /<div class="persona-emotion" data-persona="Marta"><span class="persona-chip" data-persona="Marta" title="Marta"><span class="persona-swatch colour-1" aria-hidden="true"><\/span>Marta, 58, diabética<\/span>/,
        );
        expect(html).toContain('<span class="persona-swatch colour-0" aria-hidden="true"></span>Luis, 34, padre primerizo');
    });
});

describe('Markdown export: the cell a finding marks', () => {
    it("is the row the canvas marks, for every rule that marks one (the rule's record)", async () => {
        const model = await exampleModel('taller.journey');
        const touchpoint = model.journeys[0].phases[0].touchpoints[0];
        const marking = RULE_IDS.filter(rule => ruleMeta(rule).previewRow !== undefined);
        touchpoint.findings = marking.map(rule => ({ rule, severity: 'warning', message: rule, range: touchpoint.range }));
        const rows = tableRows(buildMarkdownExport(model, model.journeys[0]));
        for (const rule of marking) {
            const row = rows.find(cells => cells[0] === laneName(ruleMeta(rule).previewRow!));
            expect(row?.[1], rule).toContain(`⚠ warning ${rule}`);
        }
        expect(marking).toContain('persona-not-involved');
    });
});
