import type { TokenType } from 'chevrotain';
import type { GrammarAST } from 'langium';
import { DefaultTokenBuilder, RegExpUtils } from 'langium';
import { identifierPattern } from './identifier-pattern.js';

/** Langium's tokens, with the identifier as a pattern Chevrotain can optimise (see identifier-pattern.ts). */
export class JourneyTokenBuilder extends DefaultTokenBuilder {
    protected override buildTerminalToken(terminal: GrammarAST.TerminalRule): TokenType {
        const token = super.buildTerminalToken(terminal);
        if (terminal.name === 'ID') {
            token.PATTERN = identifierPattern();
            delete token.LINE_BREAKS;
        }
        return token;
    }

    /**
     * Each terminal's matcher of incomplete input, made once: Langium makes one for every pair of
     * keyword and terminal, which with the identifier's 9,600-character pattern took ~15 ms of
     * every start. Which terminals may continue a keyword (`canal` → `canales`) is unchanged.
     */
    private readonly partialPatterns = new Map<TokenType, RegExp | undefined>();

    protected override findLongerAlt(keyword: GrammarAST.Keyword, terminalTokens: TokenType[]): TokenType[] {
        return terminalTokens.filter(token => {
            const partial = this.partialPattern(token);
            const match = partial && keyword.value.match(partial);
            return !!match && match[0].length > 0;
        });
    }

    private partialPattern(token: TokenType): RegExp | undefined {
        if (!this.partialPatterns.has(token)) {
            const source = (token.PATTERN as RegExp | undefined)?.source;
            this.partialPatterns.set(token, source ? RegExpUtils.partialRegExp(`^${source}$`) : undefined);
        }
        return this.partialPatterns.get(token);
    }
}
