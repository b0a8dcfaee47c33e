// Import of Mermaid journey diagrams: every file of the corpus (test/fixtures/mermaid-journeys), the round trip
// Mermaid → .journey → Mermaid, Markdown files, identifiers, and the `journey import` command.
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JourneyLanguageGrammar } from '../../language/generated/grammar.js';
import { wordKeywordsOf } from '../../language/grammar-keywords.js';
import { importMermaidJourneys, MermaidImportError, parseMermaidJourney, toIdentifier, type MermaidJourney } from '../../language/mermaid/mermaid-import.js';
import { modelOf } from '../webview/models.js';
import { mermaidTextOf } from '../../language/model/mermaid-text-of.js';
import { main } from '../../cli/main.js';

const CORPUS = fileURLToPath(new URL('../fixtures/mermaid-journeys', import.meta.url));
const REJECTED: Record<string, number> = { '031.mmd': 3, '041.mmd': 1 };
const corpusFiles = readdirSync(CORPUS)
    .filter(file => file.endsWith('.mmd'))
    .sort();

/** What the round trip must keep: sections, tasks, scores, actors (empty actor names are dropped). */
function essence(diagram: MermaidJourney, nanScore: number | 'NaN' = 'NaN') {
    return diagram.sections.map(section => ({
        section: section.title,
        tasks: section.tasks.map(task => ({
            task: task.title,
            score: Number.isFinite(task.score) ? task.score : nanScore,
            actors: task.actors.filter(Boolean),
        })),
    }));
}

describe('Mermaid journey import: the corpus', () => {
    it('has the 55 files', () => expect(corpusFiles.length).toBe(55));

    for (const file of corpusFiles) {
        it(`${file}${REJECTED[file] ? ' is rejected with its line' : ' imports and round-trips'}`, async () => {
            const source = readFileSync(join(CORPUS, file), 'utf8');
            if (REJECTED[file]) {
                let error: unknown;
                try {
                    importMermaidJourneys(source, file);
                } catch (caught) {
                    error = caught;
                }
                expect(error).toBeInstanceOf(MermaidImportError);
                expect((error as MermaidImportError).line).toBe(REJECTED[file]);
                expect((error as Error).message).toMatch(new RegExp(`^${file}:${REJECTED[file]}: `));
                return;
            }
            const {
                text,
                diagrams: [diagram],
            } = importMermaidJourneys(source, file);
            const model = await modelOf(text);
            expect(model.syntaxErrors, text).toEqual([]);
            expect(model.journeys).toHaveLength(1);
            const journey = model.journeys[0];
            if (diagram.title !== undefined) expect(journey.title).toBe(diagram.title);
            // Every section a phase with moments 0, 1, 2…; every task a touchpoint with its emotion.
            expect(journey.phases.map(p => p.title)).toEqual(diagram.sections.map(s => s.title || '(no section)'));
            expect(journey.phases.map(p => p.moment)).toEqual(diagram.sections.map((_, i) => i));
            expect(journey.phases.map(p => p.touchpoints.map(t => t.title))).toEqual(diagram.sections.map(s => s.tasks.map(t => t.title)));
            const tasks = diagram.sections.flatMap(s => s.tasks);
            const touchpoints = journey.phases.flatMap(p => p.touchpoints);
            touchpoints.forEach((touchpoint, i) => {
                expect(touchpoint.emotion?.score).toBe(Number.isFinite(tasks[i].score) ? tasks[i].score : undefined);
                expect(touchpoint.personas.map(p => p.title)).toEqual([...new Set(tasks[i].actors.filter(Boolean))]);
                expect(touchpoint.personas.every(p => p.resolved)).toBe(true);
            });
            // Scores outside 1–5 are findings, not lost data.
            const outOfRange = tasks.filter(t => Number.isFinite(t.score) && !(Number.isInteger(t.score) && t.score >= 1 && t.score <= 5)).length;
            expect(touchpoints.flatMap(t => t.findings).filter(f => f.rule === 'emotion-out-of-range').length).toBe(outOfRange);
            // Round trip: Mermaid → .journey → Mermaid keeps sections, tasks, scores, actors
            // (a score Mermaid reads as NaN becomes the default 3, as the touchpoint has no emotion).
            const again = parseMermaidJourney(mermaidTextOf(journey));
            expect(essence(again)).toEqual(essence(diagram, 3));
            if (diagram.title !== undefined) expect(again.title).toBe(diagram.title);
        });
    }

    it('reads the corpus oddities as Mermaid does', () => {
        const read = (file: string) => importMermaidJourneys(readFileSync(join(CORPUS, file), 'utf8'), file).diagrams[0];
        expect(
            read('001.mmd')
                .sections.flatMap(s => s.tasks)
                .some(t => t.score === 7),
        ).toBe(true);
        expect(read('040.mmd').title).toBe('My working day'); // from the YAML front matter
        expect(read('048.mmd').sections[0].tasks).toEqual([]); // empty section kept
        expect(read('013.mmd').sections[0].tasks[0]).toMatchObject({ title: 'Discover the tool -> 3', actors: [] });
        expect(Number.isNaN(read('045.mmd').sections[0].tasks[0].score)).toBe(true);
        expect(read('025.mmd').title).toBe('孩子学习旅程（5 岁小明）');
        expect(read('049.mmd').sections.filter(s => s.title === 'Darkoob')).toHaveLength(2); // same section name twice
    });
});

