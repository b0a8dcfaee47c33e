// The one place that reaches into Langium's and Chevrotain's private members. The parser
// (journey-parser.ts, layout-recovery.ts) replaces some of their methods, and the edits in
// place (cst-shift.ts, in-place-edit.ts, whitespace-edit.ts, block-reparse.ts) move a leaf's
// lines and columns without rebuilding it: neither is part of Langium's typed API. Every such
// access goes through the accessors below, typed by the interfaces below, and
// langiumInternalsProblems() checks each member against the installed release
// (test/language/langium-internals.test.ts): a Langium upgrade that renames or drops one fails
// that test, naming the member, instead of corrupting trees. package.json pins Langium's exact
// version for the same reason. (Two functions of Langium's parser are also rewritten where they
// are bundled, to allocate less: scripts/langium-parser-fix.mjs, which fails the build instead.)
import {
    CompositeCstNodeImpl,
    CstNodeBuilder,
    LeafCstNodeImpl,
    type AstNode,
    type CompositeCstNode,
    type CstNode,
    type LangiumParser,
    type RootCstNode,
} from 'langium';

/** The fields of Langium's leaf (LeafCstNodeImpl): 0-based lines and columns (LSP convention). */
export interface LeafFields {
    /** The leaf's offset in Langium; journey-cst-node-builder.ts keeps the tree's text in it instead. */
    _offset: unknown;
    _length: number;
    _startLine: number;
    _startColumn: number;
    _endLine: number;
    _endColumn: number;
}

/** The fields of Langium's composite node (CompositeCstNodeImpl) that a splice writes (read-only in its interface). */
export interface CompositeFields {
    content: readonly CstNode[];
    astNode: AstNode;
    /** `range`, computed from the first and last leaves and kept until cleared. */
    _rangeCache: unknown;
}

/** The root's text (RootCstNodeImpl), which its `text` and `fullText` read. */
export interface RootFields {
    _text: string;
}

export type RuleImplementation = (args: unknown) => unknown;

/** The members of Langium's parser (langium-parser.ts) the journey parser replaces or calls. */
export interface ParserFields {
    /** Creates a rule's AST node, runs the rule, constructs the node; called while rules are defined. */
    startImplementation($type: unknown, infixName: unknown, implementation: RuleImplementation): RuleImplementation;
    /** The AST nodes being built. */
    stack: AstNode[];
    isRecording(): boolean;
    construct(): unknown;
    nodeBuilder: CstNodeBuilder;
    wrapper: ChevrotainFields;
}

/** Chevrotain's parser (recoverable.js, recognizer_engine.js, lexer_adapter.js), which Langium's `wrapper` extends. */
export interface ChevrotainFields {
    /** The token vector of the last parse (setting it resets the parser's position). */
    input: unknown[];
    tokVector: ChevrotainToken[];
    currIdx: number;
    RULE_STACK_IDX: number;
    /** What may follow each rule where it is called, by `<rule><index>_~IN~_<caller>`. */
    resyncFollows: Record<string, unknown[]>;
    LA(offset: number): ChevrotainToken;
    SKIP_TOKEN(): ChevrotainToken;
    tokenMatcher(token: ChevrotainToken, type: unknown): boolean;
    getTokenToInsert(type: unknown): unknown;
    flattenFollowSet(): unknown[];
    addToResyncTokens(token: ChevrotainToken, tokens: ChevrotainToken[]): ChevrotainToken[];
    ruleInvocationStateUpdate(...args: unknown[]): void;
    findReSyncTokenType(): unknown;
    reSyncTo(type: unknown): ChevrotainToken[];
    canRecoverWithSingleTokenInsertion(expected: unknown, follows: unknown[]): boolean;
    tryInRuleRecovery(expected: unknown, follows: unknown[]): unknown;
    attemptInRepetitionRecovery(...args: unknown[]): void;
    tryInRepetitionRecovery(grammarRule: (...args: unknown[]) => unknown, args: unknown[], lookAhead: () => boolean, expected: unknown): void;
    SAVE_ERROR(error: RecognitionError): RecognitionError;
}
export interface ChevrotainToken {
    image: string;
    startLine?: number;
    startColumn?: number;
    tokenType: { name: string };
}
export interface RecognitionError {
    token: ChevrotainToken;
    message: string;
}

