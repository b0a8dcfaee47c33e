// The language server process under rapid edits, cancellation and malformed messages, over
// the real stdio connection. Needs `npm run build` (dist/server.cjs).
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CancellationTokenSource, ErrorCodes, LSPErrorCodes, ResponseError, type Range } from 'vscode-languageserver-protocol/node';
import { lint } from '../helpers/lint.js';
import { Random, seedFromEnvironment } from '../helpers/fuzz/random.js';
import { diagnosticKey, startServer, type ServerProcess } from './lsp-process.js';

const taller = readFileSync('examples/taller.journey', 'utf8');
const SEED = seedFromEnvironment();
const TYPED = ['a', 'e', ' ', '\n', '"', '{', '}', 'touchpoint ', 'owner ', 'emotion 2', '// note', 'é', '🚗', '\t', ',', '\r\n'];

/** A random small edit of `document`: typing, deleting or replacing, as fast typing and pasting do. */
function randomEdit(document: TextDocument, random: Random): { range: Range; text: string } {
    const text = document.getText();
    const start = random.int(0, text.length);
    const kind = random.int(0, 9);
    const end = kind < 5 ? start : Math.min(text.length, start + random.int(1, kind === 9 ? 40 : 4));
    const inserted = kind >= 5 && kind < 8 ? '' : random.pick(TYPED);
    return { range: { start: document.positionAt(start), end: document.positionAt(end) }, text: inserted };
}

const ACCEPTABLE_CANCEL_CODES: number[] = [LSPErrorCodes.RequestCancelled, LSPErrorCodes.ContentModified, LSPErrorCodes.ServerCancelled];