describe('Mermaid journey import: details', () => {
    it('ends on an unclosed accDescr { block, keeping what it swallowed as the description (Mermaid reads the rest so)', () => {
        // Mermaid's lexer reads everything after `accDescr {` up to a `}` as the description: here the section and its task.
        const diagram = parseMermaidJourney('journey\n  title T\n  accDescr {\n  section A\n    Task: 3: Me\n');
        expect(diagram.title).toBe('T');
        expect(diagram.sections).toEqual([]);
        expect(diagram.accDescr).toBe('section A\n    Task: 3: Me');
    });

    it('decodes Mermaid entity codes and keeps titles exactly', async () => {
        const {
            text,
            diagrams: [diagram],
        } = importMermaidJourneys('journey\n  title Pay#58; now#59; ok #35;1\n  section A#58;B\n    Say #quot;hi#quot; #9829;: 4: Ana María, Zoë\n', 'x.mmd');
        expect(diagram.title).toBe('Pay: now; ok #1');
        expect(diagram.sections[0].title).toBe('A:B');
        expect(diagram.sections[0].tasks[0]).toMatchObject({ title: 'Say "hi" ♥', score: 4, actors: ['Ana María', 'Zoë'] });
        const model = await modelOf(text);
        expect(model.syntaxErrors).toEqual([]);
        expect(model.journeys[0].title).toBe('Pay: now; ok #1');
        expect(model.journeys[0].phases[0].touchpoints[0].title).toBe('Say "hi" ♥');
        expect(model.journeys[0].personas.map(p => p.id)).toEqual(['AnaMaría', 'Zoë']);
    });

    it('takes the mermaid journey block of a Markdown file, not the flowchart before it, and reports lines in the file', () => {
        const md = '# Doc\n\n```mermaid\nflowchart LR\n  A --> B\n```\n\nText\n\n```mermaid\njourney\n  title T\n  section S\n    Task: 5: Me\n```\n';
        const {
            diagrams: [diagram],
        } = importMermaidJourneys(md, 'doc.md');
        expect(diagram.title).toBe('T');
        expect(() => importMermaidJourneys('```mermaid\njourney\n  section S: bad\n    Task: 5\n```\n', 'bad.md')).toThrow(/bad\.md:3: /);
        expect(() => importMermaidJourneys('# nothing\n', 'none.md')).toThrow(MermaidImportError);
    });

    it('makes valid, unique identifiers in any script', () => {
        expect(toIdentifier('Make tea', 'X')).toBe('MakeTea');
        expect(toIdentifier('2 GB download', 'X')).toBe('_2GBDownload');
        expect(toIdentifier('러닝 경로', 'X')).toBe('러닝경로');
        expect(toIdentifier('🚀✨', 'Fallback')).toBe('Fallback');
        const { text } = importMermaidJourneys('journey\n  section Go\n    Make tea: 5: Me\n  section Go\n    Make tea: 3: me\n', 'dup.mmd');
        expect(text).toMatch(/phase Go "Go"/);
        expect(text).toMatch(/phase Go_2 "Go"/);
        expect(text).toMatch(/touchpoint MakeTea_2 "Make tea"/);
        expect(text).toMatch(/persona Me_2 "me"/);
    });

    it('never makes a keyword an identifier: a section, task or actor named like one gets an id the parser takes', () => {
        const keywords = wordKeywordsOf(JourneyLanguageGrammar());
        for (const keyword of keywords) expect(keywords.has(toIdentifier(keyword, 'X')), keyword).toBe(false);
        const { text } = importMermaidJourneys('journey\n  section fase\n    persona: 5: equipo\n', 'keywords.mmd');
        expect(text).toMatch(/persona Equipo "equipo"/);
        expect(text).toMatch(/phase Fase "fase"/);
        expect(text).toMatch(/touchpoint Persona "persona"/);
    });

    it('leaves the journey without personas when some task names no actor (the round trip would add them)', async () => {
        const {
            text,
            diagrams: [diagram],
        } = importMermaidJourneys('journey\n  section S\n    A: 5: Me\n    B: 2\n', 'mixed.mmd');
        const model = await modelOf(text);
        expect(model.journeys[0].personas).toEqual([]);
        expect(essence(parseMermaidJourney(mermaidTextOf(model.journeys[0])))).toEqual(essence(diagram));
    });
});

