// Typing Enter, indentation or a space between tokens changes no token: the tree stays as it is
// and only the positions after the edit move (by lines, and by columns on the line where the
// edit ends). Before, such a keystroke re-parsed its block and relinked the file: ~0.6 s at
// 10,000 touchpoints. Any edit that could change how the text splits into tokens is refused,
// and the caller re-parses as usual.
import type { LeafCstNode, RootCstNode } from 'langium';
import { CstUtils } from 'langium';
import { markChanged } from '../ast-revisions.js';
import { firstLeaf, nextLeaf } from './cst-leaves.js';
import { shiftRestOfLine, shiftSubtree } from './cst-shift.js';
import type { InPlacePatch, TextChange } from './in-place-edit.js';
import { leafFields } from './langium-internals.js';
import { lineBreaks, type TreeText } from './tree-text.js';

const BLANK = /^[ \t\r\n]*$/;
const CR = 13;
const LF = 10;

/** Applies a change that only adds or removes whitespace between tokens; undefined when it is not one. */
export function applyWhitespaceChange(root: RootCstNode, tree: TreeText, change: TextChange): InPlacePatch | undefined {
    const { start, oldEnd, inserted } = change;
    if (!BLANK.test(inserted)) return undefined;
    const old = tree.text.substring(start, oldEnd);
    if (!BLANK.test(old)) return undefined;

    // The tokens around the region: none may overlap it.
    let previous: LeafCstNode | undefined;
    let next: LeafCstNode | undefined = CstUtils.findLeafNodeBeforeOffset(root, start) ?? firstLeaf(root);
    while (next && next.end <= start) {
        previous = next;
        next = nextLeaf(next);
    }
    if (next && next.offset < oldEnd) return undefined;
    // Two tokens keep at least the whitespace they had between them (or none, if they touched).
    if (previous && next && next.offset > previous.end && next.offset - previous.end - (oldEnd - start) + inserted.length === 0) return undefined;
    // A line comment runs to the end of its line: what follows it must still be a line break.
    const after = tree.text.charCodeAt(oldEnd);
    const firstAfter = inserted.length > 0 ? inserted.charCodeAt(0) : after;
    if (previous?.tokenType.name === 'SL_COMMENT' && start === previous.end && firstAfter !== CR && firstAfter !== LF && !Number.isNaN(firstAfter))
        return undefined;
    // No `\r\n` pair may be made or split at the region's ends (lines would be counted otherwise).
    const before = tree.text.charCodeAt(start - 1);
    const oldFirst = old.length > 0 ? old.charCodeAt(0) : after;
    const oldLast = old.length > 0 ? old.charCodeAt(old.length - 1) : before;
    const newLast = inserted.length > 0 ? inserted.charCodeAt(inserted.length - 1) : before;
    const crlf = (a: number, b: number) => a === CR && b === LF;
    if (crlf(before, oldFirst) || crlf(oldLast, after) || crlf(before, firstAfter) || crlf(newLast, after)) return undefined;

    const startPosition = tree.positionAt(start);
    const oldEndPosition = tree.positionAt(oldEnd);
    const breaks = lineBreaks(inserted);
    const lineDelta = breaks.length - (oldEndPosition.line - startPosition.line);
    const newEndColumn = breaks.length > 0 ? inserted.length - breaks[breaks.length - 1] : startPosition.character + inserted.length;
    const columnDelta = newEndColumn - oldEndPosition.character;
    if (lineDelta !== 0) {
        shiftSubtree(root, { edited: undefined, editedStart: startPosition, oldEnd: oldEndPosition, lineDelta, columnDelta });
    } else if (next && leafFields(next)._startLine === oldEndPosition.line && columnDelta !== 0) {
        // Only the rest of the line moves: the next token and those after it on its line.
        const moved = leafFields(next);
        moved._startColumn += columnDelta;
        if (moved._endLine === oldEndPosition.line) moved._endColumn += columnDelta;
        shiftRestOfLine(next, columnDelta);
    }
    tree.replace(start, oldEnd, inserted, startPosition.line, oldEndPosition.line, breaks);
    // No value changed, but positions in the node after the edit did (the map model shows them).
    const moved = (next ?? previous)?.astNode;
    if (moved) markChanged(moved);
    return {
        from: oldEnd,
        delta: inserted.length - (oldEnd - start),
        line: oldEndPosition.line,
        column: oldEndPosition.character,
        lineDelta,
        columnDelta,
        node: undefined,
        oldToken: old,
        newToken: inserted,
    };
}
