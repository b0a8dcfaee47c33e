// Error recovery that reads the file's layout. When a rule meets a token it cannot use,
// Chevrotain skips ahead to the next token that may follow one of the rules it is in: the `}`
// of a block, or a keyword that starts a declaration. The first such token ahead is often
// still inside the block. A stray `}` closes a touchpoint early, and the rest of that
// touchpoint is read in the phase: its `channel web` line as a channel declaration after the
// journey, the `}` of its gap as the end of the phase. Every later line was then an error at
// the top level: ~500 errors for one typo, and the touchpoints after it lost.
// Here, while recovery looks for a token to continue after, a token that starts its line
// indented deeper than the line where the current rule starts is taken as inside that rule,
// and skipped like any other. The recovery then resumes at the next touchpoint: one error.
// The same reading keeps a missing `}` from being assumed before a deeper line, and names the
// likely cause in the error (a stray `}` above, a line that opens no block).
// Only recovery reads the layout: a file without errors parses the same however it is indented.

import type { ChevrotainFields, ChevrotainToken, RecognitionError } from './langium-internals.js';

/**
 * @param firstLineIndentation the column (1-based) where the first line of the input is
 * indented in its document, when the input is a block cut out of one (block-reparse.ts); the
 * input's own first line starts at the block, not at the document line's indentation.
 */
