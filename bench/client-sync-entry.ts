// The language server on Node with the web worker's file access (server/browser/worker-services.ts):
// it reads no disk and gets the workspace's files through `journey/workspaceFiles`, as from the
// browser extension. Only for bench/disk-vs-client-sync.mjs, to weigh that path against the disk.
import '../scripts/polyfills.cjs';
import { startLanguageServer } from 'langium/lsp';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { registerJourneyRequests } from '../server/journey-requests.js';
import { WorkspaceFilesNotification, type WorkspaceFilesParams } from '../language/protocol/journey-protocol.js';
import { createWorkerServices } from '../server/browser/worker-services.js';

const connection = createConnection(ProposedFeatures.all);
const { shared, Journey, updateHandler } = createWorkerServices(connection);
registerJourneyRequests(connection, shared, Journey);
connection.onNotification(WorkspaceFilesNotification, (params: WorkspaceFilesParams) => updateHandler.applyWorkspaceFiles(params, Journey.preferences.locale));
startLanguageServer(shared);
