// Quick fixes for the lint rules of LANGUAGE.md, and "fix all" (per rule and source.fixAll).
// Each fix edits the file so that the finding it fixes goes away; inserted keywords follow
// the language the surrounding block is written in (English or Spanish). A skeleton (a kpi,
// an opportunity, a gap's values, an emotion, a touchpoint) comes as a snippet with tab stops
// on its values where the client applies snippet edits (snippet-edits.ts).
import type { AstNode, LangiumDocument, URI } from 'langium';
import { AstUtils, CstUtils, GrammarUtils } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Command, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import type { Declaration, Emotion, Gap, Journey, Kpi, Model, Opportunity, Phase, Touchpoint } from '../../language/generated/ast.js';
import { titleOf } from '../../language/ast-queries.js';
import { message } from '../../language/i18n/messages.js';
import { isIdentifier } from '../../language/identifier.js';
import type { Locale } from '../../language/i18n/locale.js';
import { isRuleId, RULE_IDS, ruleMeta, UNKNOWN_RULE, type RuleId } from '../../language/lint/rules.js';
import { DIRECTIVES } from '../../language/lint/suppressions.js';
import { clearFirst, nearestFirst } from '../../language/nearest-first.js';
import { similarNames } from '../../language/similar-names.js';
import type { JourneyLspServices } from '../journey-lsp-module.js';
import { HORIZON_KEYWORDS, kw, languageOf, type EnglishKeyword } from './keywords.js';
import { plainTextOf, snippetWorkspaceEdit } from './snippet-edits.js';

export class JourneyCodeActionProvider implements CodeActionProvider {
    /** Whether the client applies SnippetTextEdits of a workspace edit (it says so when it starts). */
    snippetEditSupport = false;

    constructor(private readonly services: JourneyLspServices) {
        services.shared.lsp.LanguageServer.onInitialize(params => {
            this.snippetEditSupport = params.capabilities.workspace?.workspaceEdit?.snippetEditSupport === true;
        });
    }

