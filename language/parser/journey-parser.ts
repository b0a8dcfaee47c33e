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
import type { LangiumCoreServices, ParseResult } from 'langium';
import { createParser, LangiumParser, type AstNode, type ParserOptions } from 'langium';
import { JourneyCstNodeBuilder } from './journey-cst-node-builder.js';

type RuleImplementation = (args: unknown) => unknown;
/** The members of Langium's parser this class replaces (not part of its typed API). */
interface ParserInternals {
    startImplementation($type: unknown, infixName: unknown, implementation: RuleImplementation): RuleImplementation;
    stack: AstNode[];
    isRecording(): boolean;
    construct(): unknown;
    wrapper: { input: unknown[] };
}

export class JourneyParser extends LangiumParser {
    private readonly templates = new Map<string, Record<string, unknown> | undefined>();

    constructor(services: LangiumCoreServices) {
        super(services);
        (this as unknown as { nodeBuilder: JourneyCstNodeBuilder }).nodeBuilder = new JourneyCstNodeBuilder();
        // Langium's rule(), run while the grammar is turned into parser rules, creates each
        // rule's node through this private method: replaced on the instance.
        const langium = (this as unknown as ParserInternals).startImplementation.bind(this);
        (this as unknown as ParserInternals).startImplementation = ($type, infixName, implementation) => {
            const template = typeof $type === 'string' && infixName === undefined ? this.templateOf(services, $type) : undefined;
            return template ? this.creatingFromTemplate(template, implementation) : langium($type, infixName, implementation);
        };
    }

    override parse<T extends AstNode = AstNode>(input: string, options?: ParserOptions): ParseResult<T> {
        try {
            return super.parse<T>(input, options);
        } finally {
            (this as unknown as ParserInternals).wrapper.input = [];
        }
    }

    /** Langium's rule start (langium-parser.ts startImplementation), the node copied from a template. */
    private creatingFromTemplate(template: Record<string, unknown>, implementation: RuleImplementation): RuleImplementation {
        const parser = this as unknown as ParserInternals;
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

/** What Langium's createLangiumParser does, with the class above. */
export function createJourneyParser(services: LangiumCoreServices): LangiumParser {
    const parser = createParser(services.Grammar, new JourneyParser(services), services.parser.Lexer.definition);
    parser.finalize();
    return parser;
}
