// Positions and ranges as LSP has them (0-based line and character), compared without a
// library: the webview and the Markdown preview use them too, where Langium is not bundled.
import type { SourceRange } from './map-model.js';

export type SourcePosition = SourceRange['start'];

/** Negative when `a` comes first, 0 when equal, positive when `b` comes first. */
export function comparePositions(a: SourcePosition, b: SourcePosition): number {
    return a.line - b.line || a.character - b.character;
}

/** Whether `position` lies in `range`, both ends included (a cursor right after a node is at it). */
export function rangeContains(range: SourceRange, position: SourcePosition): boolean {
    return comparePositions(range.start, position) <= 0 && comparePositions(position, range.end) <= 0;
}

/** The position of `offset` in a text whose lines start at `lineStarts` (ascending, the first 0): a binary search. */
export function positionOfOffset(lineStarts: ArrayLike<number>, offset: number): SourcePosition {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (lineStarts[middle] <= offset) low = middle;
        else high = middle - 1;
    }
    return { line: low, character: offset - lineStarts[low] };
}