export function recoverByLayout(wrapper: ChevrotainFields, firstLineIndentation: () => number | undefined): void {
    // For each rule on Chevrotain's rule stack: the index of its first token, and of the first
    // token of its first item that started a line (a touchpoint of a phase, a declaration).
    const ruleStarts: number[] = [];
    const itemStarts: (number | undefined)[] = [];
    const ruleInvocationStateUpdate = wrapper.ruleInvocationStateUpdate;
    wrapper.ruleInvocationStateUpdate = function (this: ChevrotainFields, ...args: unknown[]) {
        ruleInvocationStateUpdate.apply(this, args);
        const depth = this.RULE_STACK_IDX;
        const start = this.currIdx + 1;
        ruleStarts[depth] = start;
        itemStarts[depth] = undefined;
        // The first such item: a later one may be the typo (a `touchpoint` typed inside a touchpoint).
        if (depth > 0 && itemStarts[depth - 1] === undefined && startsLine(this.tokVector, start)) itemStarts[depth - 1] = start;
    };

    const startsLine = (tokens: ChevrotainToken[], index: number): boolean =>
        tokens[index]?.startLine !== undefined && (index === 0 || tokens[index - 1].startLine !== tokens[index].startLine);

    /** The column of the first token on the line of token `index`. */
    const indentation = (tokens: ChevrotainToken[], index: number): number | undefined => {
        const line = tokens[index]?.startLine;
        if (line === undefined) return undefined;
        if (line === 1 && firstLineIndentation() !== undefined) return firstLineIndentation();
        while (index > 0 && tokens[index - 1].startLine === line) index--;
        return tokens[index].startColumn;
    };

    /** Token `index` starts its line, indented deeper than the current rule's first line. */
    const insideCurrentRule = (parser: ChevrotainFields, index: number): boolean => {
        const tokens = parser.tokVector;
        const token = tokens[index];
        if (!startsLine(tokens, index) || token.startColumn === undefined) return false;
        const ruleIndentation = indentation(tokens, Math.min(ruleStarts[parser.RULE_STACK_IDX] ?? 0, index));
        return ruleIndentation !== undefined && token.startColumn > ruleIndentation;
    };

    /** Token `index` starts its line, indented deeper than the current rule's items: not where another item starts. */
    const insideAnItem = (parser: ChevrotainFields, index: number): boolean => {
        const tokens = parser.tokVector;
        const item = itemStarts[parser.RULE_STACK_IDX];
        if (item === undefined || !startsLine(tokens, index)) return false;
        // The item starts its line: its line's indentation is its column.
        const itemColumn = indentation(tokens, item);
        return itemColumn !== undefined && (tokens[index].startColumn ?? 0) > itemColumn;
    };

    // A missing token is inserted when the token found may follow it. A missing `}` is not
    // inserted before a token inside the rule: `touchpoint` typed on a line of a touchpoint
    // does not close it (the stray word is skipped instead).
    const canRecoverWithSingleTokenInsertion = wrapper.canRecoverWithSingleTokenInsertion;
    wrapper.canRecoverWithSingleTokenInsertion = function (this: ChevrotainFields, expected: unknown, follows: unknown[]) {
        const closing = (expected as { name?: string }).name === '}';
        return !(closing && insideCurrentRule(this, this.currIdx + 1)) && canRecoverWithSingleTokenInsertion.call(this, expected, follows);
    };

    // Chevrotain's versions, with the tokens inside the current rule skipped.
    wrapper.findReSyncTokenType = function (this: ChevrotainFields) {
        const follows = this.flattenFollowSet();
        // Ends: EOF is always among the follows, and LA past the end is EOF.
        for (let k = 1; ; k++) {
            const token = this.LA(k);
            if (insideCurrentRule(this, this.currIdx + k)) continue;
            const found = follows.find(type => this.tokenMatcher(token, type));
            if (found !== undefined) return found;
        }
    };
    wrapper.reSyncTo = function (this: ChevrotainFields, type: unknown) {
        const skipped: ChevrotainToken[] = [];
        let next = this.LA(1);
        while (!this.tokenMatcher(next, type) || insideCurrentRule(this, this.currIdx + 1)) {
            if (next.tokenType.name === 'EOF') break;
            next = this.SKIP_TOKEN();
            this.addToResyncTokens(next, skipped);
        }
        // The last token is not part of the error.
        return skipped.slice(0, -1);
    };
    // Chevrotain's scan for a place to resume a repetition or leave it compares the next token
    // with those through tokenMatcher: while it scans (not while it parses the repetition
    // again), a token inside the current rule matches none of them. The repetition resumes at
    // a token that may start an item (a `touchpoint` keyword), but not at one indented deeper
    // than the rule's items (an `owner` line of a touchpoint, read in its phase).
    const tryInRepetitionRecovery = wrapper.tryInRepetitionRecovery;
    const tokenMatcher = wrapper.tokenMatcher;
    const scanningMatcher = function (this: ChevrotainFields, token: ChevrotainToken, type: unknown): boolean {
        return tokenMatcher.call(this, token, type) && !(this.tokVector[this.currIdx + 1] === token && insideCurrentRule(this, this.currIdx + 1));
    };
    const saveError = wrapper.SAVE_ERROR;
    wrapper.tryInRepetitionRecovery = function (this: ChevrotainFields, grammarRule, args, lookAhead, expected) {
        const resume = function (this: ChevrotainFields, ...resumeArgs: unknown[]) {
            this.tokenMatcher = tokenMatcher;
            this.SAVE_ERROR = saveError;
            return grammarRule.apply(this, resumeArgs);
        };
        const mayResume = function (this: ChevrotainFields) {
            return !insideAnItem(this, this.currIdx + 1) && lookAhead.call(this);
        };
        const found = this.currIdx + 1;
        this.tokenMatcher = scanningMatcher;
        this.SAVE_ERROR = function (this: ChevrotainFields, error: RecognitionError) {
            return saveError.call(this, error.token === this.tokVector[found] ? explained(this, error, found) : error);
        };
        try {
            tryInRepetitionRecovery.call(this, resume, args, mayResume, expected);
        } finally {
            this.tokenMatcher = tokenMatcher;
            this.SAVE_ERROR = saveError;
        }
    };

    /**
     * The error at token `index`, found indented inside the current rule's items, told by what
     * the layout says happened: a `}` just before it, indented like the lines it cuts off, ended
     * the block early; or the line above opens no block (its `{` deleted).
     * Messages in English, in words for syntax-messages.ts.
     */
    const explained = (parser: ChevrotainFields, error: RecognitionError, index: number): RecognitionError => {
        const tokens = parser.tokVector;
        const found = tokens[index];
        const before = tokens[index - 1];
        if (!before || !insideAnItem(parser, index) || before.startLine === found.startLine) return error;
        // The error stays on the token found: block-reparse.ts reads error positions to tell
        // errors inside a block from errors after it.
        if (before.tokenType.name === '}' && startsLine(tokens, index - 1) && insideAnItem(parser, index - 1)) {
            error.message = `Unexpected \`${found.image}\` after the \`}\` above: it is indented inside the block that \`}\` closed.`;
        } else if (before.tokenType.name !== '}' && before.tokenType.name !== '{') {
            error.message = `Expecting \`{\` before \`${found.image}\`: the line above opens no block.`;
        }
        return error;
    };
}

/** Raw messages of recovery that read the layout (translated by i18n/syntax-messages.ts). */
export const STRAY_CLOSER = /^Unexpected `([\s\S]*)` after the `}` above: it is indented inside the block that `}` closed\.$/;

/**
 * The offset of the `}` a STRAY_CLOSER error at `offset` names: the last character before it
 * that is not blank (undefined when that is not a `}`, e.g. a comment stands between). The
 * error itself stays on the token found (see `explained`); this lets the diagnostic point at
 * the brace too.
 */
export function strayCloserBefore(text: string, offset: number): number | undefined {
    let at = offset - 1;
    while (at >= 0 && /\s/.test(text[at])) at--;
    return text[at] === '}' ? at : undefined;
}
export const MISSING_OPENER = /^Expecting `\{` before `([\s\S]*)`: the line above opens no block\.$/;
