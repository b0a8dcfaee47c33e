// Inlay hints: the owner a touchpoint or a gap inherits, shown at the end of its opening line
// (`owner: Ventas (phase default)`), since `missing-owner` stays silent for them and the
// inherited team is otherwise only visible in the hover. The team's title links to its
// declaration (Ctrl+click).
import type { LangiumDocument, Reference } from 'langium';
import { AstUtils, CstUtils, GrammarAST, GrammarUtils } from 'langium';
import type { InlayHintProvider } from 'langium/lsp';
import { InlayHintKind, type InlayHint, type InlayHintLabelPart, type InlayHintParams, type Position, type Range } from 'vscode-languageserver';
import { effectiveOwner, first, titleOf } from '../../language/ast-queries.js';
import type { Gap, Journey, Model, Team, Touchpoint } from '../../language/generated/ast.js';
import { message, type MessageKey } from '../../language/i18n/messages.js';
import type { JourneyLspServices } from '../journey-lsp-module.js';

export class JourneyInlayHintProvider implements InlayHintProvider {
    constructor(private readonly services: JourneyLspServices) {}

    getInlayHints(document: LangiumDocument, params: InlayHintParams): InlayHint[] {
        const model = document.parseResult.value as Model;
        const hints: InlayHint[] = [];
        for (const declaration of model.declarations ?? []) {
            if (declaration.$type !== 'Journey' || !overlaps(declaration, params.range)) continue;
            for (const phase of (declaration as Journey).phases) {
                if (!overlaps(phase, params.range)) continue;
                for (const touchpoint of phase.touchpoints) {
                    if (!overlaps(touchpoint, params.range)) continue;
                    if (touchpoint.owners.length === 0) this.inherited(hints, touchpoint, first(phase.owners), 'hint.owner-from-phase');
                    for (const gap of touchpoint.gaps) {
                        if (gap.owners.length === 0 && overlaps(gap, params.range))
                            this.inherited(hints, gap, effectiveOwner(touchpoint), 'hint.owner-from-touchpoint');
                    }
                }
            }
        }
        return hints;
    }

    private inherited(hints: InlayHint[], node: Touchpoint | Gap, owner: Reference<Team> | undefined, key: MessageKey): void {
        const team = owner?.ref;
        const position = team && endOfOpeningLine(node);
        if (!team || !position) return;
        const [before, after] = message(this.services.preferences.locale, key, '\u0000').split('\u0000');
        const teamPart: InlayHintLabelPart = { value: titleOf(team) };
        const name = team.$cstNode && GrammarUtils.findNodeForProperty(team.$cstNode, 'name');
        if (name) teamPart.location = { uri: AstUtils.getDocument(team).uri.toString(), range: name.range };
        hints.push({ position, label: [{ value: before }, teamPart, { value: after }], kind: InlayHintKind.Type, paddingLeft: true });
    }
}

/** After the `{` that opens the node's block, or after its header when it has none. */
function endOfOpeningLine(node: Touchpoint | Gap): Position | undefined {
    const cst = node.$cstNode;
    if (!cst) return undefined;
    for (const leaf of CstUtils.streamCst(cst)) {
        if (leaf.container === cst && GrammarAST.isKeyword(leaf.grammarSource) && leaf.text === '{') return leaf.range.end;
    }
    return cst.range.end;
}

function overlaps(node: { $cstNode?: { range: Range } }, range: Range): boolean {
    return node.$cstNode !== undefined && CstUtils.inRange(node.$cstNode.range, range);
}
