// Outline: personas, teams and channels at the top, journeys with their phases and their
// touchpoints nested; each with its title as detail. Workspace symbols come from the index.
import type { AstNode, CstNode, LangiumDocument } from 'langium';
import { DefaultDocumentSymbolProvider, DefaultNodeKindProvider } from 'langium/lsp';
import { CompletionItemKind, SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { AstNodeDescription } from 'langium';

const SYMBOL_KIND: Record<string, SymbolKind> = {
    Persona: SymbolKind.Class, Team: SymbolKind.Struct, Channel: SymbolKind.Interface,
    Journey: SymbolKind.Namespace, Phase: SymbolKind.Module, Touchpoint: SymbolKind.Event,
};
const COMPLETION_KIND: Record<string, CompletionItemKind> = {
    Persona: CompletionItemKind.Class, Team: CompletionItemKind.Struct, Channel: CompletionItemKind.Interface,
    Journey: CompletionItemKind.Module, Phase: CompletionItemKind.Module, Touchpoint: CompletionItemKind.Event,
};

export class JourneyNodeKindProvider extends DefaultNodeKindProvider {
    override getSymbolKind(node: AstNode | AstNodeDescription): SymbolKind {
        return SYMBOL_KIND[typeOf(node)] ?? SymbolKind.Field;
    }

    override getCompletionItemKind(node: AstNode | AstNodeDescription): CompletionItemKind {
        return COMPLETION_KIND[typeOf(node)] ?? CompletionItemKind.Reference;
    }
}

function typeOf(node: AstNode | AstNodeDescription): string {
    return '$type' in node ? node.$type : node.type;
}

export class JourneyDocumentSymbolProvider extends DefaultDocumentSymbolProvider {
    protected override createSymbol(document: LangiumDocument, astNode: AstNode, cstNode: CstNode, nameNode: CstNode, computedName?: string): DocumentSymbol {
        const symbol = super.createSymbol(document, astNode, cstNode, nameNode, computedName);
        const title = (astNode as { title?: string }).title;
        return title?.trim() ? { ...symbol, detail: title } : symbol;
    }
}
