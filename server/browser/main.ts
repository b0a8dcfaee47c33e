// The language server in a web worker (vscode.dev, github.dev, code-server's web worker
// extension host), started by client/browser/. The same Langium services as server/main.ts;
// only the transport (the worker's messages) and the file system (what the extension sends,
// as there is no disk) differ.
import '../../scripts/polyfills.cjs';
import './worker-polyfills.js';
import { startLanguageServer } from 'langium/lsp';
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { createJourneyLspServices } from '../journey-lsp-module.js';
import { registerJourneyRequests } from '../journey-requests.js';
import { WorkspaceFilesNotification, type WorkspaceFilesParams } from '../workspace-files-protocol.js';
import { ClientFileSystemProvider } from './client-file-system.js';
import { ClientFilesUpdateHandler } from './client-files-update-handler.js';
import { ClientFilesWorkspaceManager } from './client-files-workspace-manager.js';

// The worker's own scope carries the messages (postMessage/onmessage, as a MessagePort does).
const scope = self as unknown as MessagePort;
const connection = createConnection(new BrowserMessageReader(scope), new BrowserMessageWriter(scope));
const clientFiles = new ClientFileSystemProvider();
const { shared, Journey } = createJourneyLspServices({ connection, fileSystemProvider: () => clientFiles }, {
    workspace: { WorkspaceManager: services => new ClientFilesWorkspaceManager(services) },
    lsp: { DocumentUpdateHandler: services => new ClientFilesUpdateHandler(services) },
});

registerJourneyRequests(connection, shared, Journey);
connection.onNotification(WorkspaceFilesNotification, (params: WorkspaceFilesParams) =>
    (shared.lsp.DocumentUpdateHandler as ClientFilesUpdateHandler).applyWorkspaceFiles(params, Journey.preferences.locale));

startLanguageServer(shared);
