// After an edit inside a string (patched in place, parser/in-place-edit.ts), the reference
// index is not rebuilt: the references after the edit are moved (journey-index-manager.ts).
// Find references must then answer exactly as after a fresh build of the new text.
import { Cancellation, DocumentState, URI } from 'langium';
import { describe, expect, it, vi } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { JourneyDocumentBuilder } from '../../language/workspace/journey-document-builder.js';
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

describe('an edit that arrives while the previous one is being built', () => {
    // Keystrokes 50 ms apart on a large file arrive before the previous build has validated:
    // the builder is interrupted after linking or after indexing references. The next
    // keystroke is still patched in place (no relinking), and the result equals a fresh build.
    for (const interruptedAfter of [DocumentState.Linked, DocumentState.IndexedReferences]) {
        it(`is patched in place after a build interrupted at state ${DocumentState[interruptedAfter]}`, async () => {
            const workspace = await openWorkspace({ 'map.journey': BEFORE });
            const uri = workspace.uri('map.journey');
            const shared = workspace.services.shared;
            const builder = shared.workspace.DocumentBuilder as JourneyDocumentBuilder;
            const textDocument = TextDocument.create(uri, 'journey', 1, BEFORE);
            shared.workspace.TextDocuments!.set(textDocument);
            const document = workspace.documents['map.journey'];
            const type = (insert: string) => {
                const position = textDocument.positionAt(textDocument.getText().indexOf('X title') + 1);
                TextDocument.update(textDocument, [{ range: { start: position, end: position }, text: insert }], textDocument.version + 1);
                builder.markChanged([URI.parse(uri)]);
            };
            // A first keystroke whose build (a full parse: the string edit becomes an identifier
            // edit) is interrupted once the document reaches the state.
            const position = textDocument.positionAt(textDocument.getText().indexOf('X "X title"') + 1);
            TextDocument.update(textDocument, [{ range: { start: position, end: position }, text: 'Z' }], 2);
            builder.markChanged([URI.parse(uri)]);
            const interrupt = new Cancellation.CancellationTokenSource();
            const stop = builder.onBuildPhase(interruptedAfter, () => interrupt.cancel());
            await expect(builder.update([URI.parse(uri)], [], interrupt.token)).rejects.toThrow();
            stop.dispose();
            expect(document.state).toBe(interruptedAfter);
            const link = vi.spyOn(workspace.services.references.Linker, 'link');
            type('longer ');
            await builder.update([URI.parse(uri)], []);
            expect(link).not.toHaveBeenCalled();
            expect(document.state).toBe(DocumentState.Validated);
            const fresh = await openWorkspace({ 'map.journey': textDocument.getText() });
            expect(textDocument.getText()).toContain('touchpoint XZ "Xlonger  title"');
            expect(document.diagnostics).toEqual(fresh.documents['map.journey'].diagnostics);
            const references = async (ws: typeof workspace) => (await ws.services.lsp.ReferencesProvider!.findReferences(ws.documents['map.journey'], {
                textDocument: { uri }, position: textDocument.positionAt(textDocument.getText().indexOf('team T') + 5), context: { includeDeclaration: false },
            })).map(reference => reference.range);
            expect(await references(workspace)).toEqual(await references(fresh));
            expect(await references(workspace)).toHaveLength(2);
        });
    }
});

describe('a change that leaves the text as it was', () => {
    it('is neither parsed nor linked again, and the findings stay', async () => {
        const text = BEFORE.replace('owner T emotion 4 }', 'emotion 4 }'); // a touchpoint without owner
        const workspace = await openWorkspace({ 'map.journey': text });
        const uri = workspace.uri('map.journey');
        const shared = workspace.services.shared;
        const builder = shared.workspace.DocumentBuilder as JourneyDocumentBuilder;
        const textDocument = TextDocument.create(uri, 'journey', 1, text);
        shared.workspace.TextDocuments!.set(textDocument);
        const document = workspace.documents['map.journey'];
        const findings = document.diagnostics;
        expect(findings?.length).toBeGreaterThan(0);
        const parse = vi.spyOn(workspace.services.parser.LangiumParser, 'parse');
        const link = vi.spyOn(workspace.services.references.Linker, 'link');
        // Type a character and delete it before the server gets to build (one coalesced update).
        const at = textDocument.positionAt(text.indexOf('team T'));
        TextDocument.update(textDocument, [{ range: { start: at, end: at }, text: 'x' }], 2);
        builder.markChanged([URI.parse(uri)]);
        TextDocument.update(textDocument, [{ range: { start: at, end: { ...at, character: at.character + 1 } }, text: '' }], 3);
        builder.markChanged([URI.parse(uri)]);
        await builder.update([URI.parse(uri)], []);
        expect(parse).not.toHaveBeenCalled();
        expect(link).not.toHaveBeenCalled();
        expect(document.state).toBe(DocumentState.Validated);
        expect(document.diagnostics).toEqual(findings);
    });
});
