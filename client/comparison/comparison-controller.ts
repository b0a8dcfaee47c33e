// Puts a preview in comparison mode: the older version's text is read by the language server
// (`journey/parseMap`, so the extension parses nothing), the preview opens beside the editor
// and the webview compares it with every new model of the document (webview/comparison/). Also
// answers the comparison's toolbar: leave, the future state's toggle, the exports.
import * as vscode from 'vscode';
import { ParseMapRequest } from '../../language/protocol/journey-protocol.js';
import type { MapModel } from '../../language/model/map-model.js';
import type { PreviewManager } from '../preview/register.js';
import type { JourneyPreview } from '../preview/journey-preview.js';
import { validatedModel } from '../preview/validated-model.js';
import type { FromWebview } from '../../webview/protocol.js';
import type { ComparisonSource } from './comparison-source.js';
import { exportComparison } from './comparison-export.js';

export class ComparisonController {
    constructor(
        private readonly context: vscode.ExtensionContext,
        private readonly previews: PreviewManager,
    ) {
        previews.comparisonMessages = (preview, message) =>
            void this.onMessage(preview, message).catch(error =>
                vscode.window.showErrorMessage(vscode.l10n.t('Journey comparison failed: {0}', error instanceof Error ? error.message : String(error))),
            );
    }

    /** Opens the preview of `resource` beside, compared with `beforeText` (undefined: the file did not exist then). */
    async compareWithText(resource: vscode.Uri, beforeText: string | undefined, source: ComparisonSource): Promise<JourneyPreview> {
        const client = await this.previews.client();
        if (!client) throw new Error(vscode.l10n.t('the Journey language server is not running'));
        // Make sure the server has the document: the preview pulls its model.
        await vscode.workspace.openTextDocument(resource);
        const before: MapModel =
            beforeText === undefined
                ? emptyModel(resource.toString())
                : (await client.sendRequest(ParseMapRequest, { uri: resource.toString(), text: beforeText })).model;
        const preview = this.previews.open(resource, true) as JourneyPreview;
        preview.setComparison({ input: { before, label: source.beforeLabel, kind: 'version' }, source });
        return preview;
    }

    /** The future-state journey `journeyId` of `resource` against the current state it improves. */
    async compareWithCurrentState(resource: vscode.Uri, journeyId: string, preview?: JourneyPreview): Promise<void> {
        preview ??= this.previews.open(resource, true) as JourneyPreview;
        const model = preview.currentModel ?? (await this.modelOf(resource));
        const future = model?.journeys.find(journey => journey.id === journeyId);
        const improves = future?.improves;
        if (!future || !improves?.uri) {
            void vscode.window.showInformationMessage(vscode.l10n.t('The journey {0} improves no journey that could be found.', journeyId));
            return;
        }
        const currentUri = vscode.Uri.parse(improves.uri);
        const current = improves.uri === resource.toString() && model ? model : await this.modelOf(currentUri);
        if (!current) throw new Error(vscode.l10n.t('the language server has no model for {0} yet', vscode.workspace.asRelativePath(currentUri, false)));
        const title = current.journeys.find(journey => journey.id === improves.id)?.title ?? improves.id;
        preview.setComparison({
            input: { before: current, label: title, kind: 'current-state' },
            source: {
                beforeLabel: vscode.workspace.asRelativePath(currentUri, false),
                afterLabel: vscode.workspace.asRelativePath(resource, false),
                beforePath: vscode.workspace.asRelativePath(currentUri, false),
                afterPath: vscode.workspace.asRelativePath(resource, false),
                currentState: true,
            },
        });
    }

    private async onMessage(
        preview: JourneyPreview,
        message: Extract<FromWebview, { type: 'leaveComparison' | 'compareWithCurrentState' | 'exportComparison' }>,
    ): Promise<void> {
        switch (message.type) {
            case 'leaveComparison':
                preview.setComparison(undefined);
                break;
            case 'compareWithCurrentState':
                if (message.on) await this.compareWithCurrentState(preview.resource, message.journeyId, preview);
                else preview.setComparison(undefined);
                break;
            case 'exportComparison':
                await exportComparison(this.context, preview, message.format, message.journeyId);
                break;
        }
    }

    /** A file's model as the server validated it, waiting up to ten seconds. */
    private modelOf(uri: vscode.Uri): Promise<MapModel | undefined> {
        return validatedModel(this.previews, uri, 40);
    }
}

/** The model of a file that did not exist in the older version: every journey is new. */
function emptyModel(uri: string): MapModel {
    return { uri, version: 0, journeys: [], syntaxErrors: [], findings: [], summary: { error: 0, warning: 0, info: 0, hint: 0 } };
}
