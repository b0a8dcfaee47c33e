// The CST's leaves read their offsets and texts from the tree's text (parser/tree-text.ts):
// right after a parse, each offset must equal the one the lexer gave its token, whatever the
// line breaks (after edits: test/language/in-place-edit.test.ts).
import { readFileSync } from 'node:fs';
import { CstUtils, EmptyFileSystem, isLeafCstNode } from 'langium';
import { describe, expect, it } from 'vitest';
import { createJourneyCoreServices } from '../../language/journey-module.js';
import { lineBreaks, TreeText } from '../../language/parser/tree-text.js';

const services = createJourneyCoreServices(EmptyFileSystem);
const TALLER = readFileSync(new URL('../../examples/taller.journey', import.meta.url), 'utf8');

/** Each leaf's offset as read, and the offsets of the tokens the lexer finds (comments included). */
function offsets(text: string): { read: number[]; lexed: number[] } {
    const root = services.Journey.parser.LangiumParser.parse(text).value.$cstNode!;
    const { tokens, hidden } = services.Journey.parser.Lexer.tokenize(text);
    return {
        read: CstUtils.streamCst(root)
            .filter(isLeafCstNode)
            .map(leaf => leaf.offset)
            .toArray(),
        lexed: [...tokens, ...hidden].map(token => token.startOffset).sort((a, b) => a - b),
    };
}

describe('leaf offsets from the tree text', () => {
    const variants: [string, string][] = [
        ['LF', TALLER],
        ['CRLF', TALLER.replaceAll('\n', '\r\n')],
        ['lone CR', TALLER.replaceAll('\n', '\r')],
        ['a block comment across lines', TALLER.replace('journey', '/* a comment\r\nover\nthree lines */ journey')],
        ['no final line break', TALLER.trimEnd()],
    ];
    for (const [name, text] of variants) {
        it(`equal the lexer's offsets with ${name}`, () => {
            const { read, lexed } = offsets(text);
            expect(read.length).toBeGreaterThan(100);
            expect(read).toEqual(lexed);
        });
    }

    it('move the later lines when a line grows or shrinks', () => {
        const tree = new TreeText('ab\ncd\r\nef\rg');
        expect([...tree.starts]).toEqual([0, 3, 7, 10]);
        tree.replace(4, 4, 'xy', 1, 1);
        expect([...tree.starts]).toEqual([0, 3, 9, 12]);
        tree.replace(0, 1, '', 0, 0);
        expect([...tree.starts]).toEqual([0, 2, 8, 11]);
        expect(tree.text.toString()).toBe('b\ncxyd\r\nef\rg');
        expect(tree.changes).toBe(2);
    });

    it('count the lines again around a replacement that adds or removes line breaks', () => {
        const tree = new TreeText('ab\ncd\nef\ngh');
        // "cd\ne" (lines 1 to 2) becomes "X\r\nY\rZ": one line more.
        tree.replace(3, 7, 'X\r\nY\rZ', 1, 2, [3, 5]);
        expect(tree.text.toString()).toBe('ab\nX\r\nY\rZf\ngh');
        expect([...tree.starts]).toEqual([0, 3, 6, 8, 11]);
        expect(tree.positionAt(9)).toEqual({ line: 3, character: 1 });
        expect(tree.positionAt(0)).toEqual({ line: 0, character: 0 });
        expect(tree.positionAt(13)).toEqual({ line: 4, character: 2 });
        expect(lineBreaks('X\r\nY\rZ')).toEqual([3, 5]);
    });
});
