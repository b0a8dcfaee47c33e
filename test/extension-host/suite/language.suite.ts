// The language features of journey-maps seen through the `vscode` API, inside a real
// extension host (VS Code via @vscode/test-electron, or code-server via the runner extension).
// The workspace is a copy of examples/.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'mocha';
import * as vscode from 'vscode';

const EXTENSION_ID = 'journey-maps.journey-maps';

async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        const value = await probe();
        if (value !== undefined) return value;
        if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
        await new Promise(r => setTimeout(r, 200));
    }
}

async function workspaceFile(name: string): Promise<vscode.Uri> {
    const [uri] = await vscode.workspace.findFiles(`**/${name}`, '**/node_modules/**', 1);
    assert.ok(uri, `${name} is not in the workspace`);
    return uri;
}

function codeOf(d: vscode.Diagnostic): string | undefined {
    if (d.code === undefined) return undefined;
    return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

function labelOf(item: vscode.CompletionItem): string {
    return typeof item.label === 'string' ? item.label : item.label.label;
}

function hoverText(hovers: vscode.Hover[]): string {
    return hovers
        .flatMap(h => h.contents)
        .map(c => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
        .join('\n');
}

describe('journey-maps in the extension host', () => {
    let taller: vscode.Uri;
    let doc: vscode.TextDocument;

    before(async () => {
        const ext = vscode.extensions.getExtension(EXTENSION_ID);
        assert.ok(ext, `extension ${EXTENSION_ID} is not installed`);
        taller = await workspaceFile('taller.journey');
        doc = await vscode.workspace.openTextDocument(taller);
        await vscode.window.showTextDocument(doc);
        await ext.activate();
    });

    after(async () => {
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    });

    it('opens .journey files in the journey language', () => {
        assert.equal(doc.languageId, 'journey');
    });

    it('reports the 8 lint diagnostics of taller.journey, with codes', async () => {
        const diagnostics = await waitFor('8 diagnostics on taller.journey', () => {
            const d = vscode.languages.getDiagnostics(taller);
            return d.length >= 8 ? d : undefined;
        });
        // Let a late second publication settle, then read again.
        await new Promise(r => setTimeout(r, 500));
        const final = vscode.languages.getDiagnostics(taller);
        const codes = final.map(codeOf);
        assert.equal(final.length, 8, `diagnostics: ${JSON.stringify(codes)}`);
        assert.ok(
            diagnostics.every(d => d.source === 'journey'),
            'every diagnostic comes from the journey source',
        );
        for (const code of [
            'missing-owner',
            'gap-without-owner',
            'unaddressed-pain',
            'missing-emotion',
            'empty-phase',
            'moment-of-truth-without-kpi',
            'opportunity-without-horizon',
        ]) {
            assert.ok(codes.includes(code), `missing ${code} in ${JSON.stringify(codes)}`);
        }
        const missingOwner = final.find(d => codeOf(d) === 'missing-owner');
        assert.equal(missingOwner?.range.start.line, 93, 'missing-owner is on line 94 (the Pago touchpoint)');
    });

    it('completes team names after `owner `', async () => {
        const editor = await vscode.window.showTextDocument(doc);
        // The Pago touchpoint has no owner: add `owner ` on a new line after its channel.
        const channelLine = [...Array(doc.lineCount).keys()].find(
            i => doc.lineAt(i).text.includes('channel mostrador') && doc.lineAt(i - 1).text.includes('touchpoint Pago'),
        );
        assert.ok(channelLine !== undefined, 'the Pago touchpoint was not found');
        const indent = doc.lineAt(channelLine).text.match(/^\s*/)?.[0] ?? '';
        const insertAt = new vscode.Position(channelLine + 1, 0);
        await editor.edit(b => b.insert(insertAt, `${indent}owner \n`));
        const position = new vscode.Position(channelLine + 1, indent.length + 'owner '.length);
        try {
            const list = await waitFor(
                'completion items after `owner `',
                async () => {
                    const l = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, position);
                    return l && l.items.length > 0 ? l : undefined;
                },
                30_000,
            );
            const labels = list.items.map(labelOf);
            for (const team of ['CallCenter', 'Recepcion', 'Tecnicos', 'Marketing']) {
                assert.ok(labels.includes(team), `${team} missing from ${JSON.stringify(labels.slice(0, 40))}`);
            }
        } finally {
            await vscode.commands.executeCommand('workbench.action.files.revert');
        }
    });

    it('shows a hover on a team reference', async () => {
        const line = [...Array(doc.lineCount).keys()].find(i => /^\s*owner Marketing\s*$/.test(doc.lineAt(i).text));
        assert.ok(line !== undefined, '`owner Marketing` was not found');
        const col = doc.lineAt(line).text.indexOf('Marketing') + 2;
        const hovers = await waitFor(
            'a hover on Marketing',
            async () => {
                const h = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(line, col));
                return h && h.length > 0 && hoverText(h).trim() ? h : undefined;
            },
            10_000,
        );
        assert.match(hoverText(hovers), /Marketing/);
    });

    it('shows the owner a gap inherits from its touchpoint as an inlay hint', async () => {
        const whole = new vscode.Range(0, 0, doc.lineCount, 0);
        const hints = await waitFor(
            'inlay hints',
            async () => {
                const h = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', doc.uri, whole);
                return h && h.length > 0 ? h : undefined;
            },
            10_000,
        );
        const shown = hints.map(hint => {
            const label = typeof hint.label === 'string' ? hint.label : hint.label.map(part => part.value).join('');
            return `${doc.lineAt(hint.position.line).text.slice(0, hint.position.character).trim()} ${label}`;
        });
        assert.deepEqual(shown, [
            'gap "Tiempo de espera telefónica" { owner: Central telefónica (the touchpoint\'s)',
            'gap "Tiempo de espera en recepción" { owner: Recepción de vehículos (the touchpoint\'s)',
        ]);
    });

    it('opens a lint-clean starter map with "New Journey Map", and it is listed in File > New File…', async () => {
        const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON;
        assert.ok(manifest.contributes.menus['file/newFile'].some((item: { command: string }) => item.command === 'journey.newFile'));
        await vscode.commands.executeCommand('journey.newFile');
        const editor = await waitFor(
            'the new journey editor',
            () => {
                const active = vscode.window.activeTextEditor;
                return active && active.document.isUntitled ? active : undefined;
            },
            10_000,
        );
        try {
            assert.equal(editor.document.languageId, 'journey');
            const text = editor.document.getText();
            assert.match(text, /^journey FirstPurchase "First purchase" \{$/m);
            // The workspace (examples/) declares personas, teams and channels: the map uses them.
            assert.doesNotMatch(text, /^(persona|team|channel) /m);
            assert.match(text, /^ {6}owner \w+$/m);
            // The language server checks it: a typo gets a diagnostic, the starter map itself none.
            await editor.edit(edit => edit.insert(new vscode.Position(0, 0), 'team Unused "Unused"\n'));
            const diagnostics = await waitFor(
                'the unused-declaration hint',
                () => {
                    const found = vscode.languages.getDiagnostics(editor.document.uri);
                    return found.length > 0 ? found : undefined;
                },
                30_000,
            );
            assert.deepEqual(diagnostics.map(codeOf), ['unused-declaration']);
        } finally {
            await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
        }
    });

    it('opens one map when "New Journey Map" runs again before the first map has opened', async () => {
        const opened: vscode.TextDocument[] = [];
        const listener = vscode.workspace.onDidOpenTextDocument(document => {
            if (document.isUntitled && document.languageId === 'journey') opened.push(document);
        });
        try {
            // As a person who thinks the first run hangs: the second run comes while the first waits for the server.
            await Promise.all([vscode.commands.executeCommand('journey.newFile'), vscode.commands.executeCommand('journey.newFile')]);
            assert.equal(opened.length, 1);
            assert.match(opened[0].getText(), /^journey FirstPurchase "First purchase" \{$/m);
        } finally {
            listener.dispose();
            for (const _ of opened) await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
        }
    });

    it('inserts a KPI skeleton as a snippet: the cursor lands in its title, Tab goes to its current value', async () => {
        const editor = await vscode.window.showTextDocument(doc);
        try {
            const diagnostic = vscode.languages.getDiagnostics(taller).find(d => codeOf(d) === 'moment-of-truth-without-kpi');
            assert.ok(diagnostic, 'no moment-of-truth-without-kpi finding');
            // The preferred quick fix at the finding, applied as Ctrl+. and Enter apply it.
            editor.selection = new vscode.Selection(diagnostic.range.start, diagnostic.range.start);
            const before = doc.version;
            await vscode.commands.executeCommand('editor.action.codeAction', { kind: vscode.CodeActionKind.QuickFix.value, preferred: true, apply: 'first' });
            await waitFor('the KPI inserted', () => (doc.version > before && /kpi "" \{/.test(doc.getText()) ? true : undefined), 10_000);
            const at = editor.selection.active;
            assert.match(doc.lineAt(at.line).text, /^ {6}kpi "" \{$/, 'the KPI line, indented once inside the touchpoint');
            assert.equal(doc.lineAt(at.line).text.slice(0, at.character), '      kpi "');
            assert.match(doc.lineAt(at.line + 1).text, /^ {8}current ""$/);
            await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
            assert.equal(editor.selection.active.line, at.line + 1);
            assert.equal(doc.lineAt(at.line + 1).text.slice(0, editor.selection.active.character), '        current "');
        } finally {
            await vscode.commands.executeCommand('workbench.action.files.revert');
        }
    });

    // Last: the server restarts under the tests above.
    it('restarts the language server with "Journey: Restart Language Server": the findings are withdrawn, then published again', async () => {
        const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON;
        assert.ok(manifest.contributes.commands.some((command: { command: string }) => command.command === 'journey.restartServer'));
        // The test above reverted its quick fix: its finding comes back a moment later.
        await waitFor('the 8 findings of taller.journey', () => (vscode.languages.getDiagnostics(taller).length === 8 ? true : undefined), 30_000);
        const counts: number[] = [];
        const listener = vscode.languages.onDidChangeDiagnostics(event => {
            if (event.uris.some(uri => uri.toString() === taller.toString())) counts.push(vscode.languages.getDiagnostics(taller).length);
        });
        try {
            await vscode.commands.executeCommand('journey.restartServer');
            // The old server's findings go with it; the new one reads the workspace and publishes them again.
            await waitFor("taller.journey's 8 findings from the new server", () =>
                counts.includes(0) && vscode.languages.getDiagnostics(taller).length === 8 ? true : undefined,
            );
        } finally {
            listener.dispose();
        }
        const line = [...Array(doc.lineCount).keys()].find(i => /^\s*owner Marketing\s*$/.test(doc.lineAt(i).text))!;
        const hovers = await waitFor(
            'a hover from the new server',
            async () => {
                const h = await vscode.commands.executeCommand<vscode.Hover[]>(
                    'vscode.executeHoverProvider',
                    doc.uri,
                    new vscode.Position(line, doc.lineAt(line).text.indexOf('Marketing') + 2),
                );
                return h && h.length > 0 && hoverText(h).trim() ? h : undefined;
            },
            30_000,
        );
        assert.match(hoverText(hovers), /Marketing digital/);
    });
});
