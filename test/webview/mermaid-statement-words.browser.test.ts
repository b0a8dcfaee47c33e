// Titles that begin with a word Mermaid's journey grammar reads as a statement (a touchpoint
// "Section 3 of the contract", "Title page"), in any letter case, against Mermaid itself: the
// preview's bundled Mermaid parses the generated diagram and draws it in the preview and for
// export, and every journey, phase, touchpoint and persona title is drawn as written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Browser } from 'playwright-core';
import { importMermaidJourneys } from '../../language/mermaid/mermaid-import.js';
import { mermaidTextOf } from '../../language/model/mermaid-text-of.js';
import { modelOf } from './models.js';
import { openPreview, startBrowser, type Preview } from './harness.js';
import { asDrawn, asWritten, journeyText, lexerWords, scoresArbitrary, titlesArbitrary } from '../helpers/statement-word-titles.js';

interface MermaidRead {
    ok: boolean;
    error?: string;
    title?: string;
    tasks?: { section: string; task: string; score: number | 'NaN'; people: string[] }[];
}

let browser: Browser;
let preview: Preview;
beforeAll(async () => {
    browser = await startBrowser();
    preview = await openPreview(browser);
}, 120_000);
afterAll(async () => {
    await browser?.close();
});

const mermaidRead = (text: string) =>
    preview.page.evaluate(t => (window as unknown as { journeyPreview: { mermaidRead(t: string): Promise<MermaidRead> } }).journeyPreview.mermaidRead(t), text);
/** Every text of the exported SVG (drawn by Mermaid from the Mermaid text, never patched), as drawn. */
const exportedTexts = () =>
    preview.page.evaluate(async () => {
        const api = (window as unknown as { journeyPreview: { exportPayload(format: string): Promise<{ svg?: string }> } }).journeyPreview;
        const { svg } = await api.exportPayload('svg');
        const document = new DOMParser().parseFromString(svg ?? '', 'image/svg+xml');
        return [...document.querySelectorAll('text, foreignObject')].map(node => (node.textContent ?? '').replace(/\s+/g, ' ').trim()).filter(Boolean);
    });

describe('titles that begin with a Mermaid statement word', () => {
    it("reads the statement words from Mermaid's journey lexer", () => {
        expect(lexerWords).toEqual(expect.arrayContaining(['journey', 'title', 'section', 'accTitle', 'accDescr']));
    });

    it("reach the reader as written, as journey, phase, touchpoint and persona titles, in Mermaid's own parse and drawing", async () => {
        await fc.assert(
            fc.asyncProperty(titlesArbitrary, scoresArbitrary, async (titles, scores) => {
                const model = await modelOf(journeyText(titles, scores));
                expect(model.syntaxErrors).toEqual([]);
                const mermaid = mermaidTextOf(model.journeys[0]);

                // Mermaid's parser: four tasks in two sections, each with its score and actors.
                const read = await mermaidRead(mermaid);
                expect(read.error, mermaid).toBeUndefined();
                expect(
                    read.tasks!.map(task => task.score),
                    mermaid,
                ).toEqual(scores);
                expect(
                    read.tasks!.map(task => task.people.length),
                    mermaid,
                ).toEqual([1, 2, 1, 2]);
                expect(new Set(read.tasks!.map(task => task.section)).size, mermaid).toBe(new Set(titles.phases.map(asWritten)).size);

                // Mermaid's drawing, in the preview and exported: every title as written.
                await preview.show(model);
                const shown = await preview.svgTexts();
                const exported = await exportedTexts();
                for (const title of [titles.journey, ...titles.phases, ...titles.touchpoints, ...titles.personas]) {
                    expect(shown, `${JSON.stringify(title)} in the preview, from\n${mermaid}`).toContain(asDrawn(title));
                    expect(exported, `${JSON.stringify(title)} exported, from\n${mermaid}`).toContain(asDrawn(title));
                }

                // The import reads the titles back (Mermaid → .journey round trip).
                const [diagram] = importMermaidJourneys(mermaid, 'generated.mmd').diagrams;
                expect(diagram.title).toBe(asWritten(titles.journey));
                expect(diagram.sections.map(section => section.title)).toEqual(titles.phases.map(asWritten));
                expect(diagram.sections.flatMap(section => section.tasks.map(task => task.title))).toEqual(titles.touchpoints.map(asWritten));
                expect(diagram.sections[0].tasks[1].actors).toEqual(titles.personas.map(asWritten));
            }),
            { numRuns: 30 },
        );
    }, 300_000);
});