export const leafFields = (leaf: CstNode): LeafFields => leaf as unknown as LeafFields;
export const compositeFields = (node: CompositeCstNode): CompositeFields => node as unknown as CompositeFields;
export const rootFields = (root: RootCstNode): RootFields => root as unknown as RootFields;
export const parserFields = (parser: LangiumParser): ParserFields => parser as unknown as ParserFields;

const LEAF_NUMBERS = ['_length', '_startLine', '_startColumn', '_endLine', '_endColumn'] as const;
const PARSER_METHODS = ['startImplementation', 'isRecording', 'construct'] as const;
const CHEVROTAIN_METHODS = [
    'LA',
    'SKIP_TOKEN',
    'tokenMatcher',
    'getTokenToInsert',
    'flattenFollowSet',
    'addToResyncTokens',
    'ruleInvocationStateUpdate',
    'findReSyncTokenType',
    'reSyncTo',
    'canRecoverWithSingleTokenInsertion',
    'tryInRuleRecovery',
    'attemptInRepetitionRecovery',
    'tryInRepetitionRecovery',
    'SAVE_ERROR',
] as const;

const describe = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value);

/**
 * What no longer holds of the members above in the installed Langium and Chevrotain, one
 * message per member, naming it. `parser` is a finalized LangiumParser before any parse; the
 * classes are checked on instances made here.
 */
export function langiumInternalsProblems(parser: LangiumParser): string[] {
    return [
        ...leafProblems(new LeafCstNodeImpl(7, 3, 2, 4, 2, 7, undefined!)),
        ...compositeProblems(),
        ...rootProblems(),
        ...builderProblems(),
        ...parserProblems(parser),
    ];
}

/** A leaf made as `new LeafCstNodeImpl(7, 3, 2, 4, 2, 7, …)`: its fields hold those values, and `range` and `end` read them. */
export function leafProblems(leaf: CstNode): string[] {
    const fields = leafFields(leaf) as unknown as Record<string, unknown>;
    const problems: string[] = [];
    const expected: Record<string, number> = { _offset: 7, _length: 3, _startLine: 2, _startColumn: 4, _endLine: 2, _endColumn: 7 };
    for (const name of ['_offset', ...LEAF_NUMBERS]) {
        if (fields[name] !== expected[name])
            problems.push(
                `LeafCstNodeImpl.${name}: expected the constructor's value ${expected[name]}, found ${describe(fields[name])} ${String(fields[name])}`,
            );
    }
    if (problems.length > 0) return problems;
    // The positions are read from these fields, not copied elsewhere: moving a leaf is writing them.
    const moved = leafFields(leaf);
    moved._startLine = 5;
    moved._startColumn = 1;
    moved._endLine = 6;
    moved._endColumn = 2;
    moved._length = 4;
    moved._offset = 10;
    const { start, end } = leaf.range;
    if (start.line !== 5 || start.character !== 1 || end.line !== 6 || end.character !== 2)
        problems.push('LeafCstNodeImpl.range: no longer read from _startLine, _startColumn, _endLine and _endColumn');
    if (leaf.end !== 14) problems.push('LeafCstNodeImpl.end: no longer _offset + _length');
    return problems;
}

function compositeProblems(): string[] {
    const node = new CompositeCstNodeImpl();
    const fields = compositeFields(node) as unknown as Record<string, unknown>;
    const problems: string[] = [];
    if (!('_rangeCache' in fields)) problems.push('CompositeCstNodeImpl._rangeCache: no such field (the range cache cleared after an edit)');
    if (!Array.isArray(fields.content)) problems.push(`CompositeCstNodeImpl.content: expected an array, found ${describe(fields.content)}`);
    if (problems.length > 0) return problems;
    const leaf = new LeafCstNodeImpl(0, 1, 0, 0, 0, 1, undefined!);
    compositeFields(node).content = [leaf];
    void node.range;
    if (compositeFields(node)._rangeCache === undefined) problems.push('CompositeCstNodeImpl._rangeCache: no longer set when `range` is read');
    compositeFields(node)._rangeCache = undefined;
    leafFields(leaf)._endColumn = 9;
    if (node.range.end.character !== 9) problems.push('CompositeCstNodeImpl.range: not recomputed once _rangeCache is cleared');
    return problems;
}