    private get locale(): Locale {
        return this.services.preferences.locale;
    }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): Array<Command | CodeAction> {
        const only = params.context.only;
        const wants = (kind: string) => !only || only.some(requested => kind === requested || kind.startsWith(requested + '.'));
        const actions: CodeAction[] = [];
        if (wants(CodeActionKind.QuickFix)) {
            const rulesSeen = new Set<RuleId>();
            for (const diagnostic of params.context.diagnostics) {
                if (diagnostic.code === UNKNOWN_RULE) actions.push(...this.ruleIdFixes(document, diagnostic));
                const rule = ruleOf(diagnostic);
                if (!rule) continue;
                actions.push(...this.fixesFor(document, diagnostic, rule, this.snippetEditSupport));
                rulesSeen.add(rule);
            }
            for (const rule of rulesSeen) {
                if (!ruleMeta(rule).fixAll) continue;
                const all = (document.diagnostics ?? []).filter(diagnostic => ruleOf(diagnostic) === rule);
                if (all.length < 2) continue;
                const action = this.fixAll(document, all, message(this.locale, 'fix.all', rule), CodeActionKind.QuickFix);
                if (action) actions.push(action);
            }
        }
        if (only && wants(CodeActionKind.SourceFixAll)) {
            const all = (document.diagnostics ?? []).filter(diagnostic => {
                const rule = ruleOf(diagnostic);
                return rule !== undefined && ruleMeta(rule).fixAll;
            });
            const action = all.length > 0 ? this.fixAll(document, all, message(this.locale, 'fix.all-source'), CodeActionKind.SourceFixAll) : undefined;
            if (action) actions.push(action);
        }
        return withLineEndingsOf(document, actions);
    }

    /** One action applying the first fix of each finding. */
    private fixAll(document: LangiumDocument, diagnostics: Diagnostic[], title: string, kind: string): CodeAction | undefined {
        const edits: TextEdit[] = [];
        for (const diagnostic of diagnostics) {
            const fix = this.fixesFor(document, diagnostic, ruleOf(diagnostic)!)[0];
            const fixEdits = fix?.edit?.changes?.[document.textDocument.uri];
            if (fixEdits) edits.push(...fixEdits);
        }
        if (edits.length === 0) return undefined;
        return { title, kind, diagnostics, edit: { changes: { [document.textDocument.uri]: edits } } };
    }

    /** The fixes of a finding; `snippets`: skeletons as snippet edits (fix all takes their plain text). */
    fixesFor(document: LangiumDocument, diagnostic: Diagnostic, rule: RuleId, snippets = false): CodeAction[] {
        if (!ruleMeta(rule).fixable) return [];
        const node = this.nodeAt(document, diagnostic, rule);
        if (!node) return [];
        const data = (diagnostic.data ?? {}) as Record<string, unknown>;
        const lang = languageOf(node, this.services.preferences.keywordLanguage);
        const k = (keyword: EnglishKeyword) => kw(lang, keyword);
        const t = this.locale;
        const action = (title: string, edits: TextEdit[], preferred = false): CodeAction => ({
            title,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            isPreferred: preferred || undefined,
            edit: { changes: { [document.textDocument.uri]: edits } },
        });
        // A skeleton's values are tab stops ($1, ${2:default}); the title shows its plain text.
        const skeleton = (title: string, edit: TextEdit): CodeAction => ({
            title: plainTextOf(title),
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            isPreferred: true,
            edit: snippetWorkspaceEdit(document, [edit], snippets),
        });
        switch (rule) {
            case 'missing-owner':
            case 'gap-without-owner': {
                const teams = this.declaredNames('Team', document.uri);
                const ranked = nearestFirst(node, teams, 'Team');
                const fixes = ranked.map(({ name: team }, index) =>
                    action(message(t, 'fix.set-owner', team), [insertIntoBlock(document, node, [`${k('owner')} ${team}`])], index === 0 && clearFirst(ranked)),
                );
                // What the message suggests too: the phase's default owner, for all its touchpoints
                // without one; offered for the team that owns the most in the phase.
                if (rule === 'missing-owner' && ranked[0]?.inPhase > 0) {
                    const phase = (node as Touchpoint).$container;
                    fixes.splice(
                        1,
                        0,
                        action(message(t, 'fix.set-phase-owner', ranked[0].name, titleOf(phase)), [
                            insertBeforeChildren(document, phase, [`${k('owner')} ${ranked[0].name}`]),
                        ]),
                    );
                }
                const name = uniqueName(message(t, 'new-team.name'), new Set(teams));
                fixes.push(
                    action(message(t, 'fix.declare-team'), [
                        insertIntoBlock(document, node, [`${k('owner')} ${name}`]),
                        appendDeclaration(document, `${k('team')} ${name} ${quote(message(t, 'new-team.title'))}`),
                    ]),
                );
                return fixes;
            }
            case 'gap-without-target': {
                const missing = data.missing ?? ((node as Gap).currents.length === 0 ? ((node as Gap).targets.length === 0 ? 'both' : 'current') : 'target');
                const lines = [
                    ...(missing === 'both' || missing === 'current' ? [`${k('current')} "$1"`] : []),
                    ...(missing === 'both' || missing === 'target' ? [`${k('target')} "$${missing === 'both' ? 2 : 1}"`] : []),
                ];
                return [skeleton(message(t, 'fix.insert', lines.join(', ')), insertIntoBlock(document, node, lines))];
            }
            case 'empty-phase': {
                const journey = (node as Phase).$container;
                const taken = new Set(journey.phases.flatMap(phase => phase.touchpoints.map(tp => tp.name)));
                const name = uniqueName(message(t, 'new-touchpoint.name'), taken);
                return [
                    skeleton(
                        message(t, 'fix.insert-touchpoint'),
                        insertIntoBlock(document, node, [
                            `${k('touchpoint')} \${1:${name}} "$2" {`,
                            `  ${k('action')} "$3"`,
                            `  ${k('emotion')} \${4:3} "$5"`,
                            '}',
                        ]),
                    ),
                ];
            }
            case 'missing-emotion': {
                // The shared line covers everyone; or a line of their own for each persona without one.
                const personas = Array.isArray(data.personas) ? data.personas.filter((id): id is string => typeof id === 'string' && isIdentifier(id)) : [];
                return [
                    skeleton(message(t, 'fix.insert', `${k('emotion')} 3 ""`), insertIntoBlock(document, node, [`${k('emotion')} \${1:3} "$2"`])),
                    ...personas.map(persona => ({
                        ...skeleton(
                            message(t, 'fix.insert-persona-emotion', persona),
                            insertIntoBlock(document, node, [`${k('emotion')} ${persona} \${1:3} "$2"`]),
                        ),
                        isPreferred: false,
                    })),
                ];
            }
            case 'persona-not-involved': {
                const emotion = node as Emotion;
                const persona = emotion.persona?.$refText;
                if (!persona) return [];
                return [
                    action(
                        message(t, 'fix.involve-persona', persona, titleOf(emotion.$container)),
                        [involvePersona(document, emotion.$container, persona)],
                        true,
                    ),
                    action(message(t, 'fix.remove-emotion-line'), [removeNode(document, emotion)]),
                ];
            }
            case 'repeated-reference': {
                const repeat = removeRepeat(document, diagnostic, data.removes === 'item' ? 'item' : 'line');
                return repeat ? [action(message(t, 'fix.remove-repeat', document.textDocument.getText(diagnostic.range)), [repeat], true)] : [];
            }
            case 'unaddressed-pain': {
                const horizons = (['short', 'medium', 'long'] as const).map(horizon => HORIZON_KEYWORDS[horizon][lang]).join(',');
                return [
                    skeleton(
                        message(t, 'fix.insert-opportunity'),
                        insertIntoBlock(document, node, [`${k('opportunity')} "$1" {`, `  ${k('horizon')} \${2|${horizons}|}`, '}']),
                    ),
                ];
            }
            case 'missing-persona':
                return this.declaredNames('Persona', document.uri).map(persona =>
                    action(message(t, 'fix.add-persona', persona), [insertIntoBlock(document, node, [`persona ${persona}`], 'start')]),
                );
            case 'emotion-out-of-range': {
                const emotion = node as Emotion;
                const scoreNode = GrammarUtils.findNodeForProperty(emotion.$cstNode, 'score');
                if (!scoreNode) return [];
                const score = typeof data.score === 'number' ? data.score : emotion.score;
                const clamped = Math.min(5, Math.max(1, Math.round(score)));
                return [action(message(t, 'fix.clamp-emotion', clamped), [{ range: scoreNode.range, newText: String(clamped) }], true)];
            }
            case 'unresolved-reference': {
                const kind = data.kind === 'team' || data.kind === 'channel' || data.kind === 'persona' ? data.kind : undefined;
                const name = typeof data.name === 'string' ? data.name : document.textDocument.getText(diagnostic.range);
                if (!kind || !isIdentifier(name)) return [];
                const keyword = kind === 'persona' ? 'persona' : k(kind);
                // A typo is likelier than a new declaration: the closest ids first, the clear one preferred.
                const changes = changeToFixes(document, diagnostic, name, this.declaredNames(KIND_TYPE[kind], document.uri), t);
                return [
                    ...changes,
                    action(
                        message(t, 'fix.declare', message(t, `kind.${kind}`), name),
                        [appendDeclaration(document, `${keyword} ${name}`)],
                        changes.length === 0,
                    ),
                ];
            }
            case 'unused-declaration': {
                const declaration = node as Declaration;
                return [action(message(t, 'fix.remove', declaration.name), [removeNode(document, declaration)])];
            }
            case 'opportunity-without-horizon':
                return (['short', 'medium', 'long'] as const).map((horizon, index) =>
                    action(
                        message(t, 'fix.set-horizon', message(t, `horizon.${horizon}`)),
                        [insertIntoBlock(document, node, [`${k('horizon')} ${HORIZON_KEYWORDS[horizon][lang]}`])],
                        index === 0,
                    ),
                );
            case 'kpi-without-target':
                return [skeleton(message(t, 'fix.insert', `${k('target')} ""`), insertIntoBlock(document, node, [`${k('target')} "$1"`]))];
            case 'moment-of-truth-without-kpi':
                return [
                    skeleton(
                        message(t, 'fix.insert-kpi'),
                        insertIntoBlock(document, node, [`${k('kpi')} "$1" {`, `  ${k('current')} "$2"`, `  ${k('target')} "$3"`, `  ${k('unit')} "$4"`, '}']),
                    ),
                ];
            case 'missing-channel': {
                const ranked = nearestFirst(node, this.declaredNames('Channel', document.uri), 'Channel');
                return ranked.map(({ name: channel }, index) =>
                    action(
                        message(t, 'fix.set-channel', channel),
                        [insertIntoBlock(document, node, [`${k('channel')} ${channel}`])],
                        index === 0 && clearFirst(ranked),
                    ),
                );
            }
            default:
                return [];
        }
    }

    /** A suppression comment's misspelt rule id: the rule ids close to it. */
    private ruleIdFixes(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
        const directive = (diagnostic.data as { kind?: string } | undefined)?.kind === 'directive';
        return changeToFixes(document, diagnostic, document.textDocument.getText(diagnostic.range), directive ? DIRECTIVES : RULE_IDS, this.locale);
    }

    /** The node a finding is about, found from the start of the diagnostic's range. */
    private nodeAt(document: LangiumDocument, diagnostic: Diagnostic, rule: RuleId): AstNode | undefined {
        const root = document.parseResult.value as Model;
        if (!root.$cstNode) return undefined;
        const offset = document.textDocument.offsetAt(diagnostic.range.start);
        const leaf = CstUtils.findLeafNodeAtOffset(root.$cstNode, offset);
        const node = leaf?.astNode;
        if (!node) return undefined;
        const type = ruleMeta(rule).node;
        if (type === 'declaration') return AstUtils.getContainerOfType(node, (n): n is Declaration => n.$container?.$type === 'Model');
        if (type === 'at-range') return node;
        return AstUtils.getContainerOfType(node, (n): n is AstNode => n.$type === type);
    }

    /** Ids of the declarations of a type that the file `uri` can refer to (its project's), sorted, without duplicates. */
    private declaredNames(type: 'Team' | 'Channel' | 'Persona', uri: URI): string[] {
        const names = new Set(this.services.shared.workspace.IndexManager.elementsInProjectOf(type, uri).map(description => description.name));
        return [...names].sort((a, b) => a.localeCompare(b));
    }
}

