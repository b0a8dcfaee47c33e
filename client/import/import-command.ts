// "Journey: Import Mermaid Journey…": a .mmd file, or every mermaid journey block of a Markdown
// file, becomes one .journey file chosen in a save dialog (never replacing a file without
// confirmation); a message then says what was imported and which blocks were skipped.
import * as vscode from 'vscode';
import { toLocale } from '../../language/i18n/locale.js';
import { importSummaryText } from '../../language/mermaid/import-summary.js';
import { importMermaidJourneys, MermaidImportError, type ImportResult } from '../../language/mermaid/mermaid-import.js';
import { saveWithDialog } from '../export/save-file.js';

export function registerImportCommand(context: vscode.ExtensionContext): void {
    context.subscriptions.push(
        vscode.commands.registerCommand('journey.import.mermaid', async (uri?: vscode.Uri) => {
            let source = uri instanceof vscode.Uri ? uri : undefined;
            const active = vscode.window.activeTextEditor?.document;
            if (!source && active && /\.(mmd|mermaid|md|markdown)$/i.test(active.uri.path)) source = active.uri;
            if (!source) {
                const picked = await vscode.window.showOpenDialog({
                    canSelectMany: false,
                    openLabel: vscode.l10n.t('Import'),
                    filters: { [vscode.l10n.t('Mermaid or Markdown')]: ['mmd', 'mermaid', 'md', 'markdown'] },
                    title: vscode.l10n.t('Import a Mermaid journey diagram'),
                });
                source = picked?.[0];
            }
            if (!source) return;
            const open = vscode.workspace.textDocuments.find(document => document.uri.toString() === source!.toString());
            const text = open ? open.getText() : new TextDecoder().decode(await vscode.workspace.fs.readFile(source));
            const name = source.path.split('/').pop() ?? 'diagram.mmd';
            let imported: ImportResult;
            try {
                imported = importMermaidJourneys(text, name);
            } catch (error) {
                if (error instanceof MermaidImportError) {
                    const reveal = vscode.l10n.t('Show Line');
                    const answer = await vscode.window.showErrorMessage(
                        vscode.l10n.t('Cannot import {0}: line {1}: {2}', name, error.line, error.reason),
                        reveal,
                    );
                    if (answer === reveal) {
                        const editor = await vscode.window.showTextDocument(source);
                        const position = new vscode.Position(Math.max(0, error.line - 1), 0);
                        editor.selection = new vscode.Selection(position, position);
                        editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenter);
                    }
                    return;
                }
                throw error;
            }
            const target = vscode.Uri.joinPath(source, '..', name.replace(/\.[^.]*$/, '') + '.journey');
            const saved = await saveWithDialog(
                target,
                { [vscode.l10n.t('Journey map')]: ['journey'] },
                imported.text,
                vscode.l10n.t('Save the imported journey map'),
                vscode.l10n.t('Save'),
            );
            if (!saved) return;
            await vscode.window.showTextDocument(saved);
            void vscode.window.showInformationMessage(importSummaryText(imported.summary, toLocale(vscode.env.language)));
        }),
    );
}
