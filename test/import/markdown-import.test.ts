// Importing a Markdown file with several Mermaid blocks: every journey block becomes a journey
// of the one .journey text (shared personas declared once, journey ids unique), blocks of other
// kinds are skipped and counted, and both the command line and the summary say so.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { findMermaidBlocks } from '../../language/mermaid/mermaid-blocks.js';
import { importMermaidJourneys, MermaidImportError } from '../../language/mermaid/mermaid-import.js';
import { importSummaryText } from '../../language/mermaid/import-summary.js';
import { main } from '../../cli/main.js';
import { modelOf } from '../webview/models.js';

const DOC = [
    '# Onboarding',
    '',
    '```mermaid',
    'flowchart LR',
    '  A --> B',
    '```',
    '',
    '```mermaid',
    'journey',
    '  title Sign up',
    '  section Discover',
    '    Reads the pricing page: 4: Ana, Ben',
    '    Starts the trial: 3: Ana',
    '```',
    '',
    '```js',
    'const notMermaid = true;',
    '```',
    '',
    '~~~mermaid',
    '%% a comment before the type',
    'sequenceDiagram',
    '  Ana->>Shop: pays',
    '~~~',
    '',
    '````mermaid',
    '---',
    'title: Sign up',
    '---',
    'journey',
    '  section Pay',
    '    Enters the card: 2: Ana',
    '    Gets a receipt: 5: Carla',
    '````',
    '',
    '```mermaid',
    'graph TD',
    '  X --> Y',
    '```',
    '',
    '```mermaid',
    'journey',
    '  section Stay',
    '    Invites a colleague: 5',
    '```',
    '',
].join('\n');