const KIND_TYPE = { team: 'Team', channel: 'Channel', persona: 'Persona' } as const;

/** "Change to …" for each id close to the misspelt one, which the diagnostic's range covers; the clearly closest is preferred. */
function changeToFixes(document: LangiumDocument, diagnostic: Diagnostic, written: string, ids: readonly string[], locale: Locale): CodeAction[] {
    const similar = similarNames(written, ids);
    return similar.map(({ name }, index) => ({
        title: message(locale, 'fix.change-to', name),
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: (index === 0 && (similar.length === 1 || similar[1].distance > similar[0].distance)) || undefined,
        edit: { changes: { [document.textDocument.uri]: [{ range: diagnostic.range, newText: name }] } },
    }));
}

/** The fixes are written with `\n`; in a CRLF file they take its line endings (no mixed endings). */
function withLineEndingsOf(document: LangiumDocument, actions: CodeAction[]): CodeAction[] {
    if (!document.textDocument.getText().includes('\r\n')) return actions;
    const crlf = (text: string) => text.replace(/\r?\n/g, '\r\n');
    for (const action of actions) {
        for (const edit of action.edit?.changes?.[document.textDocument.uri] ?? []) edit.newText = crlf(edit.newText);
        for (const change of action.edit?.documentChanges ?? []) {
            if (!('edits' in change)) continue;
            for (const edit of change.edits) {
                if ('snippet' in edit) edit.snippet.value = crlf(edit.snippet.value);
                else edit.newText = crlf(edit.newText);
            }
        }
    }
    return actions;
}

