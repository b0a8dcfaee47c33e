// A second parser for the text most parses see: text without a syntax error. It is made from the
// same grammar and builds exactly the tree Langium's parser builds (the same CST builder, AST
// node templates, value converter and linker, called in the same order with the same grammar
// elements), but it decides each choice on the next token alone (the grammar is LL(1)) and lexes
// with a scanner instead of trying Chevrotain's token patterns one by one. Error recovery and
// Chevrotain's lookahead machinery cost ~60% of a parse, and a well-formed file needs neither:
// at 1,000 touchpoints a parse takes ~40 ms here instead of ~85 ms (docs/performance.md).
//
// On the first character or token it does not expect, it gives up and returns nothing; Langium's
// parser then parses the text from the start, with its errors and recovery exactly as before.
// The constructor checks that the grammar and its tokens are of the kinds handled here; for any
// other it is `undefined` (createWellFormedParser) and every parse goes to Langium's parser.
// test/language/well-formed-parser.test.ts compares both parsers' whole trees.
import type { TokenType } from 'chevrotain';
import type { AstNode, CstNode, LangiumCoreServices, ParseResult, ValueConverter, Linker, AstReflection } from 'langium';
import { AstUtils, DatatypeSymbol, GrammarAST, GrammarUtils, isAstNode } from 'langium';
import type { JourneyCstNodeBuilder } from './journey-cst-node-builder.js';

/** Thrown (one shared instance) when the text is not well-formed; caught in parse(). */
const NOT_WELL_FORMED = new Error('not well-formed: parse with Langium');
/** The grammar or its tokens use something this parser does not handle. */
class Unsupported extends Error {}

type Step = () => void;
type RuleFunction = () => unknown;
type DataTypeNode = { $type: typeof DatatypeSymbol; value: string };
type Operator = '=' | '+=' | '?=';

/** What Langium's parser does with a consumed token or a rule's result (LangiumParser.getAssignment). */
interface FeatureAction {
    operator?: Operator;
    property?: string;
    crossRef?: 'single' | 'multi';
    keyword: boolean;
}

/** The terminals this scanner reads, as the grammar writes them (ID is read with its token's own pattern). */
const TERMINAL_SOURCES: Record<string, string | undefined> = {
    ID: undefined,
    NUMBER: '[+-]?[0-9]+(\\.[0-9]+)?',
    STRING: '"(\\\\.|[^"\\\\\\r\\n])*"',
    WS: '\\s+',
    ML_COMMENT: '\\/\\*[\\s\\S]*?\\*\\/',
    SL_COMMENT: '\\/\\/[^\\n\\r]*',
};

/** The character codes the scanner tests. */
const Char = { LF: 10, CR: 13, QUOTE: 34, SLASH: 47, STAR: 42, BACKSLASH: 92, PLUS: 43, MINUS: 45, DOT: 46 } as const;
const isDigit = (code: number) => code >= 48 && code <= 57;
const isAsciiIdStart = (code: number) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95;
const isAsciiIdPart = (code: number) => isAsciiIdStart(code) || isDigit(code);
/** JavaScript's \s outside ASCII (the WS terminal is /\s+/). */
const isOtherSpace = (code: number) =>
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff;
/** What `.` does not match in a regex without the s flag (STRING's escapes). */
const isRegexLineTerminator = (code: number) => code === Char.LF || code === Char.CR || code === 0x2028 || code === 0x2029;

interface Keyword {
    text: string;
    kind: number;
    /** Chevrotain's LONGER_ALT is the identifier: a longer identifier wins over the keyword. */
    yieldsToIdentifier: boolean;
}

export interface WellFormedParserServices {
    services: LangiumCoreServices;
    builder: JourneyCstNodeBuilder;
    /** A new AST node of a type, as the journey parser creates it (from its template). */
    createNode(type: string): AstNode;
}

export class WellFormedParser {
    private readonly converter: ValueConverter;
    private readonly linker: Linker;
    private readonly reflection: AstReflection;
    private readonly builder: JourneyCstNodeBuilder;
    private readonly createNode: (type: string) => AstNode;
    private readonly lexingReport: (text: string) => unknown;

