// The keywords come from the grammar (language/grammar-keywords.ts); the lists that must stay
// by hand — the TextMate grammar's, and the English–Spanish pairs that completion and quick
// fixes write — hold exactly the grammar's keywords.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyToken } from '../../language/format/journey-formatter.js';
import { JourneyLanguageGrammar } from '../../language/generated/grammar.js';
import { choiceKeywordsOf, startKeywordsOf, valueKeywordsOf, wordKeywordsOf } from '../../language/grammar-keywords.js';
import { HORIZON_KEYWORDS, KEYWORDS, LEVEL_KEYWORDS, UNACCENTED_SPANISH } from '../../server/features/keywords.js';

const root = new URL('../../', import.meta.url).pathname;
const grammar = JourneyLanguageGrammar();
const keywords = wordKeywordsOf(grammar);
const values = valueKeywordsOf(grammar);

/** The words of the alternations `(a|b)` / `(?:a|b)` of the TextMate patterns of a scope. */
function textMateWords(scope?: string): Set<string> {
    const tm = JSON.parse(readFileSync(`${root}syntaxes/journey.tmLanguage.json`, 'utf8'));
    const patterns = JSON.stringify(scope ? tm.repository[scope] : tm.repository).matchAll(/"(?:match|begin)":("(?:[^"\\]|\\.)*")/g);
    return new Set(
        [...patterns].flatMap(([, source]) =>
            [...(JSON.parse(source) as string).matchAll(/\((?:\?:)?([\p{L}-]+(?:\|[\p{L}-]+)*)\)/gu)].flatMap(([, words]) => words.split('|')),
        ),
    );
}

describe("the grammar's keywords", () => {
    it('that a choice follows (a reference or a value) are those after which a space opens completion', () => {
        expect([...choiceKeywordsOf(grammar)].sort()).toEqual([
            'canal',
            'channel',
            'emocion',
            'emoción',
            'emotion',
            'horizon',
            'horizonte',
            'impact',
            'impacto',
            'improves',
            'mejora',
            'owner',
            'persona',
            'responsable',
        ]);
        expect(startKeywordsOf(grammar, 'Emotion')).toEqual(['emotion', 'emoción', 'emocion']);
    });

    it('are the words, and the values (horizons, impact levels) of the data-type rules', () => {
        expect(keywords.has('momento-de-verdad') && keywords.has('mejora') && !keywords.has('{')).toBe(true);
        expect([...values].sort()).toEqual(
            [...new Set([...Object.values(HORIZON_KEYWORDS), ...Object.values(LEVEL_KEYWORDS)].flatMap(({ en, es }) => [en, es]))].sort(),
        );
    });

    it('are what the TextMate grammar colours, values with the value scope', () => {
        expect([...textMateWords()].sort()).toEqual([...keywords].sort());
        expect([...textMateWords('values')].sort()).toEqual([...values].sort());
    });

    it("the formatter keeps a value on its property's line: values are value keywords, other words keywords", () => {
        for (const keyword of keywords) expect(classifyToken(keyword, keyword), keyword).toBe(values.has(keyword) ? 'value-keyword' : 'keyword');
    });

    it('each has its English–Spanish pair for completion and quick fixes', () => {
        const paired = new Set([...Object.entries(KEYWORDS).flat(), ...UNACCENTED_SPANISH, LEVEL_KEYWORDS.medium.es]);
        expect([...keywords].filter(keyword => !paired.has(keyword)).sort()).toEqual([]);
        expect([...paired].filter(keyword => !keywords.has(keyword))).toEqual([]);
    });
});
