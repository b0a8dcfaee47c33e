// Completion: each keyword once, in the chosen keyword language (journey.keywordLanguage),
// its other spellings matching as one types; cross-references with their titles (not the
// personas or channels already listed); horizons and impact levels with their meaning,
// emotion scores 1–5 with their meaning, and snippets for every declaration.
import type { AstNode, AstNodeDescription, Cancellation, LangiumDocument, MaybePromise, Reference, ReferenceInfo, Stream } from 'langium';
import { AstUtils, CstUtils, GrammarAST, TextDocument, URI } from 'langium';
import {
    DefaultCompletionProvider,
    type CompletionAcceptor,
    type CompletionBacktrackingInformation,
    type CompletionContext,
    type CompletionValueItem,
    type NextFeature,
} from 'langium/lsp';
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type CompletionList, type CompletionParams, type Position } from 'vscode-languageserver';
import { normalizeHorizon, normalizeLevel, titleOf } from '../../language/ast-queries.js';
import { isPhase, isTouchpoint, type Horizon, type Level } from '../../language/generated/ast.js';
import type { Locale } from '../../language/i18n/locale.js';
import { message } from '../../language/i18n/messages.js';
import { ID_SOURCE } from '../../language/identifier.js';
import { choiceKeywordsOf, startKeywordsOf } from '../../language/grammar-keywords.js';
import { JourneyLanguageGrammar } from '../../language/generated/grammar.js';
import { nearestFirst } from '../../language/nearest-first.js';
import { involvedPersonas } from '../../language/persona-emotions.js';
import type { JourneyLspServices } from '../journey-lsp-module.js';
import { keywordLocale, kw, spellingsOf, UNACCENTED_SPANISH, type EnglishKeyword } from './keywords.js';
import { suppressionCompletion } from './suppression-completion.js';

/** The rule a keyword starts, for the keywords that get a snippet. */
const SNIPPET_RULES: Record<string, EnglishKeyword> = {
    Persona: 'persona',
    Team: 'team',
    Channel: 'channel',
    Journey: 'journey',
    Phase: 'phase',
    Touchpoint: 'touchpoint',
    Gap: 'gap',
    Opportunity: 'opportunity',
    Kpi: 'kpi',
};

/** Lists whose entries are not repeated: a persona or channel already in the list is not offered again. */
const LISTS_WITHOUT_REPEATS = new Set(['personas', 'channels']);

/** Keywords after which typing a space opens completion (what follows is a choice). */
const SPACE_TRIGGERS = choiceKeywordsOf(JourneyLanguageGrammar());
/** `emotion Ana ` : after a persona's emotion keyword and id, a space opens the scores. */
const AFTER_EMOTION_PERSONA = new RegExp(`(?:^|[\\s{])(?:${startKeywordsOf(JourneyLanguageGrammar(), 'Emotion').join('|')})[ \\t]+${ID_SOURCE}[ \\t]$`, 'u');

export class JourneyCompletionProvider extends DefaultCompletionProvider {
    private readonly journey: JourneyLspServices;

    constructor(services: JourneyLspServices) {
        super(services);
        this.journey = services;
    }

    override readonly completionOptions = { triggerCharacters: [' ', ','] };

    private get keywordLanguage(): Locale {
        return this.journey.preferences.keywordLanguage;
    }

    private get locale(): Locale {
        return this.journey.preferences.locale;
    }

    /**
     * Langium re-parses the whole text up to the cursor (up to three times) to know what may
     * come next. Every phase and touchpoint starts in the same parser state (inside a phase,
     * inside a journey), so the parse can start at the enclosing touchpoint or phase, behind a
     * synthetic `journey … {` / `phase … {` header: same answer, in time independent of the file size.
     */
    /** From which cursor offset the parse for completion starts at the enclosing touchpoint or phase. */
    shortenFrom = 20_000;