    // ---- tokens: kinds are indexes into tokenTypes; EOF is tokenTypes.length ----
    private readonly tokenTypes: TokenType[];
    private readonly eof: number;
    /** The keywords in Chevrotain's order, which is also the order of their ids in the trie below. */
    private readonly keywords: Keyword[] = [];
    /**
     * The keywords as a trie of characters: node 0 is the root, `asciiNext[node * 128 + code]` the
     * next node after an ASCII character (-1: none), `otherNext` after any other, `keywordAt[node]`
     * the keyword that ends there (-1: none).
     */
    private readonly asciiNext: number[] = new Array<number>(128).fill(-1);
    private readonly otherNext = new Map<number, number>();
    private readonly keywordAt: number[] = [-1];
    private readonly identifierKind: number;
    private readonly numberKind: number;
    private readonly stringKind: number;
    private readonly identifierPattern: RegExp;
    private readonly lineCommentType: TokenType;
    private readonly blockCommentType: TokenType;

    // ---- rules ----
    private readonly rules = new Map<string, RuleFunction>();
    private readonly entryRule: string;
    private readonly defaults = new Map<string, [string, unknown][]>();
    private readonly firstSets = new Map<GrammarAST.AbstractElement | GrammarAST.ParserRule, Uint8Array>();

    // ---- the state of one parse ----
    private text = '';
    private position = 0;
    private line = 0;
    private lineStart = 0;
    /** The current token. */
    private kind = 0;
    private tokenStart = 0;
    private tokenEnd = 0;
    private tokenLine = 0;
    private tokenColumn = 0;
    /** Comments read before the current token, as Chevrotain's tokens (Langium's hidden tokens). */
    private hidden: unknown[] = [];
    private stack: AstNode[] = [];

    constructor({ services, builder, createNode }: WellFormedParserServices) {
        this.converter = services.parser.ValueConverter;
        this.linker = services.references.Linker;
        this.reflection = services.shared.AstReflection;
        this.builder = builder;
        this.createNode = createNode;
        const tokenBuilder = services.parser.TokenBuilder as { flushLexingReport?: (text: string) => unknown };
        this.lexingReport = text => tokenBuilder.flushLexingReport?.(text);

        // Chevrotain tries the token types in this order and takes the first that matches.
        this.tokenTypes = Object.values(services.parser.Lexer.definition);
        this.eof = this.tokenTypes.length;
        const kindOf = new Map(this.tokenTypes.map((type, index) => [type, index]));
        const terminal = (name: string) => {
            const type = this.tokenTypes.find(candidate => candidate.name === name);
            if (!type) throw new Unsupported(`no terminal ${name}`);
            return type;
        };
        const identifier = terminal('ID');
        let terminals = 0;
        for (const type of this.tokenTypes) {
            const pattern = type.PATTERN;
            if (typeof pattern === 'string') {
                if (terminals > 0) throw new Unsupported(`keyword ${pattern} after a terminal`);
                const longer = [type.LONGER_ALT ?? []].flat();
                if (longer.some(alternative => alternative !== identifier)) throw new Unsupported(`keyword ${pattern} yields to another terminal`);
                const keyword = { text: pattern, kind: kindOf.get(type)!, yieldsToIdentifier: longer.length > 0 };
                this.addToTrie(pattern, this.keywords.length);
                this.keywords.push(keyword);
            } else {
                terminals++;
                const expected = TERMINAL_SOURCES[type.name];
                if (!(type.name in TERMINAL_SOURCES) || (expected !== undefined && (pattern as RegExp | undefined)?.source !== expected))
                    throw new Unsupported(`terminal ${type.name} /${(pattern as RegExp | undefined)?.source}/`);
            }
        }
        if (terminals !== Object.keys(TERMINAL_SOURCES).length) throw new Unsupported('another set of terminals');
        const identifierSource = identifier.PATTERN as RegExp;
        if (identifierSource.flags !== '') throw new Unsupported('identifier pattern with flags');
        this.identifierPattern = new RegExp(identifierSource.source, 'y');
        this.identifierKind = kindOf.get(identifier)!;
        this.numberKind = kindOf.get(terminal('NUMBER'))!;
        this.stringKind = kindOf.get(terminal('STRING'))!;
        this.lineCommentType = terminal('SL_COMMENT');
        this.blockCommentType = terminal('ML_COMMENT');
        // Whitespace is skipped (Chevrotain's Lexer.SKIPPED group), comments are Langium's hidden tokens.
        const whitespaceGroup = terminal('WS').GROUP;
        if (typeof whitespaceGroup !== 'string' || whitespaceGroup === 'hidden') throw new Unsupported('whitespace is not skipped');
        if (this.lineCommentType.GROUP !== 'hidden' || this.blockCommentType.GROUP !== 'hidden') throw new Unsupported('comments are not hidden');
        // The scanner reads these characters as spaces, comments, strings and numbers before any keyword.
        for (const first of this.keywords.map(keyword => keyword.text.charCodeAt(0)))
            if (
                first <= 32 ||
                first === Char.SLASH ||
                first === Char.QUOTE ||
                first === Char.PLUS ||
                first === Char.MINUS ||
                isDigit(first) ||
                (first >= 0x80 && isOtherSpace(first))
            )
                throw new Unsupported(`a keyword starts with ${String.fromCharCode(first)}`);

        const grammar = services.Grammar;
        const parserRules = grammar.rules.filter(GrammarAST.isParserRule);
        const entry = parserRules.find(rule => rule.entry);
        if (!entry) throw new Unsupported('no entry rule');
        this.entryRule = entry.name;
        for (const rule of parserRules) this.rules.set(rule.name, this.compileRule(rule, kindOf));
        if (grammar.rules.some(rule => GrammarAST.isInfixRule(rule))) throw new Unsupported('infix rules');
    }

