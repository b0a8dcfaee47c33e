// The Mermaid form of LANGUAGE.md: title, a section per phase, a task per touchpoint with
// its emotion (3 when missing) and persona titles, and text encoded so it arrives intact.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Journey } from '../../language/generated/ast.js';
import { decodeMermaidText, encodeMermaidText } from '../../language/mermaid/mermaid-text.js';
import { journeyToMermaid } from '../../language/mermaid/mermaid-journey.js';
import { parseMermaidJourney } from '../../language/mermaid/mermaid-import.js';
import { lintFiles } from '../helpers/lint.js';
import { asWritten, journeyText, scoresArbitrary, titlesArbitrary } from '../helpers/statement-word-titles.js';

async function mermaidOf(text: string): Promise<string> {
    const files = await lintFiles({ 'm.journey': text });
    return journeyToMermaid(files['m.journey'].document.parseResult.value.declarations.find(d => d.$type === 'Journey') as Journey);
}

describe('Mermaid export', () => {
    it('writes title, sections, tasks with scores and actors', async () => {
        const text = `persona A "Ana"\npersona B "Beto"\njourney J "Mi día" {\n  persona A\n  phase P1 "Mañana" {\n    touchpoint T1 "Café" { emotion 5 }\n    touchpoint T2 "Bus" { persona A, B }\n  }\n  phase P2 "Tarde" {\n    touchpoint T3 { emotion 2 }\n  }\n}\n`;
        expect(await mermaidOf(text)).toBe(
            ['journey', '  title Mi día', '  section Mañana', '    Café: 5: Ana', '    Bus: 3: Ana, Beto', '  section Tarde', '    T3: 2: Ana', ''].join('\n'),
        );
    });

    it('encodes : ; # %% quotes and markup, keeping accents and emoji', async () => {
        const title = 'Pago: caja; #2 "rápido" 🚗 %%{init}%% <b>&';
        const out = await mermaidOf(
            `persona A "Ana: la; #1"\njourney J "${title.replace(/"/g, '\\"')}" {\n  persona A\n  phase P "Fase: uno; #1" {\n    touchpoint T "${title.replace(/"/g, '\\"')}" { emotion 4 }\n  }\n}\n`,
        );
        const lines = out.split('\n');
        expect(lines[1]).toBe('  title Pago#58; caja#59; #35;2 #34;rápido#34; 🚗 #37;#37;#123;init#125;#37;#37; #60;b#62;#38;');
        expect(lines[2]).toBe('  section Fase#58; uno#59; #35;1');
        expect(lines[3]).toBe('    Pago#58; caja#59; #35;2 #34;rápido#34; 🚗 #37;#37;#123;init#125;#37;#37; #60;b#62;#38;: 4: Ana#58; la#59; #35;1');
        // Nothing Mermaid treats as syntax is left in the text parts.
        for (const line of lines.slice(1)) expect(line.replace(/#\d+;/g, '').replace(/: \d+(: .*)?$/, '')).not.toMatch(/[:;%<>&"]|#(?!\d)/);
    });

    it('decodes back to the source text', () => {
        const samples = ['a: b; c # d', '%%{init: {"theme":"dark"}}%%', 'click X call alert()', '<img src=x onerror=alert(1)>', 'Ñandú 🚗, "quoted"'];
        for (const sample of samples) expect(decodeMermaidText(encodeMermaidText(sample))).toBe(sample);
    });

    it('turns line breaks into spaces so a title stays on its line', () => {
        expect(encodeMermaidText('two\nlines')).toBe('two lines');
    });
});

describe('titles that begin with a Mermaid statement word', () => {
    it('writes the first letter of such a task title as its code; section and title lines keep theirs', async () => {
        const touchpoints = ['Section 3 of the contract', 'title Page', 'JOURNEY map', 'accDescr: x', 'Sections', 'Journeys', 'Title'];
        const text = `journey J "Title page" {\n  phase P "Section 3" {\n${touchpoints.map((title, i) => `    touchpoint T${i} "${title}" {}\n`).join('')}  }\n}\n`;
        expect(await mermaidOf(text)).toBe(
            [
                'journey',
                '  title Title page',
                '  section Section 3',
                '    #83;ection 3 of the contract: 3',
                '    #116;itle Page: 3',
                '    #74;OURNEY map: 3',
                '    #97;ccDescr#58; x: 3',
                '    Sections: 3',
                '    Journeys: 3',
                '    #84;itle: 3',
                '',
            ].join('\n'),
        );
    });

    // Against the import's reading of Mermaid's grammar; test/webview/mermaid-statement-words.browser.test.ts
    // runs the same titles through Mermaid itself.
    it('the .mmd export keeps every such title in its place, read back by the import', async () => {
        await fc.assert(
            fc.asyncProperty(titlesArbitrary, scoresArbitrary, async (titles, scores) => {
                const mermaid = await mermaidOf(journeyText(titles, scores));
                const diagram = parseMermaidJourney(mermaid);
                expect(diagram.title, mermaid).toBe(asWritten(titles.journey));
                expect(
                    diagram.sections.map(section => section.title),
                    mermaid,
                ).toEqual(titles.phases.map(asWritten));
                const tasks = diagram.sections.flatMap(section => section.tasks);
                expect(
                    tasks.map(task => task.title),
                    mermaid,
                ).toEqual(titles.touchpoints.map(asWritten));
                expect(
                    tasks.map(task => task.score),
                    mermaid,
                ).toEqual(scores);
                expect(
                    tasks.map(task => task.actors),
                    mermaid,
                ).toEqual([0, 1, 2, 3].map(i => (i % 2 === 0 ? [titles.personas[0]] : titles.personas).map(asWritten)));
            }),
            { numRuns: 100 },
        );
    });
});

describe('encodeMermaidText', () => {
    // The specification of the encoding, as two regular expressions; the implementation is one pass.
    const reference = (text: string) =>
        text
            .replace(/\r\n|\r|\n|\t/g, ' ')
            .replace(/[#:;%,<>&"\\{}`]/g, char => `#${char.codePointAt(0)};`)
            .trim();

    it('encodes exactly as its regular-expression specification on random texts', () => {
        const alphabet = ['a', 'É', ' ', '\t', '\r', '\n', '\r\n', '#', ':', ';', '%', ',', '<', '>', '&', '"', '\\', '{', '}', '`', '🚗', 'x y'];
        let seed = 42;
        const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
        for (let i = 0; i < 2000; i++) {
            const text = Array.from({ length: Math.floor(next() * 12) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
            expect(encodeMermaidText(text), JSON.stringify(text)).toBe(reference(text));
        }
    });
});
