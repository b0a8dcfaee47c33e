// Most keystrokes in a journey map land inside a quoted string (a title, an action, a pain)
// or a line comment. Such an edit changes one token's text and shifts the positions of the
// tokens after it, but never the tree's shape. Re-parsing the whole file costs ~150 ms per
// 800 KB; patching the token and shifting positions costs a few milliseconds. Any edit that
// is not provably of that kind returns false, and the caller parses the file as usual.
import type { AstNode, LangiumDocument, LeafCstNode, RootCstNode, ValueConverter } from 'langium';
import { CstUtils, GrammarUtils, isLeafCstNode } from 'langium';
import { markChanged, markWorkspaceChanged } from '../ast-revisions.js';
import { isJourney } from '../generated/ast.js';
import { shiftRestOfLine } from './cst-shift.js';
import { lineTableOf, type MutableLeaf } from './journey-cst-node-builder.js';
import type { LineTable } from './line-table.js';
import { editOfErrorFreeTree } from './text-diff.js';

const STRING_TOKEN = /^"(?:\\.|[^"\\\r\n])*"$/;
const LINE_COMMENT_TOKEN = /^\/\/[^\r\n]*$/;

/** How positions moved: everything from offset `from` by `delta`, columns only on line `line`. */
export interface PositionShift {
    from: number;
    delta: number;
    line: number;
}

/** A patched token: how positions moved, from which column of its line, and what it was and is. */
export interface InPlacePatch extends PositionShift {
    /** The old end column of the token: positions on `line` from here on moved by `delta`. */
    column: number;
    /** The AST node the token belongs to. */
    node: AstNode;
    oldToken: string;
    newToken: string;
}

/**
 * `onPatch` learns what was patched and how later positions moved (the reference index and
 * the remembered findings move along, see journey-document-builder.ts).
 */
export function applyInPlaceEdit(document: LangiumDocument, newText: string, converter: ValueConverter, onPatch?: (patch: InPlacePatch) => void): boolean {
    const edit = editOfErrorFreeTree(document, newText);
    if (!edit) return false;
    // The changed region: [start, oldEnd) of the old text became [start, newEnd) of the new one.
    const { root, start, oldEnd, newEnd } = edit;
    const lines = lineTableOf(root);
    if (!lines) return false;
    const leaf = findTokenAround(root, start, oldEnd);
    if (!leaf) return false;
    const delta = newEnd - oldEnd;
    const tokenText = newText.slice(leaf.offset, leaf.end + delta);
    const kind = leaf.tokenType.name;
    if (kind === 'STRING') {
        // Strictly inside the quotes, and still exactly one single-line string.
        if (start <= leaf.offset || oldEnd >= leaf.end || !STRING_TOKEN.test(tokenText)) return false;
        if (!assignValue(leaf, converter.convert(tokenText, leaf))) return false;
    } else if (kind === 'SL_COMMENT') {
        if (start < leaf.offset + 2 || !LINE_COMMENT_TOKEN.test(tokenText)) return false;
    } else {
        return false;
    }
    const patch: InPlacePatch = {
        from: leaf.end, delta, line: leaf.range.end.line, column: leaf.range.end.character,
        node: leaf.astNode, oldToken: leaf.text, newToken: tokenText,
    };
    shiftPositions(lines, leaf, delta);
    root._text = newText;
    markChanged(patch.node);
    // A persona's, team's or channel's title shows in other nodes, maybe of other files.
    if (!isJourney(topLevelDeclaration(patch.node))) markWorkspaceChanged();
    onPatch?.(patch);
    return true;
}

/** The declaration (journey, persona, team, channel) that holds `node`; the root for the root. */
function topLevelDeclaration(node: AstNode): AstNode {
    while (node.$container?.$container) node = node.$container;
    return node;
}

/** The leaf token that holds the whole old region [start, end), hidden tokens (comments) included. */
function findTokenAround(root: RootCstNode, start: number, end: number): LeafCstNode | undefined {
    const leaf = CstUtils.findLeafNodeAtOffset(root, start);
    if (leaf && leaf.offset <= start && end <= leaf.end) return leaf;
    // Comments are hidden tokens, which that search skips: scan the leaves.
    for (const node of CstUtils.streamCst(root)) {
        if (isLeafCstNode(node) && node.offset <= start && end <= node.end) return node;
        if (node.offset > end) break;
    }
    return undefined;
}

/** Puts the new value of a string token into the AST property it was assigned to. */
function assignValue(leaf: LeafCstNode, value: unknown): boolean {
    const assignment = GrammarUtils.findAssignment(leaf);
    if (!assignment) return false;
    const node = leaf.astNode as AstNode & Record<string, unknown>;
    const current = node[assignment.feature];
    if (assignment.operator === '+=') {
        if (!Array.isArray(current)) return false;
        const index = GrammarUtils.findNodesForProperty(node.$cstNode, assignment.feature).indexOf(leaf);
        if (index < 0 || index >= current.length) return false;
        current[index] = value;
    } else if (assignment.operator === '=') {
        node[assignment.feature] = value;
    } else {
        return false;
    }
    return true;
}

/** The token grows or shrinks by `delta` on its line; every later token moves along. */
function shiftPositions(lines: LineTable, leaf: LeafCstNode, delta: number): void {
    const editedLeaf = leaf as unknown as MutableLeaf;
    editedLeaf._length += delta;
    editedLeaf._endColumn += delta;
    shiftRestOfLine(leaf, delta);
    lines.shiftAfter(editedLeaf._startLine, delta);
}
