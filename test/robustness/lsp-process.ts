// The language server as the editor runs it: `node dist/server.cjs --stdio`, spoken to over
// JSON-RPC on its stdin/stdout. Tracks published diagnostics and `journey/modelChanged`
// versions, the process's resident memory, and whether it is still alive.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
    createProtocolConnection,
    StreamMessageReader,
    StreamMessageWriter,
    type Diagnostic,
    type ProtocolConnection,
    type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';

export const SERVER = resolve('dist/server.cjs');

export interface ServerProcess {
    process: ChildProcess;
    connection: ProtocolConnection;
    /** What the server wrote to stderr (stack traces, warnings). */
    stderr(): string;
    exited(): { code: number | null; signal: NodeJS.Signals | null } | undefined;
    open(uri: string, text: string, version?: number): void;
    change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): void;
    /** Resolves when the server has validated `uri` at `version` (or later). */
    validated(uri: string, version: number, timeoutMs?: number): Promise<void>;
    /** The diagnostics last published for `uri`, once no new ones arrived for `quietMs`. */
    settledDiagnostics(uri: string, quietMs?: number): Promise<Diagnostic[]>;
    /** Resident memory of the server process, in MB (Linux /proc). */
    rssMb(): number;
    /** Answers a trivial request: the connection and the event loop are alive. */
    ping(timeoutMs?: number): Promise<void>;
    stop(): Promise<void>;
}

/** `workspaceFolder`: a folder whose `.journey` files the server loads from disk, as when VS Code opens a folder. */
export async function startServer(options: { nodeArgs?: string[]; workspaceFolder?: string } = {}): Promise<ServerProcess> {
    if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run npm run build first`);
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', chunk => {
        stderr += String(chunk);
        if (stderr.length > 200_000) stderr = stderr.slice(-100_000);
    });
    let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
    child.on('exit', (code, signal) => {
        exit = { code, signal };
    });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    connection.onError(() => undefined);
    connection.onClose(() => undefined);

    const diagnostics = new Map<string, { diagnostics: Diagnostic[]; at: number }>();
    const versions = new Map<string, number>();
    const waiters: (() => void)[] = [];
    const wake = () => {
        for (const waiter of waiters.splice(0)) waiter();
    };
    connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; diagnostics: Diagnostic[] }) => {
        diagnostics.set(params.uri, { diagnostics: params.diagnostics, at: performance.now() });
        wake();
    });
    connection.onNotification('journey/modelChanged', (params: { uri: string; version: number }) => {
        versions.set(params.uri, Math.max(versions.get(params.uri) ?? -1, params.version));
        wake();
    });
    // Requests a client answers: configuration and capability registration.
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('client/unregisterCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onNotification('window/logMessage', () => undefined);
    connection.onNotification('$/progress', () => undefined);
    connection.listen();

    await connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri: options.workspaceFolder ? pathToFileURL(options.workspaceFolder).toString() : null,
        workspaceFolders: options.workspaceFolder ? [{ uri: pathToFileURL(options.workspaceFolder).toString(), name: 'workspace' }] : null,
        capabilities: {
            textDocument: {
                synchronization: { didSave: true },
                publishDiagnostics: { relatedInformation: true },
                completion: { completionItem: { snippetSupport: true } },
                hover: { contentFormat: ['markdown', 'plaintext'] },
            },
            workspace: { configuration: false, workspaceFolders: false },
        },
        initializationOptions: { locale: 'en' },
        locale: 'en',
    });
    await connection.sendNotification('initialized', {});

    const waitFor = (condition: () => boolean, timeoutMs: number, what: string) =>
        new Promise<void>((resolvePromise, reject) => {
            const timer = setTimeout(
                () =>
                    reject(
                        new Error(
                            `timed out after ${timeoutMs} ms waiting for ${what}${exit ? `; the server exited (${JSON.stringify(exit)})` : ''}\n${stderr.slice(-2000)}`,
                        ),
                    ),
                timeoutMs,
            );
            const check = () => {
                if (condition()) {
                    clearTimeout(timer);
                    resolvePromise();
                } else if (exit) {
                    clearTimeout(timer);
                    reject(new Error(`the server exited (${JSON.stringify(exit)}) while waiting for ${what}\n${stderr.slice(-4000)}`));
                } else waiters.push(check);
            };
            check();
        });

    const server: ServerProcess = {
        process: child,
        connection,
        stderr: () => stderr,
        exited: () => exit,
        open(uri, text, version = 1) {
            void connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'journey', version, text } });
        },
        change(uri, version, changes) {
            void connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
        },
        validated: (uri, version, timeoutMs = 60_000) =>
            waitFor(() => (versions.get(uri) ?? -1) >= version, timeoutMs, `${uri} validated at version ${version}`),
        async settledDiagnostics(uri, quietMs = 400) {
            await waitFor(() => diagnostics.has(uri), 60_000, `diagnostics of ${uri}`);
            for (;;) {
                const last = diagnostics.get(uri)!.at;
                await new Promise(r => setTimeout(r, quietMs));
                if (diagnostics.get(uri)!.at === last) return diagnostics.get(uri)!.diagnostics;
            }
        },
        rssMb() {
            const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
            const kb = Number(/VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1]);
            return kb / 1024;
        },
        async ping(timeoutMs = 30_000) {
            if (exit) throw new Error(`the server exited: ${JSON.stringify(exit)}\n${stderr.slice(-4000)}`);
            // An unknown document gets an empty answer, but only from a live server.
            await Promise.race([
                connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: 'file:///ping/none.journey' } }).catch(() => undefined),
                new Promise((_, reject) =>
                    setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms${exit ? `; exited ${JSON.stringify(exit)}` : ''}`)), timeoutMs),
                ),
            ]);
            if (exit) throw new Error(`the server exited: ${JSON.stringify(exit)}`);
        },
        async stop() {
            if (!exit) {
                await Promise.race([
                    connection
                        .sendRequest('shutdown')
                        .then(() => connection.sendNotification('exit'))
                        .catch(() => undefined),
                    new Promise(r => setTimeout(r, 3000)),
                ]);
                await new Promise(r => setTimeout(r, 200));
                if (!exit) child.kill('SIGKILL');
            }
            connection.dispose();
        },
    };
    return server;
}

/** A diagnostic as compared between the server and a fresh lint: rule, severity, range, message. */
export function diagnosticKey(diagnostic: Diagnostic): string {
    const { start, end } = diagnostic.range;
    return `${diagnostic.code}|${diagnostic.severity}|${start.line}:${start.character}-${end.line}:${end.character}|${diagnostic.message}`;
}