    /** The tree of a well-formed text, exactly as Langium's parser builds it; undefined for any other text. */
    parse<T extends AstNode>(text: string, ruleName: string | undefined): ParseResult<T> | undefined {
        const rule = this.rules.get(ruleName ?? this.entryRule);
        if (!rule) return undefined;
        this.text = text;
        this.position = 0;
        this.line = 0;
        this.lineStart = 0;
        this.hidden = [];
        this.stack = [];
        try {
            this.builder.buildRootNode(text);
            this.next();
            const result = rule() as T;
            // Langium's parser: the whole input is one rule, then the comments after its last token.
            if (this.kind !== this.eof || this.stack.length > 0 || result === undefined) return undefined;
            linkCstNode(result);
            this.builder.addHiddenNodes(this.hidden as Parameters<JourneyCstNodeBuilder['addHiddenNodes']>[0]);
            // Langium's parser ends with AstUtils.linkContentToContainer; assign() linked each node as it was assigned.
            return { value: result, lexerErrors: [], lexerReport: this.lexingReport(text), parserErrors: [] } as unknown as ParseResult<T>;
        } catch {
            // Not well-formed, or anything else gone wrong here: Langium's parser parses the text.
            return undefined;
        } finally {
            this.text = '';
            this.hidden = [];
            this.stack = [];
        }
    }

    // ---- the scanner ----------------------------------------------------------------------

