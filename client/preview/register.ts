// The preview's commands, the panel serializer (restores previews after a restart) and the
// editor ↔ preview link. Called once from client/extension.ts: registerPreview(context, getClient);
// the commands that use a preview (exports) get it as the narrow Previews (current-preview.ts).
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { ModelChangedNotification } from '../../language/protocol/journey-protocol.js';
import type { WebviewState } from '../../webview/protocol.js';
import { JourneyPreview, PREVIEW_VIEW_TYPE, type PreviewHost } from './journey-preview.js';
import { ServerModels } from './server-models.js';
import type { Previews } from './current-preview.js';

/** vscode-languageclient's State.Running, without loading the library for an enum value. */
const RUNNING = 2;

export const PREVIEW_FOCUS_CONTEXT = 'journeyPreviewFocus';
export const PREVIEW_LOCKED_CONTEXT = 'journeyPreviewLocked';

export class PreviewManager implements PreviewHost, Previews, vscode.Disposable {
    readonly previews = new Set<JourneyPreview>();
    readonly models = new ServerModels();
    private readonly disposables: vscode.Disposable[] = [];
    private highlightTimer: ReturnType<typeof setTimeout> | undefined;

    constructor(
        private readonly context: vscode.ExtensionContext,
        private readonly getClient: () => Promise<LanguageClient | undefined>,
    ) {}

    async client(): Promise<LanguageClient | undefined> {
        const client = await this.getClient();
        if (!client) return undefined;
        if (client.state === RUNNING) return client;
        // The serializer may restore a preview before the client has started.
        return new Promise(resolve => {
            const timeout = setTimeout(() => {
                subscription.dispose();
                resolve(client.state === RUNNING ? client : undefined);
            }, 30000);
            const subscription = client.onDidChangeState(event => {
                if (event.newState === RUNNING) {
                    clearTimeout(timeout);
                    subscription.dispose();
                    resolve(client);
                }
            });
        });
    }

    onExportClicked(
        preview: JourneyPreview,
        format: Parameters<PreviewHost['onExportClicked']>[1],
        payload: Parameters<PreviewHost['onExportClicked']>[2],
    ): void {
        void vscode.commands.executeCommand(`journey.export.${format}`, { preview, payload });
    }

    /** Set by the comparison commands (client/comparison/), which handle the comparison's toolbar. */
    comparisonMessages: PreviewHost['onComparisonMessage'] | undefined;

    onComparisonMessage(...args: Parameters<PreviewHost['onComparisonMessage']>): void {
        this.comparisonMessages?.(...args);
    }

    onDisposed(preview: JourneyPreview): void {
        this.previews.delete(preview);
        this.updateContext();
    }

    onStateChanged(): void {
        this.updateContext();
    }

    private updateContext(): void {
        const active = this.activePreview;
        void vscode.commands.executeCommand('setContext', PREVIEW_FOCUS_CONTEXT, active !== undefined);
        void vscode.commands.executeCommand('setContext', PREVIEW_LOCKED_CONTEXT, active?.locked ?? false);
        // A preview closed or shows another file: the models of files no preview shows are dropped.
        this.models.keepOnly(new Set([...this.previews].map(preview => preview.resource.toString())));
    }

    /** The preview whose panel is active, if any. */
    get activePreview(): JourneyPreview | undefined {
        return [...this.previews].find(preview => preview.panel.active);
    }

    previewFor(uri: vscode.Uri): JourneyPreview | undefined {
        const key = uri.toString();
        const matching = [...this.previews].filter(preview => preview.resource.toString() === key);
        return matching.find(preview => preview.panel.active) ?? matching.find(preview => preview.panel.visible) ?? matching[0];
    }

    create(panel: vscode.WebviewPanel, resource: vscode.Uri, locked: boolean): JourneyPreview {
        const preview = new JourneyPreview(panel, resource, locked, this.context.extensionUri, this);
        this.previews.add(preview);
        this.updateContext();
        return preview;
    }

