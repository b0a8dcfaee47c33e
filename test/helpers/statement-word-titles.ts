// Generated titles that begin with a word Mermaid's journey grammar reads as a statement, in
// any letter case, with and without what may follow (spaces, punctuation, more text), and a
// journey that uses them as journey, phase, touchpoint and persona titles. The words come from
// Mermaid's own journey lexer, so a Mermaid release with a new statement word is tested too.
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const chunks = join('node_modules', 'mermaid', 'dist', 'chunks', 'mermaid.core');
const journeyChunk = readFileSync(
    join(
        chunks,
        readdirSync(chunks).find(name => /^journeyDiagram-.*\.mjs$/.test(name))!,
    ),
    'utf8',
);
/** The words the lexer's rules match at the start of a token (`/^(?:title\s…/i` → title). */
export const lexerWords = [...new Set([...journeyChunk.match(/rules: \[(.*)\],/)![1].matchAll(/\/\^\(\?:([A-Za-z]+)/g)].map(match => match[1]))];
/** Besides: the two words Mermaid's entity preprocessing (encodeEntities) treats apart. */
const WORDS = [...lexerWords, 'style', 'classDef'];

const wordArbitrary = fc
    .constantFrom(...WORDS)
    .chain(word =>
        fc
            .array(fc.boolean(), { minLength: word.length, maxLength: word.length })
            .map(upper => [...word].map((char, i) => (upper[i] ? char.toUpperCase() : char.toLowerCase())).join('')),
    );
const FOLLOWERS = ['', ' ', '  ', '\t', '\u00a0', ':', ' : ', '{', ' {', '}', ';', '#', ',', '%%', '-', '.', '_', 's', '2', 'é'];

/** A word in random letter case, then what may follow it (nothing, spaces, punctuation, more text). */
const titleArbitrary = fc
    .tuple(wordArbitrary, fc.constantFrom(...FOLLOWERS), fc.string({ unit: fc.constantFrom(...'ab Z9:;#%,{}<>&"\'-.é', '🚗'), maxLength: 10 }))
    .map(parts => parts.join(''));
/**
 * Persona titles end in a few letters: Mermaid breaks a legend entry wider than 360 px, measured
 * with its entity codes still written out, even inside a code (font-dependent, and no matter of
 * statement words).
 */
const personaTitleArbitrary = fc
    .tuple(wordArbitrary, fc.constantFrom(...FOLLOWERS), fc.string({ unit: fc.constantFrom(...'ab Zé'), maxLength: 4 }))
    .map(parts => parts.join(''));

/** As Mermaid draws it and the preview tests read it: white space runs as one space, no edge spaces. */
export const asDrawn = (text: string) => text.replace(/\s+/g, ' ').trim();
/** As the generator keeps it: line breaks and tabs as spaces, no edge spaces. */
export const asWritten = (text: string) => text.replace(/\r\n|[\r\n\t]/g, ' ').trim();

export interface Titles {
    journey: string;
    phases: [string, string];
    touchpoints: [string, string, string, string];
    personas: [string, string];
}

export const titlesArbitrary: fc.Arbitrary<Titles> = fc.record({
    journey: titleArbitrary,
    phases: fc.tuple(titleArbitrary, titleArbitrary),
    touchpoints: fc.tuple(titleArbitrary, titleArbitrary, titleArbitrary, titleArbitrary),
    // Distinct: one persona per actor.
    personas: fc.tuple(personaTitleArbitrary, personaTitleArbitrary).filter(([a, b]) => asDrawn(a) !== asDrawn(b)),
});
export const scoresArbitrary = fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 4, maxLength: 4 });

const quoted = (text: string) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** Two phases of two touchpoints; the first of each names persona P1, the second has the journey's two. */
export function journeyText(titles: Titles, scores: number[]): string {
    const touchpoint = (index: number) => [
        `    touchpoint T${index} ${quoted(titles.touchpoints[index])} {`,
        ...(index % 2 === 0 ? ['      persona P1'] : []),
        `      emotion ${scores[index]}`,
        '    }',
    ];
    return [
        `persona P1 ${quoted(titles.personas[0])}`,
        `persona P2 ${quoted(titles.personas[1])}`,
        `journey J ${quoted(titles.journey)} {`,
        '  persona P1, P2',
        ...[0, 1].flatMap(phase => [
            `  phase Ph${phase} ${quoted(titles.phases[phase])} {`,
            `    moment ${phase}`,
            ...touchpoint(phase * 2),
            ...touchpoint(phase * 2 + 1),
            '  }',
        ]),
        '}',
        '',
    ].join('\n');
}
