// The comparison's exports, through the export save flow (client/export/save-file.ts: a save
// dialog, never a silent overwrite): Markdown, the very report `journey diff --format markdown`
// prints for the same two versions (language/diff/render-markdown.ts), and an HTML page drawn by
// the canvas's renderer with the comparison's marks and both curves
// (language/export/comparison-html.ts).
import * as vscode from 'vscode';
import { renderMarkdown } from '../../language/diff/render-markdown.js';
import { buildComparisonHtml } from '../../language/export/comparison-html.js';
import { setLabelLanguage } from '../../language/export/view-labels.js';
import { toLocale } from '../../language/i18n/locale.js';
import type { ComparisonExportFormat } from '../../webview/protocol.js';
import { saveWithDialog } from '../export/save-file.js';
import { previewSettings, type JourneyPreview } from '../preview/journey-preview.js';
import { comparisonReport } from './comparison-report.js';

export async function exportComparison(
    context: vscode.ExtensionContext,
    preview: JourneyPreview,
    format: ComparisonExportFormat,
    journeyId: string,
): Promise<void> {
    const comparison = preview.comparison;
    const model = preview.currentModel;
    if (!comparison || !model) throw new Error(vscode.l10n.t('the preview shows no comparison'));
    const report = comparisonReport(comparison.input, model, comparison.source, journeyId);
    let data: string;
    if (format === 'markdown') {
        data = renderMarkdown(report, toLocale(vscode.env.language));
    } else {
        const journey = model.journeys.find(each => each.id === journeyId);
        const diff = report.files[0]?.diff.journeys.find(each => each.id === journeyId);
        const beforeId = diff?.beforeId ?? journeyId;
        const before = comparison.input.before.journeys.find(each => each.id === beforeId);
        if (!journey || !diff || !before) throw new Error(vscode.l10n.t('the journey {0} is not in both versions', journeyId));
        setLabelLanguage(previewSettings().labelLanguage);
        const css = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, 'dist', 'webview.css')));
        data = buildComparisonHtml({ model, journey, before, diff, beforeLabel: comparison.input.label, css });
    }
    const extension = format === 'markdown' ? 'md' : 'html';
    const base = preview.resource.path
        .split('/')
        .pop()!
        .replace(/\.journey$/i, '');
    const defaultUri = vscode.Uri.joinPath(preview.resource, '..', `${base}-comparison.${extension}`);
    const name = format === 'markdown' ? 'Markdown' : 'HTML';
    const saved = await saveWithDialog(
        defaultUri,
        { [format === 'markdown' ? 'Markdown' : vscode.l10n.t('HTML page')]: [extension] },
        data,
        vscode.l10n.t('Export the comparison with {0} as {1}', comparison.input.label, name),
    );
    if (saved) void vscode.window.showInformationMessage(vscode.l10n.t('Exported {0}', saved.path.split('/').pop() ?? ''));
}
