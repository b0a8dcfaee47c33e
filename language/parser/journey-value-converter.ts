// Token texts are slices of the whole document text, and Langium's string conversion builds
// its result one character at a time (a chain of V8 cons strings, ~30 bytes per character).
// Kept in the AST, such values tie up memory: the chains cost ~80 MB at 10,000 touchpoints,
// and a slice keeps its whole source text alive, so each in-place edit (parser/in-place-edit.ts)
// would retain one more copy of the file. Every string value is therefore stored flat and
// detached from the text it came from.
import type { CstNode, ValueType } from 'langium';
import { DefaultValueConverter, GrammarAST, GrammarUtils, ValueConverter } from 'langium';

const ESCAPES: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '0': '\0' };

/** A copy of `text` that shares no memory with the string it was cut from. */
export function detachString(text: string): string {
    // V8 copies substrings shorter than 13 characters; longer ones become slices of their
    // source. Concatenating flattens into a fresh string, and the slice of that is its own.
    return text.length < 13 ? text : (' ' + text).slice(1);
}

/** The value of a STRING token: quotes removed, escapes resolved (as Langium's ValueConverter does). */
export function convertStringToken(token: string): string {
    const body = token.slice(1, -1);
    return detachString(body.includes('\\') ? body.replace(/\\([\s\S])/g, (_, char: string) => ESCAPES[char] ?? char) : body);
}

export class JourneyValueConverter extends DefaultValueConverter {
    /** The rule each grammar element's tokens are converted by (null: none), as Langium's convert() finds it. */
    private readonly rules = new Map<GrammarAST.AbstractElement, GrammarAST.AbstractRule | null>();

    /** Langium's convert(), with the rule found once per grammar element rather than by type checks at every token. */
    override convert(input: string, cstNode: CstNode): ValueType {
        const feature = cstNode.grammarSource;
        if (!feature) return input;
        let rule = this.rules.get(feature);
        if (rule === undefined) {
            const terminal = GrammarAST.isCrossReference(feature) ? GrammarUtils.getCrossReferenceTerminal(feature) : feature;
            // An unresolved rule call is left to Langium, which says so.
            if (GrammarAST.isRuleCall(terminal) && !terminal.rule.ref) return super.convert(input, cstNode);
            rule = GrammarAST.isRuleCall(terminal) ? terminal.rule.ref! : null;
            this.rules.set(feature, rule);
        }
        return rule ? this.runConverter(rule, input, cstNode) : input;
    }

    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        if (rule.name === 'STRING') return convertStringToken(input);
        // What Langium's runConverter gives for ID and for NUMBER (`returns number`), without its
        // look-ups of the rule's name and type at every token.
        if (rule.name === 'ID') return detachString(ValueConverter.convertID(input));
        if (rule.name === 'NUMBER') return ValueConverter.convertNumber(input);
        const value = super.runConverter(rule, input, cstNode);
        return typeof value === 'string' ? detachString(value) : value;
    }
}