function ruleOf(diagnostic: Diagnostic): RuleId | undefined {
    const code = (diagnostic.data as { code?: unknown } | undefined)?.code ?? diagnostic.code;
    return isRuleId(code) ? code : undefined;
}

function quote(text: string): string {
    return `"${text.replace(/["\\]/g, match => '\\' + match)}"`;
}

function uniqueName(base: string, taken: ReadonlySet<string>): string {
    if (!taken.has(base)) return base;
    for (let i = 2; ; i++) if (!taken.has(`${base}${i}`)) return `${base}${i}`;
}

function lineIndent(text: string, offset: number): string {
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    return /^[ \t]*/.exec(text.slice(lineStart))![0];
}

/**
 * Inserts property lines into a node's block: before its `}` (or after its `{` with
 * `where = 'start'`), indented one level deeper than the node's line; a node without a
 * block gets one.
 */
export function insertIntoBlock(document: LangiumDocument, node: AstNode, lines: string[], where: 'start' | 'end' = 'end'): TextEdit {
    const text = document.textDocument.getText();
    const cst = node.$cstNode!;
    const own = CstUtils.flattenCst(cst)
        .filter(leaf => leaf.astNode === node)
        .toArray();
    const open = own.find(leaf => leaf.text === '{');
    const close = [...own].reverse().find(leaf => leaf.text === '}');
    const indent = lineIndent(text, cst.offset);
    const inner = indent + '  ';
    const body = lines.map(line => inner + line).join('\n');
    const at = (offset: number) => document.textDocument.positionAt(offset);
    if (!open || !close) {
        return { range: { start: at(cst.end), end: at(cst.end) }, newText: ` {\n${body}\n${indent}}` };
    }
    if (where === 'start') {
        return { range: { start: at(open.end), end: at(open.end) }, newText: `\n${body}` };
    }
    const lineStart = text.lastIndexOf('\n', close.offset - 1) + 1;
    if (text.slice(lineStart, close.offset).trim() === '' && lineStart > open.end) {
        return { range: { start: at(lineStart), end: at(lineStart) }, newText: `${body}\n` };
    }
    const closeIndent = lineIndent(text, close.offset);
    return {
        range: { start: at(close.offset), end: at(close.offset) },
        newText: `\n${body}\n${closeIndent === lineIndent(text, open.offset) ? closeIndent : indent}`,
    };
}

