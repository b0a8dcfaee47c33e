// The VS Code extension's entry: registers each feature (the language client, the preview,
// the export and import commands, New Journey Map, the language status, the Markdown preview
// plugin). Activation does no waiting: the server starts with the first `.journey` document
// (see language-server-lifecycle.ts).
import * as vscode from 'vscode';
import { createLanguageClient } from './language-client.js';
import { LanguageServerLifecycle } from './language-server-lifecycle.js';
import { registerPreview } from './preview/register.js';
import { registerExportCommands } from './export/export-commands.js';
import { registerImportCommand } from './import/import-command.js';
import { registerNewJourneyCommand } from './new-journey-command.js';
import { registerLanguageStatus } from './language-status.js';
import { journeyMarkdownItPlugin } from '../markdown/markdown-it-plugin.js';
import { toLocale } from '../language/i18n/locale.js';

let server: LanguageServerLifecycle | undefined;

export function activate(context: vscode.ExtensionContext): { extendMarkdownIt: typeof journeyMarkdownItPlugin } {
    const lifecycle = new LanguageServerLifecycle(() => createLanguageClient(context));
    server = lifecycle;
    context.subscriptions.push(lifecycle);
    const previews = registerPreview(context, async () => {
        void lifecycle.ensureStarted();
        return lifecycle.client();
    });
    registerExportCommands(context, previews);
    registerImportCommand(context);
    registerNewJourneyCommand(context, lifecycle);
    registerLanguageStatus(context, lifecycle);
    // ```journey blocks in VS Code's Markdown preview (contributes.markdown.markdownItPlugins).
    return { extendMarkdownIt: (md: Parameters<typeof journeyMarkdownItPlugin>[0]) => journeyMarkdownItPlugin(md, toLocale(vscode.env.language)) };
}

export async function deactivate(): Promise<void> {
    await server?.stop();
}