    /** Reads the next token into kind/tokenStart/tokenEnd/tokenLine/tokenColumn, comments into `hidden`. */
    private next(): void {
        const text = this.text;
        const length = text.length;
        let at = this.position;
        for (;;) {
            if (at >= length) {
                this.position = at;
                this.kind = this.eof;
                this.tokenStart = this.tokenEnd = at;
                return;
            }
            const code = text.charCodeAt(at);
            if (code === 32 || code === 9 || code === 11 || code === 12) {
                at++;
            } else if (code === Char.LF) {
                at++;
                this.newLine(at);
            } else if (code === Char.CR) {
                at++;
                if (text.charCodeAt(at) === Char.LF) at++;
                this.newLine(at);
            } else if (code === Char.SLASH && text.charCodeAt(at + 1) === Char.SLASH) {
                let end = at + 2;
                while (end < length && text.charCodeAt(end) !== Char.LF && text.charCodeAt(end) !== Char.CR) end++;
                this.hidden.push(this.commentToken(this.lineCommentType, at, end, this.line, this.lineStart));
                at = end;
            } else if (code === Char.SLASH && text.charCodeAt(at + 1) === Char.STAR) {
                const close = text.indexOf('*/', at + 2);
                if (close < 0) throw NOT_WELL_FORMED;
                const end = close + 2;
                const startLine = this.line;
                const startOfLine = this.lineStart;
                for (let i = at; i < end; i++) {
                    const c = text.charCodeAt(i);
                    if (c === Char.LF) this.newLine(i + 1);
                    else if (c === Char.CR && text.charCodeAt(i + 1) !== Char.LF) this.newLine(i + 1);
                }
                this.hidden.push(this.commentToken(this.blockCommentType, at, end, startLine, startOfLine));
                at = end;
            } else if (code >= 0x80 && isOtherSpace(code)) {
                at++;
            } else {
                this.position = at;
                this.token(code);
                return;
            }
        }
    }

    private addToTrie(keyword: string, id: number): void {
        let node = 0;
        for (let i = 0; i < keyword.length; i++) {
            const code = keyword.charCodeAt(i);
            let next = code < 128 ? this.asciiNext[node * 128 + code] : (this.otherNext.get(node * 0x10000 + code) ?? -1);
            if (next < 0) {
                next = this.keywordAt.length;
                this.keywordAt.push(-1);
                for (let c = 0; c < 128; c++) this.asciiNext.push(-1);
                if (code < 128) this.asciiNext[node * 128 + code] = next;
                else this.otherNext.set(node * 0x10000 + code, next);
            }
            node = next;
        }
        this.keywordAt[node] = id;
    }

    private newLine(start: number): void {
        this.line++;
        this.lineStart = start;
    }

    /** The token at `position`, which is not a space or comment. */
    private token(code: number): void {
        const text = this.text;
        const at = this.position;
        let end = -1;
        let kind = -1;
        // Chevrotain takes the first keyword in its order that the text starts with (not the
        // longest): of the keywords ending along the trie's path, the one first in that order.
        let first = -1;
        for (let node = 0, i = at; ;) {
            const c = text.charCodeAt(i);
            const next = c < 128 ? this.asciiNext[node * 128 + c] : (this.otherNext.get(node * 0x10000 + c) ?? -1);
            if (next < 0) break;
            node = next;
            i++;
            const keyword = this.keywordAt[node];
            if (keyword >= 0 && (first < 0 || keyword < first)) {
                first = keyword;
                end = i;
            }
        }
        if (first >= 0) {
            const keyword = this.keywords[first];
            kind = keyword.kind;
            if (keyword.yieldsToIdentifier) {
                const identifierEnd = this.identifierEnd(at);
                if (identifierEnd > end) {
                    kind = this.identifierKind;
                    end = identifierEnd;
                }
            }
        }
        if (kind < 0) {
            if (code === Char.QUOTE) {
                end = this.stringEnd(at);
                kind = this.stringKind;
            } else if (isDigit(code) || code === Char.PLUS || code === Char.MINUS) {
                end = this.numberEnd(at);
                kind = this.numberKind;
            } else {
                end = this.identifierEnd(at);
                kind = this.identifierKind;
            }
            if (end <= at) throw NOT_WELL_FORMED;
        }
        this.kind = kind;
        this.tokenStart = at;
        this.tokenEnd = end;
        this.tokenLine = this.line;
        this.tokenColumn = at - this.lineStart;
        this.position = end;
    }