function rootProblems(): string[] {
    const root = new CstNodeBuilder().buildRootNode('journey x');
    const fields = rootFields(root) as unknown as Record<string, unknown>;
    if (fields._text !== 'journey x') return [`RootCstNodeImpl._text: expected the input text, found ${describe(fields._text)}`];
    return [];
}

/** The journey's leaves are made by overriding CstNodeBuilder.createLeafNode, which buildLeafNode must call. */
function builderProblems(): string[] {
    let called = false;
    class Probe extends CstNodeBuilder {
        protected override createLeafNode(...args: Parameters<CstNodeBuilder['createLeafNode']>): LeafCstNodeImpl {
            called = true;
            return super.createLeafNode(...args);
        }
    }
    const builder = new Probe();
    builder.buildRootNode('x');
    const token = { image: 'x', startOffset: 0, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1, tokenType: { name: 'ID' } };
    try {
        builder.buildLeafNode(token as unknown as Parameters<CstNodeBuilder['buildLeafNode']>[0], undefined!);
    } catch {
        // Without a composite node open the leaf has nowhere to go; it was created all the same.
    }
    return called ? [] : ['CstNodeBuilder.createLeafNode: no longer called by buildLeafNode (the journey leaves would not be made)'];
}

/** A finalized parser: Langium's members and those of Chevrotain's recovery it extends. */
export function parserProblems(parser: LangiumParser): string[] {
    const fields = parserFields(parser) as unknown as Record<string, unknown>;
    const problems: string[] = [];
    for (const name of PARSER_METHODS) {
        if (typeof fields[name] !== 'function') problems.push(`LangiumParser.${name}: expected a method, found ${describe(fields[name])}`);
    }
    if (typeof fields.startImplementation === 'function' && fields.startImplementation.length !== 3) {
        problems.push(
            `LangiumParser.startImplementation: expected 3 parameters ($type, infixName, implementation), found ${fields.startImplementation.length}`,
        );
    }
    if (!Array.isArray(fields.stack)) problems.push(`LangiumParser.stack: expected an array, found ${describe(fields.stack)}`);
    if (!(fields.nodeBuilder instanceof CstNodeBuilder))
        problems.push(`LangiumParser.nodeBuilder: expected a CstNodeBuilder, found ${describe(fields.nodeBuilder)}`);
    const wrapper = fields.wrapper as Record<string, unknown> | undefined;
    if (typeof wrapper !== 'object' || wrapper === null)
        return [...problems, `LangiumParser.wrapper: expected Chevrotain's parser, found ${describe(wrapper)}`];
    for (const name of CHEVROTAIN_METHODS) {
        if (typeof wrapper[name] !== 'function')
            problems.push(`Chevrotain parser (LangiumParser.wrapper).${name}: expected a method, found ${describe(wrapper[name])}`);
    }
    for (const name of ['currIdx', 'RULE_STACK_IDX'] as const) {
        if (typeof wrapper[name] !== 'number')
            problems.push(`Chevrotain parser (LangiumParser.wrapper).${name}: expected a number, found ${describe(wrapper[name])}`);
    }
    if (!('input' in wrapper)) problems.push('Chevrotain parser (LangiumParser.wrapper).input: no such property (the token vector released after a parse)');
    if (!Array.isArray(wrapper.tokVector))
        problems.push(`Chevrotain parser (LangiumParser.wrapper).tokVector: expected an array, found ${describe(wrapper.tokVector)}`);
    const follows = wrapper.resyncFollows;
    if (typeof follows !== 'object' || follows === null || !Object.keys(follows).some(key => /^.*\D\d+_~IN~_.*$/.test(key))) {
        problems.push('Chevrotain parser (LangiumParser.wrapper).resyncFollows: expected follow sets keyed `<rule><index>_~IN~_<caller>`');
    }
    return problems;
}
