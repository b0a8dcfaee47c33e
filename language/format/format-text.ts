// Formats .journey text with the language's own lexer: the tokens (comments included) feed
// the editor-independent layout in journey-formatter.ts. Used by the language server and
// usable by the command line.
import type { Lexer } from 'langium';
import {
    applyEdits,
    classifyToken,
    computeFormatEdits,
    onlyWhitespaceEdits,
    type FormatOptions,
    type FormatToken,
    type TextEditOffsets,
} from './journey-formatter.js';

export function lexFormatTokens(lexer: Lexer, text: string): { tokens: FormatToken[]; ok: boolean } {
    const result = lexer.tokenize(text);
    const tokens = [...result.tokens, ...result.hidden]
        .filter(token => token.tokenType.name !== 'WS')
        .map(token => ({
            offset: token.startOffset,
            end: token.startOffset + token.image.length,
            kind: classifyToken(token.tokenType.name, token.image),
        }))
        .sort((a, b) => a.offset - b.offset);
    return { tokens, ok: result.errors.length === 0 };
}

/** The whitespace edits of the canonical layout, or none when the text does not lex. */
export function formatEdits(lexer: Lexer, text: string, options?: FormatOptions): TextEditOffsets[] {
    const { tokens, ok } = lexFormatTokens(lexer, text);
    if (!ok) return [];
    const edits = computeFormatEdits(text, tokens, options);
    // The promise: only whitespace changes. Should the layout ever break it, change nothing.
    return onlyWhitespaceEdits(text, edits) ? edits : [];
}

export function formatText(lexer: Lexer, text: string, options?: FormatOptions): string {
    return applyEdits(text, formatEdits(lexer, text, options));
}
