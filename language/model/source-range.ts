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
