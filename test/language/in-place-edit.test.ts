// An edit inside a string or a line comment patches the tree in place; the result must be
// exactly what a fresh parse of the new text gives: AST values, every token position, and
// the diagnostics.
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { EmptyFileSystem, URI, type AstNode, type LangiumDocument } from 'langium';
import { CstUtils, isLeafCstNode, TextDocument } from 'langium';
import { describe, expect, it } from 'vitest';
import { createJourneyCoreServices } from '../../language/journey-module.js';
import { applyInPlaceEdit } from '../../language/parser/in-place-edit.js';
import { makeTempFolder } from '../helpers/temp-folder.js';

const services = createJourneyCoreServices(EmptyFileSystem);
const parse = (text: string) => services.Journey.parser.LangiumParser.parse(text);

function astJson(node: AstNode): string {
    return JSON.stringify(node, (key, value) =>
        (key.startsWith('$') && key !== '$type') || key === '_ref' || key === '_nodeDescription'
            ? undefined
            : value && typeof value === 'object' && '$refText' in value
              ? value.$refText
              : value,
    );
}

/** Every CST node with its position: leaves with their text, composites with their (cached) range. */
function leaves(node: AstNode): string[] {
    return CstUtils.streamCst(node.$cstNode!)
        .map(cst => {
            const { start, end } = cst.range;
            const at = `${cst.offset}+${cst.length}@${start.line}:${start.character}-${end.line}:${end.character}`;
            return isLeafCstNode(cst) ? `${at}=${cst.text}` : `composite ${at}`;
        })
        .toArray();
}

function documentOf(text: string): LangiumDocument {
    return services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.file('/edit.journey'));
}

const TALLER = readFileSync(new URL('../../examples/taller.journey', import.meta.url), 'utf8');

