// After an edit inside a string (patched in place, parser/in-place-edit.ts), the reference
// index is not rebuilt: the references after the edit are moved (journey-index-manager.ts).
// Find references must then answer exactly as after a fresh build of the new text.
import { URI } from 'langium';
import { describe, expect, it, vi } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { JourneyIndexManager } from '../../language/workspace/journey-index-manager.js';
import { openWorkspace } from './lsp-workspace.js';

const BEFORE = [
    'team T "Team"', 'channel C "Web"', 'persona P "Paula"', 'journey J "Journey" {', '  persona P', '  phase A "A" {',
    '    touchpoint X "X title" { channel C owner T emotion 4 }', '    touchpoint Y "Y" { channel C owner T emotion 4 }', '  }', '}', '',
].join('\n');

async function referencesToTeam(text: string, edits: [search: string, insert: string][] = []) {
    const workspace = await openWorkspace({ 'map.journey': text });
    const uri = workspace.uri('map.journey');
    const shared = workspace.services.shared;
    const shift = vi.spyOn(shared.workspace.IndexManager as JourneyIndexManager, 'shiftReferences');
    const textDocument = TextDocument.create(uri, 'journey', 1, text);
    shared.workspace.TextDocuments!.set(textDocument);
    let current = text;
    for (const [search, insert] of edits) {
        const position = textDocument.positionAt(current.indexOf(search) + 1);
        TextDocument.update(textDocument, [{ range: { start: position, end: position }, text: insert }], textDocument.version + 1);
        current = textDocument.getText();
        await shared.workspace.DocumentBuilder.update([URI.parse(uri)], []);
    }
    const document = workspace.documents['map.journey'];
    const position = textDocument.positionAt(current.indexOf('team T') + 5);
    const references = await workspace.services.lsp.ReferencesProvider!.findReferences(document, { textDocument: { uri }, position, context: { includeDeclaration: false } });
    return { text: current, ranges: references.map(reference => reference.range), shifted: shift.mock.calls.length };
}

describe('references after edits inside strings', () => {
    it('are moved on the same line and on later lines, and equal a fresh build', async () => {
        const edited = await referencesToTeam(BEFORE, [['X title', 'longer '], ['Journey"', 'My ']]);
        expect(edited.text).toContain('touchpoint X "Xlonger  title" { channel C owner T');
        expect(edited.text).toContain('journey J "JMy ourney" {');
        expect(edited.shifted).toBe(2);
        const fresh = await referencesToTeam(edited.text);
        expect(fresh.ranges).toHaveLength(2);
        expect(edited.ranges).toEqual(fresh.ranges);
    });
});
