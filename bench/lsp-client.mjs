// A minimal LSP client for the benchmark: spawns `node <server> --stdio`, speaks JSON-RPC over
// its stdio (vscode-jsonrpc), keeps a log of every publishDiagnostics with the document version
// it belongs to, and sends incremental edits the way VS Code does.
//
// Which version does a publishDiagnostics belong to? LSP lets the server say so (`version`);
// when it does not, the server's `journey/modelChanged` notification (sent for the same
// validated document just before its diagnostics) tells us. Without either, a publish is
// attributed to the newest version sent when it arrived (`versionSource` says which was used).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';

// vscode-jsonrpc comes with vscode-languageserver (a dependency of langium).
const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = createRequire(import.meta.url)('vscode-jsonrpc/node');

export const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

export class TimeoutError extends Error {}

export function withTimeout(promise, ms, what) {
    let timer;
    return Promise.race([
        promise,
        new Promise((_, reject) => {
            timer = setTimeout(() => reject(new TimeoutError(`timed out after ${ms} ms: ${what}`)), ms);
        }),
    ]).finally(() => clearTimeout(timer));
}

export const fileUri = file => pathToFileURL(file).toString();

export class LspSession {
    /** @param {{ server: string, folder: string, nodeArgs?: string[], stderr?: string }} options */
    constructor(options) {
        this.options = options;
        this.publishes = []; // { seq, t, uri, version, count }
        this.seq = 0;
        this.modelVersion = new Map(); // uri → last version announced by journey/modelChanged
        this.sentVersion = new Map(); // uri → last version sent
        this.versionSource = undefined;
        this.waiters = new Set();
        this.logs = [];
    }

    async start() {
        const { server, folder, nodeArgs = [], stderr } = this.options;
        const child = spawn(process.execPath, [...nodeArgs, server, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
        this.process = child;
        this.pid = child.pid;
        this.exited = new Promise(resolve => child.once('exit', (code, signal) => resolve({ code, signal })));
        const errLog = stderr ? fs.createWriteStream(stderr) : undefined;
        this.process.stderr.on('data', chunk => errLog?.write(chunk));
        this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout), new StreamMessageWriter(this.process.stdin));
        this.connection.onNotification('textDocument/publishDiagnostics', params => this.onPublish(params));
        this.connection.onNotification('journey/modelChanged', params => this.modelVersion.set(params.uri, params.version));
        this.connection.onNotification('window/logMessage', params => this.logs.push(params.message));
        this.connection.onNotification(method => {
            /* ignore others */ void method;
        });
        this.connection.onRequest('workspace/configuration', params => (params.items ?? []).map(() => ({})));
        this.connection.onRequest('client/registerCapability', () => null);
        this.connection.onRequest('client/unregisterCapability', () => null);
        this.connection.onRequest('window/workDoneProgress/create', () => null);
        this.connection.onRequest('workspace/semanticTokens/refresh', () => null);
        this.connection.onRequest('workspace/inlayHint/refresh', () => null);
        this.connection.onRequest('workspace/codeLens/refresh', () => null);
        this.connection.onRequest('workspace/diagnostic/refresh', () => null);
        this.connection.onError(([error]) => this.logs.push(`connection error: ${error?.message ?? error}`));
        this.connection.listen();
        const t0 = performance.now();
        const folderUri = fileUri(folder);
        this.initializeResult = await withTimeout(
            this.connection.sendRequest('initialize', {
                processId: process.pid,
                clientInfo: { name: 'journey-bench', version: '1' },
                locale: 'en',
                rootUri: folderUri,
                rootPath: folder,
                workspaceFolders: [{ uri: folderUri, name: 'bench' }],
                initializationOptions: { locale: 'en' },
                capabilities: {
                    workspace: {
                        configuration: true,
                        workspaceFolders: true,
                        didChangeConfiguration: { dynamicRegistration: true },
                        didChangeWatchedFiles: { dynamicRegistration: true },
                    },
                    textDocument: {
                        synchronization: { dynamicRegistration: false, didSave: true },
                        publishDiagnostics: {
                            relatedInformation: true,
                            versionSupport: true,
                            codeDescriptionSupport: true,
                            dataSupport: true,
                            tagSupport: { valueSet: [1, 2] },
                        },
                        completion: { completionItem: { snippetSupport: true, labelDetailsSupport: true }, contextSupport: true },
                        hover: { contentFormat: ['markdown', 'plaintext'] },
                    },
                    window: { workDoneProgress: true },
                },
            }),
            60_000,
            'initialize',
        );
        this.initializeMs = performance.now() - t0;
        return this;
    }

