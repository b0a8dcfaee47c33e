// A text kept as a list of pieces (slices of an earlier full text and inserted texts), joined
// into one string only when it is read whole. Editing an 8 MB text then costs a few slices,
// not a new 8 MB string per keystroke. Used by the server's text documents
// (server/piece-text-document.ts) and by the syntax tree's own text (tree-text.ts).

/** Beyond this many pieces the text is joined anyway, so reading a character stays cheap. */
const MAX_PIECES = 64;

/** A text as a list of pieces, joined on demand. */
export class PieceText {
    private pieces: string[];
    length: number;

    constructor(text: string) {
        this.pieces = [text];
        this.length = text.length;
    }

    toString(): string {
        if (this.pieces.length > 1) this.pieces = [this.pieces.join('')];
        return this.pieces[0];
    }

    charCodeAt(offset: number): number {
        if (offset < 0 || offset >= this.length) return NaN;
        for (const piece of this.pieces) {
            if (offset < piece.length) return piece.charCodeAt(offset);
            offset -= piece.length;
        }
        return NaN;
    }

    /** As String.prototype.substring: arguments clamped to the text (NaN as 0), and swapped when reversed. */
    substring(start: number, end: number): string {
        if (this.pieces.length === 1) return this.pieces[0].substring(start, end);
        const clamp = (offset: number) => (Number.isNaN(offset) ? 0 : Math.min(Math.max(offset, 0), this.length));
        start = clamp(start);
        end = clamp(end);
        if (start > end) [start, end] = [end, start];
        const parts: string[] = [];
        let position = 0;
        for (const piece of this.pieces) {
            const from = Math.max(start - position, 0);
            const to = Math.min(end - position, piece.length);
            if (from < to) parts.push(piece.slice(from, to));
            position += piece.length;
            if (position >= end) break;
        }
        return parts.join('');
    }

    /** Replaces [start, end) with `text`; slices share the old pieces' memory. */
    replace(start: number, end: number, text: string): void {
        const next: string[] = [];
        let position = 0;
        let inserted = false;
        for (const piece of this.pieces) {
            const pieceEnd = position + piece.length;
            if (pieceEnd <= start || position >= end) {
                if (!inserted && position >= end) {
                    if (text) next.push(text);
                    inserted = true;
                }
                next.push(piece);
            } else {
                if (position < start) next.push(piece.slice(0, start - position));
                if (!inserted) {
                    if (text) next.push(text);
                    inserted = true;
                }
                if (pieceEnd > end) next.push(piece.slice(end - position));
            }
            position = pieceEnd;
        }
        if (!inserted && text) next.push(text);
        this.pieces = next.filter(piece => piece.length > 0);
        if (this.pieces.length === 0) this.pieces = [''];
        this.length += text.length - (end - start);
        if (this.pieces.length > MAX_PIECES) this.toString();
    }
}
