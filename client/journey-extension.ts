// What the extension registers on the desktop (client/extension.ts) and in the browser
// (client/browser/extension.ts) alike: each feature (the language client's lifecycle, the
// preview, the comparison commands, the export and import commands, New Journey Map, the language status, the Markdown
// preview plugin). The two entries differ only in how the language server is started.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { LanguageServerLifecycle } from './language-server-lifecycle.js';
import { registerPreview } from './preview/register.js';
import { registerExportCommands } from './export/export-commands.js';
import { registerComparisonCommands } from './comparison/compare-commands.js';
import { registerImportCommand } from './import/import-command.js';
import { registerNewJourneyCommand } from './new-journey-command.js';
import { registerLanguageStatus } from './language-status.js';
import { journeyMarkdownItPlugin } from '../markdown/markdown-it-plugin.js';
import { toLocale } from '../language/i18n/locale.js';

export interface JourneyExtension {
    server: LanguageServerLifecycle;
    /** ```journey blocks in VS Code's Markdown preview (contributes.markdown.markdownItPlugins). */
    api: { extendMarkdownIt: typeof journeyMarkdownItPlugin };
}

export function activateJourneyExtension(context: vscode.ExtensionContext, createClient: () => Promise<BaseLanguageClient>): JourneyExtension {
    const lifecycle = new LanguageServerLifecycle(createClient);
    context.subscriptions.push(lifecycle);
    const previews = registerPreview(context, async () => {
        void lifecycle.ensureStarted();
        return lifecycle.client();
    });
    registerExportCommands(context, previews);
    registerComparisonCommands(context, previews);
    registerImportCommand(context);
    registerNewJourneyCommand(context, lifecycle);
    registerLanguageStatus(context, lifecycle);
    return {
        server: lifecycle,
        api: { extendMarkdownIt: (md: Parameters<typeof journeyMarkdownItPlugin>[0]) => journeyMarkdownItPlugin(md, toLocale(vscode.env.language)) },
    };
}