    /** The end of the identifier at `at`, or `at` when there is none (the ID token's own pattern). */
    private identifierEnd(at: number): number {
        const text = this.text;
        const first = text.charCodeAt(at);
        if (first < 0x80) {
            if (!isAsciiIdStart(first)) return at;
            let end = at + 1;
            let code = text.charCodeAt(end);
            while (isAsciiIdPart(code)) code = text.charCodeAt(++end);
            if (!(code >= 0x80)) return end;
        }
        const pattern = this.identifierPattern;
        pattern.lastIndex = at;
        return pattern.test(text) ? pattern.lastIndex : at;
    }

    private numberEnd(at: number): number {
        const text = this.text;
        let end = at;
        let code = text.charCodeAt(end);
        if (code === Char.PLUS || code === Char.MINUS) code = text.charCodeAt(++end);
        if (!isDigit(code)) return at;
        while (isDigit(code)) code = text.charCodeAt(++end);
        if (code === Char.DOT && isDigit(text.charCodeAt(end + 1))) {
            end++;
            while (isDigit(text.charCodeAt(end))) end++;
        }
        return end;
    }

    private stringEnd(at: number): number {
        const text = this.text;
        const length = text.length;
        for (let end = at + 1; end < length; end++) {
            const code = text.charCodeAt(end);
            if (code === Char.QUOTE) return end + 1;
            if (code === Char.BACKSLASH) {
                if (end + 1 >= length || isRegexLineTerminator(text.charCodeAt(end + 1))) return at;
                end++;
            } else if (code === Char.LF || code === Char.CR) {
                return at;
            }
        }
        return at;
    }

    /** A comment as Chevrotain's lexer makes it (createFullToken, then the end of a multi-line one). */
    private commentToken(tokenType: TokenType, start: number, end: number, line: number, startOfLine: number) {
        return {
            image: this.text.substring(start, end),
            startOffset: start,
            endOffset: end - 1,
            startLine: line + 1,
            endLine: this.line + 1,
            startColumn: start - startOfLine + 1,
            endColumn: end - 1 - this.lineStart + 1,
            tokenTypeIdx: tokenType.tokenTypeIdx,
            tokenType,
        };
    }

    // ---- the parser: LangiumParser's consume, subrule, construct and assign, without Chevrotain ----

    private consume(kind: number, feature: GrammarAST.AbstractElement, action: FeatureAction): void {
        if (this.kind !== kind) throw NOT_WELL_FORMED;
        const builder = this.builder;
        if (this.hidden.length > 0) {
            builder.addHiddenNodes(this.hidden as Parameters<JourneyCstNodeBuilder['addHiddenNodes']>[0]);
            this.hidden = [];
        }
        const start = this.tokenStart;
        const end = this.tokenEnd;
        const leaf = builder.buildLeaf(this.tokenTypes[kind], this.tokenLine, this.tokenColumn, end - start, feature);
        if (action.operator !== undefined) {
            const image = this.text.substring(start, end);
            const value = action.keyword ? image : this.converter.convert(image, leaf);
            this.assign(action, value, leaf);
        } else {
            const current = this.stack[this.stack.length - 1] as unknown as DataTypeNode | undefined;
            if (current?.$type === DatatypeSymbol) {
                const image = this.text.substring(start, end);
                current.value += action.keyword ? image : this.converter.convert(image, leaf).toString();
            }
        }
        this.next();
    }

    private subrule(rule: RuleFunction, fragment: boolean, feature: GrammarAST.AbstractElement, action: FeatureAction): void {
        const cstNode = fragment ? undefined : this.builder.buildCompositeNode(feature);
        let result = rule();
        if (result === undefined && !fragment) result = this.construct();
        if (result !== undefined && cstNode && cstNode.length > 0) {
            if (action.operator !== undefined) {
                this.assign(action, result, cstNode);
            } else {
                const current = this.stack[this.stack.length - 1];
                if ((current as unknown as DataTypeNode).$type === DatatypeSymbol) {
                    (current as unknown as DataTypeNode).value += String(result);
                } else if (typeof result === 'object' && result) {
                    this.stack[this.stack.length - 1] = assignWithoutOverride(result as AstNode, current);
                }
            }
        }
    }