    onPublish(params) {
        let version = params.version;
        if (typeof version === 'number') this.versionSource ??= 'publishDiagnostics.version';
        else if (this.modelVersion.has(params.uri)) {
            version = this.modelVersion.get(params.uri);
            this.versionSource ??= 'journey/modelChanged';
        } else {
            version = this.sentVersion.get(params.uri);
            this.versionSource ??= 'arrival order (no version from the server)';
        }
        const record = { seq: ++this.seq, t: performance.now(), uri: params.uri, version, count: params.diagnostics.length };
        this.publishes.push(record);
        if (this.publishes.length > 100_000) this.publishes.splice(0, 50_000);
        for (const waiter of [...this.waiters]) waiter(record);
    }

    /** Resolves with the publish time of the first publish (after `afterSeq`) matching `match`. */
    waitForPublish(match, { afterSeq = 0, timeoutMs, what }) {
        const existing = this.publishes.find(p => p.seq > afterSeq && match(p));
        if (existing) return Promise.resolve(existing);
        let waiter;
        const promise = new Promise(resolve => {
            waiter = record => {
                if (record.seq > afterSeq && match(record)) resolve(record);
            };
            this.waiters.add(waiter);
        });
        return withTimeout(promise, timeoutMs, what).finally(() => this.waiters.delete(waiter));
    }

    /** The diagnostics of `uri` for `version` (or a later one). */
    waitForVersion(uri, version, opts) {
        return this.waitForPublish(p => p.uri === uri && p.version !== undefined && p.version >= version, {
            ...opts,
            what: opts.what ?? `diagnostics of ${uri} v${version}`,
        });
    }

    notify(method, params) {
        return this.connection.sendNotification(method, params);
    }

    didOpen(uri, text, version = 1) {
        this.sentVersion.set(uri, version);
        return this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'journey', version, text } });
    }

    /** One incremental change: replace `range` by `text`; returns the new version. */
    didChange(uri, range, text) {
        const version = (this.sentVersion.get(uri) ?? 0) + 1;
        this.sentVersion.set(uri, version);
        void this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, rangeLength: undefined, text }] });
        return version;
    }

    completion(uri, position) {
        return this.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position, context: { triggerKind: 1 } });
    }

    /** Peak resident set size of the server process (VmHWM), in MB. */
    peakRssMb() {
        try {
            const status = fs.readFileSync(`/proc/${this.pid}/status`, 'utf8');
            const kb = Number(/VmHWM:\s+(\d+)\s+kB/.exec(status)?.[1]);
            return Number.isFinite(kb) ? kb / 1024 : undefined;
        } catch {
            return undefined;
        }
    }

    async stop() {
        if (!this.process || this.process.exitCode !== null) return;
        try {
            await withTimeout(this.connection.sendRequest('shutdown'), 5_000, 'shutdown');
            void this.connection.sendNotification('exit');
            await withTimeout(this.exited, 5_000, 'exit');
        } catch {
            // fall through to kill
        }
        if (this.process.exitCode === null && this.process.signalCode === null) {
            this.process.kill('SIGKILL');
            await this.exited;
        }
        this.connection.dispose();
    }
}
