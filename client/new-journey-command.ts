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

/** How long to wait for the server (started now, building a large workspace) before writing the map without it. */
const SERVER_WAIT_MS = 10_000;

export function registerNewJourneyCommand(context: vscode.ExtensionContext, server: LanguageServerLifecycle): void {
    context.subscriptions.push(vscode.commands.registerCommand('journey.newFile', async () => {
        const content = await vscode.window.withProgress(
            { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Writing a new journey map…') },
            () => fromServer(server));
        const document = await vscode.workspace.openTextDocument({ language: 'journey', content: content ?? withoutServer() });
        await vscode.window.showTextDocument(document);
    }));
}

async function fromServer(server: LanguageServerLifecycle): Promise<string | undefined> {
    const answer = (async () => {
        await server.ensureStarted();
        return (await server.client()).sendRequest<NewJourneyTextResult>(NewJourneyTextRequest);
    })().catch(() => undefined);
    const timeout = new Promise<undefined>(resolve => setTimeout(resolve, SERVER_WAIT_MS));
    return Promise.race([answer, timeout]);
}

/** The starter map for an empty workspace, in the keyword language the settings choose. */
function withoutServer(): string {
    const chosen = vscode.workspace.getConfiguration('journey').get<string>('keywordLanguage');
    return newJourneyText(toLocale(chosen === 'en' || chosen === 'es' ? chosen : vscode.env.language));
}
