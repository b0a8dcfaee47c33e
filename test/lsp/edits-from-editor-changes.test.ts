// Keystrokes in a string reach the tree as the editor's changes (server/piece-text-document.ts
// keeps them): the tree is patched without the document's text, or the tree's, being joined
// into one string, and the result equals a fresh build.
import { CstUtils, EmptyFileSystem, isLeafCstNode, URI, type AstNode } from 'langium';
import { describe, expect, it, vi } from 'vitest';
import { PieceText } from '../../language/parser/piece-text.js';
import type { JourneyDocumentBuilder } from '../../language/workspace/journey-document-builder.js';
import { createJourneyLspServices } from '../../server/journey-lsp-module.js';
import { PieceTextDocument } from '../../server/piece-text-document.js';
import { openWorkspace } from './lsp-workspace.js';

const MAP = [
    'team T "Team"',
    'channel C "Web"',
    'persona P "Paula"',
    'journey J "Journey" {',
    '  persona P',
    '  phase A "Arrive" {',
    '    touchpoint X "Finds the shop" { channel C emotion 4 } // no owner yet',
    '    touchpoint Y "Asks" { channel C owner T emotion 2 }',
    '  }',
    '}',
    '',
].join('\n');

/** Every CST node's position and, for leaves, text. */
function positions(node: AstNode): string[] {
    return CstUtils.streamCst(node.$cstNode!)
        .map(
            cst =>
                `${cst.offset}+${cst.length}@${cst.range.start.line}:${cst.range.start.character}-${cst.range.end.line}:${cst.range.end.character}${isLeafCstNode(cst) ? '=' + cst.text : ''}`,
        )
        .toArray();
}

describe("edits from the editor's changes", () => {
    it('patch the tree without joining any text, and equal a fresh build', async () => {
        const { shared } = createJourneyLspServices(EmptyFileSystem);
        const uri = URI.file('/workspace/map.journey');
        const editor = new PieceTextDocument(uri.toString(), 'journey', 1, MAP);
        shared.workspace.TextDocuments!.set(editor);
        const document = shared.workspace.LangiumDocumentFactory.fromTextDocument(editor, uri);
        shared.workspace.LangiumDocuments.addDocument(document);
        const builder = shared.workspace.DocumentBuilder as JourneyDocumentBuilder;
        await builder.build([document], { validation: true });
        const parse = vi.spyOn(shared.ServiceRegistry.getServices(uri).parser.LangiumParser, 'parse');
        // The text as typed, kept here: reading the editor's would join it.
        let typed = MAP;
        const type = async (offsets: number[], text: string) => {
            for (const offset of offsets) {
                const at = editor.positionAt(offset);
                editor.update([{ range: { start: at, end: at }, text }], editor.version + 1);
                typed = typed.slice(0, offset) + text + typed.slice(offset);
                builder.markChanged([uri]);
            }
            await builder.update([uri], []);
        };
        // The first keystroke after opening compares texts (the tree's version is not known yet).
        await type([MAP.indexOf('shop"')], 'x');
        const join = vi.spyOn(PieceText.prototype, 'toString');
        const title = typed.indexOf('shop"');
        await type([title], 'little ');
        await type([title + 3, title + 5], '-'); // two keystrokes in one update
        await type([typed.indexOf('no owner')], 'still ');
        expect(join).not.toHaveBeenCalled();
        expect(parse).not.toHaveBeenCalled();
        join.mockRestore();

        const text = editor.getText();
        expect(text).toBe(typed);
        expect(text).toContain('touchpoint X "Finds the xlit-t-le shop" { channel C emotion 4 } // still no owner yet');
        const fresh = await openWorkspace({ 'map.journey': text });
        const freshDocument = fresh.documents['map.journey'];
        expect(document.diagnostics).toEqual(freshDocument.diagnostics);
        expect(positions(document.parseResult.value)).toEqual(positions(freshDocument.parseResult.value));
        expect(document.parseResult.value.$cstNode!.root.fullText).toBe(text);
    });
});
