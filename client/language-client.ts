// Starts the language server (dist/server.cjs) and connects it to VS Code.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import type { JourneyInitializationOptions } from '../server/protocol.js';

export function createLanguageClient(context: vscode.ExtensionContext): LanguageClient {
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
    };
    return new LanguageClient('journey', 'Journey Maps', serverOptions, clientOptions);
}
