// "New Journey Map" (command palette, and VS Code's File > New File… list): an untitled
// `.journey` editor holding a lint-clean starter map. The language server writes it, since it
// knows the workspace: the map uses the personas, teams and channels already declared and a
// free journey id (language/templates/new-journey.ts). Nothing is written to disk until the
// user saves.
import * as vscode from 'vscode';
import { toLocale } from '../language/i18n/locale.js';
import { newJourneyText } from '../language/templates/new-journey.js';
import { NewJourneyTextRequest, type NewJourneyTextResult } from '../server/protocol.js';
import type { LanguageServerLifecycle } from './language-server-lifecycle.js';

export function registerNewJourneyCommand(context: vscode.ExtensionContext, server: LanguageServerLifecycle): void {
    context.subscriptions.push(vscode.commands.registerCommand('journey.newFile', async () => {
        const content = await vscode.window.withProgress(
            { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Writing a new journey map…') },
            () => fromServer(server));
        const document = await vscode.workspace.openTextDocument({ language: 'journey', content: content ?? withoutServer() });
        await vscode.window.showTextDocument(document);
    }));
}

/** The server's map, once it has indexed the workspace; undefined when the server could not start (it said why). */
async function fromServer(server: LanguageServerLifecycle): Promise<string | undefined> {
    await server.ensureStarted();
    const client = await server.client().catch(() => undefined);
    if (!client?.isRunning()) return undefined;
    return client.sendRequest<NewJourneyTextResult>(NewJourneyTextRequest).catch(() => undefined);
}

/** The starter map for an empty workspace, in the keyword language the settings choose. */
function withoutServer(): string {
    const chosen = vscode.workspace.getConfiguration('journey').get<string>('keywordLanguage');
    return newJourneyText(toLocale(chosen === 'en' || chosen === 'es' ? chosen : vscode.env.language));
}
