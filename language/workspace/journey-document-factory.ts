import type { LangiumDocument, TextDocument } from 'langium';
import { Cancellation, DefaultLangiumDocumentFactory, DocumentState } from 'langium';
import { reparseBlock } from '../parser/block-reparse.js';
import { applyInPlaceEdit } from '../parser/in-place-edit.js';
import { markWorkspaceChanged } from '../ast-revisions.js';

/**
 * Makes `document` read its text and version from the editor's text document. A document
 * loaded from disk reads a copy made at load time (version 0); once the file is opened, its
 * diagnostics must carry the editor's version even when the tree is kept (the opened text was
 * the same as on disk, or the edit was patched in place).
 */
export function bindTextDocument(document: LangiumDocument, textDocument: TextDocument): void {
    if (document.textDocument !== textDocument) Object.defineProperty(document, 'textDocument', { value: textDocument, configurable: true });
}

/**
 * Updates a document's tree instead of parsing the whole file again when the edit allows:
 * in place when it stays inside a string or a line comment (see in-place-edit.ts), else by
 * re-parsing only the touchpoint or phase around it (see block-reparse.ts). The builder then
 * indexes, links and validates the document as after a full parse.
 */
export class JourneyDocumentFactory extends DefaultLangiumDocumentFactory {
    override async update<T extends import('langium').AstNode = import('langium').AstNode>(
        document: LangiumDocument<T>,
        cancellationToken: Cancellation.CancellationToken,
    ): Promise<LangiumDocument<T>> {
        const textDocument = this.textDocuments?.get(document.uri.toString());
        if (textDocument) {
            const text = textDocument.getText();
            const parser = this.serviceRegistry.getServices(document.uri).parser;
            if (applyInPlaceEdit(document, text, parser.ValueConverter) || reparseBlock(document, text, parser.LangiumParser)) {
                bindTextDocument(document, textDocument);
                document.state = DocumentState.Parsed;
                return document;
            }
        }
        // A new tree: nothing derived from the old one is current (an edit in place or a re-parsed block logs what it changed).
        markWorkspaceChanged();
        return super.update(document, cancellationToken);
    }
}
