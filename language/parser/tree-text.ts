// The text a syntax tree was parsed from, kept up to date by the edits patched into the tree
// (in-place-edit.ts): as pieces (piece-text.ts), so a keystroke does not build a new 8 MB
// string, and with where each line starts. The tree's leaves keep their line and column and
// read their offset and text from here (journey-cst-node-builder.ts), so an edit that adds no
// line break moves the offsets of everything after it by updating one number per later line
// instead of rewriting every later token (at 10,000 touchpoints: ~20 ms of memory writes per
// keystroke, now well under 1 ms).
import { PieceText } from './piece-text.js';
import { positionOfOffset } from '../model/source-range.js';

const LF = 10;
const CR = 13;

export class TreeText {
    text: PieceText;
    /** starts[line] is the offset of the line's first character. */
    starts: Int32Array;
    /** Counts the changes of the text, so that what was derived from it can tell it is current. */
    changes = 0;
    /**
     * The version of the editor's document this text equals, when an in-place edit made it so
     * (journey-document-builder.ts): the editor's later changes can then be applied as they are.
     */
    documentVersion: number | undefined;

    constructor(text: string) {
        this.text = new PieceText(text);
        this.starts = lineStarts(text);
    }

    /** The text changed in any way: take it whole and count its lines again. */
    reset(text: string): void {
        this.text = new PieceText(text);
        this.starts = lineStarts(text);
        this.changes++;
        this.documentVersion = undefined;
    }

    /**
     * [start, end), from line `startLine` to line `endLine`, became `inserted`, whose line
     * breaks end at `breaks` (offsets in `inserted`, see lineBreaks; none by default).
     */
    replace(start: number, end: number, inserted: string, startLine: number, endLine: number, breaks: readonly number[] = []): void {
        const delta = inserted.length - (end - start);
        this.text.replace(start, end, inserted);
        const lineDelta = breaks.length - (endLine - startLine);
        // As many lines as before (most keystrokes): the later starts move in place.
        const starts = lineDelta === 0 ? this.starts : new Int32Array(this.starts.length + lineDelta);
        if (lineDelta !== 0) starts.set(this.starts.subarray(0, startLine + 1));
        const later = this.starts.subarray(endLine + 1);
        breaks.forEach((after, i) => {
            starts[startLine + 1 + i] = start + after;
        });
        for (let i = 0; i < later.length; i++) starts[startLine + 1 + breaks.length + i] = later[i] + delta;
        this.starts = starts;
        this.changes++;
        this.documentVersion = undefined;
    }

    /** The line and column of an offset. */
    positionAt(offset: number): { line: number; character: number } {
        return positionOfOffset(this.starts, offset);
    }
}

/** Where the lines after each line break of `text` start (offsets in `text`), breaks counted as in lineStarts. */
export function lineBreaks(text: string): number[] {
    return Array.from(lineStarts(text).subarray(1));
}

/** Line breaks as the lexer (Chevrotain) counts them: `\n`, `\r\n` and a lone `\r`. */
function lineStarts(text: string): Int32Array {
    const starts: number[] = [0];
    if (!text.includes('\r')) {
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
        return Int32Array.from(starts);
    }
    for (let i = 0; i < text.length; i++) {
        const char = text.charCodeAt(i);
        if (char === LF || char === CR) {
            if (char === CR && text.charCodeAt(i + 1) === LF) i++;
            starts.push(i + 1);
        }
    }
    return Int32Array.from(starts);
}
