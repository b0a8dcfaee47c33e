// The language server in a dedicated Web Worker (dist/server-worker.js). The script is read
// through vscode.workspace.fs and started from a Blob: an extension installed on a server
// (code-server) has a `vscode-remote:` URI, from which `new Worker(uri)` is refused, and the
// Blob works on vscode.dev too.
import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient, State, type MessageTransports } from 'vscode-languageclient/browser';
import { journeyClientOptions } from '../language-client-options.js';
import { WorkspaceFileSync } from './workspace-file-sync.js';

export async function createWorkerLanguageClient(context: vscode.ExtensionContext): Promise<LanguageClient> {
    return new WorkerLanguageClient(context);
}

class WorkerLanguageClient extends LanguageClient {
    private worker: Worker | undefined;
    /** The worker's script as a blob: URL, kept until the worker ends (the web host's nested workers load it later). */
    private scriptUrl: string | undefined;
    private fileSync: WorkspaceFileSync | undefined;
    /** Ends the start under way when its worker fails (a script that does not load or throws). */
    private failStart: ((error: Error) => void) | undefined;

    constructor(private readonly context: vscode.ExtensionContext) {
        super('journey', vscode.l10n.t('Journey Maps Language Server'), () => this.startWorker(), journeyClientOptions());
        // Each server that comes up (the first, a restarted one) gets the workspace's files.
        this.onDidChangeState(({ newState }) => {
            if (newState !== State.Running) return;
            this.fileSync?.dispose();
            this.fileSync = new WorkspaceFileSync(this);
            // Not awaited: a large workspace loads in batches while the editor goes on.
            void this.fileSync.loadWorkspace();
        });
    }

    override async start(): Promise<void> {
        // The library calls start() again before each message it sends: that must stay cheap.
        if (this.isRunning()) return super.start();
        // A new worker per start; its failure ends this start instead of leaving it waiting for an answer.
        const workerFailed = new Promise<never>((_resolve, reject) => (this.failStart = reject));
        try {
            await Promise.race([super.start(), workerFailed]);
        } catch (error) {
            this.endWorker();
            throw error;
        } finally {
            this.failStart = undefined;
        }
    }

    override async stop(timeout?: number): Promise<void> {
        this.fileSync?.dispose();
        this.fileSync = undefined;
        try {
            await super.stop(timeout);
        } finally {
            this.endWorker();
        }
    }

    private endWorker(): void {
        this.worker?.terminate();
        this.worker = undefined;
        if (this.scriptUrl) URL.revokeObjectURL(this.scriptUrl);
        this.scriptUrl = undefined;
    }

    /**
     * The transports made here: VS Code's web worker host replaces `Worker` with its own
     * class for nested workers, which the library's `instanceof Worker` check does not see.
     */
    private async startWorker(): Promise<MessageTransports> {
        this.endWorker();
        const script = vscode.Uri.joinPath(this.context.extensionUri, 'dist', 'server-worker.js');
        let source: Uint8Array;
        try {
            source = await vscode.workspace.fs.readFile(script);
        } catch (error) {
            throw new Error(vscode.l10n.t('the language server worker {0} could not be read: {1}', script.toString(true), errorText(error)), { cause: error });
        }
        this.scriptUrl = URL.createObjectURL(new Blob([source as BlobPart], { type: 'text/javascript' }));
        const worker = new Worker(this.scriptUrl, { name: 'Journey Maps Language Server' });
        this.worker = worker;
        const reader = new BrowserMessageReader(worker);
        // The worker's errors reach the reader (its onerror).
        reader.onError(error =>
            this.failStart?.(new Error(vscode.l10n.t('the language server worker failed: {0}', error.message || vscode.l10n.t('no reason given')))),
        );
        return { reader, writer: new BrowserMessageWriter(worker) };
    }
}

function errorText(error: unknown): string {
    return error instanceof Error ? error.message : String(error);
}
