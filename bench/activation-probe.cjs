// Approximate activation time of dist/extension.cjs outside VS Code (bench/run.mjs calls it):
// a fake `vscode` module (plain values where vscode-languageclient reads them, a permissive
// proxy elsewhere), then the time to require the bundle and until activate() resolves.
// activate() starts the language server over IPC and waits for its initialize answer, so this
// includes the server's start. Prints one JSON line. Kills every process it started.
'use strict';
const Module = require('node:module');
const path = require('node:path');
const childProcess = require('node:child_process');
const { performance } = require('node:perf_hooks');

const bundle = path.resolve(process.argv[2]);
const extensionPath = path.resolve(path.dirname(bundle), '..');
const children = [];
for (const name of ['fork', 'spawn']) {
    const original = childProcess[name];
    childProcess[name] = function (...args) {
        const child = original.apply(this, args);
        children.push(child);
        return child;
    };
}

const disposable = { dispose() {} };
function anything(name) {
    const target = function () {};
    return new Proxy(target, {
        get(t, key) {
            if (key === 'then') return undefined;
            if (key === Symbol.toPrimitive) return () => name;
            if (key === 'toJSON') return () => undefined;
            if (key === 'dispose') return () => undefined;
            if (key === Symbol.iterator) return function* () {};
            if (!(key in t)) t[key] = anything(`${name}.${String(key)}`);
            return t[key];
        },
        apply: () => disposable,
        construct: () => anything(`new ${name}`),
    });
}
class EventEmitter {
    constructor() {
        this.event = () => disposable;
    }
    fire() {}
    dispose() {}
}
class Disposable {
    constructor(fn) {
        this.fn = fn;
    }
    dispose() {
        this.fn?.();
    }
    static from() {
        return disposable;
    }
}
const config = { get: (_key, fallback) => fallback, has: () => false, inspect: () => undefined, update: async () => undefined };
const event = () => disposable;
const overrides = {
    version: '1.100.0',
    env: { language: 'en', appName: 'bench', machineId: 'bench', sessionId: 'bench', uiKind: 1, appRoot: extensionPath },
    EventEmitter,
    Disposable,
    workspace: new Proxy(
        {
            workspaceFolders: undefined,
            textDocuments: [],
            getConfiguration: () => config,
            getWorkspaceFolder: () => undefined,
            onDidChangeConfiguration: event,
            onDidOpenTextDocument: event,
            onDidCloseTextDocument: event,
            onDidChangeTextDocument: event,
            onDidSaveTextDocument: event,
            onWillSaveTextDocument: event,
            onDidChangeWorkspaceFolders: event,
            onDidCreateFiles: event,
            onDidRenameFiles: event,
            onDidDeleteFiles: event,
            createFileSystemWatcher: () => ({ onDidCreate: event, onDidChange: event, onDidDelete: event, dispose() {} }),
            fs: anything('fs'),
        },
        { get: (t, k) => (k in t ? t[k] : anything(`workspace.${String(k)}`)) },
    ),
    window: new Proxy(
        {
            visibleTextEditors: [],
            activeTextEditor: undefined,
            onDidChangeActiveTextEditor: event,
            onDidChangeVisibleTextEditors: event,
            showErrorMessage: async () => undefined,
            showWarningMessage: async () => undefined,
            showInformationMessage: async () => undefined,
            createOutputChannel: () => ({
                append() {},
                appendLine() {},
                replace() {},
                clear() {},
                show() {},
                hide() {},
                dispose() {},
                name: 'bench',
                info() {},
                warn() {},
                error() {},
                debug() {},
                trace() {},
                logLevel: 0,
                onDidChangeLogLevel: event,
            }),
        },
        { get: (t, k) => (k in t ? t[k] : anything(`window.${String(k)}`)) },
    ),
    languages: new Proxy({ match: () => 0 }, { get: (t, k) => (k in t ? t[k] : anything(`languages.${String(k)}`)) }),
};
// Bundles copy the module's own property names (`import * as vscode`): list every exported name of the API.
try {
    const dts = require('node:fs').readFileSync(require.resolve('@types/vscode/index.d.ts', { paths: [extensionPath] }), 'utf8');
    for (const m of dts.matchAll(/^\s*export (?:namespace|class|enum|const|let|var) (\w+)/gm)) if (!(m[1] in overrides)) overrides[m[1]] = anything(m[1]);
} catch {
    /* @types/vscode missing: the proxy still answers by name */
}
const fakeVscode = new Proxy(overrides, { get: (t, k) => (k in t ? t[k] : (t[k] = anything(String(k)))) });
const load = Module._load;
Module._load = function (request, parent, isMain) {
    return request === 'vscode' ? fakeVscode : load.call(this, request, parent, isMain);
};

const context = {
    subscriptions: [],
    extensionPath,
    extensionUri: anything('extensionUri'),
    extensionMode: 1,
    asAbsolutePath: p => path.join(extensionPath, p),
    globalState: { get: () => undefined, update: async () => undefined, keys: () => [], setKeysForSync() {} },
    workspaceState: { get: () => undefined, update: async () => undefined, keys: () => [] },
    storageUri: undefined,
    globalStorageUri: anything('globalStorageUri'),
    logUri: anything('logUri'),
    environmentVariableCollection: anything('environmentVariableCollection'),
    secrets: anything('secrets'),
    extension: anything('extension'),
};

function finish(result) {
    result.children = children.map(c => c.pid);
    for (const child of children) {
        try {
            child.kill('SIGKILL');
        } catch {
            /* gone */
        }
    }
    require('node:fs').writeSync(1, JSON.stringify(result) + '\n');
    process.exit(0);
}

const t0 = performance.now();
const extension = require(bundle);
const loadMs = performance.now() - t0;
const t1 = performance.now();
let settled = false;
const timer = setTimeout(() => {
    if (!settled) finish({ loadMs, activateMs: null, note: 'activate() did not resolve within 10 s with the fake vscode module' });
}, 10_000);
Promise.resolve()
    .then(() => extension.activate(context))
    .then(
        () => {
            settled = true;
            clearTimeout(timer);
            finish({
                loadMs,
                activateMs: performance.now() - t1 + loadMs,
                note: `require ${loadMs.toFixed(1)} ms + activate() until resolved (includes starting the language server over IPC and its initialize answer)`,
            });
        },
        error => {
            settled = true;
            clearTimeout(timer);
            finish({ loadMs, activateMs: null, note: `activate() threw with the fake vscode module: ${error && error.message}` });
        },
    );
