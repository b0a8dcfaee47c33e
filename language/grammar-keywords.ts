// The language's keywords, read from its grammar (journey.langium) rather than listed by hand:
// what an id may not be (rename), and which keywords are values (a horizon, an impact level)
// rather than the start of a property (the formatter).
import { AstUtils, GrammarAST, type Grammar } from 'langium';

/** Every keyword of the grammar that is a word (`persona`, `momento-de-verdad`), not punctuation. */
export function wordKeywordsOf(grammar: Grammar): Set<string> {
    return AstUtils.streamAllContents(grammar).filter(GrammarAST.isKeyword).map(keyword => keyword.value).filter(value => /^\p{L}/u.test(value)).toSet();
}

/** The keywords that are values: those of the grammar's data-type rules (Horizon, Level). */
export function valueKeywordsOf(grammar: Grammar): Set<string> {
    return grammar.rules.filter(rule => GrammarAST.isParserRule(rule) && rule.dataType === 'string')
        .flatMap(rule => AstUtils.streamAllContents(rule).filter(GrammarAST.isKeyword).map(keyword => keyword.value).toArray())
        .reduce((values, value) => values.add(value), new Set<string>());
}
