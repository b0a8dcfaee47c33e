// Huge and strange files, through the language server process as the
// editor opens them: each must give diagnostics (a clear syntax error or the lint findings)
// and answer symbols, folding, formatting, hover, completion and the preview's map model
// within a generous bound, without a crash or a hang. Timings are printed. A separate
// in-process check covers the command line's Mermaid export of the biggest valid files.
// Needs `npm run build` (dist/server.cjs).
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { describe, expect, it } from 'vitest';
import type { Journey, Model } from '../../language/generated/ast.js';
import { createJourneyCoreServices } from '../../language/journey-module.js';
import { journeyToMermaid } from '../../language/mermaid/mermaid-journey.js';
import { manyTouchpoints, megabyteOfTokens, megabyteString, nestedBlocks, nestedBraces, strayBraceMidway, tenMegabytes } from '../helpers/fuzz/huge.js';
import { startServer } from './lsp-process.js';

interface HugeCase {
    name: string;
    text: () => string;
    /** Bound for the first diagnostics, ms. */
    boundMs: number;
    /** Whether the file is valid (lint findings only) or must get a syntax error. */
    syntaxError: boolean;
    /** Skip the check that an edit is validated anew (it would revalidate the whole file again). */
    noEdit?: boolean;
}

const CASES: HugeCase[] = [
    { name: '10 MB of journeys', text: () => tenMegabytes(), boundMs: 90_000, syntaxError: false, noEdit: true },
    { name: '50,000 touchpoints', text: () => manyTouchpoints(50_000), boundMs: 90_000, syntaxError: false },
    { name: 'a single 1 MB line (one string)', text: () => megabyteString(), boundMs: 30_000, syntaxError: false },
    { name: 'a single 1 MB line of tokens', text: () => megabyteOfTokens(), boundMs: 60_000, syntaxError: false },
    { name: '10,000 nested braces', text: () => nestedBraces(10_000, true), boundMs: 30_000, syntaxError: true },
    { name: '10,000 unclosed braces', text: () => nestedBraces(10_000, false), boundMs: 30_000, syntaxError: true },
    // Every level is a block the grammar knows, so the parser recovers thousands of times.
    { name: '6,000 nested phase/touchpoint/gap blocks', text: () => nestedBlocks(2_000), boundMs: 60_000, syntaxError: true },
    // Not indented: each later line is an error; the parser's recovery nested once per error and overflowed the stack.
    { name: 'a stray } midway through 10,000 unindented touchpoints', text: () => strayBraceMidway(10_000), boundMs: 60_000, syntaxError: true },
];

const timings: string[] = [];

describe('huge and strange files in the language server', () => {
    for (const hugeCase of CASES) {
        it(`handles ${hugeCase.name}`, async () => {
            const text = hugeCase.text();
            const server = await startServer();
            try {
                const uri = `file:///huge/${hugeCase.name.replace(/\W+/g, '-')}.journey`;
                const started = performance.now();
                server.open(uri, text, 1);
                await server.validated(uri, 1, hugeCase.boundMs);
                const diagnostics = await server.settledDiagnostics(uri, 200);
                const validatedMs = performance.now() - started;
                expect(validatedMs).toBeLessThan(hugeCase.boundMs);
                const syntaxErrors = diagnostics.filter(
                    d => d.code === 'syntax-error' || /syntax/i.test(typeof d.message === 'string' ? d.message : d.message.value),
                );
                if (hugeCase.syntaxError) expect(syntaxErrors.length).toBeGreaterThan(0);
                else expect(syntaxErrors).toEqual([]);

                const requestTimes: string[] = [];
                const request = async (method: string, params: object) => {
                    const start = performance.now();
                    const result = await Promise.race([
                        server.connection.sendRequest(method, params),
                        new Promise((_, reject) =>
                            setTimeout(() => reject(new Error(`${method} on ${hugeCase.name}: no answer within ${hugeCase.boundMs} ms`)), hugeCase.boundMs),
                        ),
                    ]);
                    const ms = performance.now() - start;
                    requestTimes.push(`${method.replace('textDocument/', '')} ${ms.toFixed(0)} ms`);
                    expect(ms, `${method} on ${hugeCase.name}`).toBeLessThan(hugeCase.boundMs);
                    return result;
                };
                const textDocument = { uri };
                const middle = { line: 0, character: Math.min(10, text.length) };
                await request('textDocument/documentSymbol', { textDocument });
                await request('textDocument/foldingRange', { textDocument });
                await request('textDocument/formatting', { textDocument, options: { tabSize: 2, insertSpaces: true } });
                await request('textDocument/hover', { textDocument, position: middle });
                await request('textDocument/completion', { textDocument, position: middle });
                await request('journey/mapModel', { uri });
                // And the server is still itself: a small edit is validated anew.
                if (!hugeCase.noEdit) {
                    server.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '// edited\n' }]);
                    await server.validated(uri, 2, hugeCase.boundMs);
                }
                await server.ping();
                const line =
                    `${hugeCase.name}: ${(text.length / 1024 / 1024).toFixed(2)} MB, diagnostics in ${(validatedMs / 1000).toFixed(1)} s ` +
                    `(${diagnostics.length} diagnostics${syntaxErrors.length ? `, first: ${syntaxErrors[0].message}` : ''}); ${requestTimes.join(', ')}; peak RSS ${server.rssMb().toFixed(0)} MB`;
                timings.push(line);
                console.log(`[huge] ${line}`);
                expect(server.exited()).toBeUndefined();
            } finally {
                await server.stop();
            }
        }, 400_000);
    }

    it('exports the biggest valid maps as Mermaid in-process within the bound', async () => {
        const { shared } = createJourneyCoreServices(EmptyFileSystem);
        for (const [name, text] of [
            ['50,000 touchpoints', manyTouchpoints(50_000, 'M')],
            ['1 MB line of tokens', megabyteOfTokens('N')],
        ] as const) {
            const started = performance.now();
            const document = shared.workspace.LangiumDocumentFactory.fromString<Model>(
                text,
                URI.file(`/huge/${name.replace(/\W+/g, '-')}.journey`),
            ) as LangiumDocument<Model>;
            const journeys = document.parseResult.value.declarations.filter((d): d is Journey => d.$type === 'Journey');
            const mermaid = journeys.map(journeyToMermaid).join('\n');
            const ms = performance.now() - started;
            console.log(`[huge] Mermaid export of ${name}: ${(mermaid.length / 1024).toFixed(0)} kB in ${(ms / 1000).toFixed(1)} s`);
            expect(mermaid.startsWith('journey')).toBe(true);
            expect(ms).toBeLessThan(60_000);
        }
    }, 200_000);
});
