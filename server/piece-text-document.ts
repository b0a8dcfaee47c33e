// The editor sends every keystroke as an incremental change. The standard TextDocument
// (vscode-languageserver-textdocument) rebuilds the whole text on each one: at 10,000
// touchpoints an 8 MB string per keystroke, garbage by the next keystroke, ~160 MB of it in a
// second of typing. This document keeps the text as a few pieces (slices of the last full
// text and the inserted texts) and joins them only when the text is read, which the language
// server does once per build, however many keystrokes the build takes in. Line offsets are
// maintained on each change exactly as the standard document does; test/lsp/ compares the
// two on random edits.
import type { Position, Range, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ChangeLog, TextChange } from '../language/parser/in-place-edit.js';
import { PieceText } from '../language/parser/piece-text.js';

const CR = 13;
const LF = 10;
const isEOL = (char: number) => char === CR || char === LF;
/** Changes remembered at most (a few minutes of typing); older ones are forgotten. */
const MAX_LOGGED_CHANGES = 1000;

interface LoggedChange {
    version: number;
    start: number;
    end: number;
    text: string;
}

export class PieceTextDocument implements TextDocument, ChangeLog {
    private content: PieceText;
    private lineOffsets: number[] | undefined;
    /** The ranged changes made since the text had version `logFrom`, each in the offsets of the text before it. */
    private log: LoggedChange[] = [];
    private logFrom: number;

    constructor(
        readonly uri: string,
        readonly languageId: string,
        public version: number,
        content: string,
    ) {
        this.content = new PieceText(content);
        this.logFrom = version;
    }

    /**
     * For the language server's in-place edits (language/parser/in-place-edit.ts): what changed
     * since the text had `version`, as one region of the old text and its new text, read from
     * the pieces without joining the text.
     */
    changeSince(version: number): TextChange | null | undefined {
        if (version < this.logFrom || version > this.version) return undefined;
        let region: { start: number; end: number; delta: number } | undefined;
        for (const change of this.log) {
            if (change.version <= version) continue;
            const delta = change.text.length - (change.end - change.start);
            if (!region) {
                region = { start: change.start, end: change.start + change.text.length, delta };
            } else {
                // The region so far, in current offsets, grown to hold this change too.
                const end = Math.max(region.end, change.end);
                region = { start: Math.min(region.start, change.start), end: end + delta, delta: region.delta + delta };
            }
        }
        if (!region) return null;
        return { start: region.start, oldEnd: region.end - region.delta, inserted: this.content.substring(region.start, region.end) };
    }

    getText(range?: Range): string {
        if (range) return this.content.substring(this.offsetAt(range.start), this.offsetAt(range.end));
        return this.content.toString();
    }

    get lineCount(): number {
        return this.getLineOffsets().length;
    }

    update(changes: readonly TextDocumentContentChangeEvent[], version: number): void {
        let replacedWhole = false;
        for (const change of changes) {
            if ('range' in change && change.range !== undefined) {
                const range = wellFormed(change.range);
                const startOffset = this.offsetAt(range.start);
                const endOffset = this.offsetAt(range.end);
                this.log.push({ version, start: startOffset, end: endOffset, text: change.text });
                this.content.replace(startOffset, endOffset, change.text);
                const insertedEnd = startOffset + change.text.length;
                const crlfAtStart = this.content.charCodeAt(startOffset - 1) === CR && this.content.charCodeAt(startOffset) === LF;
                const crlfAtEnd = this.content.charCodeAt(insertedEnd - 1) === CR && this.content.charCodeAt(insertedEnd) === LF;
                if (crlfAtStart || crlfAtEnd || this.lineOffsets === undefined) {
                    // A CRLF pair across the edit's boundary: count the lines again when asked.
                    this.lineOffsets = undefined;
                    continue;
                }
                const startLine = Math.max(range.start.line, 0);
                const endLine = Math.max(range.end.line, 0);
                let lineOffsets = this.lineOffsets;
                const added = computeLineOffsets(change.text, false, startOffset);
                if (endLine - startLine === added.length) {
                    for (let i = 0; i < added.length; i++) lineOffsets[i + startLine + 1] = added[i];
                } else if (added.length < 10000) {
                    lineOffsets.splice(startLine + 1, endLine - startLine, ...added);
                } else {
                    this.lineOffsets = lineOffsets = lineOffsets.slice(0, startLine + 1).concat(added, lineOffsets.slice(endLine + 1));
                }
                const diff = change.text.length - (endOffset - startOffset);
                if (diff !== 0) for (let i = startLine + 1 + added.length; i < lineOffsets.length; i++) lineOffsets[i] += diff;
            } else {
                this.content = new PieceText(change.text);
                this.lineOffsets = undefined;
                replacedWhole = true;
            }
        }
        this.version = version;
        if (replacedWhole || this.log.length > MAX_LOGGED_CHANGES) {
            this.log = [];
            this.logFrom = version;
        }
    }

