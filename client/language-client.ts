// Starts the language server (dist/server.cjs) and connects it to VS Code. The client library
// is most of the extension's code: it is loaded only when a server is needed, after activation.
import * as vscode from 'vscode';
import type { LanguageClient, LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import type { JourneyInitializationOptions } from '../language/protocol/journey-protocol.js';

export async function createLanguageClient(context: vscode.ExtensionContext): Promise<LanguageClient> {
    const { LanguageClient, TransportKind } = await import('vscode-languageclient/node');
    const module = context.asAbsolutePath('dist/server.cjs');
    const serverOptions: ServerOptions = {
        run: { module, transport: TransportKind.ipc },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    };
    const initializationOptions: JourneyInitializationOptions = { locale: vscode.env.language };
    const clientOptions: LanguageClientOptions = {
        documentSelector: [{ language: 'journey' }],
        initializationOptions,
        synchronize: { configurationSection: 'journey' },
        middleware: {
            // The server's code lenses name the file as a string; the preview command takes a Uri.
            provideCodeLenses: async (document, token, next) => {
                const lenses = await next(document, token);
                for (const lens of lenses ?? []) {
                    const command = lens.command;
                    if (command?.command === 'journey.preview.open' && typeof command.arguments?.[0] === 'string') {
                        command.arguments = [vscode.Uri.parse(command.arguments[0]), ...command.arguments.slice(1)];
                    }
                }
                return lenses;
            },
        },
    };
    return new LanguageClient('journey', vscode.l10n.t('Journey Maps Language Server'), serverOptions, clientOptions);
}
