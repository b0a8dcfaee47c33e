// The language server's state in VS Code's language status (the `{}` next to "Journey Map" in
// the status bar, shown for .journey editors), with "Restart" at hand; and the command
// "Journey: Restart Language Server", for when the server stopped or after a change to the
// workspace made outside VS Code.
import * as vscode from 'vscode';
import type { LanguageServerLifecycle, ServerState } from './language-server-lifecycle.js';

export function registerLanguageStatus(context: vscode.ExtensionContext, server: LanguageServerLifecycle): void {
    const item = vscode.languages.createLanguageStatusItem('journey.languageServer', { language: 'journey' });
    item.name = vscode.l10n.t('Journey Maps Language Server');
    item.command = { title: vscode.l10n.t('Restart'), command: 'journey.restartServer', tooltip: vscode.l10n.t('Restart the Journey Maps language server') };
    const show = (state: ServerState) => {
        item.busy = state.kind === 'starting';
        item.severity =
            state.kind === 'failed'
                ? vscode.LanguageStatusSeverity.Error
                : state.kind === 'stopped'
                  ? vscode.LanguageStatusSeverity.Warning
                  : vscode.LanguageStatusSeverity.Information;
        item.text = statusText(state);
        item.detail = state.kind === 'failed' ? state.error : vscode.l10n.t('Journey Maps language server');
    };
    show(server.state);
    context.subscriptions.push(
        item,
        server.onDidChangeState(show),
        vscode.commands.registerCommand('journey.restartServer', () =>
            vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Restarting the Journey Maps language server…') }, () =>
                server.restart(),
            ),
        ),
    );
}

function statusText(state: ServerState): string {
    switch (state.kind) {
        case 'starting':
            return vscode.l10n.t('Starting…');
        case 'running':
            return vscode.l10n.t('Ready');
        case 'stopped':
            return vscode.l10n.t('Stopped');
        case 'failed':
            return vscode.l10n.t('Could not start');
    }
}
