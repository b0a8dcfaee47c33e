// The importer against Mermaid itself (the version bundled in the preview), on every corpus
// diagram: it accepts exactly what Mermaid accepts, reads the same tasks, scores and actors,
// and the .mmd generated from the imported journey renders in Mermaid with the same tasks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { importMermaidJourneys } from '../../language/mermaid/mermaid-import.js';
import { mermaidTextOf } from '../../language/model/mermaid-text-of.js';
import { modelOf } from './models.js';
import { openPreview, startBrowser, type Preview } from './harness.js';

const CORPUS = fileURLToPath(new URL('../fixtures/mermaid-journeys', import.meta.url));
const files = readdirSync(CORPUS)
    .filter(file => file.endsWith('.mmd'))
    .sort();

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

describe('corpus against Mermaid', () => {
    it('Mermaid accepts 53 and rejects 031 and 041; the importer agrees on every file and reads the same tasks', async () => {
        const rejected: string[] = [];
        for (const file of files) {
            const source = readFileSync(join(CORPUS, file), 'utf8');
            const read = await mermaidRead(source);
            let imported: ReturnType<typeof importMermaidJourneys> | undefined;
            try {
                imported = importMermaidJourneys(source, file);
            } catch {
                imported = undefined;
            }
            expect(
                imported !== undefined,
                `${file}: importer ${imported ? 'accepts' : 'rejects'}, Mermaid ${read.ok ? 'accepts' : `rejects (${read.error})`}`,
            ).toBe(read.ok);
            if (!read.ok || !imported) {
                rejected.push(file);
                continue;
            }
            const mine = imported.diagrams[0].sections.flatMap(section =>
                section.tasks.map(task => ({
                    section: section.title,
                    task: task.title,
                    score: Number.isNaN(task.score) ? 'NaN' : task.score,
                    people: task.actors,
                })),
            );
            const theirs = read.tasks!.map(task => ({ section: task.section.trim(), task: task.task.trim(), score: task.score, people: task.people }));
            expect(mine, file).toEqual(theirs);
        }
        expect(rejected).toEqual(['031.mmd', '041.mmd']);
    }, 120_000);

    it('the Mermaid generated from each imported journey renders with the same tasks and scores', async () => {
        for (const file of files.filter(f => f !== '031.mmd' && f !== '041.mmd')) {
            const {
                text,
                diagrams: [diagram],
            } = importMermaidJourneys(readFileSync(join(CORPUS, file), 'utf8'), file);
            const model = await modelOf(text);
            const read = await mermaidRead(mermaidTextOf(model.journeys[0]));
            expect(read.ok, `${file}: ${read.error}`).toBe(true);
            const expected = diagram.sections.flatMap(s => s.tasks.map(t => (Number.isFinite(t.score) ? t.score : 3)));
            expect(
                read.tasks!.map(t => t.score),
                file,
            ).toEqual(expected);
            expect(
                read.tasks!.map(t => t.people.filter(Boolean).length),
                file,
            ).toEqual(diagram.sections.flatMap(s => s.tasks.map(t => new Set(t.actors.filter(Boolean)).size)));
        }
    }, 120_000);
});
