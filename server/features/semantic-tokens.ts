// Semantic highlighting: declarations (with the `declaration` modifier) and references of
// personas, teams and channels in their own colours, journeys, phases and touchpoints,
// horizons and impact levels as enum members, scores, moments and KPI figures as numbers.
import type { AstNode, CstNode } from 'langium';
import { AbstractSemanticTokenProvider, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import type { Emotion, Gap, Journey, Kpi, Opportunity, Phase, Touchpoint } from '../../language/generated/ast.js';

/** The token type of each kind of declaration; references to it use the same type. */
export const TOKEN_TYPE: Record<string, string> = {
    Persona: SemanticTokenTypes.class,
    Team: SemanticTokenTypes.struct,
    Channel: SemanticTokenTypes.interface,
    Journey: SemanticTokenTypes.namespace,
    Phase: SemanticTokenTypes.type,
    Touchpoint: SemanticTokenTypes.function,
};

export class JourneySemanticTokenProvider extends AbstractSemanticTokenProvider {
    protected override highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        const type = TOKEN_TYPE[node.$type];
        if (type && 'name' in node) {
            acceptor({ node, property: 'name' as never, type, modifier: SemanticTokenModifiers.declaration });
        }
        const references = (property: string, target: string) => {
            const list = (node as unknown as Record<string, Array<{ $refNode?: CstNode }>>)[property] ?? [];
            for (const reference of list) if (reference.$refNode) acceptor({ cst: reference.$refNode, type: TOKEN_TYPE[target] });
        };
        const numbers = (property: string) => {
            const list = (node as unknown as Record<string, unknown[]>)[property] ?? [];
            list.forEach((value, index) => {
                if (typeof value === 'number') acceptor({ node, property: property as never, index, type: SemanticTokenTypes.number });
            });
        };
        switch (node.$type) {
            case 'Journey':
                references('improves', 'Journey');
                references('personas', 'Persona');
                break;
            case 'Phase':
                references('owners', 'Team');
                numbers('moments');
                break;
            case 'Touchpoint': {
                const touchpoint = node as Touchpoint;
                references('owners', 'Team');
                references('channels', 'Channel');
                references('personas', 'Persona');
                touchpoint.impacts.forEach((_, index) => acceptor({ node, property: 'impacts' as never, index, type: SemanticTokenTypes.enumMember }));
                break;
            }
            case 'Emotion': {
                const persona = (node as Emotion).persona?.$refNode;
                if (persona) acceptor({ cst: persona, type: TOKEN_TYPE.Persona });
                acceptor({ node: node as Emotion, property: 'score', type: SemanticTokenTypes.number });
                break;
            }
            case 'Gap':
                references('owners', 'Team');
                numbers('currents');
                numbers('targets');
                break;
            case 'Kpi':
                numbers('currents');
                numbers('targets');
                break;
            case 'Opportunity':
                references('owners', 'Team');
                (node as Opportunity).horizons.forEach((_, index) =>
                    acceptor({ node, property: 'horizons' as never, index, type: SemanticTokenTypes.enumMember }),
                );
                break;
        }
    }
}

export type { Gap, Journey, Kpi, Phase };
