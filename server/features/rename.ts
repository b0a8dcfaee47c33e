// Rename of personas, teams, channels, journeys, phases and touchpoints, across files, from
// their declaration or from any reference to them. Prepare rename refuses keywords, strings
// and numbers with a clear message, and the new name must be an id that is not a keyword.
// A refusal is a ResponseError: the client shows its message as it is (a thrown Error would
// reach the user wrapped as "Request textDocument/prepareRename failed with message: …").
import type { LangiumDocument } from 'langium';
import { CstUtils, GrammarAST } from 'langium';
import { DefaultRenameProvider } from 'langium/lsp';
import { LSPErrorCodes, ResponseError, type Range, type RenameParams, type TextDocumentPositionParams, type WorkspaceEdit } from 'vscode-languageserver';
import { message } from '../../language/i18n/messages.js';
import { wordKeywordsOf } from '../../language/grammar-keywords.js';
import { isIdentifier } from '../../language/identifier.js';
import type { JourneyLspServices } from '../journey-lsp-module.js';

const RENAMABLE = new Set(['Persona', 'Team', 'Channel', 'Journey', 'Phase', 'Touchpoint']);

export class JourneyRenameProvider extends DefaultRenameProvider {
    constructor(private readonly services: JourneyLspServices) {
        super(services);
    }

    override async prepareRename(document: LangiumDocument, params: TextDocumentPositionParams): Promise<Range | undefined> {
        const range = await super.prepareRename(document, params);
        const root = document.parseResult.value.$cstNode;
        const leaf = root ? CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(params.position)) : undefined;
        // A reference (an owner, channel or persona wherever it stands: phase, touchpoint, gap,
        // opportunity, journey) or the name of a declaration.
        const renamable = range && leaf && (GrammarAST.isCrossReference(leaf.grammarSource) || RENAMABLE.has(leaf.astNode.$type));
        if (!renamable) throw refusal(message(this.services.preferences.locale, 'rename.not-renamable'));
        return range;
    }

    override async rename(document: LangiumDocument, params: RenameParams): Promise<WorkspaceEdit | undefined> {
        const locale = this.services.preferences.locale;
        const name = params.newName;
        if (!isIdentifier(name)) throw refusal(message(locale, 'rename.invalid-id', name));
        if (this.keywords().has(name)) throw refusal(message(locale, 'rename.keyword', name));
        return super.rename(document, params);
    }

    private keywordSet?: Set<string>;
    private keywords(): Set<string> {
        this.keywordSet ??= wordKeywordsOf(this.services.Grammar);
        return this.keywordSet;
    }
}

/** A refusal the editor shows as the sentence it is. */
function refusal(sentence: string): ResponseError<void> {
    return new ResponseError(LSPErrorCodes.RequestFailed, sentence);
}
