// Hover: a persona's card, a team's lead and the touchpoints it owns (workspace-wide), a
// touchpoint's phase, emotion and owner, a channel's title, and, over a lint finding, the
// rule's id and what it checks. Markdown, in the user's language.
import type { AstNode, LangiumDocument } from 'langium';
import { AstUtils, CstUtils, GrammarAST } from 'langium';
import { AstNodeHoverProvider } from 'langium/lsp';
import type { Hover, HoverParams, Position } from 'vscode-languageserver';
import { effectiveOwner, first, titleOf } from '../../language/ast-queries.js';
import type { Channel, Emotion, Journey, Model, Persona, Phase, Team, Touchpoint } from '../../language/generated/ast.js';
import type { Locale } from '../../language/i18n/locale.js';
import { describeRule, message, type MessageKey } from '../../language/i18n/messages.js';
import { DEFAULT_SEVERITY, isRuleId } from '../../language/lint/rules.js';
import { namedRuleIds } from '../../language/lint/suppressions.js';
import { rangeContains } from '../../language/model/source-range.js';
import { personaEmotions, sharedEmotion } from '../../language/persona-emotions.js';
import type { JourneyLspServices } from '../journey-lsp-module.js';
import { KEYWORDS, LEVEL_KEYWORDS } from './keywords.js';

const MAX_LISTED = 25;

