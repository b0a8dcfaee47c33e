// In the web worker, the workspace's files change when the extension says so
// (WorkspaceFilesNotification), not through LSP file watching: the text must arrive with the
// change, since the worker cannot read it. Each batch becomes the same watched-file events as
// on the desktop, so documents and `.journeylint.json` are reloaded by the same code.
import { URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { DiagnosticSeverity, FileChangeType, type Connection, type FileEvent } from 'vscode-languageserver';
import { CoalescingDocumentUpdateHandler } from '../coalescing-update-handler.js';
import type { WorkspaceFilesParams } from '../../language/protocol/journey-protocol.js';
import type { ClientFileSystemProvider } from './client-file-system.js';
import { message } from '../../language/i18n/messages.js';
import type { Locale } from '../../language/i18n/locale.js';

export class ClientFilesUpdateHandler extends CoalescingDocumentUpdateHandler {
    private readonly clientFiles: ClientFileSystemProvider;
    private readonly connection: Connection | undefined;
    /** Files whose "could not be read" diagnostic is shown, so that a later read clears it. */
    private readonly unreadable = new Set<string>();

    constructor(services: LangiumSharedServices) {
        super(services);
        this.clientFiles = services.workspace.FileSystemProvider as ClientFileSystemProvider;
        this.connection = services.lsp.Connection;
    }

    /** The extension sends the changes itself: no LSP file watcher is registered. */
    protected override registerFileWatcher(): void {}

    protected override isWorkspaceFile(uri: URI): boolean {
        return this.clientFiles.has(uri);
    }

    applyWorkspaceFiles(params: WorkspaceFilesParams, locale: Locale): void {
        const changes: FileEvent[] = [];
        for (const file of params.changed) {
            this.clientFiles.set(file.uri, file.text);
            changes.push({ uri: file.uri, type: FileChangeType.Changed });
            this.clearUnreadable(file.uri);
        }
        for (const uri of params.deleted) {
            this.clientFiles.delete(uri);
            changes.push({ uri, type: FileChangeType.Deleted });
            this.clearUnreadable(uri);
        }
        for (const file of params.unreadable) {
            if (this.clientFiles.delete(file.uri)) changes.push({ uri: file.uri, type: FileChangeType.Deleted });
            this.unreadable.add(file.uri);
        }
        if (params.initialLoadComplete) this.clientFiles.initialLoadCompleted();
        // Before startup indexing, the workspace manager reads the files itself.
        else if (changes.length > 0) this.didChangeWatchedFiles({ changes });
        if (params.unreadable.length === 0) return;
        // After the update that removed a stale copy (which clears that file's diagnostics).
        void this.workspaceManager.ready.then(() =>
            this.workspaceLock.read(() => {
                for (const file of params.unreadable) {
                    if (!this.unreadable.has(file.uri)) continue;
                    void this.connection?.sendDiagnostics({
                        uri: file.uri,
                        diagnostics: [
                            {
                                range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
                                severity: DiagnosticSeverity.Error,
                                source: 'journey',
                                message: message(locale, 'unreadable-file', file.reason),
                            },
                        ],
                    });
                }
            }),
        );
    }

    private clearUnreadable(uri: string): void {
        if (this.unreadable.delete(uri)) void this.connection?.sendDiagnostics({ uri, diagnostics: [] });
    }
}
