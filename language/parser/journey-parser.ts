// Three changes to Langium's parser, all about memory and speed on large maps:
// - Langium creates each AST node as `{ $type }` and adds its properties one by one as the
//   parser meets them. V8 turns an object that gains more than a dozen properties that way
//   into a slow hash-table ("dictionary") object: 86% of the touchpoints at 10,000, and every
//   later read of them (validation, preview model, hover) paid for it. Here a node starts
//   with all its grammar properties (undefined until assigned), so all nodes of a type share
//   one compact layout.
// - Langium's parser keeps the token vector of its last parse (one object per token, ~66 MB
//   at 10,000 touchpoints) until the next one. Nothing reads it afterwards: release it.
// - The CST's leaves read their offsets from a table of line starts (journey-cst-node-builder.ts).
// A text without syntax errors is parsed first by the well-formed parser (well-formed-parser.ts),
// which builds the same tree in less than half the time; any other text by Langium's parser.
// It also lets a block parsed alone (block-reparse.ts) recover from syntax errors exactly as in
// the whole file (see followsAround), keeps the recovery from a value of the wrong kind inside
// its rule, bounds how deep Chevrotain's recovery may nest (see recoverWithinRules), and lets
// recovery read the file's layout (layout-recovery.ts).
import type { LangiumCoreServices, ParseResult } from 'langium';
import { createParser, LangiumParser, type AstNode, type ParserOptions } from 'langium';
import { JourneyCstNodeBuilder } from './journey-cst-node-builder.js';
import { recoverByLayout } from './layout-recovery.js';
import { parserFields, type ChevrotainFields, type RuleImplementation } from './langium-internals.js';
import { createWellFormedParser, type WellFormedParser } from './well-formed-parser.js';

/** Langium's parse options, and where a block parsed alone is indented in its document (layout-recovery.ts). */
export type JourneyParserOptions = ParserOptions & { firstLineIndentation?: number };

/**
 * Chevrotain resumes a repetition after an error by calling it again from inside its recovery,
 * so each error of a cascade nests deeper: ~1,800 cascaded errors overflow Node's stack and
 * crashed the server. After this many, the repetition ends and the rest of the file is one
 * "expecting end of file" error.
 */
export const MAX_NESTED_RECOVERIES = 500;
const FOLLOW_KEY = /^(.*\D)(\d+)_~IN~_(.*)$/;

export class JourneyParser extends LangiumParser {
    private readonly templates = new Map<string, Record<string, unknown> | undefined>();
    private readonly around = new Map<string, unknown[] | undefined>();
    /** The follow sets added to the parser's own while a block is parsed alone. */
    private outerFollows: unknown[] = [];
    private firstLineIndentation: number | undefined;
    /** Parses text without syntax errors, about twice as fast; see well-formed-parser.ts. */
    private readonly wellFormed: WellFormedParser | undefined;

    constructor(services: LangiumCoreServices) {
        super(services);
        const internals = parserFields(this);
        const builder = (internals.nodeBuilder = new JourneyCstNodeBuilder());
        this.wellFormed = createWellFormedParser({
            services,
            builder,
            createNode: type => {
                const template = this.templateOf(services, type);
                return (template ? { ...template } : { $type: type }) as AstNode;
            },
        });
        const wrapper = internals.wrapper;
        const flattenFollowSet = wrapper.flattenFollowSet.bind(wrapper);
        wrapper.flattenFollowSet = () => (this.outerFollows.length === 0 ? flattenFollowSet() : [...flattenFollowSet(), ...this.outerFollows]);
        recoverWithinRules(wrapper);
        recoverByLayout(wrapper, () => this.firstLineIndentation);
        // Langium's rule(), run while the grammar is turned into parser rules, creates each
        // rule's node through this private method: replaced on the instance.
        const langium = internals.startImplementation.bind(this);
        internals.startImplementation = ($type, infixName, implementation) => {
            const template = typeof $type === 'string' && infixName === undefined ? this.templateOf(services, $type) : undefined;
            return template ? this.creatingFromTemplate(template, implementation) : langium($type, infixName, implementation);
        };
    }

    override parse<T extends AstNode = AstNode>(input: string, options?: JourneyParserOptions): ParseResult<T> {
        const wellFormed = this.wellFormed?.parse<T>(input, options?.rule);
        if (wellFormed) return wellFormed;
        this.outerFollows = options?.rule ? (this.followsAround(options.rule) ?? []) : [];
        this.firstLineIndentation = options?.firstLineIndentation;
        try {
            return super.parse<T>(input, options);
        } catch (error) {
            // A parse that throws (a block that cannot recover alone) would leave its nodes for the next one.
            parserFields(this).stack.length = 0;
            throw error;
        } finally {
            parserFields(this).wrapper.input = [];
            this.outerFollows = [];
            this.firstLineIndentation = undefined;
        }
    }