describe('Markdown with several Mermaid blocks', () => {
    it('finds the same Mermaid blocks, lines and contents as a real Markdown renderer (markdown-it)', () => {
        const tokens: { type: string; info: string; map: [number, number] | null; content: string }[] = new MarkdownIt().parse(DOC, {});
        const fences = tokens.filter(token => token.type === 'fence' && token.info.trim() === 'mermaid');
        const blocks = findMermaidBlocks(DOC, 'doc.md');
        expect(blocks.map(block => ({ line: block.lineOffset, text: block.text + '\n' }))).toEqual(
            fences.map(fence => ({ line: fence.map![0] + 1, text: fence.content })),
        );
        expect(blocks.map(block => block.kind)).toEqual(['flowchart', 'journey', 'sequenceDiagram', 'journey', 'graph', 'journey']);
    });

    it('imports every journey block into one text: personas once, journey ids unique, nothing else lost', async () => {
        const { text, diagrams, summary } = importMermaidJourneys(DOC, 'doc.md');
        expect(diagrams).toHaveLength(3);
        expect(text.match(/^persona \S+ "[^"]*"$/gm)).toEqual(['persona Ana "Ana"', 'persona Ben "Ben"', 'persona Carla "Carla"']);
        expect(text.match(/^journey .*$/gm)).toEqual(['journey SignUp "Sign up" {', 'journey SignUp_2 "Sign up" {', 'journey Doc {']);
        const model = await modelOf(text);
        expect(model.syntaxErrors).toEqual([]);
        expect(model.summary.error).toBe(0);
        expect(
            model.journeys.map(journey =>
                journey.phases.flatMap(phase =>
                    phase.touchpoints.map(
                        touchpoint => `${touchpoint.title}: ${touchpoint.emotion?.score}: ${touchpoint.personas.map(persona => persona.id).join(', ')}`,
                    ),
                ),
            ),
        ).toEqual([
            ['Reads the pricing page: 4: Ana, Ben', 'Starts the trial: 3: Ana'],
            ['Enters the card: 2: Ana', 'Gets a receipt: 5: Carla'],
            ['Invites a colleague: 5: '],
        ]);
        expect(model.journeys.map(journey => journey.personas.map(persona => persona.id))).toEqual([['Ana', 'Ben'], ['Ana', 'Carla'], []]);
        expect(summary).toEqual({
            journeys: 3,
            touchpoints: 5,
            mermaidBlocks: 6,
            skipped: [
                { kind: 'flowchart', count: 1 },
                { kind: 'sequenceDiagram', count: 1 },
                { kind: 'graph', count: 1 },
            ],
        });
    });

    it('says what it imported and skipped, in English and Spanish', () => {
        const summary = { journeys: 3, touchpoints: 12, mermaidBlocks: 5, skipped: [{ kind: 'flowchart', count: 2 }] };
        expect(importSummaryText(summary, 'en')).toBe('Imported 3 journeys (12 touchpoints) from 3 of 5 Mermaid blocks; skipped 2 flowchart blocks');
        expect(importSummaryText(summary, 'es')).toBe('Se importaron 3 recorridos (12 contactos) de 3 de 5 bloques Mermaid; se omitieron 2 bloques flowchart');
        const several = {
            journeys: 1,
            touchpoints: 1,
            mermaidBlocks: 4,
            skipped: [
                { kind: 'flowchart', count: 1 },
                { kind: 'gantt', count: 1 },
                { kind: '', count: 1 },
            ],
        };
        expect(importSummaryText(several, 'en')).toBe(
            'Imported 1 journey (1 touchpoint) from 1 of 4 Mermaid blocks; skipped 1 flowchart block, 1 gantt block and 1 (empty) block',
        );
        expect(importSummaryText(several, 'es')).toBe(
            'Se importó 1 recorrido (1 contacto) de 1 de 4 bloques Mermaid; se omitieron 1 bloque flowchart, 1 bloque gantt y 1 bloque (vacío)',
        );
        expect(importSummaryText({ journeys: 2, touchpoints: 7, mermaidBlocks: 2, skipped: [] }, 'en')).toBe(
            'Imported 2 journeys (7 touchpoints) from 2 Mermaid blocks',
        );
        expect(importSummaryText({ journeys: 1, touchpoints: 4, skipped: [] }, 'en')).toBe('Imported 1 journey (4 touchpoints)');
    });

    it('stops at a journey block Mermaid rejects, naming its line in the file: no journey imported in part', () => {
        const broken = DOC.replace('  section Stay', '  section Stay: here');
        let error: unknown;
        try {
            importMermaidJourneys(broken, 'doc.md');
        } catch (caught) {
            error = caught;
        }
        expect(error).toBeInstanceOf(MermaidImportError);
        const line = broken.split('\n').indexOf('  section Stay: here') + 1;
        expect((error as Error).message).toMatch(new RegExp(`^doc\\.md:${line}: a section title cannot contain ":"`));
    });

    it('names the kinds it found when no block is a journey, at the first block', () => {
        expect(() => importMermaidJourneys('# Flows\n```mermaid\nflowchart LR\n  A --> B\n```\n\n```mermaid\ngantt\n```\n', 'flows.md')).toThrow(
            'flows.md:2: none of the 2 Mermaid blocks of this file is a journey diagram (flowchart, gantt)',
        );
    });
});

describe('journey import of a Markdown file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'journey-md-import-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
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

    it('writes one .journey file with every journey, says what it skipped, and the file lints without errors', async () => {
        const input = join(dir, 'doc.md');
        writeFileSync(input, DOC);
        const output = join(dir, 'doc.journey');
        expect(await journey('import', input, '--lang', 'en')).toEqual({
            code: 0,
            stdout: '',
            stderr: `journey: Imported 3 journeys (5 touchpoints) from 3 of 6 Mermaid blocks; skipped 1 flowchart block, 1 sequenceDiagram block and 1 graph block\njourney: wrote ${output}\n`,
        });
        expect(readFileSync(output, 'utf8').match(/^journey /gm)).toHaveLength(3);
        const lint = await journey('lint', output, '--format', 'json');
        expect(lint.code).toBe(0);
        expect(JSON.parse(lint.stdout).filter((finding: { severity: string }) => finding.severity === 'error')).toEqual([]);
        const spanish = await journey('import', input, '-o', '-', '--lang', 'es');
        expect(spanish.code).toBe(0);
        expect(spanish.stdout).toBe(readFileSync(output, 'utf8'));
        expect(spanish.stderr).toBe(
            'journey: Se importaron 3 recorridos (5 contactos) de 3 de 6 bloques Mermaid; se omitieron 1 bloque flowchart, 1 bloque sequenceDiagram y 1 bloque graph\n',
        );
        expect(readdirSync(dir).sort()).toEqual(['doc.journey', 'doc.md']);
    });
});