describe('journey import (command line)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'journey-import-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const DAY = 'journey\n  title My working day\n  section Go to work\n    Wake up: 3: Me\n    Coffee: 5: Me\n  section Work\n    Standup: 4: Me, Team\n';
    async function journey(...args: string[]) {
        const out = { code: 0, stdout: '', stderr: '' };
        out.code = await main(args, {
            stdout: text => {
                out.stdout += String(text);
            },
            stderr: text => {
                out.stderr += text;
            },
        });
        return out;
    }

    it('writes <file>.journey, refuses to overwrite without --force (exit 2), honours -o', async () => {
        const input = join(dir, 'day.mmd');
        writeFileSync(input, DAY);
        expect((await journey('import', input)).code).toBe(0);
        const output = join(dir, 'day.journey');
        expect(readFileSync(output, 'utf8')).toMatch(/journey MyWorkingDay "My working day"/);
        writeFileSync(output, 'keep me');
        const refused = await journey('import', input);
        expect(refused.code).toBe(2);
        expect(refused.stderr).toBe(`journey: ${output} exists; use --force to replace it\n`);
        expect(readFileSync(output, 'utf8')).toBe('keep me');
        expect((await journey('import', input, '--force')).code).toBe(0);
        expect(readFileSync(output, 'utf8')).toMatch(/journey MyWorkingDay/);
        const other = join(dir, 'other.journey');
        expect((await journey('import', input, '-o', other)).code).toBe(0);
        expect(existsSync(other)).toBe(true);
        expect(readdirSync(dir).filter(name => name.endsWith('.tmp'))).toEqual([]);
    });

    it('names the line of a diagram Mermaid rejects, exits 1 and writes nothing', async () => {
        const input = join(dir, 'rejected.mmd');
        writeFileSync(input, 'journey\n  title T\n  section Month 1-3: Starter\n    Initial usage: 5: User\n');
        const run = await journey('import', input);
        expect(run.code).toBe(1);
        expect(run.stderr).toMatch(/rejected\.mmd:3: a section title cannot contain ":"/);
        expect(existsSync(join(dir, 'rejected.journey'))).toBe(false);
    });

    it('prints to standard output with -o -', async () => {
        const input = join(dir, 'x.mmd');
        writeFileSync(input, 'journey\n  section S\n    T: 4: Me\n');
        const run = await journey('import', input, '-o', '-');
        expect(run.code).toBe(0);
        expect(run.stdout).toMatch(/touchpoint T "T"/);
    });

    it('exits 2 on bad usage and on a file it cannot read, with a clear message', async () => {
        const input = join(dir, 'usage.mmd');
        writeFileSync(input, 'journey\n  section S\n    T: 4: Me\n');
        const none = await journey('import');
        expect(none.code).toBe(2);
        expect(none.stderr).toMatch(/^journey: missing required argument 'file'/);
        const bogus = await journey('import', '--bogus', input);
        expect(bogus.code).toBe(2);
        expect(bogus.stderr).toMatch(/^journey: unknown option '--bogus'/);
        // -f is --format wherever it exists; import has no format and never read it as --force.
        const short = await journey('import', input, '-f');
        expect(short.code).toBe(2);
        expect(short.stderr).toMatch(/^journey: unknown option '-f'/);
        expect(existsSync(join(dir, 'usage.journey'))).toBe(false);
        const missing = await journey('import', join(dir, 'missing.mmd'));
        expect(missing.code).toBe(2);
        expect(missing.stderr).toBe(`journey: cannot read ${join(dir, 'missing.mmd')}: ENOENT\n`);
        expect((await journey('import', input, '-o')).code).toBe(2);
    });
});