    /**
     * What may follow each rule around `rule` when the whole file is parsed (the rule's caller,
     * its caller's, up to the entry rule); undefined unless each of them is called from one
     * place only. Chevrotain's error recovery skips ahead to the next token that may follow a
     * rule on its stack; a block parsed alone has none of the rules around it on its stack, and
     * with these it skips to the same token as in the whole file.
     */
    followsAround(rule: string): unknown[] | undefined {
        if (!this.around.has(rule)) {
            const follows = parserFields(this).wrapper.resyncFollows;
            const callers = new Map<string, string[]>();
            for (const key of Object.keys(follows)) {
                const match = FOLLOW_KEY.exec(key);
                if (match) callers.set(match[1], [...(callers.get(match[1]) ?? []), key]);
            }
            const found: unknown[] = [];
            let name = [...callers.keys()].find(full => full.replace(/\u200B/g, '') === rule);
            let complete = name !== undefined;
            for (let depth = 0; name !== undefined && depth < 20; depth++) {
                const keys = callers.get(name);
                if (!keys) break; // the entry rule: nothing calls it
                if (keys.length !== 1) {
                    complete = false;
                    break;
                }
                found.push(...follows[keys[0]]);
                name = FOLLOW_KEY.exec(keys[0])![3];
            }
            this.around.set(rule, complete ? found : undefined);
        }
        return this.around.get(rule);
    }

    /** Langium's rule start (langium-parser.ts startImplementation), the node copied from a template. */
    private creatingFromTemplate(template: Record<string, unknown>, implementation: RuleImplementation): RuleImplementation {
        const parser = parserFields(this);
        return (args: unknown) => {
            const createNode = !parser.isRecording();
            if (createNode) parser.stack.push({ ...template } as unknown as AstNode);
            implementation(args);
            return createNode ? parser.construct() : undefined;
        };
    }

    /** `{ $type, property: undefined, … }` for a type with properties; none for unions (Declaration). */
    private templateOf(services: LangiumCoreServices, type: string): Record<string, unknown> | undefined {
        if (!this.templates.has(type)) {
            const properties = Object.keys(services.shared.AstReflection.getTypeMetaData(type).properties);
            this.templates.set(type, properties.length === 0 ? undefined : Object.fromEntries([['$type', type], ...properties.map(name => [name, undefined])]));
        }
        return this.templates.get(type);
    }
}

/**
 * Two changes to Chevrotain's error recovery (recoverable.js).
 * - A token missing in a rule is inserted when the token found may follow it, and the token
 *   found is deleted when the next one is the one missing. A value of the wrong kind (`pain x`,
 *   `owner "Ops"`) is neither, and Chevrotain left the rule to re-synchronise further out: on
 *   the touchpoint's `}` as if it closed the phase, so every later line was an error (1,001
 *   errors for one typo at 1,000 touchpoints). Here the token found is replaced by the one
 *   missing when the token after it may follow: one error, and the rest of the file is parsed.
 * - Nested repetition recoveries are bounded (MAX_NESTED_RECOVERIES).
 * Both apply to every parse, whole file or block, so a block still parses as in the whole file.
 */
function recoverWithinRules(wrapper: ChevrotainFields): void {
    const tryInRuleRecovery = wrapper.tryInRuleRecovery.bind(wrapper);
    wrapper.tryInRuleRecovery = (expected, follows) => {
        try {
            return tryInRuleRecovery(expected, follows);
        } catch (error) {
            if (!follows.some(type => wrapper.tokenMatcher(wrapper.LA(2), type))) throw error;
            wrapper.SKIP_TOKEN();
            return wrapper.getTokenToInsert(expected);
        }
    };
    const attemptInRepetitionRecovery = wrapper.attemptInRepetitionRecovery;
    let depth = 0;
    wrapper.attemptInRepetitionRecovery = function (this: ChevrotainFields, ...args: unknown[]) {
        if (depth >= MAX_NESTED_RECOVERIES) return;
        depth++;
        try {
            attemptInRepetitionRecovery.apply(this, args);
        } finally {
            depth--;
        }
    };
}

/** What Langium's createLangiumParser does, with the class above. */
export function createJourneyParser(services: LangiumCoreServices): LangiumParser {
    const parser = createParser(services.Grammar, new JourneyParser(services), services.parser.Lexer.definition);
    parser.finalize();
    return parser;
}
