// Startup indexing in the web worker waits for the extension's last batch of workspace
// files: the folders are walked in what it sent (client-file-system.ts), not on a disk. The
// projects (folders with a `.journeylint.json`) are noted on that walk as on the desktop.
import type { WorkspaceFolder } from 'vscode-languageserver';
import type { LangiumDocument, LangiumSharedCoreServices } from 'langium';
import { JourneyWorkspaceManager } from '../../language/workspace/journey-workspace-manager.js';
import type { JourneyProjects } from '../../language/workspace/journey-projects.js';
import type { ClientFileSystemProvider } from './client-file-system.js';

export class ClientFilesWorkspaceManager extends JourneyWorkspaceManager {
    private readonly clientFiles: ClientFileSystemProvider;

    constructor(services: LangiumSharedCoreServices & { workspace: { Projects: JourneyProjects } }) {
        super(services);
        this.clientFiles = services.workspace.FileSystemProvider as ClientFileSystemProvider;
    }

    protected override async performStartup(folders: WorkspaceFolder[]): Promise<LangiumDocument[]> {
        await this.clientFiles.initialLoad;
        return super.performStartup(folders);
    }
}