    private construct(): unknown {
        const node = this.stack.pop()!;
        this.builder.construct(node as Parameters<JourneyCstNodeBuilder['construct']>[0]);
        if ((node as unknown as DataTypeNode).$type === DatatypeSymbol) return this.converter.convert((node as unknown as DataTypeNode).value, node.$cstNode!);
        // AstUtils.assignMandatoryProperties, with the type's defaults looked up once.
        const properties = node as unknown as Record<string, unknown>;
        for (const [name, value] of this.defaultsOf(node.$type)) {
            const current = properties[name];
            if (current === undefined) properties[name] = copyDefault(value);
            // The node is complete: its lists are copied to their size. An array grown by push()
            // keeps room for 17 items (~150 bytes for one); the tree keeps ~300,000 of them.
            else if (Array.isArray(current) && current.length > 0) properties[name] = current.slice();
        }
        return node;
    }

    /** The properties of a type that have a default value (the AST reflection's metadata). */
    private defaultsOf(type: string): [string, unknown][] {
        let defaults = this.defaults.get(type);
        if (!defaults) {
            defaults = Object.values(this.reflection.getTypeMetaData(type).properties)
                .filter(property => property.defaultValue !== undefined)
                .map(property => [property.name, property.defaultValue]);
            this.defaults.set(type, defaults);
        }
        return defaults;
    }

    private assign(action: FeatureAction, value: unknown, cstNode: CstNode): void {
        const node = this.stack[this.stack.length - 1] as unknown as Record<string, unknown>;
        const property = action.property!;
        let item = value;
        if (action.crossRef === 'single' && typeof value === 'string') item = this.linker.buildReference(node as unknown as AstNode, property, cstNode, value);
        else if (action.crossRef === 'multi' && typeof value === 'string')
            item = this.linker.buildMultiReference(node as unknown as AstNode, property, cstNode, value);
        linkCstNode(item);
        if (action.operator === '=') {
            node[property] = item;
            if (isAstNode(item)) linkToContainer(item, node, property, undefined);
        } else if (action.operator === '?=') {
            node[property] = true;
        } else {
            if (!Array.isArray(node[property])) node[property] = [];
            const items = node[property] as unknown[];
            items.push(item);
            if (isAstNode(item)) linkToContainer(item, node, property, items.length - 1);
        }
    }

    // ---- the grammar, compiled to steps (as Langium's parser-builder-base does for Chevrotain) ----

    private compileRule(rule: GrammarAST.ParserRule, kindOf: Map<TokenType, number>): RuleFunction {
        if (rule.parameters.length > 0) throw new Unsupported(`rule ${rule.name} has parameters`);
        const body = this.compile(rule.definition, kindOf);
        if (rule.fragment)
            return () => {
                body();
                return undefined;
            };
        if (GrammarUtils.isDataTypeRule(rule))
            return () => {
                this.stack.push({ $type: DatatypeSymbol, value: '' } as unknown as AstNode);
                body();
                return this.construct();
            };
        const type = GrammarUtils.getTypeName(rule);
        return () => {
            this.stack.push(this.createNode(type));
            body();
            return this.construct();
        };
    }

    private compile(element: GrammarAST.AbstractElement, kindOf: Map<TokenType, number>): Step {
        const step = this.compileOnce(element, kindOf);
        const cardinality = element.cardinality;
        if (!cardinality) return step;
        if (this.nullableBody(element, new Set())) throw new Unsupported(`a repeated or optional ${element.$type} that may be empty`);
        const first = this.first(element, kindOf);
        if (cardinality === '?')
            return () => {
                if (first[this.kind]) step();
            };
        if (cardinality === '*')
            return () => {
                while (first[this.kind]) step();
            };
        return () => {
            do step();
            while (first[this.kind]);
        };
    }