describe('the language server process under stress', () => {
    // One server per test: documents stay in the workspace after didClose (Langium's default),
    // so copies of the same example in one server would be duplicate declarations.
    let server: ServerProcess;
    beforeAll(() => {
        console.log(`[server-stress] seed ${SEED} (FUZZ_SEED=${SEED} to reproduce)`);
    });
    beforeEach(async () => {
        server = await startServer();
    });
    afterEach(async () => {
        expect(server.exited(), `the server exited; stderr:\n${server.stderr().slice(-4000)}`).toBeUndefined();
        await server.stop();
    });

    it('publishes, after 500 incremental changes sent without waiting, the diagnostics of the final text', async () => {
        const uri = 'file:///stress/rapid.journey';
        let mirror = TextDocument.create(uri, 'journey', 1, taller);
        server.open(uri, taller, 1);
        const random = new Random(SEED);
        const started = performance.now();
        for (let version = 2; version <= 501; version++) {
            const edit = randomEdit(mirror, random);
            server.change(uri, version, [edit]);
            mirror = TextDocument.update(mirror, [edit], version);
        }
        await server.validated(uri, 501);
        const published = await server.settledDiagnostics(uri);
        const expected = await lint(mirror.getText());
        console.log(
            `[server-stress] 500 changes sent and validated in ${(performance.now() - started).toFixed(0)} ms; final text ${mirror.getText().length} chars, ${published.length} diagnostics`,
        );
        expect(published.map(diagnosticKey).sort()).toEqual(expected.map(diagnosticKey).sort());
        // The server's own copy of the text is the client's: formatting it gives edits against the same text.
        await server.ping();
    }, 120_000);

    it('answers every cancelled request with a result or a cancellation error, and stays up', async () => {
        const uri = 'file:///stress/cancel.journey';
        let mirror = TextDocument.create(uri, 'journey', 1, taller);
        server.open(uri, taller, 1);
        await server.validated(uri, 1);
        const random = new Random(SEED ^ 0x5eed);
        const outcomes = { result: 0, cancelled: 0 };
        const unexpected: string[] = [];
        const methods = [
            'textDocument/completion',
            'textDocument/hover',
            'textDocument/documentSymbol',
            'textDocument/formatting',
            'textDocument/foldingRange',
            'textDocument/definition',
            'textDocument/references',
            'textDocument/codeAction',
            'journey/mapModel',
        ];
        const pending: Promise<void>[] = [];
        for (let i = 0; i < 200; i++) {
            const method = methods[i % methods.length];
            const position = mirror.positionAt(random.int(0, mirror.getText().length));
            const params = {
                textDocument: { uri },
                uri,
                position,
                options: { tabSize: 2, insertSpaces: true },
                context: { diagnostics: [], includeDeclaration: true },
                range: { start: position, end: position },
            };
            const source = new CancellationTokenSource();
            pending.push(
                server.connection.sendRequest(method, params, source.token).then(
                    () => {
                        outcomes.result++;
                    },
                    (error: unknown) => {
                        if (error instanceof ResponseError && ACCEPTABLE_CANCEL_CODES.includes(error.code)) outcomes.cancelled++;
                        else unexpected.push(`${method}: ${error instanceof ResponseError ? `${error.code} ${error.message}` : String(error)}`);
                    },
                ),
            );
            // Cancel at once, a little later, or after an edit that makes the answer stale.
            if (i % 3 === 0) source.cancel();
            else if (i % 3 === 1) setTimeout(() => source.cancel(), random.int(0, 20));
            else {
                const edit = randomEdit(mirror, random);
                mirror = TextDocument.update(mirror, [edit], mirror.version + 1);
                server.change(uri, mirror.version, [edit]);
                source.cancel();
            }
        }
        await Promise.all(pending);
        console.log(`[server-stress] 200 cancelled requests: ${outcomes.result} answered, ${outcomes.cancelled} cancelled`);
        expect(unexpected).toEqual([]);
        await server.validated(uri, mirror.version);
        const published = await server.settledDiagnostics(uri);
        expect(published.map(diagnosticKey).sort()).toEqual((await lint(mirror.getText())).map(diagnosticKey).sort());
        await server.ping();
    }, 120_000);

    it('stays up after malformed requests and notifications', async () => {
        const uri = 'file:///stress/malformed.journey';
        server.open(uri, taller, 1);
        await server.validated(uri, 1);
        const far = { line: 1_000_000, character: 1_000_000 };
        const negative = { line: -1, character: -5 };
        const requests: [string, unknown][] = [
            ['journey/doesNotExist', {}],
            ['textDocument/hover', {}],
            ['textDocument/hover', null],
            ['textDocument/hover', { textDocument: { uri: 'not a uri at all' }, position: { line: 0, character: 0 } }],
            ['textDocument/hover', { textDocument: { uri }, position: far }],
            ['textDocument/hover', { textDocument: { uri }, position: negative }],
            ['textDocument/completion', { textDocument: { uri }, position: far }],
            ['textDocument/completion', { textDocument: { uri }, position: negative }],
            ['textDocument/completion', { textDocument: { uri: 'file:///never/opened.journey' }, position: { line: 0, character: 0 } }],
            ['textDocument/definition', { textDocument: { uri }, position: far }],
            ['textDocument/references', { textDocument: { uri }, position: far, context: { includeDeclaration: true } }],
            ['textDocument/documentHighlight', { textDocument: { uri }, position: negative }],
            ['textDocument/documentSymbol', { textDocument: { uri: 42 } }],
            ['textDocument/formatting', { textDocument: { uri } }],
            ['textDocument/rangeFormatting', { textDocument: { uri }, range: { start: far, end: negative }, options: { tabSize: 2, insertSpaces: true } }],
            ['textDocument/onTypeFormatting', { textDocument: { uri }, position: far, ch: '}', options: { tabSize: 2, insertSpaces: true } }],
            [
                'textDocument/codeAction',
                {
                    textDocument: { uri },
                    range: { start: far, end: far },
                    context: { diagnostics: [{ range: { start: far, end: far }, message: 'x', code: 'missing-owner', data: { bogus: true } }] },
                },
            ],
            ['textDocument/rename', { textDocument: { uri }, position: { line: 4, character: 9 }, newName: '' }],
            ['textDocument/rename', { textDocument: { uri }, position: { line: 4, character: 9 }, newName: 'has space {' }],
            ['textDocument/prepareRename', { textDocument: { uri }, position: far }],
            ['textDocument/foldingRange', { textDocument: {} }],
            ['textDocument/semanticTokens/full', { textDocument: { uri } }],
            ['workspace/symbol', { query: '\uD800'.repeat(3) }],
            ['workspace/executeCommand', { command: 'nope', arguments: [1, 2] }],
            ['journey/mapModel', {}],
            ['journey/mapModel', { uri: 'file:///never/opened.journey' }],
            ['journey/mapModel', { uri: '::::' }],
            ['completionItem/resolve', { label: 42 }],
        ];
        const answers: string[] = [];
        for (const [method, params] of requests) {
            try {
                await server.connection.sendRequest(method, params as object);
                answers.push(`${method}: result`);
            } catch (error) {
                answers.push(`${method}: ${error instanceof ResponseError ? error.code : String(error)}`);
            }
            await server.ping();
        }
        expect(answers[0]).toBe(`journey/doesNotExist: ${ErrorCodes.MethodNotFound}`);
        // Notifications that make no sense: edits of unopened documents, ranges past the end, bad versions.
        server.change('file:///never/opened.journey', 7, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }]);
        server.change(uri, 2, [{ range: { start: far, end: far }, text: '\n// appended past the end' }]);
        server.change(uri, 2, [{ text: taller }]);
        server.change(uri, 1, [{ range: { start: { line: 3, character: 0 }, end: { line: 0, character: 0 } }, text: '' }]);
        void server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: 'file:///never/opened.journey' } });
        void server.connection.sendNotification('textDocument/didOpen', {
            textDocument: { uri: 'file:///stress/twice.journey', languageId: 'journey', version: 1, text: taller },
        });
        void server.connection.sendNotification('textDocument/didOpen', {
            textDocument: { uri: 'file:///stress/twice.journey', languageId: 'journey', version: 1, text: 'journey' },
        });
        void server.connection.sendNotification('textDocument/didSave', { textDocument: { uri: 'file:///never/opened.journey' } });
        void server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: 'file:///nowhere/.journeylint.json', type: 2 }] });
        void server.connection.sendNotification('workspace/didChangeConfiguration', {
            settings: { journey: { lint: { rules: { 'missing-owner': 'loud' } } } },
        });
        void server.connection.sendNotification('journey/unknownNotification', { what: 'ever' });
        await server.ping();
        // And the server still does its job.
        const fresh = 'file:///stress/after-malformed.journey';
        server.open(fresh, taller, 1);
        await server.validated(fresh, 1);
        expect((await server.settledDiagnostics(fresh)).length).toBeGreaterThan(0);
        console.log(`[server-stress] ${requests.length} malformed requests and 10 malformed notifications survived; answers: ${answers.join(', ')}`);
        expect(server.exited()).toBeUndefined();
    }, 120_000);

    it('keeps its memory flat over 5,000 edits', async () => {
        const uri = 'file:///stress/memory.journey';
        let mirror = TextDocument.create(uri, 'journey', 1, taller);
        server.open(uri, taller, 1);
        await server.validated(uri, 1);
        const random = new Random(SEED ^ 0xbeef);
        const samples: { edits: number; rss: number }[] = [];
        const started = performance.now();
        let edits = 0;
        while (edits < 5_000) {
            // 250 edits per burst: type a word somewhere and take it out again, so the text keeps its size.
            for (let i = 0; i < 125; i++) {
                const offset = random.int(0, mirror.getText().length);
                const word = random.pick(TYPED);
                const at = mirror.positionAt(offset);
                const insert = { range: { start: at, end: at }, text: word };
                mirror = TextDocument.update(mirror, [insert], mirror.version + 1);
                server.change(uri, mirror.version, [insert]);
                const remove = { range: { start: mirror.positionAt(offset), end: mirror.positionAt(offset + word.length) }, text: '' };
                mirror = TextDocument.update(mirror, [remove], mirror.version + 1);
                server.change(uri, mirror.version, [remove]);
                edits += 2;
            }
            await server.validated(uri, mirror.version);
            samples.push({ edits, rss: server.rssMb() });
        }
        expect(mirror.getText()).toBe(taller);
        const published = await server.settledDiagnostics(uri);
        expect(published.map(diagnosticKey).sort()).toEqual((await lint(taller)).map(diagnosticKey).sort());
        // Warm-up: the first 1,000 edits (JIT, caches). Then growth must stay bounded.
        const warm = samples.find(sample => sample.edits >= 1_000)!.rss;
        const peakAfter = Math.max(...samples.filter(sample => sample.edits > 1_000).map(sample => sample.rss));
        const last = samples[samples.length - 1].rss;
        console.log(
            `[server-stress] 5,000 edits in ${((performance.now() - started) / 1000).toFixed(1)} s; RSS after warm-up ${warm.toFixed(1)} MB, peak ${peakAfter.toFixed(1)} MB, last ${last.toFixed(1)} MB; samples ${samples.map(s => s.rss.toFixed(0)).join(' ')}`,
        );
        expect(last - warm).toBeLessThan(60);
        expect(peakAfter - warm).toBeLessThan(100);
        await server.ping();
    }, 240_000);
});
