// Runs one text through everything the editor does with it, in-process, with the language
// server's own services: parse, link, validate, format, completion, hover, symbols, code
// actions, folding, definition, highlights, the map model and the Mermaid export. Reports
// every exception, every operation slower than a bound, and every broken formatting promise
// (idempotent; same AST; every comment and string kept) instead of throwing.
import '../../../scripts/polyfills.cjs';
import { TextDocument, URI, type LangiumDocument } from 'langium';
import type { Position, TextEdit } from 'vscode-languageserver';
import type { Journey, Model } from '../../../language/generated/ast.js';
import { formatText } from '../../../language/format/format-text.js';
import { journeyToMermaid } from '../../../language/mermaid/mermaid-journey.js';
import { buildMapModel } from '../../../language/model/build-map-model.js';
import { createJourneyLspServices, type JourneyLspServices, type JourneyLspSharedServices } from '../../../server/journey-lsp-module.js';
import { ClientFileSystemProvider } from '../../../server/browser/client-file-system.js';
import { astJsonText } from './ast-json.js';
import type { Random } from './random.js';

export interface Failure {
    operation: string;
    message: string;
}

export interface CaseResult {
    failures: Failure[];
    syntaxErrors: boolean;
    /** The formatter changed the text, and the change was checked against the promises. */
    formatChecked: boolean;
    /** Milliseconds per operation. */
    timings: Record<string, number>;
}

export function applyEdits(text: string, edits: TextEdit[]): string {
    return TextDocument.applyEdits(TextDocument.create('file:///x.journey', 'journey', 0, text), edits);
}

/** The strings and comments of a text, in order, as the language's lexer sees them. */
export function stringsAndComments(services: JourneyLspServices, text: string): string[] {
    const result = services.parser.Lexer.tokenize(text);
    return (
        [...result.tokens, ...(result.hidden ?? [])]
            .filter(token => ['STRING', 'SL_COMMENT', 'ML_COMMENT'].includes(token.tokenType.name))
            .sort((a, b) => a.startOffset - b.startOffset)
            // A line comment's trailing blanks are layout, not content.
            .map(token => (token.tokenType.name === 'SL_COMMENT' ? token.image.replace(/\s+$/u, '') : token.image))
    );
}

/**
 * A workspace holding the examples; each case replaces one example's text with a mutant
 * and rebuilds it (and whatever links to it), as when a user edits that file.
 */
export class FuzzWorkspace {
    readonly services: JourneyLspServices;
    readonly shared: JourneyLspSharedServices;
    /** The examples and mutants in memory (the browser server's file system), read by the document builder as from disk. */
    readonly fs = new ClientFileSystemProvider();
    private readonly originals = new Map<string, string>();
    private dirty: URI | undefined;
    private scratch = 0;

    constructor(readonly boundMs: number) {
        const { shared, Journey } = createJourneyLspServices({ fileSystemProvider: () => this.fs });
        this.services = Journey;
        this.shared = shared;
        Journey.preferences.locale = 'en';
        shared.workspace.DocumentBuilder.updateBuildOptions = { validation: true };
    }

    async open(files: Record<string, string>): Promise<void> {
        const documents: LangiumDocument[] = [];
        for (const [name, text] of Object.entries(files)) {
            const uri = this.uri(name);
            this.fs.set(uri.toString(), text);
            this.originals.set(uri.toString(), text);
            const document = this.shared.workspace.LangiumDocumentFactory.fromString(text, uri);
            this.shared.workspace.LangiumDocuments.addDocument(document);
            documents.push(document);
        }
        await this.shared.workspace.DocumentBuilder.build(documents, { validation: true });
    }

    uri(name: string): URI {
        return URI.file(`/workspace/${name}`);
    }

    /** Replaces the text of `name` (restoring the previously mutated file) and rebuilds. */
    async replace(name: string, text: string): Promise<LangiumDocument<Model>> {
        const uri = this.uri(name);
        const changed = [uri];
        if (this.dirty && this.dirty.toString() !== uri.toString()) {
            this.fs.set(this.dirty.toString(), this.originals.get(this.dirty.toString())!);
            changed.push(this.dirty);
        }
        this.fs.set(uri.toString(), text);
        this.dirty = uri;
        await this.shared.workspace.DocumentBuilder.update(changed, []);
        return this.shared.workspace.LangiumDocuments.getDocument(uri) as LangiumDocument<Model>;
    }

    /** A parsed (not linked) document outside the workspace: for the formatter's second pass. */
    parseOnly(text: string): LangiumDocument<Model> {
        return this.shared.workspace.LangiumDocumentFactory.fromString<Model>(text, URI.file(`/scratch/${this.scratch++}.journey`));
    }

    /** Runs every check on `text` as the content of example `name`. */
    async check(name: string, text: string, random: Random, positions = 3): Promise<CaseResult> {
        const failures: Failure[] = [];
        const timings: Record<string, number> = {};
        const run = async <T>(operation: string, action: () => T | Promise<T>): Promise<T | undefined> => {
            const start = performance.now();
            try {
                return await action();
            } catch (error) {
                failures.push({ operation, message: error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error) });
                return undefined;
            } finally {
                const elapsed = performance.now() - start;
                timings[operation] = (timings[operation] ?? 0) + elapsed;
                if (elapsed > this.boundMs) failures.push({ operation, message: `took ${elapsed.toFixed(0)} ms (bound ${this.boundMs} ms)` });
            }
        };

