// After an edit inside a string (patched in place, parser/in-place-edit.ts), the reference
// index is not rebuilt: the references after the edit are moved (journey-index-manager.ts).
// Find references must then answer exactly as after a fresh build of the new text.
import { Cancellation, DocumentState } from 'langium';
import { describe, expect, it, vi } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { JourneyIndexManager } from '../../language/workspace/journey-index-manager.js';
import { openInEditor as openFileInEditor, openWorkspace, type Workspace } from './lsp-workspace.js';

const openInEditor = (text: string) => openFileInEditor('map.journey', text);

const BEFORE = [
    'team T "Team"',
    'channel C "Web"',
    'persona P "Paula"',
    'journey J "Journey" {',
    '  persona P',
    '  phase A "A" {',
    '    touchpoint X "X title" { channel C owner T emotion 4 }',
    '    touchpoint Y "Y" { channel C owner T emotion 4 }',
    '  }',
    '}',
    '',
].join('\n');

/** The ranges find references gives for team T in the workspace's map, whose text is `text`. */
async function teamReferences(workspace: Workspace, text: string) {
    const document = workspace.documents['map.journey'];
    const position = TextDocument.create('file:///x', 'journey', 0, text).positionAt(text.indexOf('team T') + 5);
    const references = await workspace.services.lsp.ReferencesProvider!.findReferences(document, {
        textDocument: { uri: document.uri.toString() },
        position,
        context: { includeDeclaration: false },
    });
    return references.map(reference => reference.range);
}

async function referencesToTeam(text: string, edits: [search: string, insert: string][] = []) {
    const editor = await openInEditor(text);
    const shift = vi.spyOn(editor.workspace.services.shared.workspace.IndexManager as JourneyIndexManager, 'keepsReferences');
    for (const [search, insert] of edits) {
        editor.edit(editor.textDocument.getText().indexOf(search) + 1, insert);
        await editor.build();
    }
    const current = editor.textDocument.getText();
    return { text: current, ranges: await teamReferences(editor.workspace, current), shifted: shift.mock.calls.length };
}

/** Both edits moved the index, and find references answers as after a fresh build of the text. */
async function expectMovedLikeFresh(edited: Awaited<ReturnType<typeof referencesToTeam>>) {
    expect(edited.shifted).toBe(2);
    const fresh = await referencesToTeam(edited.text);
    expect(fresh.ranges).toHaveLength(2);
    expect(edited.ranges).toEqual(fresh.ranges);
}

describe('references after edits inside strings', () => {
    it('are moved on the same line and on later lines, and equal a fresh build', async () => {
        const edited = await referencesToTeam(BEFORE, [
            ['X title', 'longer '],
            ['Journey"', 'My '],
        ]);
        expect(edited.text).toContain('touchpoint X "Xlonger  title" { channel C owner T');
        expect(edited.text).toContain('journey J "JMy ourney" {');
        await expectMovedLikeFresh(edited);
    });
});

describe('references after lines added between tokens', () => {
    it('are moved to their new lines and columns, and equal a fresh build', async () => {
        const edited = await referencesToTeam(BEFORE, [
            [' channel C owner T emotion 4 }', '\n      '],
            ['\n    touchpoint Y', '\n'],
        ]);
        expect(edited.text).toContain('touchpoint X "X title" { \n      channel C owner T emotion 4 }\n\n    touchpoint Y');
        await expectMovedLikeFresh(edited);
    });
});

describe('an edit that arrives while the previous one is being built', () => {
    // Keystrokes 50 ms apart on a large file arrive before the previous build has validated:
    // the builder is interrupted after linking or after indexing references. The next
    // keystroke is still patched in place (no relinking), and the result equals a fresh build.
    for (const interruptedAfter of [DocumentState.Linked, DocumentState.IndexedReferences]) {
        it(`is patched in place after a build interrupted at state ${DocumentState[interruptedAfter]}`, async () => {
            const { workspace, textDocument, document, edit, build } = await openInEditor(BEFORE);
            // A first keystroke whose build (a full parse: the string edit becomes an identifier
            // edit) is interrupted once the document reaches the state.
            edit(BEFORE.indexOf('X "X title"') + 1, 'Z');
            const interrupt = new Cancellation.CancellationTokenSource();
            const stop = workspace.services.shared.workspace.DocumentBuilder.onBuildPhase(interruptedAfter, () => interrupt.cancel());
            await expect(build(interrupt.token)).rejects.toThrow();
            stop.dispose();
            expect(document.state).toBe(interruptedAfter);
            const link = vi.spyOn(workspace.services.references.Linker, 'link');
            edit(textDocument.getText().indexOf('X title') + 1, 'longer ');
            await build();
            expect(link).not.toHaveBeenCalled();
            expect(document.state).toBe(DocumentState.Validated);
            const text = textDocument.getText();
            const fresh = await openWorkspace({ 'map.journey': text });
            expect(text).toContain('touchpoint XZ "Xlonger  title"');
            expect(document.diagnostics).toEqual(fresh.documents['map.journey'].diagnostics);
            expect(await teamReferences(workspace, text)).toEqual(await teamReferences(fresh, text));
            expect(await teamReferences(workspace, text)).toHaveLength(2);
        });
    }
});

describe('a change that leaves the text as it was', () => {
    it('is neither parsed nor linked again, and the findings stay', async () => {
        const text = BEFORE.replace('owner T emotion 4 }', 'emotion 4 }'); // a touchpoint without owner
        const { workspace, document, edit, build } = await openInEditor(text);
        const findings = document.diagnostics;
        expect(findings?.length).toBeGreaterThan(0);
        const parse = vi.spyOn(workspace.services.parser.LangiumParser, 'parse');
        const link = vi.spyOn(workspace.services.references.Linker, 'link');
        // Type a character and delete it before the server gets to build (one coalesced update).
        edit(text.indexOf('team T'), 'x');
        edit(text.indexOf('team T'), '', 1);
        await build();
        expect(parse).not.toHaveBeenCalled();
        expect(link).not.toHaveBeenCalled();
        expect(document.state).toBe(DocumentState.Validated);
        expect(document.diagnostics).toEqual(findings);
    });
});
