// What the last validation of a document found, node by node. Most keystrokes only change a
// string (parser/in-place-edit.ts); such an edit can change the findings of the node that holds
// the string, of the nodes around it (its ancestors) and of the nodes inside it, never those of
// any other node: checks read a node, its ancestors and its descendants, and the ids and
// references other checks depend on are not strings. So after such an edit only those nodes are
// checked again, and the rest of the findings move along with the text (at 10,000 touchpoints a
// full validation pass took ~25 ms per keystroke; these few nodes take well under 1 ms).
import type { AstNode } from 'langium';
import type { Diagnostic, Range } from 'vscode-languageserver-types';
import { shiftedPosition, type InPlacePatch } from '../parser/in-place-edit.js';
import type { Suppressions } from './suppressions.js';

/** What must not have changed for remembered findings to stay valid, besides the patches noted. */
export interface FindingsContext {
    /** How many times the tree's text had changed (parser/tree-text.ts; patches noted update it). */
    textChanges: number;
    /** The tree's shape (see ast-node-walker.ts). */
    shape: number;
    /** Counts workspace changes that are not patches (see JourneyDocumentValidator.forgetFindings). */
    epoch: number;
    locale: string;
    /** The validation categories asked for. */
    categories: string;
    /** The state of the journeys this file's journeys improve (see JourneyDocumentValidator). */
    improved: string;
}

const SUPPRESSION_KEYWORD = 'journey-lint-';

export class RememberedFindings {
    /** Nodes holding a patched token since the findings were found. */
    readonly patchedNodes = new Set<AstNode>();
    /** False when a patch touched a suppression comment (or a string that looks like one). */
    suppressionsValid = true;

    constructor(
        public context: FindingsContext,
        /** Linking errors: a patch changes no reference. */
        readonly linking: Diagnostic[],
        /** The lint findings of each node that has any, in the order of the tree walk. */
        readonly byNode: Map<AstNode, Diagnostic[]>,
        readonly suppressions: Suppressions,
    ) {}

    matches(context: FindingsContext): boolean {
        const known = this.context;
        return (
            known.shape === context.shape &&
            known.epoch === context.epoch &&
            known.locale === context.locale &&
            known.categories === context.categories &&
            known.textChanges === context.textChanges &&
            known.improved === context.improved
        );
    }

    /** The patch happened to the tree these findings describe: move them along, mark its node. */
    notePatch(patch: InPlacePatch, textChanges: number): void {
        if (patch.node) this.patchedNodes.add(patch.node);
        if (patch.oldToken.includes(SUPPRESSION_KEYWORD) || patch.newToken.includes(SUPPRESSION_KEYWORD)) this.suppressionsValid = false;
        // A suppression comment exempts the line after it: added or removed lines may change which.
        if (patch.lineDelta !== 0 && (this.suppressions.file.size > 0 || this.suppressions.lines.size > 0)) this.suppressionsValid = false;
        // Where the comments name unknown ids is a position: text moved by the patch may move it.
        if (this.suppressions.unknown.length > 0 && (patch.delta !== 0 || patch.lineDelta !== 0)) this.suppressionsValid = false;
        if (patch.delta !== 0 || patch.lineDelta !== 0) {
            shiftAll(this.linking, patch);
            for (const diagnostics of this.byNode.values()) shiftAll(diagnostics, patch);
        }
        this.context = { ...this.context, textChanges };
    }
}

/** Positions at or after the patch's old end move by the lines and columns it added, related locations (in the same file) too. */
function shiftAll(diagnostics: Diagnostic[], patch: InPlacePatch): void {
    for (let i = 0; i < diagnostics.length; i++) {
        const diagnostic = diagnostics[i];
        const related = diagnostic.relatedInformation;
        if (diagnostic.range.end.line < patch.line && !related?.some(each => each.location.range.end.line >= patch.line)) continue;
        diagnostics[i] = {
            ...diagnostic,
            range: shiftedRange(diagnostic.range, patch),
            ...(related && {
                relatedInformation: related.map(each => ({ ...each, location: { ...each.location, range: shiftedRange(each.location.range, patch) } })),
            }),
        };
    }
}

/** A new range object: ranges can be shared with the tree's cached ones. */
function shiftedRange(range: Range, patch: InPlacePatch): Range {
    return range.end.line < patch.line ? range : { start: shiftedPosition(range.start, patch), end: shiftedPosition(range.end, patch) };
}
