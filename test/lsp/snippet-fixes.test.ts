// Skeleton quick fixes: a client that applies snippet edits gets tab stops on the
// values, the first one where the cursor lands; a client without gets the same text, plain.
import { describe, expect, it } from 'vitest';
import type { CodeAction, SnippetTextEdit, TextEdit } from 'vscode-languageserver';
import { applyTextEdits, openWorkspace } from './lsp-workspace.js';

const text = [
    'team Ops "Operations"',
    'channel web "Web"',
    'persona Ana "Ana"',
    'journey J "J" {',
    '  persona Ana',
    '  phase Empty "Empty" {',
    '    moment 0',
    '  }',
    '  phase P "P" {',
    '    moment 1',
    '    touchpoint A "A" {',
    '      owner Ops',
    '      channel web',
    '      emotion 3',
    '      kpi "k" { current 1 }',
    '      gap "g" { owner Ops }',
    '    }',
    '    touchpoint B "B" {',
    '      owner Ops',
    '      channel web',
    '      moment-of-truth',
    '    }',
    '    touchpoint C "C" {',
    '      owner Ops',
    '      channel web',
    '      emotion 2',
    '      pain "slow"',
    '    }',
    '  }',
    '}',
    '',
].join('\n');

/** What VS Code does with a snippet edit: indents its later lines like the insertion line, and puts the cursor on the first tab stop. */
function applyLikeVsCode(source: string, edit: SnippetTextEdit): { text: string; selection: string; cursor: number } {
    const lines = source.split('\n');
    const line = lines[edit.range.start.line];
    const leading = /^[ \t]*/.exec(line.slice(0, edit.range.start.character))![0];
    const snippet = edit.snippet.value
        .split('\n')
        .map((snippetLine, index) => (index === 0 ? snippetLine : leading + snippetLine))
        .join('\n');
    const firstStop = /\$\{1:([^}]*)\}|\$\{1\|([^,|]*)[^}]*\|\}|\$1(?!\d)/.exec(snippet)!;
    const before = snippet
        .slice(0, firstStop.index)
        .replace(/\$\{\d+:([^}]*)\}/g, '$1')
        .replace(/\$\{\d+\|([^,|]*)[^}]*\|\}/g, '$1')
        .replace(/\$\d+/g, '');
    const plain = snippet
        .replace(/\$\{\d+:([^}]*)\}/g, '$1')
        .replace(/\$\{\d+\|([^,|]*)[^}]*\|\}/g, '$1')
        .replace(/\$\d+/g, '');
    const result = applyTextEdits(source, [{ range: edit.range, newText: plain }]);
    const lineOffsets = source
        .split('\n')
        .slice(0, edit.range.start.line)
        .reduce((sum, l) => sum + l.length + 1, 0);
    const cursor = lineOffsets + edit.range.start.character + before.length;
    return { text: result, selection: firstStop[1] ?? firstStop[2] ?? '', cursor };
}

async function skeletonFixes(snippetEditSupport: boolean | undefined) {
    const workspace = await openWorkspace({ 'map.journey': text });
    await workspace.services.shared.lsp.LanguageServer.initialize({
        processId: null,
        rootUri: null,
        capabilities: snippetEditSupport === undefined ? {} : { workspace: { workspaceEdit: { documentChanges: true, snippetEditSupport } } },
    });
    const document = workspace.documents['map.journey'];
    const diagnostics = document.diagnostics ?? [];
    const fixes = new Map<string, CodeAction>();
    for (const rule of ['missing-emotion', 'moment-of-truth-without-kpi', 'unaddressed-pain', 'gap-without-target', 'kpi-without-target', 'empty-phase']) {
        const diagnostic = diagnostics.find(d => d.code === rule);
        expect(diagnostic, rule).toBeDefined();
        const actions = (await workspace.services.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.uri.toString() },
            range: diagnostic!.range,
            context: { diagnostics: [diagnostic!] },
        })) as CodeAction[];
        fixes.set(rule, actions[0]);
    }
    return { uri: document.uri.toString(), fixes };
}

/** The touchpoint, phase or block the fix wrote, and where the cursor lands (`|`) with the selection in [ ]. */
const landed: Record<string, { inserted: string; selection: string; cursorBefore: string }> = {
    'missing-emotion': { inserted: '      emotion 3 ""\n', selection: '3', cursorBefore: '      emotion ' },
    'moment-of-truth-without-kpi': {
        inserted: '      kpi "" {\n        current ""\n        target ""\n        unit ""\n      }\n',
        selection: '',
        cursorBefore: '      kpi "',
    },
    'unaddressed-pain': { inserted: '      opportunity "" {\n        horizon short\n      }\n', selection: '', cursorBefore: '      opportunity "' },
    'gap-without-target': {
        inserted: 'gap "g" { owner Ops \n        current ""\n        target ""\n      }',
        selection: '',
        cursorBefore: '        current "',
    },
    'kpi-without-target': { inserted: 'kpi "k" { current 1 \n        target ""\n      }', selection: '', cursorBefore: '        target "' },
    'empty-phase': {
        inserted: '    moment 0\n    touchpoint NewTouchpoint "" {\n      action ""\n      emotion 3 ""\n    }\n  }',
        selection: 'NewTouchpoint',
        cursorBefore: '    touchpoint ',
    },
};

describe('skeleton quick fixes', () => {
    it('are snippets with tab stops on the values for a client that applies snippet edits', async () => {
        const { uri, fixes } = await skeletonFixes(true);
        for (const [rule, expected] of Object.entries(landed)) {
            const change = fixes.get(rule)!.edit!.documentChanges![0] as { textDocument: { uri: string }; edits: SnippetTextEdit[] };
            expect(change.textDocument.uri).toBe(uri);
            expect(fixes.get(rule)!.edit!.changes, rule).toBeUndefined();
            const edit = change.edits[0];
            expect(edit.snippet.kind).toBe('snippet');
            const applied = applyLikeVsCode(text, edit);
            expect(applied.text, rule).toContain(expected.inserted);
            expect(applied.selection, rule).toBe(expected.selection);
            const lineStart = applied.text.lastIndexOf('\n', applied.cursor - 1) + 1;
            expect(applied.text.slice(lineStart, applied.cursor), rule).toBe(expected.cursorBefore);
        }
    });

    it.each([false, undefined])('are plain text, the same text, for a client without snippet edits (snippetEditSupport: %s)', async support => {
        const { uri, fixes } = await skeletonFixes(support);
        for (const [rule, expected] of Object.entries(landed)) {
            const edits = fixes.get(rule)!.edit!.changes![uri] as TextEdit[];
            expect(fixes.get(rule)!.edit!.documentChanges, rule).toBeUndefined();
            expect(
                edits.every(edit => !edit.newText.includes('$')),
                rule,
            ).toBe(true);
            expect(applyTextEdits(text, edits), rule).toContain(expected.inserted);
        }
    });
});
