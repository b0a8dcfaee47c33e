import type { LangiumDocument } from 'langium';
import { Cancellation, DefaultLangiumDocumentFactory, DocumentState } from 'langium';
import { applyInPlaceEdit } from '../parser/in-place-edit.js';

/** Updates a document in place when the edit stays inside a string or a line comment (see in-place-edit.ts). */
export class JourneyDocumentFactory extends DefaultLangiumDocumentFactory {
    override async update<T extends import('langium').AstNode = import('langium').AstNode>(document: LangiumDocument<T>, cancellationToken: Cancellation.CancellationToken): Promise<LangiumDocument<T>> {
        const textDocument = this.textDocuments?.get(document.uri.toString());
        if (textDocument) {
            const converter = this.serviceRegistry.getServices(document.uri).parser.ValueConverter;
            if (applyInPlaceEdit(document, textDocument.getText(), converter)) {
                Object.defineProperty(document, 'textDocument', { value: textDocument });
                document.state = DocumentState.Parsed;
                return document;
            }
        }
        return super.update(document, cancellationToken);
    }
}
