// Document, range and on-type (`}`) formatting: the editor glue around language/format.
// A file with syntax errors is left alone.
import type { LangiumDocument } from 'langium';
import type { Formatter } from 'langium/lsp';
import type {
    DocumentFormattingParams,
    DocumentOnTypeFormattingOptions,
    DocumentOnTypeFormattingParams,
    DocumentRangeFormattingParams,
    Range,
    TextEdit,
} from 'vscode-languageserver';
import { formatEdits } from '../../language/format/format-text.js';
import type { TextEditOffsets } from '../../language/format/journey-formatter.js';
import type { JourneyLspServices } from '../journey-lsp-module.js';

export class JourneyFormatter implements Formatter {
    constructor(private readonly services: JourneyLspServices) {}

    get formatOnTypeOptions(): DocumentOnTypeFormattingOptions {
        return { firstTriggerCharacter: '}' };
    }

    formatDocument(document: LangiumDocument, _params: DocumentFormattingParams): TextEdit[] {
        return this.toTextEdits(document, this.edits(document));
    }

    formatDocumentRange(document: LangiumDocument, params: DocumentRangeFormattingParams): TextEdit[] {
        const start = document.textDocument.offsetAt(params.range.start);
        const end = document.textDocument.offsetAt(params.range.end);
        return this.toTextEdits(
            document,
            this.edits(document).filter(edit => edit.offset >= start && edit.end <= end),
        );
    }

    formatDocumentOnType(document: LangiumDocument, params: DocumentOnTypeFormattingParams): TextEdit[] {
        if (params.ch !== '}') return [];
        const text = document.textDocument.getText();
        const close = document.textDocument.offsetAt(params.position) - 1;
        if (text[close] !== '}') return [];
        const open = matchingOpenBrace(text, close);
        if (open === undefined) return [];
        const lineStart = text.lastIndexOf('\n', open) + 1;
        return this.toTextEdits(
            document,
            this.edits(document).filter(edit => edit.end > lineStart && edit.end <= close),
        );
    }

    private edits(document: LangiumDocument): TextEditOffsets[] {
        const { parseResult } = document;
        if (parseResult.lexerErrors.length > 0 || parseResult.parserErrors.length > 0) return [];
        return formatEdits(this.services.parser.Lexer, document.textDocument.getText());
    }

    private toTextEdits(document: LangiumDocument, edits: TextEditOffsets[]): TextEdit[] {
        return edits.map(edit => ({
            range: { start: document.textDocument.positionAt(edit.offset), end: document.textDocument.positionAt(edit.end) } satisfies Range,
            newText: edit.newText,
        }));
    }
}

/** The `{` that a `}` at `close` closes, skipping strings and comments. */
function matchingOpenBrace(text: string, close: number): number | undefined {
    const stack: number[] = [];
    let i = 0;
    while (i < close) {
        const char = text[i];
        if (char === '"') {
            i++;
            while (i < close && text[i] !== '"' && text[i] !== '\n') i += text[i] === '\\' ? 2 : 1;
        } else if (char === '/' && text[i + 1] === '/') {
            while (i < close && text[i] !== '\n') i++;
        } else if (char === '/' && text[i + 1] === '*') {
            const end = text.indexOf('*/', i + 2);
            i = end < 0 ? close : end + 1;
        } else if (char === '{') {
            stack.push(i);
        } else if (char === '}') {
            stack.pop();
        }
        i++;
    }
    return stack.pop();
}
