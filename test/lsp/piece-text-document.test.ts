// The server's text documents (server/piece-text-document.ts) must answer exactly as the
// standard TextDocument of vscode-languageserver-textdocument does, after any edits.
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { PieceTextDocument } from '../../server/piece-text-document.js';

function random(seed: number): () => number {
    return () => {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        return seed / 0x7fffffff;
    };
}

const FRAGMENTS = ['a', 'touchpoint', '"title"', '\n', '\r\n', '\r', '  ', '}\n', 'é', '🚗', '', 'x\ny\nz', '\n\n'];

describe('piece text documents', () => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
        it(`answer like the standard document through 400 random edits (seed ${seed})`, () => {
            const next = random(seed);
            const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)];
            const initial = seed % 2 ? 'journey J "T" {\n  phase P "P" {\n  }\n}\n' : 'a\r\nb\r\n\r\nc';
            const standard = TextDocument.create('file:///a.journey', 'journey', 1, initial);
            const pieces = new PieceTextDocument('file:///a.journey', 'journey', 1, initial);
            for (let version = 2; version < 402; version++) {
                // Each change is valid for the text the previous ones produced, as an editor sends them;
                // the piece document takes them as one batch.
                const changes = [];
                for (let k = 1 + Math.floor(next() * 3); k > 0; k--) {
                    const lines = standard.lineCount;
                    const position = () => ({ line: Math.floor(next() * lines), character: Math.floor(next() * 12) });
                    const change =
                        next() < 0.02
                            ? { text: pick(FRAGMENTS).repeat(3) }
                            : { range: { start: position(), end: next() < 0.5 ? position() : position() }, text: pick(FRAGMENTS) };
                    TextDocument.update(standard, [change], version);
                    changes.push(change);
                }
                pieces.update(changes, version);
                if (version % 7 === 0) expect(pieces.getText()).toBe(standard.getText());
                expect(pieces.lineCount).toBe(standard.lineCount);
                expect(pieces.version).toBe(version);
                for (let i = 0; i < 5; i++) {
                    const offset = Math.floor(next() * (standard.getText().length + 2)) - 1;
                    expect(pieces.positionAt(offset)).toEqual(standard.positionAt(offset));
                    const position = { line: Math.floor(next() * (standard.lineCount + 1)), character: Math.floor(next() * 10) };
                    expect(pieces.offsetAt(position)).toBe(standard.offsetAt(position));
                    const end = { line: position.line + Math.floor(next() * 3), character: Math.floor(next() * 10) };
                    expect(pieces.getText({ start: position, end })).toBe(standard.getText({ start: position, end }));
                    expect(pieces.getLineRange(position.line)).toEqual(standard.getLineRange(position.line));
                    expect(pieces.getEOLCharacters(position.line)).toBe(standard.getEOLCharacters(position.line));
                }
            }
            expect(pieces.getText()).toBe(standard.getText());
        });
    }
});

describe('the changes a piece text document keeps', () => {
    for (const seed of [7, 8, 9]) {
        it(`turn the text at any recent version into the current one (seed ${seed})`, () => {
            const next = random(seed);
            const initial = 'journey J "T" {\n  phase P "P" {\n    touchpoint X "A title" { emotion 3 }\n  }\n}\n';
            const document = new PieceTextDocument('file:///a.journey', 'journey', 1, initial);
            const texts = new Map([[1, initial]]);
            for (let version = 2; version < 120; version++) {
                const changes = [];
                for (let k = 1 + Math.floor(next() * 2); k > 0; k--) {
                    const text = document.getText();
                    const start = Math.floor(next() * text.length);
                    const end = Math.min(text.length, start + Math.floor(next() * 3));
                    changes.push({
                        range: { start: document.positionAt(start), end: document.positionAt(end) },
                        text: ['x', '', 'ñ', 'ab'][Math.floor(next() * 4)],
                    });
                    // Each change applies to the text the previous ones produced.
                    document.update([changes[changes.length - 1]], version);
                }
                texts.set(version, document.getText());
                const from = Math.max(1, version - Math.floor(next() * 10));
                const change = document.changeSince(from);
                const old = texts.get(from)!;
                if (from === version) {
                    expect(change).toBeNull();
                } else {
                    expect(change).toBeTruthy();
                    expect(old.slice(0, change!.start) + change!.inserted + old.slice(change!.oldEnd)).toBe(document.getText());
                }
            }
        });
    }

    it('are forgotten when the whole text is replaced', () => {
        const document = new PieceTextDocument('file:///a.journey', 'journey', 1, 'abc');
        document.update([{ range: { start: { line: 0, character: 1 }, end: { line: 0, character: 1 } }, text: 'x' }], 2);
        expect(document.changeSince(1)).toEqual({ start: 1, oldEnd: 1, inserted: 'x' });
        document.update([{ text: 'whole' }], 3);
        expect(document.changeSince(2)).toBeUndefined();
        expect(document.changeSince(3)).toBeNull();
    });
});