    private compileOnce(element: GrammarAST.AbstractElement, kindOf: Map<TokenType, number>): Step {
        if (GrammarAST.isGroup(element) && element.guardCondition) throw new Unsupported('guard conditions');
        if (GrammarAST.isKeyword(element)) {
            const kind = this.keywordKind(element.value, kindOf);
            const action = featureAction(element);
            return () => this.consume(kind, element, action);
        }
        if (GrammarAST.isAssignment(element)) return this.compile(element.terminal, kindOf);
        if (GrammarAST.isCrossReference(element)) {
            const terminal = element.terminal;
            if (!GrammarAST.isRuleCall(terminal) || !GrammarAST.isTerminalRule(terminal.rule.ref)) throw new Unsupported('a cross-reference not by a terminal');
            const kind = this.terminalKind(terminal.rule.ref.name, kindOf);
            const action = featureAction(element);
            return () => this.consume(kind, element, action);
        }
        if (GrammarAST.isRuleCall(element)) {
            const rule = element.rule.ref;
            if (element.arguments.length > 0) throw new Unsupported('rule arguments');
            if (GrammarAST.isTerminalRule(rule)) {
                const kind = this.terminalKind(rule.name, kindOf);
                const action = featureAction(element);
                return () => this.consume(kind, element, action);
            }
            if (!GrammarAST.isParserRule(rule)) throw new Unsupported(`a call of ${element.rule.$refText}`);
            const action = featureAction(element);
            const fragment = rule.fragment;
            const name = rule.name;
            return () => this.subrule(this.rules.get(name)!, fragment, element, action);
        }
        if (GrammarAST.isAlternatives(element)) {
            if (element.elements.length === 1) return this.compile(element.elements[0], kindOf);
            const choices = element.elements.map(alternative => this.compile(alternative, kindOf));
            const choiceOf = new Int16Array(this.eof + 1).fill(-1);
            element.elements.forEach((alternative, index) => {
                if (this.nullable(alternative, new Set())) throw new Unsupported('an alternative that may be empty');
                this.first(alternative, kindOf).forEach((member, kind) => {
                    if (!member) return;
                    if (choiceOf[kind] >= 0) throw new Unsupported(`alternatives of ${element.$container?.$type} are not LL(1)`);
                    choiceOf[kind] = index;
                });
            });
            return () => {
                const choice = choiceOf[this.kind];
                if (choice < 0) throw NOT_WELL_FORMED;
                choices[choice]();
            };
        }
        if (GrammarAST.isGroup(element) && !GrammarAST.isUnorderedGroup(element)) {
            const steps = element.elements.map(part => this.compile(part, kindOf));
            return () => {
                for (const step of steps) step();
            };
        }
        throw new Unsupported(`grammar element ${element.$type}`);
    }

    private keywordKind(keyword: string, kindOf: Map<TokenType, number>): number {
        const type = this.tokenTypes.find(candidate => candidate.PATTERN === keyword);
        if (!type) throw new Unsupported(`no token for keyword ${keyword}`);
        return kindOf.get(type)!;
    }

    private terminalKind(name: string, kindOf: Map<TokenType, number>): number {
        const type = this.tokenTypes.find(candidate => candidate.name === name && typeof candidate.PATTERN !== 'string');
        if (!type || type.GROUP !== undefined) throw new Unsupported(`terminal ${name}`);
        return kindOf.get(type)!;
    }

    /** The token kinds an element may start with. */
    private first(element: GrammarAST.AbstractElement | GrammarAST.ParserRule, kindOf: Map<TokenType, number>, visiting = new Set<unknown>()): Uint8Array {
        const known = this.firstSets.get(element);
        if (known) return known;
        if (visiting.has(element)) throw new Unsupported('left recursion');
        visiting.add(element);
        const set = new Uint8Array(this.eof + 1);
        const add = (other: Uint8Array) => other.forEach((member, kind) => (set[kind] |= member));
        if (GrammarAST.isParserRule(element)) add(this.first(element.definition, kindOf, visiting));
        else if (GrammarAST.isKeyword(element)) set[this.keywordKind(element.value, kindOf)] = 1;
        else if (GrammarAST.isAssignment(element)) add(this.first(element.terminal, kindOf, visiting));
        else if (GrammarAST.isCrossReference(element)) add(this.first(element.terminal!, kindOf, visiting));
        else if (GrammarAST.isRuleCall(element)) {
            const rule = element.rule.ref;
            if (GrammarAST.isTerminalRule(rule)) set[this.terminalKind(rule.name, kindOf)] = 1;
            else if (GrammarAST.isParserRule(rule)) add(this.first(rule, kindOf, visiting));
        } else if (GrammarAST.isAlternatives(element)) element.elements.forEach(alternative => add(this.first(alternative, kindOf, visiting)));
        else if (GrammarAST.isGroup(element))
            for (const part of element.elements) {
                add(this.first(part, kindOf, visiting));
                if (!this.nullable(part, new Set())) break;
            }
        visiting.delete(element);
        this.firstSets.set(element, set);
        return set;
    }

