// Export commands: journey.export.map-svg | map-png | pdf | html | markdown (the whole map),
// svg | png | mermaid (the Mermaid diagram alone). Run from the command palette, the preview's
// toolbar or its title bar. The images, HTML and PDF need what only the preview webview draws
// (Mermaid, the measured map): the preview is opened beside when needed. The PDF is the HTML
// export printed by a local browser: desktop only (pdf-printer.ts).
import * as vscode from 'vscode';
import type { JourneyView, MapModel } from '../../language/model/map-model.js';
import { buildMarkdownExport } from '../../language/export/markdown-export.js';
import { buildHtmlExport } from '../../language/export/html-export.js';
import { rangeContains } from '../../language/model/source-range.js';
import { EXPORT_FORMATS, type ExportFormat, type ExportPayload } from '../../webview/protocol.js';
import { previewSettings } from '../preview/journey-preview.js';
import { setLabelLanguage } from '../../language/export/view-labels.js';
import { mermaidTextOf } from '../../language/model/mermaid-text-of.js';
import type { CurrentPreview, Previews } from '../preview/current-preview.js';
import { validatedModel } from '../preview/validated-model.js';
import { saveWithDialog } from './save-file.js';
import { diskAccess } from '../disk-access.js';
import { pdfPrinter } from './pdf-printer.js';
import { exportSettings } from './export-settings.js';

const FORMAT_INFO: Record<ExportFormat, { extension: string; filter: string; label: string }> = {
    svg: { extension: 'svg', filter: vscode.l10n.t('SVG image'), label: 'SVG' },
    png: { extension: 'png', filter: vscode.l10n.t('PNG image'), label: 'PNG' },
    'map-svg': { extension: 'svg', filter: vscode.l10n.t('SVG image'), label: 'SVG' },
    'map-png': { extension: 'png', filter: vscode.l10n.t('PNG image'), label: 'PNG' },
    pdf: { extension: 'pdf', filter: vscode.l10n.t('PDF document'), label: 'PDF' },
    mermaid: { extension: 'mmd', filter: vscode.l10n.t('Mermaid diagram'), label: 'Mermaid' },
    markdown: { extension: 'md', filter: 'Markdown', label: 'Markdown' },
    html: { extension: 'html', filter: vscode.l10n.t('HTML page'), label: 'HTML' },
};

interface ExportArgs {
    preview?: CurrentPreview;
    payload?: ExportPayload;
}

export function registerExportCommands(context: vscode.ExtensionContext, previews: Previews): void {
    for (const format of EXPORT_FORMATS) {
        context.subscriptions.push(
            vscode.commands.registerCommand(`journey.export.${format}`, async (arg?: ExportArgs | vscode.Uri) => {
                try {
                    await runExport(context, previews, format, arg);
                } catch (error) {
                    void vscode.window.showErrorMessage(
                        vscode.l10n.t('Export as {0} failed: {1}', FORMAT_INFO[format].label, error instanceof Error ? error.message : String(error)),
                    );
                }
            }),
        );
    }
}

