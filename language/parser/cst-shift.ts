// After an edit is patched into the tree, the tokens after it move. Leaves keep lines and
// columns and read their offsets from the tree's line starts (tree-text.ts), so
// here only lines and columns move, and the table is updated by the caller. Composite nodes
// compute their positions from their leaves and only cache a range, which is cleared.
import type { CompositeCstNode, CstNode, LeafCstNode } from 'langium';
import { isCompositeCstNode } from 'langium';
import { compositeFields, leafFields } from './langium-internals.js';
interface Position {
    line: number;
    character: number;
}

export interface Shift {
    /** The patched node, if any: already right, left alone. */
    edited: CstNode | undefined;
    /** Where the patched node started: subtrees whose last leaf starts before it are unchanged. */
    editedStart: Position;
    /** Where the patched node ended in the old text: leaves from here on move. */
    oldEnd: Position;
    /** Lines added (negative when removed). */
    lineDelta: number;
    /** Columns added on the old line of `oldEnd`. */
    columnDelta: number;
}

/** Moves the lines and columns of the leaves after the edit; subtrees wholly before it are skipped. */
export function shiftSubtree(node: CompositeCstNode, shift: Shift): void {
    compositeFields(node)._rangeCache = undefined;
    for (const child of node.content) {
        if (child === shift.edited) continue;
        if (isCompositeCstNode(child)) {
            if (before(startOf(lastLeaf(child)), shift.editedStart)) continue;
            shiftSubtree(child, shift);
        } else if (!before(startOf(child), shift.oldEnd)) {
            const later = leafFields(child);
            if (later._startLine === shift.oldEnd.line) later._startColumn += shift.columnDelta;
            if (later._endLine === shift.oldEnd.line) later._endColumn += shift.columnDelta;
            later._startLine += shift.lineDelta;
            later._endLine += shift.lineDelta;
        }
    }
}

/**
 * The edited leaf grew by `delta` columns on its line, without a line break: the leaves after it
 * on that line move by as many columns, and the ranges cached around them are cleared. Stops at
 * the first leaf of a later line: the caller moves the later lines' starts.
 */
export function shiftRestOfLine(edited: LeafCstNode, delta: number): void {
    const line = leafFields(edited)._startLine;
    let node: CstNode = edited;
    while (node.container) {
        const parent: CompositeCstNode = node.container;
        compositeFields(parent)._rangeCache = undefined;
        for (let i = parent.content.indexOf(node) + 1; i < parent.content.length; i++) {
            if (!shiftOnLine(parent.content[i], line, delta)) return;
        }
        node = parent;
    }
}

/** False once a leaf starts after the line. */
function shiftOnLine(node: CstNode, line: number, delta: number): boolean {
    if (isCompositeCstNode(node)) {
        compositeFields(node)._rangeCache = undefined;
        for (const child of node.content) if (!shiftOnLine(child, line, delta)) return false;
        return true;
    }
    const leaf = leafFields(node);
    if (leaf._startLine !== line) return false;
    leaf._startColumn += delta;
    if (leaf._endLine === line) leaf._endColumn += delta;
    return true;
}

/** The last leaf of a subtree, hidden ones (comments) included. */
export function lastLeaf(node: CstNode): CstNode {
    while (isCompositeCstNode(node) && node.content.length > 0) node = node.content[node.content.length - 1];
    return node;
}

function startOf(node: CstNode): Position {
    const leaf = leafFields(node);
    return { line: leaf._startLine, character: leaf._startColumn };
}

function before(a: Position, b: Position): boolean {
    return a.line < b.line || (a.line === b.line && a.character < b.character);
}
