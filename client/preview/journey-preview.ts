// One preview panel: a webview showing the map of one `.journey` file. It pulls the model
// from the language server (`journey/mapModel`, through the models shared by the previews of a
// file: server-models.ts) after each `journey/modelChanged`, debounced by
// `journey.preview.debounce`, and posts the webview a patch of the model the webview holds.
// The extension never parses `.journey` text itself.
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import type { MapModel } from '../../language/model/map-model.js';
import type { ComparisonInput, ExportFormat, ExportPayload, ExportRequestOptions, FromWebview, PreviewSettings, ToWebview } from '../../webview/protocol.js';
import type { ComparisonSource } from '../comparison/comparison-source.js';
import { diffModel } from '../../language/model/model-patch.js';
import type { ServerModels } from './server-models.js';
import { createNonce, webviewHtml } from '../../webview/page-html.js';

export const PREVIEW_VIEW_TYPE = 'journey.preview';

export interface PreviewHost {
    client(): Promise<LanguageClient | undefined>;
    /** The models the server answered, shared by the previews of a file. */
    readonly models: ServerModels;
    onExportClicked(preview: JourneyPreview, format: ExportFormat, payload: ExportPayload): void;
    /** The comparison's toolbar (leave, the current-state toggle, its exports): client/comparison/. */
    onComparisonMessage(
        preview: JourneyPreview,
        message: Extract<FromWebview, { type: 'leaveComparison' | 'compareWithCurrentState' | 'exportComparison' }>,
    ): void;
    onDisposed(preview: JourneyPreview): void;
    onStateChanged(): void;
}

export class JourneyPreview implements vscode.Disposable {
    private model: MapModel | undefined;
    /** The model the webview holds and its sequence number: the next one goes as a patch of it. */
    private posted: { model: MapModel; seq: number } | undefined;
    private seq = 0;
    private ready = false;
    private timer: ReturnType<typeof setTimeout> | undefined;
    private requestSeq = 0;
    private readonly pending = new Map<number, { resolve(payload: ExportPayload): void; reject(error: Error): void }>();
    private readonly disposables: vscode.Disposable[] = [];
    private modelWaiters: (() => void)[] = [];
    /** The journey picked in the preview, for exports run from commands. */
    selectedJourneyId: string | undefined;
    /** Comparison mode: what the webview compares with, and where both versions come from (for its exports). */
    comparison: { input: ComparisonInput; source: ComparisonSource } | undefined;

    constructor(
        readonly panel: vscode.WebviewPanel,
        public resource: vscode.Uri,
        public locked: boolean,
        private readonly extensionUri: vscode.Uri,
        private readonly host: PreviewHost,
    ) {
        const dist = vscode.Uri.joinPath(extensionUri, 'dist');
        panel.webview.options = { enableScripts: true, localResourceRoots: [dist] };
        panel.iconPath = vscode.Uri.joinPath(extensionUri, 'images', 'journey-file.svg');
        this.disposables.push(
            panel.webview.onDidReceiveMessage((message: FromWebview) => this.onMessage(message)),
            panel.onDidDispose(() => this.dispose()),
            panel.onDidChangeViewState(() => host.onStateChanged()),
            vscode.workspace.onDidChangeConfiguration(event => {
                if (event.affectsConfiguration('journey.preview')) this.post({ type: 'settings', settings: previewSettings() });
            }),
        );
        this.setHtml();
        this.updateTitle();
        this.refresh(0);
    }

