// The language server in a web worker (vscode.dev, github.dev, code-server's web worker
// extension host), started by client/browser/. The same Langium services as server/main.ts;
// only the transport (the worker's messages) and the file system (what the extension sends,
// as there is no disk) differ.
import '../../scripts/polyfills.cjs';
import './worker-polyfills.js';
import { startLanguageServer } from 'langium/lsp';
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { registerJourneyRequests } from '../journey-requests.js';
import { WorkspaceFilesNotification, type WorkspaceFilesParams } from '../../language/protocol/journey-protocol.js';
import { createWorkerServices } from './worker-services.js';

// The worker's own scope carries the messages (postMessage/onmessage, as a MessagePort does).
const scope = self as unknown as MessagePort;
const connection = createConnection(new BrowserMessageReader(scope), new BrowserMessageWriter(scope));
const { shared, Journey, updateHandler } = createWorkerServices(connection);

registerJourneyRequests(connection, shared, Journey);
connection.onNotification(WorkspaceFilesNotification, (params: WorkspaceFilesParams) => updateHandler.applyWorkspaceFiles(params, Journey.preferences.locale));

startLanguageServer(shared);
