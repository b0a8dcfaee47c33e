// Startup indexing in the web worker waits for the extension's last batch of workspace
// files: the folders are walked in what it sent (client-file-system.ts), not on a disk.
import type { WorkspaceFolder } from 'vscode-languageserver';
import { DefaultWorkspaceManager, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import type { ClientFileSystemProvider } from './client-file-system.js';

export class ClientFilesWorkspaceManager extends DefaultWorkspaceManager {
    private readonly clientFiles: ClientFileSystemProvider;

    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.clientFiles = services.workspace.FileSystemProvider as ClientFileSystemProvider;
    }

    protected override async performStartup(folders: WorkspaceFolder[]): Promise<LangiumDocument[]> {
        await this.clientFiles.initialLoad;
        return super.performStartup(folders);
    }
}
