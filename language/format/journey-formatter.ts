// The canonical layout of a .journey file, independent of any editor: given the text and
// its tokens (comments included), computes the whitespace that belongs between each pair
// of tokens and returns the minimal edits that only change whitespace. Text is never lost:
// only the whitespace between tokens (and after a line comment) is ever replaced.
//
// The layout: two-space indentation, an opening brace on its declaration's line, one
// property per line, a blank line after a top-level block declaration (one-line
// declarations such as `channel web "Website"` may stay grouped), at most one blank line
// kept inside blocks, own-line comments stay on their own line and trailing comments stay
// trailing, a single newline at the end of the file.
import { JourneyLanguageGrammar } from '../generated/grammar.js';
import { valueKeywordsOf } from '../grammar-keywords.js';

export type FormatTokenKind =
    'keyword' | 'value-keyword' | 'id' | 'string' | 'number' | 'lbrace' | 'rbrace' | 'comma' | 'line-comment' | 'block-comment' | 'other';

export interface FormatToken {
    /** Offset of the first character. */
    offset: number;
    /** Offset just after the last character. */
    end: number;
    kind: FormatTokenKind;
}

export interface TextEditOffsets {
    offset: number;
    end: number;
    newText: string;
}

export interface FormatOptions {
    /** Spaces per indentation level (2). */
    indent?: number;
}

/** Keywords that are values, not the start of a property: horizons and impact levels. */
let valueKeywords: ReadonlySet<string> | undefined;
const isValueKeyword = (image: string) => (valueKeywords ??= valueKeywordsOf(JourneyLanguageGrammar())).has(image);

/** Classifies a token from its lexer token type name and its text. */
export function classifyToken(tokenTypeName: string, image: string): FormatTokenKind {
    switch (tokenTypeName) {
        case 'ID':
            return 'id';
        case 'STRING':
            return 'string';
        case 'NUMBER':
            return 'number';
        case 'SL_COMMENT':
            return 'line-comment';
        case 'ML_COMMENT':
            return 'block-comment';
    }
    if (image === '{') return 'lbrace';
    if (image === '}') return 'rbrace';
    if (image === ',') return 'comma';
    if (/^[\p{L}-]+$/u.test(image)) return isValueKeyword(image) ? 'value-keyword' : 'keyword';
    return 'other';
}

function newlinesIn(text: string): number {
    let count = 0;
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count++;
    return count;
}

/**
 * The whitespace edits that bring `text` to the canonical layout. `tokens` are all tokens of
 * the text in order, comments included (whitespace excluded).
 */