describe('in-place edits', () => {
    it('patches edits inside strings and line comments exactly like a fresh parse', () => {
        let seed = 7;
        const random = (n: number) => {
            seed = (seed * 1103515245 + 12345) % 2 ** 31;
            return seed % n;
        };
        const document = documentOf(TALLER);
        let text = TALLER;
        let patched = 0;
        for (let i = 0; i < 300; i++) {
            // Somewhere inside a string or a comment: insert, delete or replace a few characters.
            const at = random(text.length);
            const insert = ['x', 'ñ', ' ', '🚗', 'ab', ':', ''][random(7)];
            const remove = random(3);
            const next = text.slice(0, at) + insert + text.slice(at + remove);
            if (applyInPlaceEdit(document, next, services.Journey.parser.ValueConverter)) {
                patched++;
                const fresh = parse(next);
                expect(fresh.parserErrors).toEqual([]);
                expect(astJson(document.parseResult.value)).toBe(astJson(fresh.value));
                expect(leaves(document.parseResult.value)).toEqual(leaves(fresh.value));
                text = next;
            } else {
                // Not patchable: the caller would parse; keep the document in step.
                document.parseResult = parse(next);
                text = next;
                if (document.parseResult.parserErrors.length > 0 || document.parseResult.lexerErrors.length > 0) {
                    document.parseResult = parse(TALLER);
                    text = TALLER;
                }
            }
        }
        expect(patched).toBeGreaterThan(50);
    });

    it('refuses edits that change the structure', () => {
        const document = documentOf('team T "Team" // note\n');
        const convert = services.Journey.parser.ValueConverter;
        expect(applyInPlaceEdit(document, 'team T2 "Team" // note\n', convert)).toBe(false); // an identifier
        expect(applyInPlaceEdit(document, 'team T "Te"am" // note\n', convert)).toBe(false); // a quote
        expect(applyInPlaceEdit(document, 'team T "Te\nam" // note\n', convert)).toBe(false); // a line break
        expect(applyInPlaceEdit(document, 'team T "Team" // no\nte\n', convert)).toBe(false); // a comment split
        expect(applyInPlaceEdit(document, 'team T "Tea" // note\n', convert)).toBe(true);
        expect(applyInPlaceEdit(document, 'team T "Tea" // a note\n', convert)).toBe(true);
    });

    for (const [name, lineBreak] of [
        ['LF', '\n'],
        ['CRLF', '\r\n'],
    ]) {
        it(`patches whitespace typed or deleted between tokens (Enter, indentation, spaces) like a fresh parse (${name})`, () => {
            let seed = 3;
            const random = (n: number) => {
                seed = (seed * 1103515245 + 12345) % 2 ** 31;
                return seed % n;
            };
            let text = TALLER.replaceAll('\n', lineBreak);
            const document = documentOf(text);
            let patched = 0;
            for (let i = 0; i < 300; i++) {
                // Next to a line break or a run of spaces: insert whitespace, or delete some.
                const blanks = [...text.matchAll(/[ \t]+|\r?\n/g)].map(match => match.index!);
                const at = blanks[random(blanks.length)] + random(2);
                const insert = [' ', '  ', '\t', lineBreak, lineBreak + '    ', ''][random(6)];
                const remove = insert === '' ? 1 + random(2) : random(2);
                const next = text.slice(0, at) + insert + text.slice(at + remove);
                if (applyInPlaceEdit(document, next, services.Journey.parser.ValueConverter)) {
                    patched++;
                    const fresh = parse(next);
                    expect(fresh.parserErrors).toEqual([]);
                    expect(fresh.lexerErrors).toEqual([]);
                    expect(astJson(document.parseResult.value)).toBe(astJson(fresh.value));
                    expect(leaves(document.parseResult.value), `edit ${i} at ${at}`).toEqual(leaves(fresh.value));
                    expect(document.parseResult.value.$cstNode!.root.fullText).toBe(next);
                    text = next;
                } else {
                    document.parseResult = parse(next);
                    text = next;
                    if (document.parseResult.parserErrors.length > 0 || document.parseResult.lexerErrors.length > 0) {
                        text = TALLER.replaceAll('\n', lineBreak);
                        document.parseResult = parse(text);
                    }
                }
            }
            expect(patched).toBeGreaterThan(150);
        });
    }

    it('refuses whitespace edits that would join tokens, and lets a comment take the spaces typed after it', () => {
        const document = documentOf('team T "Team" // note\nchannel C "Web"\n');
        const convert = services.Journey.parser.ValueConverter;
        expect(applyInPlaceEdit(document, 'teamT "Team" // note\nchannel C "Web"\n', convert)).toBe(false); // joins two tokens
        expect(applyInPlaceEdit(document, 'team T "Team" // notechannel C "Web"\n', convert)).toBe(false); // joins the next line to the comment
        // A \r\n pair split or made changes how lines are counted: parsed instead.
        const crlf = documentOf('team T "Team"\r\nchannel C "Web"\r\n');
        expect(applyInPlaceEdit(crlf, 'team T "Team"\r \nchannel C "Web"\r\n', convert)).toBe(false);
        expect(applyInPlaceEdit(crlf, 'team T "Team"\r\nchannel C "Web"\r\r\n', convert)).toBe(false);
        for (const next of [
            'team T "Team" // note \nchannel C "Web"\n', // a space after a comment is the comment's
            'team  T "Team" // note \nchannel C "Web"\n',
            'team  T "Team" // note \n\n  channel C "Web"\n',
        ]) {
            expect(applyInPlaceEdit(document, next, convert)).toBe(true);
            expect(leaves(document.parseResult.value)).toEqual(leaves(parse(next).value));
        }
    });

    it('patches comments wherever they stand: before a block, first in it, last in it, between declarations', () => {
        const text = [
            '// at the top',
            'team T "Team" // after a declaration',
            '// between declarations',
            'journey J "J" {',
            '  // first in the journey',
            '  phase A "A" {',
            '    // first in the phase',
            '    touchpoint X "X" { // first in the touchpoint',
            '      emotion 3 // after a property',
            '      // last in the touchpoint',
            '    }',
            '    // last in the phase',
            '  }',
            '}',
            '// at the end',
            '',
        ].join('\n');
        for (const comment of [
            'at the top',
            'after a declaration',
            'between declarations',
            'first in the journey',
            'first in the phase',
            'first in the touchpoint',
            'after a property',
            'last in the touchpoint',
            'last in the phase',
            'at the end',
        ]) {
            const document = documentOf(text);
            const at = text.indexOf(comment) + 3;
            const next = text.slice(0, at) + 'x' + text.slice(at);
            expect(applyInPlaceEdit(document, next, services.Journey.parser.ValueConverter), comment).toBe(true);
            expect(leaves(document.parseResult.value)).toEqual(leaves(parse(next).value));
        }
    });

    it('keeps the diagnostics of the language server right after patched edits', async () => {
        const dir = makeTempFolder('journey-inplace-');
        const file = path.join(dir, 'taller.journey');
        writeFileSync(file, TALLER);
        const { createJourneyLspServices } = await import('../../server/journey-lsp-module.js');
        const { NodeFileSystem } = await import('langium/node');
        const live = createJourneyLspServices(NodeFileSystem);
        const uri = URI.file(file);
        let version = 1;
        let text = TALLER;
        live.shared.workspace.TextDocuments.set(TextDocument.create(uri.toString(), 'journey', version, text));
        const document = await live.shared.workspace.LangiumDocuments.getOrCreateDocument(uri);
        await live.shared.workspace.DocumentBuilder.build([document], { validation: true });
        // Fill the missing emotion's touchpoint title and the pain of Lavado: titles in messages change.
        for (const [from, to] of [
            ['"Paga y retira el auto"', '"Paga y retira el coche"'],
            ['Le prometieron', 'Le habían prometido'],
        ]) {
            text = text.replace(from, to);
            const before = document.parseResult;
            live.shared.workspace.TextDocuments.set(TextDocument.create(uri.toString(), 'journey', ++version, text));
            await live.shared.workspace.DocumentBuilder.update([uri], []);
            expect(document.parseResult).toBe(before); // patched in place, not parsed again
            const fresh = (await import('../helpers/lint.js')).lint;
            const expected = (await fresh(text)).map(d => `${d.code}@${d.range.start.line}:${d.range.start.character} ${d.message}`).sort();
            expect(document.diagnostics!.map(d => `${d.code}@${d.range.start.line}:${d.range.start.character} ${d.message}`).sort()).toEqual(expected);
        }
        expect(document.diagnostics!.some(d => String(d.message).includes('Paga y retira el coche'))).toBe(true);
    });
});
