// The VS Code extension: starts the language server; the preview and commands plug in here.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { createLanguageClient } from './language-client.js';
import { registerPreview } from './preview/register.js';
import { journeyMarkdownItPlugin } from '../markdown/markdown-it-plugin.js';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<{ extendMarkdownIt: typeof journeyMarkdownItPlugin }> {
    client = createLanguageClient(context);
    registerPreview(context, () => client);
    await client.start();
    // ```journey blocks in VS Code's Markdown preview (contributes.markdown.markdownItPlugins).
    return { extendMarkdownIt: journeyMarkdownItPlugin };
}

export async function deactivate(): Promise<void> {
    await client?.stop();
}
