// The Langium services of the server in a web worker: those of the desktop server, with the
// workspace's files taken from what the extension sends (client-file-system.ts) and their
// changes applied when it sends them (client-files-update-handler.ts).
import type { Connection } from 'vscode-languageserver';
import { createJourneyLspServices, type JourneyLspServices, type JourneyLspSharedServices } from '../journey-lsp-module.js';
import { ClientFileSystemProvider } from './client-file-system.js';
import { ClientFilesUpdateHandler } from './client-files-update-handler.js';
import { ClientFilesWorkspaceManager } from './client-files-workspace-manager.js';

export interface WorkerServices {
    shared: JourneyLspSharedServices;
    Journey: JourneyLspServices;
    updateHandler: ClientFilesUpdateHandler;
}

export function createWorkerServices(connection: Connection): WorkerServices {
    const clientFiles = new ClientFileSystemProvider();
    const { shared, Journey } = createJourneyLspServices(
        { connection, fileSystemProvider: () => clientFiles },
        {
            workspace: { WorkspaceManager: services => new ClientFilesWorkspaceManager(services as unknown as JourneyLspSharedServices) },
            lsp: { DocumentUpdateHandler: services => new ClientFilesUpdateHandler(services) },
        },
    );
    return { shared, Journey, updateHandler: shared.lsp.DocumentUpdateHandler as ClientFilesUpdateHandler };
}
