// Outline: personas, teams and channels at the top, journeys with their phases and their
// touchpoints nested; each with its title as detail. Workspace symbols come from the index.
import type { AstNode, CstNode, LangiumDocument, LangiumDocuments } from 'langium';
import { Cancellation, GrammarUtils, interruptAndCheck } from 'langium';
import { DefaultDocumentSymbolProvider, DefaultNodeKindProvider, DefaultWorkspaceSymbolProvider, type LangiumSharedServices } from 'langium/lsp';
import { CompletionItemKind, SymbolKind, type DocumentSymbol, type WorkspaceSymbol, type WorkspaceSymbolParams } from 'vscode-languageserver';
import { isJourney, type Model, type Phase, type Touchpoint } from '../../language/generated/ast.js';
import type { AstNodeDescription } from 'langium';

const SYMBOL_KIND: Record<string, SymbolKind> = {
    Persona: SymbolKind.Class,
    Team: SymbolKind.Struct,
    Channel: SymbolKind.Interface,
    Journey: SymbolKind.Namespace,
    Phase: SymbolKind.Module,
    Touchpoint: SymbolKind.Event,
};
const COMPLETION_KIND: Record<string, CompletionItemKind> = {
    Persona: CompletionItemKind.Class,
    Team: CompletionItemKind.Struct,
    Channel: CompletionItemKind.Interface,
    Journey: CompletionItemKind.Module,
    Phase: CompletionItemKind.Module,
    Touchpoint: CompletionItemKind.Event,
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

/**
 * Workspace symbols: the index's personas, teams, channels and journeys, plus every phase and
 * touchpoint of the workspace's journeys (matched on id or title), with the journey as container.
 */
export class JourneyWorkspaceSymbolProvider extends DefaultWorkspaceSymbolProvider {
    private readonly documents: LangiumDocuments;

    constructor(services: LangiumSharedServices) {
        super(services);
        this.documents = services.workspace.LangiumDocuments;
    }

    override async getSymbols(params: WorkspaceSymbolParams, cancelToken = Cancellation.CancellationToken.None): Promise<WorkspaceSymbol[]> {
        const symbols = await super.getSymbols(params, cancelToken);
        const query = params.query.toLowerCase();
        const matches = (node: { name: string; title?: string }) =>
            this.fuzzyMatcher.match(query, node.name) || (node.title !== undefined && node.title.toLowerCase().includes(query));
        for (const document of this.documents.all) {
            await interruptAndCheck(cancelToken);
            const model = document.parseResult.value as Model;
            for (const journey of (model.declarations ?? []).filter(isJourney)) {
                for (const phase of journey.phases) {
                    const nodes: Array<Phase | Touchpoint> = [phase, ...phase.touchpoints];
                    for (const node of nodes) {
                        const nameNode = GrammarUtils.findNodeForProperty(node.$cstNode, 'name');
                        if (!node.name || !nameNode || !matches(node)) continue;
                        symbols.push({
                            name: node.name,
                            kind: this.nodeKindProvider.getSymbolKind(node),
                            containerName: node.$type === 'Phase' ? journey.name : `${journey.name}.${phase.name}`,
                            location: { uri: document.uri.toString(), range: nameNode.range },
                        });
                    }
                }
            }
        }
        return symbols;
    }
}
