import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { EmptyFileSystem } from 'langium';
import { expectFormatting } from 'langium/test';
import { createJourneyLspServices } from '../../server/journey-lsp-module.js';
import { formatText } from '../../language/format/format-text.js';
import { applyTextEdits, openWorkspace } from './lsp-workspace.js';

const services = createJourneyLspServices({ ...EmptyFileSystem }).Journey;
const lexer = services.parser.Lexer;

function examples(dir = 'examples'): string[] {
    return readdirSync(dir).flatMap(name => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? examples(path) : path.endsWith('.journey') ? [path] : [];
    });
}

const comments = (text: string) => text.match(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g)?.map(c => c.trimEnd()) ?? [];

/** Every example, its tokens crammed onto few lines, and with random indentation. */
function variants(text: string): string[] {
    return [
        text,
        text.replace(/^[ \t]+/gm, ''),
        text.replace(/^[ \t]+/gm, '        '),
        text.replace(/\n(?=[ \t]*(?:[a-zñáéíóú]|\}))/g, ' ').replace(/(\/\/[^\n]*) /g, '$1\n'),
        text.replace(/\n/g, '\n\n\n'),
        text.replace(/\n/g, '\r\n'),
    ];
}

describe('formatter', () => {
    for (const path of examples()) {
        it(`is idempotent, keeps comments and loses no text on ${path}`, () => {
            for (const input of variants(readFileSync(path, 'utf8'))) {
                const once = formatText(lexer, input);
                expect(formatText(lexer, once)).toBe(once);
                expect(once.replace(/\s+/g, '')).toBe(input.replace(/\s+/g, ''));
                expect(comments(once)).toEqual(comments(input));
                expect(once).not.toMatch(/[ \t]+$/m);
                expect(once).toMatch(/[}"\w](\r?\n)$/); // one final line break, in the file's own style
                expect(once.includes('\r\n') ? once.replace(/\r\n/g, '').includes('\n') : false).toBe(false); // never mixed
            }
            // The normalized form of the example is its own format.
            const canonical = formatText(lexer, readFileSync(path, 'utf8'));
            for (const input of variants(canonical).slice(1, 3)) expect(formatText(lexer, input)).toBe(canonical);
        });
    }

    it('lays out a messy file canonically', () => {
        const messy =
            '// head\npersona P "x" { role "a"   goal "b" // trailing\n /* own */ need "c" }\nteam T\n\n\n\nchannel c journey J { persona P,P phase X { moment 0 touchpoint A "t"\n{ emotion 3 "" impact high moment-of-truth } } }';
        expect(formatText(lexer, messy)).toBe(
            [
                '// head',
                'persona P "x" {',
                '  role "a"',
                '  goal "b" // trailing',
                '  /* own */',
                '  need "c"',
                '}',
                '',
                'team T',
                '',
                'channel c',
                '',
                'journey J {',
                '  persona P, P',
                '  phase X {',
                '    moment 0',
                '    touchpoint A "t" {',
                '      emotion 3 ""',
                '      impact high',
                '      moment-of-truth',
                '    }',
                '  }',
                '}',
                '',
            ].join('\n'),
        );
    });

    it('keeps own-line and trailing comments where they are', () => {
        const text = 'team A // the A team\n\n// about B\nteam B /* inline */ "B"\n/* block\n   comment */\nchannel c\n';
        expect(formatText(lexer, text)).toBe(text);
    });

    it('does not touch a file with syntax errors', async () => {
        const workspace = await openWorkspace({ 'bad.journey': 'team   A {\n lead }\n  channel    c\n' });
        const document = workspace.documents['bad.journey'];
        const edits = await workspace.services.lsp.Formatter!.formatDocument(document, {
            textDocument: { uri: document.uri.toString() },
            options: { tabSize: 2, insertSpaces: true },
        });
        expect(edits).toEqual([]);
    });

    it('formats on typing } the block it closes only, and a range', async () => {
        const text = 'team   A\njourney J {\n phase P {\n      moment 0\n }\n}\n';
        const workspace = await openWorkspace({ 'a.journey': text });
        const document = workspace.documents['a.journey'];
        const formatter = workspace.services.lsp.Formatter!;
        const onType = await formatter.formatDocumentOnType(document, {
            textDocument: { uri: document.uri.toString() },
            ch: '}',
            position: { line: 4, character: 2 },
            options: { tabSize: 2, insertSpaces: true },
        });
        expect(applyTextEdits(text, onType)).toBe('team   A\njourney J {\n  phase P {\n    moment 0\n  }\n}\n');
        const range = await formatter.formatDocumentRange(document, {
            textDocument: { uri: document.uri.toString() },
            range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } },
            options: { tabSize: 2, insertSpaces: true },
        });
        expect(applyTextEdits(text, range).startsWith('team A\n')).toBe(true);
    });

    it('works with langium/test expectFormatting', async () => {
        await expectFormatting(services)({
            before: 'channel web "Web"   \njourney J { phase P { moment 0 } }',
            after: 'channel web "Web"\n\njourney J {\n  phase P {\n    moment 0\n  }\n}\n',
        });
    });
});
