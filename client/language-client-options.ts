// The language client's options, the same whether the server is a Node process
// (language-client.ts) or a web worker (browser/worker-language-client.ts).
import * as vscode from 'vscode';
import type { LanguageClientOptions } from 'vscode-languageclient';
import type { JourneyInitializationOptions } from '../language/protocol/journey-protocol.js';

export function journeyClientOptions(): LanguageClientOptions {
    const initializationOptions: JourneyInitializationOptions = { locale: vscode.env.language };
    return {
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
}
