// The language's keywords, read from its grammar (journey.langium) rather than listed by hand:
// what an id may not be (rename), which keywords are values (a horizon, an impact level)
// rather than the start of a property (the formatter), and which open a choice (completion).
import { AstUtils, GrammarAST, type Grammar } from 'langium';

/** Every keyword of the grammar that is a word (`persona`, `momento-de-verdad`), not punctuation. */
export function wordKeywordsOf(grammar: Grammar): Set<string> {
    return AstUtils.streamAllContents(grammar)
        .filter(GrammarAST.isKeyword)
        .map(keyword => keyword.value)
        .filter(value => /^\p{L}/u.test(value))
        .toSet();
}

/** The keywords that are values: those of the grammar's data-type rules (Horizon, Level). */
export function valueKeywordsOf(grammar: Grammar): Set<string> {
    return grammar.rules
        .filter(rule => GrammarAST.isParserRule(rule) && rule.dataType === 'string')
        .flatMap(rule =>
            AstUtils.streamAllContents(rule)
                .filter(GrammarAST.isKeyword)
                .map(keyword => keyword.value)
                .toArray(),
        )
        .reduce((values, value) => values.add(value), new Set<string>());
}

/**
 * The keywords directly followed by a choice: a reference (`owner Team`, `persona Ana`) or a
 * value keyword (`horizon short`). Typing a space after one opens completion.
 */
export function choiceKeywordsOf(grammar: Grammar): Set<string> {
    const choices = new Set<string>();
    for (const group of AstUtils.streamAllContents(grammar).filter(GrammarAST.isGroup)) {
        group.elements.forEach((element, index) => {
            const next = group.elements[index + 1];
            if (!next || !GrammarAST.isAssignment(next) || !isChoice(next.terminal)) return;
            for (const keyword of keywordsOf(element)) if (/^\p{L}/u.test(keyword)) choices.add(keyword);
        });
    }
    return choices;
}

/** The keywords that start a rule (`emotion`, `emoción`, `emocion` for Emotion). */
export function startKeywordsOf(grammar: Grammar, ruleName: string): string[] {
    const rule = grammar.rules.find(candidate => candidate.name === ruleName);
    const body = rule && GrammarAST.isParserRule(rule) ? rule.definition : undefined;
    const first = body && GrammarAST.isGroup(body) ? body.elements[0] : body;
    return first ? keywordsOf(first) : [];
}

/** A keyword, or alternatives of keywords: their values. */
function keywordsOf(element: GrammarAST.AbstractElement): string[] {
    if (GrammarAST.isKeyword(element)) return [element.value];
    if (GrammarAST.isAlternatives(element) && element.elements.every(GrammarAST.isKeyword))
        return element.elements.map(keyword => (keyword as GrammarAST.Keyword).value);
    return [];
}

function isChoice(terminal: GrammarAST.AbstractElement): boolean {
    if (GrammarAST.isCrossReference(terminal)) return true;
    const rule = GrammarAST.isRuleCall(terminal) ? terminal.rule.ref : undefined;
    return rule !== undefined && GrammarAST.isParserRule(rule) && rule.dataType === 'string';
}