        const document = await run('parse+link+validate', () => this.replace(name, text));
        if (!document) return { failures, syntaxErrors: true, formatChecked: false, timings };
        const lsp = this.services.lsp;
        const textDocument = { uri: document.uri.toString() };
        const syntaxErrors = document.parseResult.lexerErrors.length > 0 || document.parseResult.parserErrors.length > 0;
        const randomPositions: Position[] = [];
        for (let i = 0; i < positions; i++) randomPositions.push(document.textDocument.positionAt(random.int(0, text.length)));
        // And one past the end of the file, as a stale client may send.
        randomPositions.push({ line: document.textDocument.lineCount + 3, character: 7 });

        for (const [i, position] of randomPositions.entries()) {
            // Completion is the costliest feature: at the random positions only.
            if (i < positions) await run('completion', () => lsp.CompletionProvider?.getCompletion(document, { textDocument, position }));
            await run('hover', () => lsp.HoverProvider?.getHoverContent(document, { textDocument, position }));
            await run('definition', () => lsp.DefinitionProvider?.getDefinition(document, { textDocument, position }));
            await run('highlight', () => lsp.DocumentHighlightProvider?.getDocumentHighlight(document, { textDocument, position }));
        }
        await run('rename', async () => {
            // prepareRename refuses keywords and strings by throwing a message for the user; a
            // position it accepts must then rename without an exception.
            let range;
            try {
                range = await lsp.RenameProvider?.prepareRename(document, { textDocument, position: randomPositions[0] });
            } catch {
                return;
            }
            if (range) await lsp.RenameProvider!.rename(document, { textDocument, position: randomPositions[0], newName: 'Renamed_1' });
        });
        await run('symbols', () => lsp.DocumentSymbolProvider?.getSymbols(document, { textDocument }));
        await run('semantic tokens', () => lsp.SemanticTokenProvider?.semanticHighlight(document, { textDocument }));
        await run('code lens', () => lsp.CodeLensProvider?.provideCodeLens(document, { textDocument }));
        await run('folding', () => lsp.FoldingRangeProvider?.getFoldingRanges(document, { textDocument }));
        const diagnostics = document.diagnostics ?? [];
        await run('code actions', async () => {
            // The quick fixes of up to three findings, as the light bulb asks for them.
            for (const diagnostic of diagnostics.slice(0, 3)) {
                await lsp.CodeActionProvider?.getCodeActions(document, { textDocument, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
            }
        });
        await run('map model + mermaid', () => {
            buildMapModel(document);
            for (const declaration of document.parseResult.value.declarations ?? []) {
                if (declaration.$type === 'Journey') journeyToMermaid(declaration as Journey);
            }
        });

        let formatChecked = false;
        const formatOptions = { tabSize: 2, insertSpaces: true };
        const edits = await run('format', () => lsp.Formatter?.formatDocument(document, { textDocument, options: formatOptions }));
        if (edits && !syntaxErrors && edits.length > 0) {
            formatChecked = true;
            const formatted = applyEdits(text, edits);
            const again = this.parseOnly(formatted);
            const againErrors = again.parseResult.lexerErrors.length + again.parseResult.parserErrors.length;
            if (againErrors > 0) {
                failures.push({ operation: 'format keeps syntax', message: `the formatted text has ${againErrors} syntax errors` });
            } else {
                if (astJsonText(again.parseResult.value) !== astJsonText(document.parseResult.value)) {
                    failures.push({ operation: 'format keeps meaning', message: 'the AST changed' });
                }
                const secondEdits = await run('format', () =>
                    lsp.Formatter!.formatDocument(again, { textDocument: { uri: again.uri.toString() }, options: formatOptions }),
                );
                if (secondEdits && applyEdits(formatted, secondEdits) !== formatted) {
                    failures.push({ operation: 'format is idempotent', message: `a second format changed the text again (${secondEdits.length} edits)` });
                }
            }
            if (JSON.stringify(stringsAndComments(this.services, formatted)) !== JSON.stringify(stringsAndComments(this.services, text))) {
                failures.push({ operation: 'format keeps comments and strings', message: 'a comment or string changed' });
            }
        } else if (syntaxErrors) {
            // The editor leaves a broken file alone; the formatter core (usable by the command
            // line) still lays out any text that lexes, and must keep its promises there too.
            await run('format core', () => {
                const formatted = formatText(this.services.parser.Lexer, text);
                if (formatted === text) return;
                if (formatText(this.services.parser.Lexer, formatted) !== formatted) {
                    failures.push({ operation: 'format core is idempotent', message: 'a second format changed the text again' });
                }
                if (JSON.stringify(stringsAndComments(this.services, formatted)) !== JSON.stringify(stringsAndComments(this.services, text))) {
                    failures.push({ operation: 'format core keeps comments and strings', message: 'a comment or string changed' });
                }
            });
        }
        return { failures, syntaxErrors, formatChecked, timings };
    }
}
