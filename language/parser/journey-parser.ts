// Langium's parser keeps the token vector of its last parse (one object per token, ~66 MB at
// 10,000 touchpoints) until the next one. Nothing reads it afterwards: release it.
import type { LangiumCoreServices, ParseResult } from 'langium';
import { createParser, LangiumParser, type AstNode, type ParserOptions } from 'langium';

export class JourneyParser extends LangiumParser {
    override parse<T extends AstNode = AstNode>(input: string, options?: ParserOptions): ParseResult<T> {
        try {
            return super.parse<T>(input, options);
        } finally {
            (this as unknown as { wrapper: { input: unknown[] } }).wrapper.input = [];
        }
    }
}

/** What Langium's createLangiumParser does, with the class above. */
export function createJourneyParser(services: LangiumCoreServices): LangiumParser {
    const parser = createParser(services.Grammar, new JourneyParser(services), services.parser.Lexer.definition);
    parser.finalize();
    return parser;
}