    protected override findFeaturesAt(document: TextDocument, offset: number): NextFeature[] {
        const shortened = this.shortenedPrefix(document, offset);
        if (!shortened) return super.findFeaturesAt(document, offset);
        return super.findFeaturesAt(TextDocument.create(document.uri, document.languageId, document.version, shortened), shortened.length);
    }

    private shortenedPrefix(document: TextDocument, offset: number): string | undefined {
        if (offset < this.shortenFrom) return undefined;
        const parsed = this.journey.shared.workspace.LangiumDocuments.getDocument(URI.parse(document.uri));
        if (!parsed || parsed.textDocument.version !== document.version) return undefined;
        const restart = this.restartPoint(parsed, offset);
        return restart && restart.headers + document.getText().slice(restart.offset, offset);
    }

    /**
     * The start of the touchpoint or phase the cursor is in (or after), and the headers of its
     * containers (`journey X "…" {`, `phase P {`) that put a parser in the same state there.
     */
    private restartPoint(document: LangiumDocument, offset: number): { offset: number; headers: string } | undefined {
        const root = document.parseResult.value.$cstNode;
        const leaf = root && CstUtils.findLeafNodeBeforeOffset(root, offset);
        const start = leaf?.astNode && (AstUtils.getContainerOfType(leaf.astNode, isTouchpoint) ?? AstUtils.getContainerOfType(leaf.astNode, isPhase));
        const startCst = start?.$cstNode;
        if (!start || !startCst || startCst.offset > offset) return undefined;
        const firstLeaf = CstUtils.flattenCst(startCst).head();
        if (!firstLeaf || !/^(touchpoint|contacto|phase|fase)$/.test(firstLeaf.text)) return undefined;
        const text = document.textDocument.getText();
        const headers: string[] = [];
        for (let container: AstNode | undefined = start.$container; container && container.$type !== 'Model'; container = container.$container) {
            const cst = container.$cstNode;
            const open = cst && CstUtils.flattenCst(cst).find(l => l.astNode === container && l.text === '{');
            if (!cst || !open || open.end > startCst.offset) return undefined;
            headers.unshift(text.slice(cst.offset, open.end) + '\n');
        }
        return { offset: startCst.offset, headers: headers.join('') };
    }

    private completing: LangiumDocument | undefined;

    override async getCompletion(
        document: LangiumDocument,
        params: CompletionParams,
        cancelToken?: Cancellation.CancellationToken,
    ): Promise<CompletionList | undefined> {
        // In a comment, only a suppression comment's directive and rule ids (space is a trigger character).
        if (insideComment(document.textDocument.getText(), document.textDocument.offsetAt(params.position))) {
            return {
                isIncomplete: false,
                items: suppressionCompletion(document.textDocument, params.position, this.locale, params.context?.triggerCharacter) ?? [],
            };
        }
        // A space triggers completion only after a keyword that takes a reference, a level or a score.
        if (params.context?.triggerCharacter === ' ') {
            const text = document.textDocument.getText();
            const offset = document.textDocument.offsetAt(params.position);
            const recent = text.slice(Math.max(0, offset - 80), offset);
            const before = /([\p{L}-]+)\s$/u.exec(recent)?.[1];
            if ((!before || !SPACE_TRIGGERS.has(before)) && !AFTER_EMOTION_PERSONA.test(recent)) return { isIncomplete: false, items: [] };
        }
        this.completing = document;
        this.ranks = undefined;
        return super.getCompletion(document, params, cancelToken);
    }