export function computeFormatEdits(text: string, rawTokens: readonly FormatToken[], options: FormatOptions = {}): TextEditOffsets[] {
    const unit = ' '.repeat(options.indent ?? 2);
    // Keep the file's own line ending (a file that has CRLF keeps CRLF).
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    // A line comment's trailing spaces belong to the whitespace after it.
    const tokens = rawTokens
        .map(token => (token.kind === 'line-comment' ? { ...token, end: token.offset + text.slice(token.offset, token.end).trimEnd().length } : token))
        .sort((a, b) => a.offset - b.offset);
    const edits: TextEditOffsets[] = [];
    const replace = (offset: number, end: number, wanted: string) => {
        if (text.slice(offset, end) !== wanted) edits.push({ offset, end, newText: wanted });
    };
    if (tokens.length === 0) {
        // Only whitespace: an empty file stays empty.
        if (text.length > 0 && text.trim() === '') replace(0, text.length, '');
        return edits;
    }
    replace(0, tokens[0].offset, '');

    // For each top-level declaration start: does that declaration have a block?
    const opensBlock = new Set<number>();
    {
        let level = 0;
        let start = -1;
        tokens.forEach((token, index) => {
            if (level === 0 && startsStatement(token)) start = index;
            if (token.kind === 'lbrace') {
                if (level === 0 && start >= 0) opensBlock.add(start);
                level++;
            } else if (token.kind === 'rbrace') {
                level = Math.max(0, level - 1);
            }
        });
    }
    let depth = 0;
    // Top level: did the declaration before the current point have a block?
    let lastTopLevelHadBlock = false;
    for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        if (token.kind === 'lbrace') depth++;
        const next = tokens[i + 1];
        if (!next) break;
        const gap = text.slice(token.end, next.offset);
        const originalNewlines = newlinesIn(gap);
        if (token.kind === 'rbrace') {
            depth = Math.max(0, depth - 1);
            if (depth === 0) lastTopLevelHadBlock = true;
        }
        const nextDepth = next.kind === 'rbrace' ? Math.max(0, depth - 1) : depth;
        const indent = unit.repeat(nextDepth);
        let wanted: string;
        const newline = (blank: boolean) => (blank ? eol + eol : eol) + indent;

        if (token.kind === 'line-comment') {
            // Nothing can follow a line comment on its line.
            wanted = newline(originalNewlines > 1 && !(next.kind === 'rbrace'));
        } else if (next.kind === 'line-comment' || next.kind === 'block-comment') {
            if (originalNewlines === 0 && token.kind !== 'block-comment') wanted = ' ';
            else if (originalNewlines === 0) wanted = ' ';
            else wanted = newline((originalNewlines > 1 && token.kind !== 'lbrace') || (token.kind === 'rbrace' && depth === 0));
        } else if (token.kind === 'block-comment' && originalNewlines === 0 && next.kind !== 'rbrace' && !startsStatement(next)) {
            wanted = ' ';
        } else if (next.kind === 'rbrace') {
            wanted = token.kind === 'lbrace' && originalNewlines === 0 ? '' : newline(false);
        } else if (token.kind === 'lbrace') {
            wanted = newline(false);
        } else if (next.kind === 'lbrace') {
            wanted = ' ';
        } else if (next.kind === 'comma') {
            wanted = '';
        } else if (token.kind === 'comma') {
            wanted = ' ';
        } else if (startsStatement(next)) {
            if (depth === 0) {
                // A new top-level declaration.
                const blank = lastTopLevelHadBlock || opensBlock.has(i + 1) || originalNewlines > 1;
                wanted = newline(blank || token.kind === 'rbrace');
            } else {
                wanted = newline(originalNewlines > 1);
            }
        } else if (token.kind === 'block-comment' && originalNewlines > 0) {
            wanted = newline(originalNewlines > 1);
        } else {
            wanted = ' ';
        }
        if (depth === 0 && startsStatement(next)) {
            // Track top-level declarations for the blank-line rule.
            lastTopLevelHadBlock = false;
        }
        replace(token.end, next.offset, wanted);
    }
    const last = tokens[tokens.length - 1];
    replace(last.end, text.length, eol);
    return edits;
}

function startsStatement(token: FormatToken): boolean {
    return token.kind === 'keyword';
}

/** Applies offset edits (non-overlapping) to a text. */
export function applyEdits(text: string, edits: readonly TextEditOffsets[]): string {
    let result = '';
    let cursor = 0;
    for (const edit of [...edits].sort((a, b) => a.offset - b.offset)) {
        result += text.slice(cursor, edit.offset) + edit.newText;
        cursor = edit.end;
    }
    return result + text.slice(cursor);
}

/** True when every edit replaces only whitespace by only whitespace: no text can be lost. */
export function onlyWhitespaceEdits(text: string, edits: readonly TextEditOffsets[]): boolean {
    return edits.every(edit => /^\s*$/.test(text.slice(edit.offset, edit.end)) && /^\s*$/.test(edit.newText));
}

/** True when two texts differ only in whitespace outside tokens: the formatter's promise. */
export function sameNonWhitespace(a: string, b: string): boolean {
    return a.replace(/\s+/g, '') === b.replace(/\s+/g, '');
}
