// Starts the language server (dist/server.cjs) and connects it to VS Code. The client library
// is most of the extension's code: it is loaded only when a server is needed, after activation.
import * as vscode from 'vscode';
import type { LanguageClient, ServerOptions } from 'vscode-languageclient/node';
import { journeyClientOptions } from './language-client-options.js';

export async function createLanguageClient(context: vscode.ExtensionContext): Promise<LanguageClient> {
    const { LanguageClient, TransportKind } = await import('vscode-languageclient/node');
    const module = context.asAbsolutePath('dist/server.cjs');
    const serverOptions: ServerOptions = {
        run: { module, transport: TransportKind.ipc },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    };
    return new LanguageClient('journey', vscode.l10n.t('Journey Maps Language Server'), serverOptions, journeyClientOptions());
}
