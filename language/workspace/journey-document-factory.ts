import type { LangiumDocument } from 'langium';
import { Cancellation, DefaultLangiumDocumentFactory, DocumentState } from 'langium';
import { reparseBlock } from '../parser/block-reparse.js';
import { applyInPlaceEdit } from '../parser/in-place-edit.js';

/**
 * Updates a document's tree instead of parsing the whole file again when the edit allows:
 * in place when it stays inside a string or a line comment (see in-place-edit.ts), else by
 * re-parsing only the touchpoint or phase around it (see block-reparse.ts). The builder then
 * indexes, links and validates the document as after a full parse.
 */
export class JourneyDocumentFactory extends DefaultLangiumDocumentFactory {
    override async update<T extends import('langium').AstNode = import('langium').AstNode>(document: LangiumDocument<T>, cancellationToken: Cancellation.CancellationToken): Promise<LangiumDocument<T>> {
        const textDocument = this.textDocuments?.get(document.uri.toString());
        if (textDocument) {
            const text = textDocument.getText();
            const parser = this.serviceRegistry.getServices(document.uri).parser;
            if (applyInPlaceEdit(document, text, parser.ValueConverter) || reparseBlock(document, text, parser.LangiumParser)) {
                Object.defineProperty(document, 'textDocument', { value: textDocument });
                document.state = DocumentState.Parsed;
                return document;
            }
        }
        return super.update(document, cancellationToken);
    }
}
