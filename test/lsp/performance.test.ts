// How long each editor feature takes on large maps (bench/generate.mjs's files): printed,
// and the interactive ones bounded loosely so that a regression to whole-file work fails.
import '../../scripts/polyfills.cjs';
import { describe, expect, it } from 'vitest';
import type { CodeAction } from 'vscode-languageserver';
// @ts-expect-error: plain JavaScript module without types
import { singleFileText } from '../../bench/generate.mjs';
import { openWorkspace } from './lsp-workspace.js';

async function time<T>(run: () => Promise<T> | T): Promise<[T, number]> {
    const start = performance.now();
    const result = await run();
    return [result, performance.now() - start];
}

describe('performance on large maps', () => {
    for (const size of [1000, 10000]) {
        it(`answers quickly on a ${size}-touchpoint file`, async () => {
            const text: string = singleFileText(size);
            const [workspace, build] = await time(() => openWorkspace({ 'map.journey': text }));
            const services = workspace.services;
            const document = workspace.documents['map.journey'];
            const textDocument = { uri: document.uri.toString() };
            const at = (search: string, delta = 0) => document.textDocument.positionAt(text.lastIndexOf(search) + delta);
            const timings: Record<string, number> = { build };
            const ownerAt = at('owner ', 6);
            [, timings.completion] = await time(() => services.lsp.CompletionProvider!.getCompletion(document, { textDocument, position: ownerAt }));
            [, timings.completionAgain] = await time(() => services.lsp.CompletionProvider!.getCompletion(document, { textDocument, position: ownerAt }));
            [, timings.hoverTeam] = await time(() => services.lsp.HoverProvider!.getHoverContent(document, { textDocument, position: ownerAt }));
            const [edits, format] = await time(() => services.lsp.Formatter!.formatDocument(document, { textDocument, options: { tabSize: 2, insertSpaces: true } }));
            timings.format = format;
            [, timings.symbols] = await time(() => services.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument }));
            [, timings.semanticTokens] = await time(() => services.lsp.SemanticTokenProvider!.semanticHighlight(document, { textDocument }));
            [, timings.codeLens] = await time(() => services.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument }));
            [, timings.folding] = await time(() => services.lsp.FoldingRangeProvider!.getFoldingRanges(document, { textDocument }));
            const diagnostics = document.diagnostics ?? [];
            const [actions, codeActions] = await time(() => services.lsp.CodeActionProvider!.getCodeActions(document, {
                textDocument, range: diagnostics[0]?.range ?? { start: ownerAt, end: ownerAt }, context: { diagnostics: diagnostics.slice(0, 1) },
            }));
            timings.codeActions = codeActions;
            const [, renameTime] = await time(() => services.lsp.RenameProvider!.rename(document, { textDocument, position: ownerAt, newName: 'Renamed' }));
            timings.renameTeam = renameTime;
            console.log(`${size} touchpoints (${(text.length / 1024).toFixed(0)} KiB, ${diagnostics.length} findings, ${edits.length} format edits, ${(actions as CodeAction[] | undefined)?.length ?? 0} actions): ` +
                Object.entries(timings).map(([name, ms]) => `${name} ${ms.toFixed(0)} ms`).join(', '));
            // Interactive requests must not grow with the file; whole-file ones (build, format,
            // symbols, semantic tokens, folding) are dominated by lexing and parsing, and only printed.
            for (const name of ['completionAgain', 'hoverTeam', 'codeActions', 'renameTeam', 'codeLens']) expect(timings[name], name).toBeLessThan(1000);
        }, 120_000);
    }
});
