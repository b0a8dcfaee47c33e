// The language server's entry point: `journey-language-server --stdio` (and VS Code's IPC).
// The web worker's entry point is server/browser/main.ts.
import '../scripts/polyfills.cjs';
import { collectGarbageWhenIdle, favourSmallHeap } from './memory-footprint.js';
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createJourneyLspServices } from './journey-lsp-module.js';
import { registerJourneyRequests } from './journey-requests.js';

favourSmallHeap();
const connection = createConnection(ProposedFeatures.all);
const { shared, Journey } = createJourneyLspServices({ connection, ...NodeFileSystem });

registerJourneyRequests(connection, shared, Journey);
collectGarbageWhenIdle(shared.workspace.DocumentBuilder);

startLanguageServer(shared);