    /** Whether an element may match no token. */
    private nullable(element: GrammarAST.AbstractElement, visiting: Set<unknown>): boolean {
        return element.cardinality === '?' || element.cardinality === '*' || this.nullableBody(element, visiting);
    }

    /** Whether an element, taken once, may match no token. */
    private nullableBody(element: GrammarAST.AbstractElement, visiting: Set<unknown>): boolean {
        if (visiting.has(element)) return false;
        visiting.add(element);
        if (GrammarAST.isAssignment(element)) return this.nullable(element.terminal, visiting);
        if (GrammarAST.isRuleCall(element) && GrammarAST.isParserRule(element.rule.ref)) return this.nullable(element.rule.ref.definition, visiting);
        if (GrammarAST.isAlternatives(element)) return element.elements.some(alternative => this.nullable(alternative, visiting));
        if (GrammarAST.isGroup(element)) return element.elements.every(part => this.nullable(part, visiting));
        return false;
    }
}

/** The parser for well-formed text, or undefined when the grammar uses something it does not handle. */
export function createWellFormedParser(services: WellFormedParserServices): WellFormedParser | undefined {
    try {
        return new WellFormedParser(services);
    } catch (error) {
        if (error instanceof Unsupported) return undefined;
        throw error;
    }
}

/** LangiumParser.getAssignment: the assignment an element is part of, and whether it is a cross-reference. */
function featureAction(feature: GrammarAST.AbstractElement): FeatureAction {
    const assignment = AstUtils.getContainerOfType(feature, GrammarAST.isAssignment);
    const crossRef = assignment && GrammarAST.isCrossReference(assignment.terminal) ? (assignment.terminal.isMulti ? 'multi' : 'single') : undefined;
    return { operator: assignment?.operator as Operator | undefined, property: assignment?.feature, crossRef, keyword: GrammarAST.isKeyword(feature) };
}

/** What AstUtils.linkContentToContainer does for one node (which Langium's parser calls on the whole tree at the end). */
function linkToContainer(node: AstNode, container: Record<string, unknown>, property: string, index: number | undefined): void {
    const fields = node as { $container?: unknown; $containerProperty?: string; $containerIndex?: number };
    fields.$container = container;
    fields.$containerProperty = property;
    if (index !== undefined) fields.$containerIndex = index;
}

/** AstUtils.assignMandatoryProperties' copyDefaultValue. */
function copyDefault(value: unknown): unknown {
    return Array.isArray(value) ? value.map(copyDefault) : value;
}

/** LangiumParser.linkCstNode. */
function linkCstNode(item: unknown): void {
    if (isAstNode(item) && item.$cstNode) (item.$cstNode as { astNode: AstNode }).astNode = item;
}

/** LangiumParser.assignWithoutOverride: a rule called without assignment takes the caller's place. */
function assignWithoutOverride(target: AstNode, source: AstNode): AstNode {
    const into = target as unknown as Record<string, unknown>;
    for (const [name, existingValue] of Object.entries(source)) {
        const newValue = into[name];
        if (newValue === undefined) into[name] = existingValue;
        else if (Array.isArray(newValue) && Array.isArray(existingValue)) {
            existingValue.push(...newValue);
            into[name] = existingValue;
        }
    }
    (into as { $cstNode?: unknown }).$cstNode = undefined;
    return target;
}
