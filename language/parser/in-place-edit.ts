// Most keystrokes in a journey map land inside a quoted string (a title, an action, a pain)
// or a line comment. Such an edit changes one token's text and shifts the positions of the
// tokens after it, but never the tree's shape. Re-parsing the whole file costs ~150 ms per
// 800 KB; patching the token and shifting positions costs a few milliseconds. Any edit that
// is not provably of that kind returns false, and the caller parses the file as usual.
import type { AstNode, LangiumDocument, LeafCstNode, RootCstNode, ValueConverter } from 'langium';
import { CstUtils, GrammarUtils } from 'langium';
import { markChanged, markWorkspaceChanged } from '../ast-revisions.js';
import { isJourney } from '../generated/ast.js';
import { shiftRestOfLine } from './cst-shift.js';
import { treeTextOf } from './journey-cst-node-builder.js';
import { leafFields } from './langium-internals.js';
import { firstLeaf, nextLeaf } from './cst-leaves.js';
import { editOfErrorFreeTree } from './text-diff.js';
import { applyWhitespaceChange } from './whitespace-edit.js';

const STRING_TOKEN = /^"(?:\\.|[^"\\\r\n])*"$/;
const LINE_COMMENT_TOKEN = /^\/\/[^\r\n]*$/;
const LINE_BREAK = /[\r\n]/;

/**
 * How positions moved: every position at or after the old offset `from` (line `line`, column
 * `column`) moved by `delta` characters and `lineDelta` lines; on line `line` its column moved
 * by `columnDelta` too.
 */
export interface PositionShift {
    from: number;
    delta: number;
    line: number;
    column: number;
    lineDelta: number;
    columnDelta: number;
}

/** Where a position at or after `from` (see PositionShift) is after the shift. */
export function shiftedPosition(position: { line: number; character: number }, shift: PositionShift): { line: number; character: number } {
    if (position.line < shift.line || (position.line === shift.line && position.character < shift.column)) return position;
    return position.line === shift.line
        ? { line: position.line + shift.lineDelta, character: position.character + shift.columnDelta }
        : { line: position.line + shift.lineDelta, character: position.character };
}

/** A patch: how positions moved, the AST node whose token changed (none for whitespace), and the old and new text. */
export interface InPlacePatch extends PositionShift {
    node: AstNode | undefined;
    oldToken: string;
    newToken: string;
}

/** A change of a tree's text: [start, oldEnd) of the old text became `inserted`. */
export interface TextChange {
    start: number;
    oldEnd: number;
    inserted: string;
}

/** A text document that keeps its changes (server/piece-text-document.ts). */
export interface ChangeLog {
    /** The change from the text at `version` to the current one, as one region; null for none, undefined when not known. */
    changeSince(version: number): TextChange | null | undefined;
}

/** As applyInPlaceChange, for the change that makes the tree's text `newText`. */
export function applyInPlaceEdit(document: LangiumDocument, newText: string, converter: ValueConverter, onPatch?: (patch: InPlacePatch) => void): boolean {
    const edit = editOfErrorFreeTree(document, newText);
    if (!edit) return false;
    return applyInPlaceChange(document, { start: edit.start, oldEnd: edit.oldEnd, inserted: newText.slice(edit.start, edit.newEnd) }, converter, onPatch);
}

/**
 * Patches the change into the document's tree if it stays inside one string or line comment,
 * or only changes whitespace between tokens (whitespace-edit.ts).
 * `onPatch` learns what was patched and how later positions moved (the reference index and
 * the remembered findings move along, see journey-document-builder.ts).
 */
export function applyInPlaceChange(document: LangiumDocument, change: TextChange, converter: ValueConverter, onPatch?: (patch: InPlacePatch) => void): boolean {
    const { parseResult } = document;
    const root = parseResult.value.$cstNode?.root;
    // A tree out of error recovery cannot be trusted to match a fresh parse.
    if (!root || parseResult.lexerErrors.length > 0 || parseResult.parserErrors.length > 0) return false;
    const tree = treeTextOf(root);
    const { start, oldEnd, inserted } = change;
    if (!tree) return false;
    const whitespace = applyWhitespaceChange(root, tree, change);
    if (whitespace) {
        onPatch?.(whitespace);
        return true;
    }
    if (LINE_BREAK.test(inserted)) return false;
    const leaf = findTokenAround(root, start, oldEnd);
    if (!leaf) return false;
    const delta = inserted.length - (oldEnd - start);
    const tokenText = tree.text.substring(leaf.offset, start) + inserted + tree.text.substring(oldEnd, leaf.end);
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
    const line = leaf.range.end.line;
    const patch: InPlacePatch = {
        from: leaf.end,
        delta,
        line,
        column: leaf.range.end.character,
        lineDelta: 0,
        columnDelta: delta,
        node: leaf.astNode,
        oldToken: leaf.text,
        newToken: tokenText,
    };
    shiftPositions(leaf, delta);
    tree.replace(start, oldEnd, inserted, line, line);
    markChanged(leaf.astNode);
    // A persona's, team's or channel's title shows in other nodes, maybe of other files.
    if (!isJourney(topLevelDeclaration(leaf.astNode))) markWorkspaceChanged();
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
    // Comments are hidden tokens, which that search can miss (a composite's range leaves out
    // its leading comments): walk forward from the last token before the region.
    let candidate: LeafCstNode | undefined = CstUtils.findLeafNodeBeforeOffset(root, start) ?? firstLeaf(root);
    for (let steps = 0; candidate && steps < 64; steps++, candidate = nextLeaf(candidate)) {
        if (candidate.offset <= start && end <= candidate.end) return candidate;
        if (candidate.offset > end) break;
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

/** The token grows or shrinks by `delta` on its line; the later tokens of the line move along (the later lines: the tree text). */
function shiftPositions(leaf: LeafCstNode, delta: number): void {
    const editedLeaf = leafFields(leaf);
    editedLeaf._length += delta;
    editedLeaf._endColumn += delta;
    shiftRestOfLine(leaf, delta);
}