/** Inserts lines into a phase before its first touchpoint (after its moment and other properties), else at its end. */
function insertBeforeChildren(document: LangiumDocument, phase: Phase, lines: string[]): TextEdit {
    const first = phase.touchpoints[0]?.$cstNode;
    if (!first) return insertIntoBlock(document, phase, lines);
    const text = document.textDocument.getText();
    const lineStart = text.lastIndexOf('\n', first.offset - 1) + 1;
    // The touchpoint starts its own line: insert whole lines there, at its indentation.
    if (text.slice(lineStart, first.offset).trim() !== '') return insertIntoBlock(document, phase, lines);
    const indent = lineIndent(text, first.offset);
    const at = document.textDocument.positionAt(lineStart);
    return { range: { start: at, end: at }, newText: lines.map(line => indent + line + '\n').join('') };
}

/** Appends a top-level declaration at the end of the file, after a blank line. */
export function appendDeclaration(document: LangiumDocument, declaration: string): TextEdit {
    const text = document.textDocument.getText();
    const end = document.textDocument.positionAt(text.length);
    const prefix = text.length === 0 ? '' : text.endsWith('\n\n') ? '' : text.endsWith('\n') ? '\n' : '\n\n';
    return { range: { start: end, end }, newText: `${prefix}${declaration}\n` };
}

/**
 * Makes a persona involved in a touchpoint: appended to its `persona` list, or, when it has none
 * (its journey's personas are involved), a list of the journey's personas and this one.
 */
function involvePersona(document: LangiumDocument, touchpoint: Touchpoint, persona: string): TextEdit {
    const last = touchpoint.personas.at(-1)?.$refNode;
    if (last) {
        const at = document.textDocument.positionAt(last.end);
        return { range: { start: at, end: at }, newText: `, ${persona}` };
    }
    const ids = [...new Set([...touchpoint.$container.$container.personas.map(reference => reference.$refText), persona])];
    return insertIntoBlock(document, touchpoint, [`persona ${ids.join(', ')}`], 'start');
}

/** Removes the repeated reference the diagnostic covers: with the comma before it (a list item), or its whole property line. */
function removeRepeat(document: LangiumDocument, diagnostic: Diagnostic, removes: 'item' | 'line'): TextEdit | undefined {
    const text = document.textDocument.getText();
    const start = document.textDocument.offsetAt(diagnostic.range.start);
    const end = document.textDocument.offsetAt(diagnostic.range.end);
    if (removes === 'item') {
        const comma = /,[ \t]*$/.exec(text.slice(0, start));
        if (!comma) return undefined;
        return { range: { start: document.textDocument.positionAt(comma.index), end: diagnostic.range.end }, newText: '' };
    }
    // The property's keyword is the token before the reference (`channel C`, `emotion P 3 "…"`): the node's text from there.
    const root = document.parseResult.value.$cstNode;
    const leaf = root && CstUtils.findLeafNodeAtOffset(root, start);
    const node = leaf?.astNode;
    if (node?.$type === 'Emotion' && node.$cstNode) return removeText(document, node.$cstNode.offset, node.$cstNode.end);
    const keyword = leaf && CstUtils.getPreviousNode(leaf, false);
    return keyword ? removeText(document, keyword.offset, end) : undefined;
}

/** Removes a declaration with its lines (and one blank line, so blank lines do not pile up). */
export function removeNode(document: LangiumDocument, node: AstNode): TextEdit {
    const cst = node.$cstNode!;
    return removeText(document, cst.offset, cst.end);
}

/** Removes [start, end), with its line when nothing else is on it (and one blank line, so blank lines do not pile up). */
function removeText(document: LangiumDocument, from: number, to: number): TextEdit {
    const text = document.textDocument.getText();
    let start = from;
    let end = to;
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    let lineEnd = text.indexOf('\n', end);
    if (lineEnd < 0) lineEnd = text.length;
    if (text.slice(lineStart, start).trim() === '' && text.slice(end, lineEnd).trim() === '') {
        start = lineStart;
        end = Math.min(text.length, lineEnd + 1);
        const blankBefore = start === 0 || /\n[ \t]*\n$/.test(text.slice(0, start)) || start === 0;
        const blankAfter = /^[ \t]*\n/.exec(text.slice(end));
        if (blankBefore && blankAfter) end += blankAfter[0].length;
    }
    return { range: { start: document.textDocument.positionAt(start), end: document.textDocument.positionAt(end) }, newText: '' };
}

export type { Gap, Journey, Kpi, Opportunity, Phase, Touchpoint };
