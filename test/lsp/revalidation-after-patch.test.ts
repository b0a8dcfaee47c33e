// After an edit inside a string or a comment (patched in place), only the edited node, its
// ancestors and its descendants are checked again; the other findings are remembered and
// moved along (lint/remembered-findings.ts). The diagnostics must equal a fresh build's.
import { describe, expect, it, vi } from 'vitest';
import type { JourneyLanguageAstType } from '../../language/generated/ast.js';
import { openInEditor, openWorkspace, type Workspace } from './lsp-workspace.js';

// Findings on many lines, several on the lines the edits touch, a suppression comment.
const MAP = [
    'team T "Team"',
    'team Unused "Nobody refers to it"',
    'channel C "Web"',
    'persona P "Paula"',
    'journey J "Journey" {',
    '  persona P',
    '  phase A "Arrive" {',
    '    moment 2',
    '    touchpoint X "No owner" { channel C emotion 4 }',
    '    touchpoint Y "Hurts" { channel C owner T emotion 1 pain "Slow" pain "Again" }',
    '    // journey-lint-disable-next-line missing-owner',
    '    touchpoint Z "Suppressed" { channel C emotion 4 gap "Waiting time" { owner T } }',
    '    touchpoint X "Repeated id" { owner T emotion 9 }',
    '  }',
    '  phase B "Back" { moment 1 }',
    '  phase Late "Later" {',
    '    touchpoint W "With a KPI" { channel C owner T emotion 3 kpi "NPS" opportunity "Call back" { owner T } }',
    '  }',
    '}',
    '',
].join('\n');

/** Offsets strictly inside the strings and line comments of `text`, where an edit is patched in place. */
function insideStringsAndComments(text: string): number[] {
    const offsets: number[] = [];
    for (const match of text.matchAll(/"[^"\n]*"|\/\/[^\n]*/g)) {
        const first = match.index! + (match[0].startsWith('"') ? 1 : 2);
        const end = match.index! + match[0].length - (match[0].startsWith('"') ? 1 : 0);
        for (let offset = first; offset <= end; offset++) offsets.push(offset);
    }
    return offsets;
}

/** The ids of the touchpoints checked from now on, in order (a check registered for the purpose). */
function touchpointsChecked(workspace: Workspace): string[] {
    const checked: string[] = [];
    workspace.services.validation.ValidationRegistry.register<JourneyLanguageAstType>({
        Touchpoint: touchpoint => {
            checked.push(touchpoint.name);
        },
    });
    return checked;
}

async function freshDiagnostics(text: string) {
    return (await openWorkspace({ 'map.journey': text })).documents['map.journey'].diagnostics;
}

describe('findings after in-place edits', () => {
    it('equal a fresh build after each of many edits in strings and comments', async () => {
        const editor = await openInEditor('map.journey', MAP);
        const checkedTouchpoints = touchpointsChecked(editor.workspace);
        let partial = 0;
        let seed = 11;
        const random = (n: number) => {
            seed = (seed * 1103515245 + 12345) % 2 ** 31;
            return seed % n;
        };
        for (let i = 0; i < 60; i++) {
            const text = editor.textDocument.getText();
            const places = insideStringsAndComments(text);
            const at = places[random(places.length)];
            const insert = ['x', ' ', 'ñ', '', 'a b'][random(5)];
            const remove = insert === '' ? 1 : random(2);
            if (text[at] === '"' || text[at] === '\n') continue;
            editor.edit(at, insert, remove);
            checkedTouchpoints.length = 0;
            await editor.build();
            const current = editor.textDocument.getText();
            expect(editor.document.diagnostics, `after edit ${i} at ${at}`).toEqual(await freshDiagnostics(current));
            if (checkedTouchpoints.length <= 1) partial++;
        }
        // Most edits land inside one touchpoint, which alone is checked again.
        expect(partial).toBeGreaterThan(30);
    });

    it('check only the edited touchpoint among all of them', async () => {
        const editor = await openInEditor('map.journey', MAP);
        const checked = touchpointsChecked(editor.workspace);
        // Opening validated every category, edits validate the fast ones: the first edit checks everything.
        editor.edit(MAP.indexOf('Journey"'), 'A ');
        await editor.build();
        expect(checked).toEqual(['X', 'Y', 'Z', 'X', 'W']);
        checked.length = 0;
        editor.edit(editor.textDocument.getText().indexOf('Hurts"'), 'It ');
        await editor.build();
        expect(checked).toEqual(['Y']);
        expect(editor.document.diagnostics).toEqual(await freshDiagnostics(editor.textDocument.getText()));
        const messages = editor.document.diagnostics!.map(diagnostic => diagnostic.message);
        expect(messages).toContain('Touchpoint "It Hurts" hurts (a pain or an emotion of 2 or less) but has no gap or opportunity to address it.');
    });

    it('follow lines added and removed between tokens, without a parse', async () => {
        const editor = await openInEditor('map.journey', MAP);
        editor.edit(MAP.indexOf('Web"'), 'The ');
        await editor.build();
        const parse = vi.spyOn(editor.workspace.services.parser.LangiumParser, 'parse');
        const checked = touchpointsChecked(editor.workspace);
        // Enter and indentation before a property, an empty line between touchpoints, a line joined back.
        const places: [string, string, number][] = [
            ['channel C emotion 4 }', '\n      ', 0],
            ['    touchpoint Y', '\n', 0],
            ['  phase B', '  ', 0],
            ['\n      channel C emotion 4 }', '', 7],
            ['  // journey-lint-disable', '\n', 0],
        ];
        for (const [before, insert, remove] of places) {
            editor.edit(editor.textDocument.getText().indexOf(before), insert, remove);
            await editor.build();
            const text = editor.textDocument.getText();
            expect(editor.document.diagnostics, `${JSON.stringify(insert)} before ${JSON.stringify(before)}`).toEqual(await freshDiagnostics(text));
        }
        expect(parse).not.toHaveBeenCalled();
        expect(checked).toEqual([]);
    });

    it('follow a suppression comment being typed', async () => {
        const text = MAP.replace('missing-owner', 'missing-own');
        const editor = await openInEditor('map.journey', text);
        // Opening validated every category, edits validate the fast ones: a first edit remembers their findings.
        editor.edit(text.indexOf('Web"'), 'The ');
        await editor.build();
        const unsuppressed = editor.document.diagnostics!.filter(diagnostic => diagnostic.code === 'missing-owner');
        editor.edit(editor.textDocument.getText().indexOf('missing-own') + 'missing-own'.length, 'er');
        await editor.build();
        const suppressed = editor.document.diagnostics!.filter(diagnostic => diagnostic.code === 'missing-owner');
        expect(suppressed).toHaveLength(unsuppressed.length - 1);
        expect(editor.document.diagnostics).toEqual(await freshDiagnostics(editor.textDocument.getText()));
    });
});
