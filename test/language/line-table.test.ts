// The CST's leaves read their offsets from a table of line starts (parser/line-table.ts):
// right after a parse, each must equal the offset the lexer gave its token, whatever the line
// breaks, and after an edit within a line, the offsets of a fresh parse.
import { readFileSync } from 'node:fs';
import { CstUtils, EmptyFileSystem, isLeafCstNode } from 'langium';
import { describe, expect, it } from 'vitest';
import { createJourneyCoreServices } from '../../language/journey-module.js';
import { LineTable } from '../../language/parser/line-table.js';

const services = createJourneyCoreServices(EmptyFileSystem);
const TALLER = readFileSync(new URL('../../examples/taller.journey', import.meta.url), 'utf8');

/** Each leaf's offset as read, and the offsets of the tokens the lexer finds (comments included). */
function offsets(text: string): { read: number[]; lexed: number[] } {
    const root = services.Journey.parser.LangiumParser.parse(text).value.$cstNode!;
    const { tokens, hidden } = services.Journey.parser.Lexer.tokenize(text);
    return {
        read: CstUtils.streamCst(root).filter(isLeafCstNode).map(leaf => leaf.offset).toArray(),
        lexed: [...tokens, ...hidden].map(token => token.startOffset).sort((a, b) => a - b),
    };
}

describe('leaf offsets from the line table', () => {
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
        const lines = new LineTable('ab\ncd\r\nef\rg');
        expect([...lines.starts]).toEqual([0, 3, 7, 10]);
        lines.shiftAfter(1, 2);
        expect([...lines.starts]).toEqual([0, 3, 9, 12]);
        lines.shiftAfter(0, -1);
        expect([...lines.starts]).toEqual([0, 2, 8, 11]);
    });
});
