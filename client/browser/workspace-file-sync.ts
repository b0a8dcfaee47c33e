// Sends the server in the web worker the workspace's `.journey` files and `.journeylint.json`
// (language/protocol/journey-protocol.ts): all of them after startup, in batches so that a large
// workspace does not hold up the editor, then each create, change and delete. Everything goes
// through vscode.workspace.fs, so a virtual workspace (github.dev, memfs) works as a disk does.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { WorkspaceFilesNotification, type WorkspaceFilesParams } from '../../language/protocol/journey-protocol.js';
import { listWorkspaceFiles, WORKSPACE_FILES } from '../workspace-files.js';

/** Files read and sent together at startup. */
export const BATCH_SIZE = 50;

export class WorkspaceFileSync implements vscode.Disposable {
    private readonly watcher: vscode.FileSystemWatcher;
    private readonly subscriptions: vscode.Disposable[] = [];
    private disposed = false;

    constructor(private readonly client: BaseLanguageClient) {
        // Watching starts before the first search, so nothing changed in between is missed.
        this.watcher = vscode.workspace.createFileSystemWatcher(WORKSPACE_FILES);
        this.subscriptions.push(
            this.watcher,
            this.watcher.onDidCreate(uri => void this.send([uri], [])),
            this.watcher.onDidChange(uri => void this.send([uri], [])),
            this.watcher.onDidDelete(uri => void this.send([], [uri])),
        );
    }

    async loadWorkspace(): Promise<void> {
        let files: vscode.Uri[] = [];
        try {
            files = (await Promise.all((vscode.workspace.workspaceFolders ?? []).map(folder => listWorkspaceFiles(folder)))).flat();
        } catch (error) {
            void vscode.window.showWarningMessage(
                vscode.l10n.t("The workspace's .journey files could not be listed: {0}", error instanceof Error ? error.message : String(error)),
            );
        }
        for (let start = 0; start < files.length; start += BATCH_SIZE) {
            await this.send(files.slice(start, start + BATCH_SIZE), []);
        }
        await this.send([], [], true);
    }

    dispose(): void {
        this.disposed = true;
        for (const subscription of this.subscriptions) subscription.dispose();
    }

    private async send(changed: vscode.Uri[], deleted: vscode.Uri[], initialLoadComplete = false): Promise<void> {
        const params: WorkspaceFilesParams = { changed: [], deleted: deleted.map(uri => uri.toString()), unreadable: [] };
        if (initialLoadComplete) params.initialLoadComplete = true;
        await Promise.all(
            changed.map(async uri => {
                try {
                    params.changed.push({ uri: uri.toString(), text: new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)) });
                } catch (error) {
                    params.unreadable.push({ uri: uri.toString(), reason: error instanceof Error ? error.message : String(error) });
                }
            }),
        );
        if (this.disposed || !this.client.isRunning()) return;
        await this.client.sendNotification(WorkspaceFilesNotification, params);
    }
}