    /** Langium lexes the whole text to find the tokens around the cursor; lex only its surroundings. */
    protected override backtrackToAnyToken(text: string, offset: number): CompletionBacktrackingInformation {
        const document = this.completing;
        if (offset < this.shortenFrom || !document || document.textDocument.getText() !== text) return super.backtrackToAnyToken(text, offset);
        const restart = this.restartPoint(document, offset);
        if (!restart) return super.backtrackToAnyToken(text, offset);
        const lineEnd = text.indexOf('\n', offset);
        const window = text.slice(restart.offset, lineEnd < 0 ? text.length : lineEnd);
        const shift = (value: number | undefined) => (value === undefined ? undefined : value + restart.offset);
        const inWindow = super.backtrackToAnyToken(window, offset - restart.offset);
        return {
            nextTokenStart: shift(inWindow.nextTokenStart)!,
            nextTokenEnd: shift(inWindow.nextTokenEnd)!,
            previousTokenStart: shift(inWindow.previousTokenStart),
            previousTokenEnd: shift(inWindow.previousTokenEnd),
        };
    }

    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): MaybePromise<void> {
        if (next.property === 'score' && GrammarAST.isRuleCall(next.feature)) {
            for (let score = 1; score <= 5; score++) {
                acceptor(context, {
                    label: String(score),
                    kind: CompletionItemKind.Value,
                    sortText: `0${score}`,
                    detail: message(this.locale, `emotion.${score}` as 'emotion.1'),
                });
            }
            return;
        }
        return super.completionFor(context, next, acceptor);
    }

    protected override filterKeyword(context: CompletionContext, keyword: GrammarAST.Keyword): boolean {
        if (!super.filterKeyword(context, keyword)) return false;
        if (UNACCENTED_SPANISH.has(keyword.value)) return false;
        const locale = keywordLocale(keyword.value);
        return locale === 'both' || locale === this.keywordLanguage;
    }

    protected override completionForKeyword(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor): MaybePromise<void> {
        if (!this.filterKeyword(context, keyword)) return;
        const rule = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule)?.name;
        // The other language's spellings match as one types (`equ` finds `team`); the label stays in the keyword language.
        const filterText = spellingsOf(keyword.value, rule).join(' ');
        const snippetOf = rule ? SNIPPET_RULES[rule] : undefined;
        if (snippetOf && kw(this.keywordLanguage, snippetOf) === keyword.value && this.isLeadingKeyword(keyword)) {
            // One item per keyword: where it starts a declaration, the skeleton of it.
            acceptor(context, {
                label: keyword.value,
                kind: CompletionItemKind.Snippet,
                sortText: '2',
                filterText,
                detail: message(this.locale, 'snippet.detail', keyword.value),
                insertText: this.snippet(snippetOf),
                insertTextFormat: InsertTextFormat.Snippet,
            });
            return;
        }
        let detail: string | undefined;
        if (rule === 'Horizon') detail = message(this.locale, `horizon.${normalizeHorizon(keyword.value as Horizon)!}`);
        else if (rule === 'Level') detail = message(this.locale, `level.${normalizeLevel(keyword.value as Level)!}`);
        acceptor(context, {
            label: keyword.value,
            kind: detail ? CompletionItemKind.EnumMember : CompletionItemKind.Keyword,
            detail,
            sortText: detail ? '0' : '1',
            filterText,
        });
    }

    /** Langium keeps the items whose label matches what is typed; a keyword also stays when one of its other spellings does. */
    protected override fillCompletionItem(context: CompletionContext, item: CompletionValueItem): CompletionItem | undefined {
        const spellings = item.filterText?.split(' ');
        if (!spellings || typeof item.label !== 'string') return super.fillCompletionItem(context, item);
        const typed = context.textDocument.getText().slice(context.tokenOffset, context.offset);
        const matching = spellings.find(spelling => this.fuzzyMatcher.match(typed, spelling)) ?? item.label;
        const filled = super.fillCompletionItem(context, { ...item, label: matching, insertText: item.insertText ?? item.label });
        return filled && { ...filled, label: item.label };
    }

    /**
     * A word typed where nothing parses yet (`equ` at the top of a file) is replaced by the item,
     * not completed after: Langium puts such a context's start at the cursor.
     */
    protected override *buildContexts(document: LangiumDocument, position: Position): IterableIterator<CompletionContext> {
        for (const context of super.buildContexts(document, position)) {
            if (context.node || context.tokenOffset !== context.offset) {
                yield context;
                continue;
            }
            const text = document.textDocument.getText();
            const word = /[\p{L}\p{M}\p{N}_-]+$/u.exec(text.slice(Math.max(0, context.offset - 100), context.offset))?.[0] ?? '';
            yield { ...context, tokenOffset: context.offset - word.length };
        }
    }

    /**
     * A persona or channel that the list at the cursor already names is not offered again; after
     * `emotion`, only the personas involved in the touchpoint (LANGUAGE.md "Emotions per persona").
     */
    protected override getReferenceCandidates(refInfo: ReferenceInfo, context: CompletionContext): Stream<AstNodeDescription> {
        const candidates = super.getReferenceCandidates(refInfo, context);
        if (refInfo.container.$type === 'Emotion' && refInfo.property === 'persona') {
            const touchpoint = AstUtils.getContainerOfType(context.node ?? refInfo.container, isTouchpoint);
            if (!touchpoint) return candidates;
            const involved = new Set(involvedPersonas(touchpoint).map(reference => reference.$refText));
            return candidates.filter(candidate => involved.has(candidate.name));
        }
        if (!LISTS_WITHOUT_REPEATS.has(refInfo.property)) return candidates;
        const listed = (refInfo.container as unknown as Record<string, Reference[] | undefined>)[refInfo.property] ?? [];
        const named = new Set(
            listed
                .filter(reference => !reference.$refNode || reference.$refNode.offset > context.offset || reference.$refNode.end < context.offset)
                .map(reference => reference.$refText),
        );
        return candidates.filter(candidate => !named.has(candidate.name));
    }

    /** `channel` starts a Channel declaration, but is a property inside a touchpoint. */
    private isLeadingKeyword(keyword: GrammarAST.Keyword): boolean {
        const rule = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule);
        if (!rule) return false;
        const first = AstUtils.streamAst(rule.definition).find(GrammarAST.isKeyword);
        const group: AstNode | undefined = first?.$container;
        return first !== undefined && (first === keyword || (GrammarAST.isAlternatives(group) && group.elements.includes(keyword)));
    }

    protected override createReferenceCompletionItem(description: AstNodeDescription, refInfo: ReferenceInfo, context: CompletionContext): CompletionValueItem {
        const item = super.createReferenceCompletionItem(description, refInfo, context);
        const node = this.loadNode(description);
        const title = node && 'name' in node ? titleOf(node as AstNode & { name: string; title?: string }) : undefined;
        const kindKey = `kind.${description.type}` as 'kind.Persona';
        const type = description.type;
        const ranked =
            type === 'Team' || type === 'Channel'
                ? { sortText: `0${String(this.rank(context.node ?? refInfo.container, type, description.name)).padStart(4, '0')}` }
                : {};
        // The title in the list, beside the id that is inserted; the kind when the title is the id.
        const shown = title && title !== description.name ? title : message(this.locale, kindKey);
        return { ...item, ...ranked, detail: title ?? description.name, labelDetails: { description: shown } };
    }

    /** Teams and channels used in the phase, then in the journey, come first (language/nearest-first.ts); made once per request. */
    private ranks: { at: AstNode; type: 'Team' | 'Channel'; ranks: Map<string, number> } | undefined;

    private rank(at: AstNode, type: 'Team' | 'Channel', name: string): number {
        if (this.ranks?.at !== at || this.ranks.type !== type) {
            const names = [...new Set(this.journey.shared.workspace.IndexManager.elementsInProjectOf(type, AstUtils.getDocument(at).uri).map(d => d.name))];
            this.ranks = { at, type, ranks: new Map(nearestFirst(at, names, type).map((ranked, index) => [ranked.name, index])) };
        }
        return this.ranks.ranks.get(name) ?? this.ranks.ranks.size;
    }

    private loadNode(description: AstNodeDescription): AstNode | undefined {
        if (description.node) return description.node;
        const document = this.journey.shared.workspace.LangiumDocuments.getDocument(description.documentUri);
        return document ? this.journey.workspace.AstNodeLocator.getAstNode(document.parseResult.value, description.path) : undefined;
    }

    /** A choice of the workspace's declared ids, or a placeholder. */
    private choice(index: number, type: 'Team' | 'Channel' | 'Persona', placeholder: string): string {
        const names = [...new Set(this.journey.shared.workspace.IndexManager.allElements(type).map(d => d.name))].sort();
        return names.length > 0 && names.length <= 30 ? `\${${index}|${names.join(',')}|}` : `\${${index}:${placeholder}}`;
    }

    snippet(of: EnglishKeyword): string {
        const k = (keyword: EnglishKeyword) => kw(this.keywordLanguage, keyword);
        const team = (index: number) => this.choice(index, 'Team', 'Team');
        switch (of) {
            case 'persona':
                return `persona \${1:Id} "\${2:Title}" {\n\t${k('role')} "$3"\n\t${k('goal')} "$4"\n\t${k('need')} "$5"\n\t${k('concern')} "$6"\n}`;
            case 'team':
                return `${k('team')} \${1:Id} "\${2:Title}" {\n\t${k('lead')} "$3"\n}`;
            case 'channel':
                return `${k('channel')} \${1:Id} "\${2:Title}"`;
            case 'journey':
                return `${k('journey')} \${1:Id} "\${2:Title}" {\n\tpersona ${this.choice(3, 'Persona', 'Persona')}\n\t${k('description')} "$4"\n\n\t${k('phase')} \${5:Phase} "\${6:Title}" {\n\t\t${k('moment')} \${7:0}\n\t\t$0\n\t}\n}`;
            case 'phase':
                return `${k('phase')} \${1:Id} "\${2:Title}" {\n\t${k('moment')} \${3:0}\n\t$0\n}`;
            case 'touchpoint':
                return `${k('touchpoint')} \${1:Id} "\${2:Title}" {\n\t${k('channel')} ${this.choice(3, 'Channel', 'channel')}\n\t${k('owner')} ${team(4)}\n\t${k('action')} "$5"\n\t${k('emotion')} \${6|1,2,3,4,5|} "$7"\n}`;
            case 'gap':
                return `${k('gap')} "\${1:Title}" {\n\t${k('current')} "$2"\n\t${k('target')} "$3"\n\t${k('change')} "$4"\n\t${k('owner')} ${team(5)}\n}`;
            case 'opportunity':
                return `${k('opportunity')} "\${1:Title}" {\n\t${k('horizon')} \${2|${[k('short'), k('medium'), k('long')].join(',')}|}\n\t${k('owner')} ${team(3)}\n}`;
            case 'kpi':
                return `${k('kpi')} "\${1:Title}" {\n\t${k('current')} \${2:0}\n\t${k('target')} \${3:0}\n\t${k('unit')} "$4"\n}`;
            default:
                return k(of);
        }
    }
}

/** Where a line's code ends: the offset of a `//` or `/*` outside strings, or -1. */
function commentStart(line: string, from: '//' | '/*' | 'any'): number {
    let inString = false;
    for (let i = 0; i < line.length; i++) {
        const char = line[i];
        if (inString) {
            if (char === '\\') i++;
            else if (char === '"') inString = false;
        } else if (char === '"') {
            inString = true;
        } else if (char === '/' && (line[i + 1] === '/' || line[i + 1] === '*')) {
            if (from === 'any' || line.slice(i, i + 2) === from) return i;
        }
    }
    return -1;
}

/** Is the offset inside a `//` or `/* *\/` comment? */
export function insideComment(text: string, offset: number): boolean {
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    if (commentStart(text.slice(lineStart, offset), '//') >= 0) return true;
    const open = text.lastIndexOf('/*', offset - 1);
    if (open < 0 || text.lastIndexOf('*/', offset - 1) > open || open + 2 > offset) return false;
    const openLineStart = text.lastIndexOf('\n', open - 1) + 1;
    return commentStart(text.slice(openLineStart, open + 2), 'any') === open - openLineStart;
}
