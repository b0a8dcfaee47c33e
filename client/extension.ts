// The VS Code extension: starts the language server; the preview and commands plug in here.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { createLanguageClient } from './language-client.js';
import { registerPreview } from './preview/register.js';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    client = createLanguageClient(context);
    registerPreview(context, () => client);
    await client.start();
}

export async function deactivate(): Promise<void> {
    await client?.stop();
}
