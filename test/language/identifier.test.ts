// One definition of an id (language/identifier.ts): the grammar's ID terminal and the TextMate
// grammar's ids are the same pattern, and no other copy of it lives in the code.
import { readdirSync, readFileSync } from 'node:fs';
import { GrammarAST, GrammarUtils } from 'langium';
import { describe, expect, it } from 'vitest';
import { JourneyLanguageGrammar } from '../../language/generated/grammar.js';
import { ID_PART_CHARS, ID_SOURCE, isIdentifier } from '../../language/identifier.js';

const root = new URL('../../', import.meta.url).pathname;

/** The .ts files under a folder of the repository, generated ones aside. */
function sourceFiles(folder: string): string[] {
    return readdirSync(`${root}${folder}`, { recursive: true, encoding: 'utf8' })
        .filter(file => file.endsWith('.ts') && !file.split('/').includes('generated'))
        .map(file => `${folder}/${file}`);
}

describe('what an id is', () => {
    it("is the grammar's ID terminal", () => {
        const terminal = JourneyLanguageGrammar().rules.find(rule => GrammarAST.isTerminalRule(rule) && rule.name === 'ID') as GrammarAST.TerminalRule;
        const regex = GrammarUtils.terminalRegex(terminal);
        expect([regex.source, regex.flags]).toEqual([ID_SOURCE, 'u']);
    });

    it("takes letters of any script, marks and digits after the first letter, and '_'", () => {
        for (const id of ['Ñandú_2', '_x', 'café', 'ação', '러닝', 'e\u0301']) expect(isIdentifier(id), id).toBe(true);
        for (const text of ['', '2x', 'a-b', 'a b', '\u0301e', 'x.y', '🚀']) expect(isIdentifier(text), text).toBe(false);
    });

    it("is the TextMate grammar's id, and its keywords end where an id would", () => {
        const tm = readFileSync(`${root}syntaxes/journey.tmLanguage.json`, 'utf8');
        const patterns = [...tm.matchAll(/"(?:match|begin)": "((?:[^"\\]|\\.)*)"/g)].map(([, source]) => JSON.parse(`"${source}"`) as string);
        const ids = patterns.flatMap(pattern => [...pattern.matchAll(/\[_\\p\{L\}\][^*]*\*/g)].map(([id]) => id));
        expect(ids.length).toBeGreaterThan(5);
        expect(new Set(ids)).toEqual(new Set([ID_SOURCE]));
        const boundaries = patterns.flatMap(pattern => [...pattern.matchAll(/\(\?<?!\[([^\]]*)\]\)/g)].map(([, chars]) => chars));
        expect(new Set(boundaries.map(chars => chars.replace('.', '')))).toEqual(new Set([ID_PART_CHARS]));
    });

    it('is written once in the code: no other copy of the pattern', () => {
        const copies = ['language', 'server', 'webview', 'cli', 'client', 'markdown']
            .flatMap(sourceFiles)
            .filter(file => file !== 'language/identifier.ts' && /\[_\\p\{L\}\]|\[\\p\{L\}\\p\{M\}\\p\{N\}_\]/.test(readFileSync(`${root}${file}`, 'utf8')));
        expect(copies).toEqual([]);
    });
});
