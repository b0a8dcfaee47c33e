// "New Journey Map" (command palette, and VS Code's File > New File…): an untitled
// `.journey` editor holding a lint-clean starter map. The language server writes it, since it
// knows the workspace: the map uses the personas, teams and channels already declared and a
// free journey id (language/templates/new-journey.ts). Nothing is written to disk until the
// user saves. The wait for the server is bounded and one run opens one map (new-journey-opener.ts).
import * as vscode from 'vscode';
import { toLocale } from '../language/i18n/locale.js';
import { newJourneyText } from '../language/templates/new-journey.js';
import { NewJourneyTextRequest } from '../language/protocol/journey-protocol.js';
import type { LanguageServerLifecycle } from './language-server-lifecycle.js';
import { NewJourneyOpener } from './new-journey-opener.js';

export function registerNewJourneyCommand(context: vscode.ExtensionContext, server: LanguageServerLifecycle): void {
    const opener = new NewJourneyOpener({
        fromServer: signal => fromServer(server, signal),
        withoutServer,
        showProgress: done =>
            void vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Writing a new journey map…') }, () => done),
        open: async text => {
            const document = await vscode.workspace.openTextDocument({ language: 'journey', content: text });
            await vscode.window.showTextDocument(document);
        },
        warnNoAnswer: seconds =>
            void vscode.window.showWarningMessage(
                vscode.l10n.t(
                    'The Journey language server did not answer within {0} seconds, so this new map declares its own persona, team and channel instead of using those of the workspace.',
                    seconds,
                ),
            ),
    });
    context.subscriptions.push(vscode.commands.registerCommand('journey.newFile', () => opener.open()));
}

/** The server's map, once it has indexed the workspace; undefined when the server could not start (it said why). */
async function fromServer(server: LanguageServerLifecycle, signal: AbortSignal): Promise<string | undefined> {
    await server.ensureStarted();
    const client = await server.client().catch(() => undefined);
    if (!client?.isRunning() || signal.aborted) return undefined;
    const cancellation = new vscode.CancellationTokenSource();
    signal.addEventListener('abort', () => cancellation.cancel(), { once: true });
    try {
        return await client.sendRequest(NewJourneyTextRequest, cancellation.token);
    } finally {
        cancellation.dispose();
    }
}

/** The starter map for an empty workspace, in the keyword language the settings choose. */
function withoutServer(): string {
    const chosen = vscode.workspace.getConfiguration('journey').get<string>('keywordLanguage');
    return newJourneyText(toLocale(chosen === 'en' || chosen === 'es' ? chosen : vscode.env.language));
}