async function runExport(context: vscode.ExtensionContext, previews: Previews, format: ExportFormat, arg: ExportArgs | vscode.Uri | undefined): Promise<void> {
    const fromButton = arg && !(arg instanceof vscode.Uri) ? arg : undefined;
    const editor = vscode.window.activeTextEditor?.document.languageId === 'journey' ? vscode.window.activeTextEditor : undefined;
    const resource = fromButton?.preview?.resource ?? (arg instanceof vscode.Uri ? arg : undefined) ?? editor?.document.uri ?? previews.activePreview?.resource;
    if (!resource) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open a .journey file or its preview to export it.'));
        return;
    }
    let preview = fromButton?.preview ?? previews.previewFor(resource);
    const model = preview?.currentModel ?? (await validatedModel(previews, resource, 20));
    if (!model) throw new Error(vscode.l10n.t('the language server has no model for this file yet'));
    const journey = await pickJourney(
        model,
        fromButton?.payload?.journeyId ?? preview?.selectedJourneyId,
        editor && editor.document.uri.toString() === resource.toString() ? editor.selection.active : undefined,
    );
    if (!journey) return;

    const settings = exportSettings();
    const printer = pdfPrinter();
    if (format === 'pdf' && !printer) {
        // vscode.dev and github.dev cannot start a browser to print: offer the page to print instead.
        const html = vscode.l10n.t('Export as HTML');
        const answer = await vscode.window.showInformationMessage(
            vscode.l10n.t('Export as PDF needs VS Code on the desktop. Export the map as HTML and print it to PDF from your browser instead?'),
            html,
        );
        if (answer === html) await runExport(context, previews, 'html', arg);
        return;
    }
    let payload = fromButton?.payload;
    const drawn = (candidate: ExportPayload | undefined) =>
        !!candidate && candidate.journeyId === journey.id && !!(format === 'png' || format === 'map-png' ? candidate.png : candidate.svg);
    if (format !== 'mermaid' && format !== 'markdown' && !drawn(payload)) {
        // The whole map is laid out by the webview in the preview's stylesheet.
        const css = format === 'map-svg' || format === 'map-png' ? await readExtensionText(context, 'dist/webview.css') : undefined;
        preview ??= previews.open(resource, true);
        payload = await vscode.window.withProgress(
            { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Drawing the journey for {0} export…', FORMAT_INFO[format].label) },
            () => preview!.requestExport(format, journey.id, { css, withoutDiagram: !settings.mermaidDiagram, scale: settings.pngScale }),
        );
    }

    let data: string | Uint8Array;
    // Labelled as the preview is (journey.preview.labelLanguage); in presentation mode when the preview was.
    setLabelLanguage(previewSettings().labelLanguage);
    const stylesheet = format === 'html' || format === 'pdf' ? await readExtensionText(context, 'dist/webview.css') : '';
    const page = () =>
        buildHtmlExport(model, journey, {
            svg: payload?.svg,
            css: stylesheet,
            presentation: payload?.presentation,
            withoutDiagram: !settings.mermaidDiagram,
            page: settings.pageSize,
        });
    switch (format) {
        case 'mermaid':
            data = mermaidTextOf(journey);
            break;
        case 'markdown':
            data = buildMarkdownExport(model, journey, { presentation: fromButton ? payload?.presentation === true : previewSettings().presentation });
            break;
        case 'html':
            data = page();
            break;
        case 'pdf':
            data = await vscode.window.withProgress(
                { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Printing the journey to PDF…') },
                () => printPdf(printer!, page(), settings.browserPath),
            );
            if (data.length === 0) return;
            break;
        case 'svg':
        case 'map-svg':
            if (!payload?.svg) throw new Error(vscode.l10n.t('the diagram could not be drawn'));
            data = payload.svg;
            break;
        case 'png':
        case 'map-png':
            if (!payload?.png) throw new Error(vscode.l10n.t('the diagram could not be drawn'));
            data = base64Bytes(payload.png.replace(/^data:image\/png;base64,/, ''));
            break;
    }
    const info = FORMAT_INFO[format];
    const defaultUri = defaultExportUri(resource, model.journeys.length > 1, journey.id, info.extension);
    const saved = await saveWithDialog(defaultUri, { [info.filter]: [info.extension] }, data, vscode.l10n.t('Export "{0}" as {1}', journey.title, info.label));
    if (saved) {
        const open = vscode.l10n.t('Open');
        void vscode.window.showInformationMessage(vscode.l10n.t('Exported {0}', saved.path.split('/').pop() ?? ''), open).then(answer => {
            if (answer === open) void vscode.commands.executeCommand('vscode.open', saved);
        });
    }
}

/**
 * Beside the journey file, named after it (and the journey, when the file has several). An
 * untitled map (New Journey Map) has no folder: the workspace's first folder, else the home
 * folder, and the journey's id as its name.
 */
function defaultExportUri(resource: vscode.Uri, severalJourneys: boolean, journeyId: string, extension: string): vscode.Uri {
    if (resource.scheme === 'untitled') {
        // In the browser without a folder there is no home either: the dialog proposes the name alone.
        const home = diskAccess()?.homeFolder();
        const folder = vscode.workspace.workspaceFolders?.[0]?.uri ?? (home ? vscode.Uri.file(home) : undefined);
        return folder ? vscode.Uri.joinPath(folder, `${journeyId}.${extension}`) : vscode.Uri.file(`/${journeyId}.${extension}`);
    }
    const base = resource.path
        .split('/')
        .pop()!
        .replace(/\.journey$/i, '');
    return vscode.Uri.joinPath(resource, '..', severalJourneys ? `${base}-${journeyId}.${extension}` : `${base}.${extension}`);
}

/** The PDF, or no bytes when no browser was found and the user was told (and offered the HTML export). */
async function printPdf(printer: NonNullable<ReturnType<typeof pdfPrinter>>, html: string, browserPath: string): Promise<Uint8Array> {
    try {
        return await printer.print(html, browserPath);
    } catch (error) {
        if (!printer.isBrowserNotFound(error)) throw error;
        const exportHtml = vscode.l10n.t('Export as HTML');
        const settings = vscode.l10n.t('Open Settings');
        const answer = await vscode.window.showWarningMessage(
            vscode.l10n.t(
                'Export as PDF needs Chromium, Google Chrome or Microsoft Edge, and none was found. Install one, or give its path in the setting journey.export.browserPath. You can also export the map as HTML and print it from any browser.',
            ),
            exportHtml,
            settings,
        );
        if (answer === exportHtml) void vscode.commands.executeCommand('journey.export.html');
        if (answer === settings) void vscode.commands.executeCommand('workbench.action.openSettings', 'journey.export.browserPath');
        return new Uint8Array();
    }
}

/** A file of the extension, read through the editor (the extension may live on a web server). */
async function readExtensionText(context: vscode.ExtensionContext, path: string): Promise<string> {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, ...path.split('/'))));
}

/** atob exists in Node and in browsers; Buffer only in Node. */
function base64Bytes(base64: string): Uint8Array {
    const binary = atob(base64);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
}

async function pickJourney(model: MapModel, preferred: string | undefined, cursor: vscode.Position | undefined): Promise<JourneyView | undefined> {
    if (model.journeys.length === 0) {
        void vscode.window.showInformationMessage(vscode.l10n.t('This file has no journey to export.'));
        return undefined;
    }
    const byId = preferred ? model.journeys.find(j => j.id === preferred) : undefined;
    if (byId) return byId;
    const atCursor = cursor ? model.journeys.find(j => rangeContains(j.range, cursor)) : undefined;
    if (atCursor || model.journeys.length === 1) return atCursor ?? model.journeys[0];
    const picked = await vscode.window.showQuickPick(
        model.journeys.map(j => ({ label: j.title || j.id, description: j.id, journey: j })),
        { placeHolder: vscode.l10n.t('Which journey?') },
    );
    return picked?.journey;
}