    positionAt(offset: number): Position {
        offset = Math.max(Math.min(offset, this.content.length), 0);
        const lineOffsets = this.getLineOffsets();
        let low = 0;
        let high = lineOffsets.length;
        if (high === 0) return { line: 0, character: offset };
        while (low < high) {
            const mid = Math.floor((low + high) / 2);
            if (lineOffsets[mid] > offset) high = mid;
            else low = mid + 1;
        }
        const line = low - 1;
        offset = this.beforeEOL(offset, lineOffsets[line]);
        return { line, character: offset - lineOffsets[line] };
    }

    offsetAt(position: Position): number {
        const lineOffsets = this.getLineOffsets();
        if (position.line >= lineOffsets.length) return this.content.length;
        if (position.line < 0) return 0;
        const lineOffset = lineOffsets[position.line];
        if (position.character <= 0) return lineOffset;
        const nextLineOffset = position.line + 1 < lineOffsets.length ? lineOffsets[position.line + 1] : this.content.length;
        return this.beforeEOL(Math.min(lineOffset + position.character, nextLineOffset), lineOffset);
    }

    getLineRange(line: number): Range {
        const lineOffsets = this.getLineOffsets();
        if (line >= lineOffsets.length) {
            const last = lineOffsets.length - 1;
            return { start: { line: last, character: 0 }, end: { line: last, character: this.content.length - lineOffsets[last] } };
        }
        if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
        const startOffset = lineOffsets[line];
        const nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this.content.length;
        return { start: { line, character: 0 }, end: { line, character: this.beforeEOL(nextLineOffset, startOffset) - startOffset } };
    }

    getEOLCharacters(line: number): string {
        const lineOffsets = this.getLineOffsets();
        if (line >= lineOffsets.length || line < 0) return '';
        const nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this.content.length;
        return this.content.substring(this.beforeEOL(nextLineOffset, lineOffsets[line]), nextLineOffset);
    }

    private getLineOffsets(): number[] {
        this.lineOffsets ??= computeLineOffsets(this.content.toString(), true);
        return this.lineOffsets;
    }

    private beforeEOL(offset: number, lineOffset: number): number {
        while (offset > lineOffset && isEOL(this.content.charCodeAt(offset - 1))) offset--;
        return offset;
    }
}

/** For Langium's NormalizedTextDocuments (server/journey-lsp-module.ts). */
export const PieceTextDocuments = {
    create: (uri: string, languageId: string, version: number, content: string) => new PieceTextDocument(uri, languageId, version, content),
    update: (document: PieceTextDocument, changes: TextDocumentContentChangeEvent[], version: number) => {
        document.update(changes, version);
        return document;
    },
};

function computeLineOffsets(text: string, isAtLineStart: boolean, textOffset = 0): number[] {
    const result = isAtLineStart ? [textOffset] : [];
    for (let i = 0; i < text.length; i++) {
        const char = text.charCodeAt(i);
        if (isEOL(char)) {
            if (char === CR && i + 1 < text.length && text.charCodeAt(i + 1) === LF) i++;
            result.push(textOffset + i + 1);
        }
    }
    return result;
}

function wellFormed(range: Range): Range {
    const { start, end } = range;
    return start.line > end.line || (start.line === end.line && start.character > end.character) ? { start: end, end: start } : range;
}
