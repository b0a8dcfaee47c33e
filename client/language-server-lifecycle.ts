// Starts the language server only when it has work: the first `.journey` document opened, or
// a feature (such as a restored preview) that asks for it. Activation itself stays instant,
// and opening a Markdown preview (which activates the extension for ```journey blocks)
// starts no server.
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';

/** What the language status item shows (language-status.ts). */
export type ServerState = { kind: 'starting' | 'running' | 'stopped' } | { kind: 'failed'; error: string };

export class LanguageServerLifecycle implements vscode.Disposable {
    private starting: Promise<void> | undefined;
    private created: Promise<LanguageClient> | undefined;
    private current: ServerState = { kind: 'stopped' };
    private readonly changed = new vscode.EventEmitter<ServerState>();
    readonly onDidChangeState = this.changed.event;
    private readonly subscriptions: vscode.Disposable[] = [this.changed];

    constructor(private readonly createClient: () => Promise<LanguageClient>) {
        this.subscriptions.push(
            vscode.workspace.onDidOpenTextDocument(document => {
                if (document.languageId === 'journey') void this.ensureStarted();
            }),
        );
        // Right after activation returns, not during it.
        if (vscode.workspace.textDocuments.some(document => document.languageId === 'journey')) setTimeout(() => void this.ensureStarted(), 0);
    }

    get state(): ServerState {
        return this.current;
    }

    /** The language client, created (not started) on first use. */
    client(): Promise<LanguageClient> {
        if (this.created) return this.created;
        const created: Promise<LanguageClient> = this.createClient().then(
            client => {
                this.subscriptions.push(
                    client.onDidChangeState(() => {
                        // A client discarded after a failed start no longer speaks for the server.
                        if (this.created !== created) return;
                        // The client's own states, read when they change: Starting, Running, Stopped (also after a crash it gave up on).
                        if (client.isRunning()) this.setState({ kind: 'running' });
                        else if (client.state === 3 /* State.Starting */) this.setState({ kind: 'starting' });
                        else if (this.current.kind !== 'failed') this.setState({ kind: 'stopped' });
                    }),
                );
                return client;
            },
            error => {
                // Made again on the next try.
                this.created = undefined;
                throw error;
            },
        );
        this.created = created;
        return created;
    }

    ensureStarted(): Promise<void> {
        this.starting ??= this.start();
        return this.starting;
    }

    /** Stops the server if it runs and starts a new one, which reads the workspace afresh. */
    async restart(): Promise<void> {
        const wasStarted = this.starting;
        if (wasStarted) {
            await wasStarted;
            this.starting = undefined;
            const client = await this.client().catch(() => undefined);
            // A client that failed to start or gave up after crashes is stopped already.
            if (client?.isRunning()) await client.stop();
        }
        await this.ensureStarted();
    }

    async stop(): Promise<void> {
        if (this.starting) await (await this.client()).stop();
    }

    dispose(): void {
        for (const subscription of this.subscriptions) subscription.dispose();
    }

    private async start(): Promise<void> {
        this.setState({ kind: 'starting' });
        try {
            await (await this.client()).start();
            this.setState({ kind: 'running' });
        } catch (error) {
            this.starting = undefined;
            this.discardFailedClient();
            const message = error instanceof Error ? error.message : String(error);
            this.setState({ kind: 'failed', error: message });
            void vscode.window.showErrorMessage(vscode.l10n.t('The Journey language server could not start: {0}', message));
        }
    }

    /**
     * A language client whose start failed keeps that failure: its start() answers with the
     * same rejection and its stop() refuses a client that is not running. The next start (Restart)
     * makes a new one.
     */
    private discardFailedClient(): void {
        const failed = this.created;
        this.created = undefined;
        void failed?.then(client => client.dispose()).catch(() => undefined);
    }

    private setState(state: ServerState): void {
        if (state.kind === this.current.kind && state.kind !== 'failed') return;
        this.current = state;
        this.changed.fire(state);
    }
}
