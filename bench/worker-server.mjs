// The language server as the browser runs it: dist/server-worker.js in a real Web Worker of
// headless Chromium, spoken to over postMessage as vscode-languageclient/browser does, with the
// workspace's files sent as the browser extension sends them (journey/workspaceFiles). Measures
// the time from starting the worker to the first diagnostics of a file, and from an edit to its
// diagnostics.
import fs from 'node:fs';
import http from 'node:http';

/** In the page: drives the worker; returns { firstDiagnosticsMs, afterEditMs[], diagnostics }. */
async function pageMeasure({ uri, text, edits, timeoutMs }) {
    const started = performance.now();
    const worker = new Worker('/server-worker.js');
    let nextId = 1;
    const waiting = new Map();
    const published = [];
    const validated = [];
    const listeners = [];
    worker.onmessage = ({ data }) => {
        if (data.id !== undefined && waiting.has(data.id)) {
            waiting.get(data.id)(data);
            waiting.delete(data.id);
        } else if (data.method === 'textDocument/publishDiagnostics' && data.params.uri === uri) {
            published.push({ t: performance.now(), params: data.params });
            for (const listener of listeners.splice(0)) listener();
        } else if (data.method === 'journey/modelChanged' && data.params.uri === uri) {
            // Sent in the same phase as the diagnostics, with the version they are of (Langium's publish has none).
            validated.push(data.params.version);
            for (const listener of listeners.splice(0)) listener();
        } else if (data.id !== undefined && data.method) {
            // Requests from the server (configuration, registrations): answer empty.
            worker.postMessage({ jsonrpc: '2.0', id: data.id, result: data.method === 'workspace/configuration' ? data.params.items.map(() => null) : null });
        }
    };
    const errors = [];
    worker.onerror = event => errors.push(event.message);
    const request = (method, params) =>
        new Promise(resolve => {
            const id = nextId++;
            waiting.set(id, resolve);
            worker.postMessage({ jsonrpc: '2.0', id, method, params });
        });
    const notify = (method, params) => worker.postMessage({ jsonrpc: '2.0', method, params });
    /** The diagnostics published after `sentAt`, once the document's `version` is validated. */
    const diagnosticsAfter = (sentAt, version) =>
        new Promise((resolve, reject) => {
            const check = () => {
                const hit = validated.includes(version) && published.filter(p => p.t > sentAt).at(-1);
                if (hit) resolve(hit);
                else listeners.push(check);
            };
            check();
            setTimeout(() => reject(new Error(`no diagnostics within ${timeoutMs} ms; worker errors: ${errors.join('; ')}`)), timeoutMs);
        });
    const folder = uri.slice(0, uri.lastIndexOf('/'));
    await request('initialize', {
        processId: null,
        rootUri: folder,
        capabilities: {},
        workspaceFolders: [{ uri: folder, name: 'bench' }],
        initializationOptions: { locale: 'en' },
    });
    notify('initialized', {});
    notify('journey/workspaceFiles', { changed: [{ uri, text }], deleted: [], unreadable: [], initialLoadComplete: true });
    notify('textDocument/didOpen', { textDocument: { uri, languageId: 'journey', version: 1, text } });
    const first = await diagnosticsAfter(started, 1);
    const firstDiagnosticsMs = first.t - started;
    const afterEditMs = [];
    let current = text;
    for (let i = 0; i < edits.length; i++) {
        const { offset, insert } = edits[i];
        const before = current.slice(0, offset);
        const line = before.split('\n').length - 1;
        const character = offset - before.lastIndexOf('\n') - 1;
        current = before + insert + current.slice(offset);
        const version = i + 2;
        const sent = performance.now();
        notify('textDocument/didChange', {
            textDocument: { uri, version },
            contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: insert }],
        });
        const got = await diagnosticsAfter(sent, version);
        afterEditMs.push(got.t - sent);
        await new Promise(resolve => setTimeout(resolve, 150));
    }
    worker.terminate();
    return { firstDiagnosticsMs, afterEditMs, diagnostics: first.params.diagnostics.length };
}

/**
 * `text`: the map; `edits`: offsets where a character is typed, one edit each. Needs Chromium
 * (`launchChromium` of run.mjs).
 */
export async function measureWorkerServer({ launchChromium, workerScript, text, edits, timeoutMs = 120_000 }) {
    const server = http.createServer((req, res) => {
        if (req.url === '/server-worker.js') {
            res.writeHead(200, { 'content-type': 'text/javascript' });
            fs.createReadStream(workerScript).pipe(res);
        } else {
            res.writeHead(200, { 'content-type': 'text/html' });
            res.end('<!doctype html><html><body></body></html>');
        }
    });
    await new Promise(resolve => server.listen(0, '127.0.0.1', () => resolve(undefined)));
    const browser = await launchChromium();
    try {
        const page = await browser.newPage();
        await page.goto(`http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}/`);
        return await page.evaluate(pageMeasure, { uri: 'memfs:/bench/map.journey', text, edits, timeoutMs });
    } finally {
        await browser.close();
        server.close();
    }
}
