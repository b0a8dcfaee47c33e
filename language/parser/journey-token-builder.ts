import type { TokenType } from 'chevrotain';
import type { GrammarAST } from 'langium';
import { DefaultTokenBuilder } from 'langium';
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
}
