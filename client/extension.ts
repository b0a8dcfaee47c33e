// The VS Code extension on the desktop: the language server runs as a Node process
// (language-client.ts); everything else is shared with the browser entry
// (journey-extension.ts). Activation does no waiting: the server starts with the first
// `.journey` document (see language-server-lifecycle.ts).
import * as vscode from 'vscode';
import { homedir } from 'node:os';
import { createLanguageClient } from './language-client.js';
import type { LanguageServerLifecycle } from './language-server-lifecycle.js';
import { activateJourneyExtension } from './journey-extension.js';
import { provideDiskAccess } from './disk-access.js';
import { FileExistsError, writeFileSafely } from '../language/node/safe-write.js';
import type { journeyMarkdownItPlugin } from '../markdown/markdown-it-plugin.js';
import { providePdfPrinter } from './export/pdf-printer.js';
import { BrowserNotFoundError, findLocalBrowser } from '../language/node/local-browser.js';
import { printHtmlToPdf } from '../language/node/print-to-pdf.js';

let server: LanguageServerLifecycle | undefined;

export function activate(context: vscode.ExtensionContext): { extendMarkdownIt: typeof journeyMarkdownItPlugin } {
    provideDiskAccess({ writeFileSafely, isFileExistsError: error => error instanceof FileExistsError, homeFolder: homedir });
    providePdfPrinter({
        print: (html, browserPath) => printHtmlToPdf(html, findLocalBrowser(browserPath)),
        isBrowserNotFound: error => error instanceof BrowserNotFoundError,
    });
    const extension = activateJourneyExtension(context, () => createLanguageClient(context));
    server = extension.server;
    return extension.api;
}

export async function deactivate(): Promise<void> {
    await server?.stop();
}
