// After an edit is patched into the tree, every token after it moves: by the number of
// characters the edit added, by the lines it added, and, on the line where the edit ends,
// by the columns it added. Langium stores absolute positions in each leaf, so they are moved
// here; composite nodes compute theirs from their children and only cache a range.
import type { CompositeCstNode, CstNode } from 'langium';
import { isCompositeCstNode } from 'langium';

/** Fields of Langium's CST leaf class (0-based lines and columns, LSP convention). */
export interface MutableLeaf {
    _offset: number;
    _length: number;
    _startLine: number;
    _startColumn: number;
    _endLine: number;
    _endColumn: number;
}

export interface Shift {
    /** The patched node: already right, left alone. */
    edited: CstNode;
    /** Where the patched node started: subtrees whose last leaf is before it are unchanged. */
    editedOffset: number;
    /** Where the patched node ended in the old text: leaves from here on move. */
    oldEnd: number;
    /** Characters added (negative when removed). */
    delta: number;
    /** Lines added (negative when removed). */
    lineDelta: number;
    /** The old line the patched node ended on, and the columns added on it. */
    line: number;
    columnDelta: number;
}

/** Moves the leaves after the edit; subtrees wholly before it are skipped. */
export function shiftSubtree(node: CompositeCstNode, shift: Shift): void {
    (node as CompositeCstNode & { _rangeCache?: unknown })._rangeCache = undefined;
    for (const child of node.content) {
        if (child === shift.edited) continue;
        if (isCompositeCstNode(child)) {
            if (lastLeaf(child).offset < shift.editedOffset) continue;
            shiftSubtree(child, shift);
        } else if (child.offset >= shift.oldEnd) {
            const later = child as unknown as MutableLeaf;
            later._offset += shift.delta;
            if (later._startLine === shift.line) later._startColumn += shift.columnDelta;
            if (later._endLine === shift.line) later._endColumn += shift.columnDelta;
            later._startLine += shift.lineDelta;
            later._endLine += shift.lineDelta;
        }
    }
}

/** The last leaf of a subtree, hidden ones (comments) included. */
export function lastLeaf(node: CstNode): CstNode {
    while (isCompositeCstNode(node) && node.content.length > 0) node = node.content[node.content.length - 1];
    return node;
}