    open(resource: vscode.Uri, toSide: boolean): JourneyPreview {
        const unlocked = [...this.previews].find(preview => !preview.locked);
        const column = toSide ? vscode.ViewColumn.Beside : (vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.Active);
        if (unlocked) {
            unlocked.setResource(resource);
            unlocked.panel.reveal(toSide ? (unlocked.panel.viewColumn ?? column) : column, toSide);
            return unlocked;
        }
        const panel = vscode.window.createWebviewPanel(
            PREVIEW_VIEW_TYPE,
            vscode.l10n.t('Journey Preview'),
            { viewColumn: column, preserveFocus: toSide },
            {
                enableScripts: true,
                retainContextWhenHidden: false,
                enableFindWidget: true,
                localResourceRoots: [vscode.Uri.joinPath(this.context.extensionUri, 'dist')],
            },
        );
        return this.create(panel, resource, false);
    }

    register(): void {
        const ctx = this.context;
        const journeyUri = (uri?: vscode.Uri): vscode.Uri | undefined => {
            if (uri instanceof vscode.Uri) return uri;
            const editor = vscode.window.activeTextEditor;
            if (editor?.document.languageId === 'journey') return editor.document.uri;
            return this.activePreview?.resource;
        };
        this.disposables.push(
            vscode.commands.registerCommand('journey.preview.open', (uri?: vscode.Uri) => {
                const resource = journeyUri(uri);
                if (resource) this.open(resource, false);
                else void vscode.window.showInformationMessage(vscode.l10n.t('Open a .journey file to preview it.'));
            }),
            vscode.commands.registerCommand('journey.preview.openToSide', (uri?: vscode.Uri) => {
                const resource = journeyUri(uri);
                if (resource) this.open(resource, true);
                else void vscode.window.showInformationMessage(vscode.l10n.t('Open a .journey file to preview it.'));
            }),
            vscode.commands.registerCommand('journey.preview.toggleLock', () => {
                const preview = this.activePreview ?? [...this.previews][0];
                if (preview) preview.setLocked(!preview.locked);
            }),
            vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
                deserializeWebviewPanel: async (panel, state: WebviewState | undefined) => {
                    if (!state?.uri) {
                        panel.dispose();
                        return;
                    }
                    this.create(panel, vscode.Uri.parse(state.uri), state.locked ?? false);
                },
            }),
            vscode.window.onDidChangeActiveTextEditor(editor => {
                if (!editor || editor.document.languageId !== 'journey') return;
                for (const preview of this.previews) if (!preview.locked) preview.setResource(editor.document.uri);
            }),
            vscode.window.onDidChangeTextEditorSelection(event => {
                if (event.textEditor.document.languageId !== 'journey') return;
                if (this.highlightTimer) clearTimeout(this.highlightTimer);
                const uri = event.textEditor.document.uri.toString();
                const position = event.selections[0]?.active;
                this.highlightTimer = setTimeout(() => {
                    if (!position) return;
                    for (const preview of this.previews) if (preview.resource.toString() === uri) preview.highlight(position);
                }, 50);
            }),
            vscode.workspace.onDidChangeConfiguration(event => {
                if (event.affectsConfiguration('journey')) for (const preview of this.previews) preview.refresh();
            }),
        );
        void this.listen();
        ctx.subscriptions.push(this);
    }

    private async listen(): Promise<void> {
        const client = await this.client();
        if (!client) return;
        // Note: vscode-languageclient keeps one handler per notification method.
        this.disposables.push(
            client.onNotification(ModelChangedNotification, params => {
                for (const preview of this.previews) if (preview.resource.toString() === params.uri) preview.refresh();
            }),
        );
        for (const preview of this.previews) preview.refresh(0);
    }

    dispose(): void {
        this.disposables.splice(0).forEach(disposable => disposable.dispose());
        [...this.previews].forEach(preview => preview.dispose());
    }
}

/** Registers the preview's commands, serializer and editor link. Returns the previews, for the commands that use them. */
export function registerPreview(context: vscode.ExtensionContext, getClient: () => Promise<LanguageClient | undefined>): PreviewManager {
    const manager = new PreviewManager(context, getClient);
    manager.register();
    return manager;
}