export function md(text: string): string {
    return text.replace(/([\\`*_[\]<>#|~])/g, '\\$1');
}

export class JourneyHoverProvider extends AstNodeHoverProvider {
    constructor(private readonly services: JourneyLspServices) {
        super(services);
    }

    private get locale(): Locale {
        return this.services.preferences.locale;
    }

    private t(key: MessageKey, ...args: (string | number)[]): string {
        return message(this.locale, key, ...args);
    }

    override async getHoverContent(document: LangiumDocument, params: HoverParams): Promise<Hover | undefined> {
        const parts: string[] = [];
        const nodeHover = await super.getHoverContent(document, params);
        if (nodeHover && typeof nodeHover.contents === 'object' && 'value' in nodeHover.contents) parts.push(nodeHover.contents.value);
        else {
            const word = this.keywordAt(document, params.position) ?? this.suppressedRuleAt(document, params.position);
            if (word) parts.push(word);
        }
        for (const diagnostic of document.diagnostics ?? []) {
            if (!rangeContains(diagnostic.range, params.position)) continue;
            const code = diagnostic.code;
            if (isRuleId(code)) parts.push(`**${code}**: ${md(describeRule(this.locale, code))}`);
        }
        if (parts.length === 0) return undefined;
        return { contents: { kind: 'markdown', value: parts.join('\n\n---\n\n') } };
    }

    /** A rule id named by a suppression comment (`// journey-lint-disable-next-line missing-owner`): what it checks. */
    private suppressedRuleAt(document: LangiumDocument, position: Position): string | undefined {
        const line = document.textDocument.getText({ start: { line: position.line, character: 0 }, end: { line: position.line + 1, character: 0 } });
        const rule = namedRuleIds(line).find(named => named.character <= position.character && position.character <= named.character + named.rule.length)?.rule;
        return rule !== undefined && isRuleId(rule) ? `**${rule}** (${DEFAULT_SEVERITY[rule]}): ${md(describeRule(this.locale, rule))}` : undefined;
    }

    /** A keyword in both languages: `emotion` · `emoción`. */
    private keywordAt(document: LangiumDocument, position: Position): string | undefined {
        const root = document.parseResult.value.$cstNode;
        const leaf = root && CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(position));
        if (!leaf || !GrammarAST.isKeyword(leaf.grammarSource) || !/\p{L}/u.test(leaf.text)) return undefined;
        const pair = bilingual(leaf.text, AstUtils.getContainerOfType(leaf.grammarSource, GrammarAST.isParserRule)?.name);
        return pair && pair.en !== pair.es ? `\`${pair.en}\` · \`${pair.es}\`` : undefined;
    }

    protected override getAstNodeHoverContent(node: AstNode): string | undefined {
        switch (node.$type) {
            case 'Persona':
                return this.persona(node as Persona);
            case 'Team':
                return this.team(node as Team);
            case 'Channel':
                return this.heading('kind.Channel', node as Channel);
            case 'Journey':
                return this.journey(node as Journey);
            case 'Phase':
                return this.phase(node as Phase);
            case 'Touchpoint':
                return this.touchpoint(node as Touchpoint);
            default:
                return undefined;
        }
    }

    private heading(kind: MessageKey, node: { name: string; title?: string }): string {
        const title = titleOf(node);
        return `**${this.t(kind)}** ${md(title)}${title !== node.name ? ` (\`${node.name}\`)` : ''}`;
    }

    private persona(persona: Persona): string {
        const lines = [this.heading('kind.Persona', persona)];
        const section = (key: MessageKey, values: string[]) => {
            if (values.length === 1) lines.push(`**${this.t(key)}:** ${md(values[0])}`);
            else if (values.length > 1) lines.push(`**${this.t(key)}:**\n${values.map(value => `- ${md(value)}`).join('\n')}`);
        };
        section('hover.role', persona.roles);
        section('hover.goals', persona.goals);
        section('hover.needs', persona.needs);
        section('hover.concerns', persona.concerns);
        for (const quote of persona.quotes) lines.push(`> *${md(quote)}*`);
        lines.push(this.journeysOf(persona));
        return lines.join('\n\n');
    }

    /** The journeys of the workspace that involve the persona: in how many touchpoints, and their average emotion there. */
    private journeysOf(persona: Persona): string {
        const rows: string[] = [];
        for (const document of this.services.shared.workspace.LangiumDocuments.all) {
            for (const declaration of (document.parseResult.value as Model).declarations ?? []) {
                if (declaration.$type !== 'Journey') continue;
                let count = 0;
                const scores: number[] = [];
                for (const phase of declaration.phases) {
                    for (const touchpoint of phase.touchpoints) {
                        const felt = personaEmotions(touchpoint).find(
                            ({ persona: reference }) => reference.$refText === persona.name && reference.ref === persona,
                        );
                        if (!felt) continue;
                        count++;
                        if (felt.emotion) scores.push(felt.emotion.score);
                    }
                }
                if (count === 0) continue;
                const touchpoints = count === 1 ? this.t('lens.touchpoint') : this.t('lens.touchpoints', count);
                const average = scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : undefined;
                rows.push(
                    `- ${
                        average === undefined
                            ? this.t('hover.persona-in-journey-no-emotion', md(titleOf(declaration)), touchpoints)
                            : this.t(
                                  'hover.persona-in-journey',
                                  md(titleOf(declaration)),
                                  touchpoints,
                                  average.toLocaleString(this.locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 }),
                              )
                    }`,
                );
            }
        }
        if (rows.length > MAX_LISTED) rows.splice(MAX_LISTED, rows.length, `- … (+${rows.length - MAX_LISTED})`);
        return `**${this.t('hover.journeys-of-persona')}:**${rows.length ? '\n' + rows.join('\n') : ' ' + this.t('hover.none')}`;
    }

    private team(team: Team): string {
        const lines = [this.heading('kind.Team', team)];
        for (const lead of team.leads) lines.push(`**${this.t('hover.lead')}:** ${md(lead)}`);
        const owned = this.touchpointsOwnedBy(team);
        const listed = owned.slice(0, MAX_LISTED).map(touchpoint => {
            const phase = touchpoint.$container;
            return `- ${md(titleOf(phase.$container))} › ${md(titleOf(phase))} › ${md(titleOf(touchpoint))}`;
        });
        if (owned.length > MAX_LISTED) listed.push(`- … (+${owned.length - MAX_LISTED})`);
        lines.push(`**${this.t('hover.owns')} (${owned.length}):**${listed.length ? '\n' + listed.join('\n') : ' ' + this.t('hover.none')}`);
        return lines.join('\n\n');
    }

    /** Touchpoints of the whole workspace whose owner (own or phase default) is this team. */
    private touchpointsOwnedBy(team: Team): Touchpoint[] {
        const result: Touchpoint[] = [];
        for (const document of this.services.shared.workspace.LangiumDocuments.all) {
            const model = document.parseResult.value as Model;
            for (const declaration of model.declarations ?? []) {
                if (declaration.$type !== 'Journey') continue;
                for (const phase of declaration.phases) {
                    for (const touchpoint of phase.touchpoints) {
                        const owner = effectiveOwner(touchpoint);
                        if (owner && owner.$refText === team.name && owner.ref === team) result.push(touchpoint);
                    }
                }
            }
        }
        return result;
    }

    private journey(journey: Journey): string {
        const lines = [this.heading('kind.journey', journey)];
        const personas = journey.personas.map(ref => (ref.ref ? titleOf(ref.ref) : ref.$refText));
        if (personas.length) lines.push(`**${this.t('hover.personas')}:** ${personas.map(md).join(', ')}`);
        if (journey.descriptions.length) lines.push(md(journey.descriptions[0]));
        const count = journey.phases.reduce((sum, phase) => sum + phase.touchpoints.length, 0);
        lines.push(this.t('lens.touchpoints', count));
        return lines.join('\n\n');
    }

    private phase(phase: Phase): string {
        const lines = [this.heading('kind.phase', phase)];
        lines.push(`**${this.t('hover.journey')}:** ${md(titleOf(phase.$container))}`);
        const moment = first(phase.moments);
        if (moment !== undefined) lines.push(`**${this.t('hover.moment')}:** ${moment}`);
        const owner = first(phase.owners);
        if (owner) lines.push(`**${this.t('hover.owner')}:** ${md(owner.ref ? titleOf(owner.ref) : owner.$refText)}`);
        lines.push(`**${this.t('hover.touchpoints')}:** ${phase.touchpoints.map(tp => md(titleOf(tp))).join(', ') || this.t('hover.none')}`);
        return lines.join('\n\n');
    }

    /** `2 "irritated" (negative)` */
    private emotionText(emotion: Emotion): string {
        const meaning =
            Number.isInteger(emotion.score) && emotion.score >= 1 && emotion.score <= 5 ? ` (${this.t(`emotion.${emotion.score}` as MessageKey)})` : '';
        return `${emotion.score}${emotion.label ? ` "${md(emotion.label)}"` : ''}${meaning}`;
    }

    private touchpoint(touchpoint: Touchpoint): string {
        const lines = [this.heading('kind.touchpoint', touchpoint)];
        lines.push(`**${this.t('hover.phase')}:** ${md(titleOf(touchpoint.$container))}`);
        if (touchpoint.emotions.some(emotion => emotion.persona !== undefined)) {
            // Personas feel differently here: each involved persona's own emotion, else the shared one.
            const felt = personaEmotions(touchpoint).map(
                ({ id, persona, emotion }) => `- ${md(persona.ref ? titleOf(persona.ref) : id)}: ${emotion ? this.emotionText(emotion) : this.t('hover.none')}`,
            );
            lines.push(`**${this.t('hover.emotions')}:**${felt.length ? '\n' + felt.join('\n') : ' ' + this.t('hover.none')}`);
        } else {
            const emotion = sharedEmotion(touchpoint);
            lines.push(`**${this.t('hover.emotion')}:** ${emotion ? this.emotionText(emotion) : this.t('hover.none')}`);
        }
        const owner = effectiveOwner(touchpoint);
        if (owner) {
            const name = md(owner.ref ? titleOf(owner.ref) : owner.$refText);
            lines.push(`**${this.t('hover.owner')}:** ${touchpoint.owners.length ? name : this.t('hover.owner-default', name)}`);
        } else {
            lines.push(`**${this.t('hover.owner')}:** ${this.t('hover.none')}`);
        }
        const channel = first(touchpoint.channels);
        if (channel) lines.push(`**${this.t('hover.channel')}:** ${md(channel.ref ? titleOf(channel.ref) : channel.$refText)}`);
        return lines.join('\n\n');
    }
}

/** The English and canonical Spanish spellings of a keyword. */
function bilingual(keyword: string, rule: string | undefined): { en: string; es: string } | undefined {
    if (rule === 'Level') {
        const entry = Object.entries(LEVEL_KEYWORDS).find(([en, spellings]) => en === keyword || spellings.es === keyword);
        return entry && { en: entry[1].en, es: entry[1].es };
    }
    const unaccented = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '');
    for (const [en, es] of Object.entries(KEYWORDS)) {
        if (keyword === en || keyword === es || keyword === unaccented(es)) return { en, es };
    }
    return undefined;
}
