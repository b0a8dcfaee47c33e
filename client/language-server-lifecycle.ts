// Starts the language server only when it has work: the first `.journey` document opened, or
// a feature (such as a restored preview) that asks for it. Activation itself stays instant,
// and opening a Markdown preview (which activates the extension for ```journey blocks)
// starts no server.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

export class LanguageServerLifecycle implements vscode.Disposable {
    private starting: Promise<void> | undefined;
    private created: Promise<LanguageClient> | undefined;
    private readonly subscription: vscode.Disposable;

    constructor(private readonly createClient: () => Promise<LanguageClient>) {
        this.subscription = vscode.workspace.onDidOpenTextDocument(document => {
            if (document.languageId === 'journey') void this.ensureStarted();
        });
        // Right after activation returns, not during it.
        if (vscode.workspace.textDocuments.some(document => document.languageId === 'journey')) setImmediate(() => void this.ensureStarted());
    }

    /** The language client, created (not started) on first use. */
    client(): Promise<LanguageClient> {
        this.created ??= this.createClient();
        return this.created;
    }

    ensureStarted(): Promise<void> {
        this.starting ??= this.client().then(client => client.start()).catch(error => {
            void vscode.window.showErrorMessage(vscode.l10n.t('The Journey language server could not start: {0}', String(error)));
            this.starting = undefined;
        });
        return this.starting;
    }

    async stop(): Promise<void> {
        if (this.starting) await (await this.client()).stop();
    }

    dispose(): void {
        this.subscription.dispose();
    }
}
