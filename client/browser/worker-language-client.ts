// The language server in a dedicated Web Worker (dist/server-worker.js). The script is read
// through vscode.workspace.fs and started from a Blob: an extension installed on a server
// (code-server) has a `vscode-remote:` URI, from which `new Worker(uri)` is refused, and the
// Blob works on vscode.dev too.
import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient, type MessageTransports } from 'vscode-languageclient/browser';
import { journeyClientOptions } from '../language-client-options.js';
import { WorkspaceFileSync } from './workspace-file-sync.js';

export async function createWorkerLanguageClient(context: vscode.ExtensionContext): Promise<LanguageClient> {
    return new WorkerLanguageClient(context);
}

class WorkerLanguageClient extends LanguageClient {
    private worker: Worker | undefined;
    private fileSync: WorkspaceFileSync | undefined;
    /** Rejects when the running worker fails before the server answered `initialize`. */
    private workerFailed: Promise<never> = new Promise(() => undefined);

    constructor(private readonly context: vscode.ExtensionContext) {
        super('journey', vscode.l10n.t('Journey Maps Language Server'), () => this.startWorker(), journeyClientOptions());
    }

    override async start(): Promise<void> {
        // A new worker per start; the failure of this one ends this start.
        await Promise.race([super.start(), this.workerFailed]);
        this.fileSync?.dispose();
        this.fileSync = new WorkspaceFileSync(this);
        // Not awaited: a large workspace loads in batches while the editor goes on.
        void this.fileSync.loadWorkspace();
    }

    override async stop(timeout?: number): Promise<void> {
        this.fileSync?.dispose();
        this.fileSync = undefined;
        try {
            await super.stop(timeout);
        } finally {
            this.worker?.terminate();
            this.worker = undefined;
        }
    }

    /**
     * The transports made here: VS Code's web worker host replaces `Worker` with its own
     * class for nested workers, which the library's `instanceof Worker` check does not see.
     */
    private async startWorker(): Promise<MessageTransports> {
        this.worker?.terminate();
        const script = vscode.Uri.joinPath(this.context.extensionUri, 'dist', 'server-worker.js');
        let source: Uint8Array;
        try {
            source = await vscode.workspace.fs.readFile(script);
        } catch (error) {
            throw new Error(vscode.l10n.t('the language server worker {0} could not be read: {1}', script.toString(true), errorText(error)));
        }
        const url = URL.createObjectURL(new Blob([source as BlobPart], { type: 'text/javascript' }));
        const worker = new Worker(url, { name: 'Journey Maps Language Server' });
        this.worker = worker;
        this.workerFailed = new Promise((_resolve, reject) => {
            worker.addEventListener('error', event => {
                event.preventDefault();
                reject(new Error(vscode.l10n.t('the language server worker failed: {0}', event.message || vscode.l10n.t('no reason given'))));
            }, { once: true });
        });
        // The promise is raced in start(); a failure after startup must not surface unhandled.
        this.workerFailed.catch(() => undefined);
        URL.revokeObjectURL(url);
        return { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) };
    }
}

function errorText(error: unknown): string {
    return error instanceof Error ? error.message : String(error);
}
