// The extension in the browser (vscode.dev, github.dev, code-server's web worker extension
// host): package.json's "browser" entry. The same features as the desktop entry
// (../journey-extension.ts); the language server runs in a Web Worker and gets the
// workspace's files from here, as it has no disk.
import * as vscode from 'vscode';
import type { LanguageServerLifecycle } from '../language-server-lifecycle.js';
import { activateJourneyExtension } from '../journey-extension.js';
import { createWorkerLanguageClient } from './worker-language-client.js';
import type { journeyMarkdownItPlugin } from '../../markdown/markdown-it-plugin.js';

let server: LanguageServerLifecycle | undefined;

export function activate(context: vscode.ExtensionContext): { extendMarkdownIt: typeof journeyMarkdownItPlugin } {
    const extension = activateJourneyExtension(context, () => createWorkerLanguageClient(context));
    server = extension.server;
    return extension.api;
}

export async function deactivate(): Promise<void> {
    await server?.stop();
}