    private setHtml(): void {
        const webview = this.panel.webview;
        const dist = vscode.Uri.joinPath(this.extensionUri, 'dist');
        this.ready = false;
        this.posted = undefined;
        webview.html = webviewHtml({
            cspSource: webview.cspSource,
            nonce: createNonce(),
            scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(dist, 'webview.js')).toString(),
            styleUri: webview.asWebviewUri(vscode.Uri.joinPath(dist, 'webview.css')).toString(),
            language: vscode.env.language,
        });
    }

    private updateTitle(): void {
        const name = this.resource.path.split('/').pop() ?? 'journey';
        this.panel.title = this.locked ? vscode.l10n.t('[Locked] Preview {0}', name) : vscode.l10n.t('Preview {0}', name);
    }

    get currentModel(): MapModel | undefined {
        return this.model;
    }

    setResource(resource: vscode.Uri): void {
        if (resource.toString() === this.resource.toString()) return;
        this.resource = resource;
        this.model = undefined;
        this.selectedJourneyId = undefined;
        this.comparison = undefined;
        this.updateTitle();
        this.refresh(0);
        this.host.onStateChanged();
    }

    setLocked(locked: boolean): void {
        this.locked = locked;
        this.updateTitle();
        this.post({ type: 'locked', locked });
        this.host.onStateChanged();
    }

    /** Pulls the model again after `delay` ms (restarting the wait when called again). */
    refresh(delay = debounceSetting()): void {
        if (this.timer) clearTimeout(this.timer);
        this.timer = setTimeout(() => {
            this.timer = undefined;
            void this.pull();
        }, delay);
    }

    private async pull(): Promise<void> {
        const client = await this.host.client();
        if (!client) return;
        const uri = this.resource.toString();
        let model: MapModel | undefined;
        try {
            model = await this.host.models.latest(client, uri);
        } catch {
            return;
        }
        // Undefined: the server has not validated the file yet; `journey/modelChanged` will come.
        if (!model || uri !== this.resource.toString()) return;
        this.model = model;
        this.postModel();
        // An export waits for the webview too: a request posted before its 'ready' would be dropped.
        if (this.ready) this.modelWaiters.splice(0).forEach(resolve => resolve());
    }

    private postModel(): void {
        if (!this.model || !this.ready || this.posted?.model === this.model) return;
        const seq = ++this.seq;
        const posted = this.posted;
        if (posted && posted.model.uri === this.model.uri) {
            this.post({ type: 'modelPatch', patch: diffModel(posted.model, posted.seq, this.model), seq, locked: this.locked });
        } else {
            this.post({ type: 'model', model: this.model, seq, locked: this.locked });
        }
        this.posted = { model: this.model, seq };
    }

    /** Comparison mode on (with the older version and where it comes from) or off. */
    setComparison(comparison: { input: ComparisonInput; source: ComparisonSource } | undefined): void {
        this.comparison = comparison;
        this.post({ type: 'comparison', comparison: comparison?.input });
    }

    highlight(position: vscode.Position): void {
        this.post({ type: 'highlight', uri: this.resource.toString(), position: { line: position.line, character: position.character } });
    }

    private post(message: ToWebview): void {
        if (this.ready) void this.panel.webview.postMessage(message);
    }

    /** Asks the webview for an export's SVG/PNG; waits for the model and the webview first. */
    async requestExport(format: ExportFormat, journeyId: string | undefined, options?: ExportRequestOptions): Promise<ExportPayload> {
        if (!this.model || !this.ready) {
            await new Promise<void>((resolve, reject) => {
                const timeout = setTimeout(() => reject(new Error(vscode.l10n.t('The preview did not load in time'))), 30000);
                this.modelWaiters.push(() => {
                    clearTimeout(timeout);
                    resolve();
                });
                if (this.model && this.ready) this.modelWaiters.splice(0).forEach(done => done());
                this.refresh(0);
            });
        }
        const requestId = ++this.requestSeq;
        return new Promise<ExportPayload>((resolve, reject) => {
            const timeout = setTimeout(() => {
                this.pending.delete(requestId);
                reject(new Error(vscode.l10n.t('The preview did not answer the export request')));
            }, 120000);
            this.pending.set(requestId, {
                resolve: payload => {
                    clearTimeout(timeout);
                    resolve(payload);
                },
                reject: error => {
                    clearTimeout(timeout);
                    reject(error);
                },
            });
            this.post({ type: 'exportRequest', requestId, format, journeyId, options });
        });
    }

    private onMessage(message: FromWebview): void {
        switch (message.type) {
            case 'ready':
                this.ready = true;
                this.posted = undefined;
                this.post({ type: 'settings', settings: previewSettings() });
                this.postModel();
                if (this.comparison) this.post({ type: 'comparison', comparison: this.comparison.input });
                if (this.model) this.modelWaiters.splice(0).forEach(resolve => resolve());
                else this.refresh(0);
                break;
            case 'resync':
                this.posted = undefined;
                this.postModel();
                break;
            case 'reveal':
                void this.reveal(message.uri ? vscode.Uri.parse(message.uri) : this.resource, message.range);
                break;
            case 'journeySelected':
                this.selectedJourneyId = message.journeyId;
                break;
            case 'export':
                this.host.onExportClicked(this, message.format, message.payload);
                break;
            case 'leaveComparison':
            case 'compareWithCurrentState':
            case 'exportComparison':
                this.host.onComparisonMessage(this, message);
                break;
            case 'exportResponse': {
                const waiter = this.pending.get(message.requestId);
                this.pending.delete(message.requestId);
                if (!waiter) break;
                if (message.payload) waiter.resolve(message.payload);
                else waiter.reject(new Error(message.error ?? vscode.l10n.t('Export failed')));
                break;
            }
        }
    }

    private async reveal(uri: vscode.Uri, range: { start: { line: number; character: number } }): Promise<void> {
        const position = new vscode.Position(range.start.line, range.start.character);
        const visible = vscode.window.visibleTextEditors.find(editor => editor.document.uri.toString() === uri.toString());
        const document = visible?.document ?? (await vscode.workspace.openTextDocument(uri));
        const column = visible?.viewColumn ?? (this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Beside : vscode.ViewColumn.One);
        const editor = await vscode.window.showTextDocument(document, { viewColumn: column, preserveFocus: false });
        editor.selection = new vscode.Selection(position, position);
        editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }

    dispose(): void {
        if (this.timer) clearTimeout(this.timer);
        this.pending.forEach(waiter => waiter.reject(new Error(vscode.l10n.t('The preview was closed'))));
        this.pending.clear();
        this.disposables.splice(0).forEach(disposable => disposable.dispose());
        this.host.onDisposed(this);
        this.panel.dispose();
    }
}

/** The `journey.preview.*` settings the webview draws with. */
export function previewSettings(): PreviewSettings {
    const configuration = vscode.workspace.getConfiguration('journey.preview');
    const labelLanguage = configuration.get<string>('labelLanguage', 'map');
    return {
        showEmptyLanes: configuration.get<boolean>('showEmptyLanes', false) === true,
        presentation: configuration.get<boolean>('presentation', false) === true,
        labelLanguage: labelLanguage === 'en' || labelLanguage === 'es' ? labelLanguage : 'map',
    };
}

export function debounceSetting(): number {
    const value = vscode.workspace.getConfiguration('journey.preview').get<number>('debounce', 150);
    return Number.isFinite(value) && value >= 0 ? Math.min(value, 5000) : 150;
}
