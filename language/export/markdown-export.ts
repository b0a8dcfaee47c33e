// Markdown export: the journey's Mermaid block (renders on GitHub and most wikis) followed by
// the swimlane grid as tables, one per phase, and the findings. User text is escaped so it
// stays text: what Markdown would read as syntax where it stands is backslash-escaped, table
// pipes too, and line breaks become spaces. The Mermaid text is the generator's, already
// encoded (no backtick can close the fence).
import type { Finding, JourneyView, MapModel, TouchpointView } from '../model/map-model.js';
import { mermaidTextOf } from '../model/mermaid-text-of.js';
import { horizonName, isTextLane, LANES, laneName, rowOfRule, TEXT_LANES, type RowId } from './map-view.js';
import { SEVERITIES, severityCount, severityName } from './severity-labels.js';
import { label, labelLocaleOf, setViewLocale } from './view-labels.js';
import { withoutFindings } from './without-findings.js';

/**
 * Escapes only characters that are syntax where they stand (CommonMark and GitHub's tables and
 * strikethrough), so that a web address keeps every `.`, `-`, `/`, `(` as typed: GitHub and
 * linkify make it a link only when it is one unbroken run of text.
 */
export function escapeMarkdown(text: string): string {
    return (
        text
            .replace(/\r\n|\r|\n/g, ' ')
            // Code spans, emphasis, links and images, HTML and autolinks, table cells, strikethrough.
            .replace(/[\\`*[\]<>|~]/g, char => `\\${char}`)
            // `_` between two letters or digits (snake_case, a_b in a path) can neither open nor close emphasis.
            .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_')
            // An entity reference (`&amp;`, `&#60;`) would be decoded.
            .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&')
            // `#` after a space starts a heading or closes one (`# Title #`); in `page#top` it is text.
            .replace(/(^|\s)#/g, '$1\\#')
            // At the start of a line: a list item (`- `, `+ `, `1. `, `1) `) or a thematic break (`---`).
            .replace(/^(\s*)([-+])/, '$1\\$2')
            .replace(/^(\s*\d+)([.)])/, '$1\\$2')
    );
}

/** The rows of a phase's table: the canvas's lanes, with a touchpoint's channel and owner first. */
const TABLE_ROWS: RowId[] = ['channel', 'owner', ...LANES.filter(row => row !== 'channel' && row !== 'owner')];

const findingText = (finding: Finding) => `${severityName(finding.severity)} \`${finding.rule}\``;

function cell(row: string, touchpoint: TouchpointView): string {
    const join = (values: string[]) => values.map(escapeMarkdown).join('<br>') || '—';
    // The row a finding marks is the canvas's (the rule's record, language/lint/rules.ts).
    const own = (finding: Finding) => rowOfRule(finding.rule) === row;
    const marks = touchpoint.findings
        .filter(own)
        .map(f => ` ⚠ ${findingText(f)}`)
        .join('');
    const ref = (r?: { id: string; title?: string }) => (r ? escapeMarkdown(r.title ?? r.id) : '');
    if (isTextLane(row)) return join(TEXT_LANES[row](touchpoint)) + marks;
    switch (row) {
        case 'channel':
            return (ref(touchpoint.channel) || '—') + marks;
        case 'owner':
            return (
                (touchpoint.owner ? ref(touchpoint.owner) + (touchpoint.ownerInherited ? label(' ({0}’s)', label('phase')) : '') : `**${label('no owner')}**`) +
                marks
            );
        case 'personas':
            return touchpoint.personaEmotions.map(felt => ref(felt.persona)).join(', ') || '—';
        case 'emotion':
            return emotionText(touchpoint.emotion) + marks;
        case 'gaps':
            return (
                touchpoint.gaps
                    .map(
                        gap =>
                            `**${escapeMarkdown(gap.title)}**: ${escapeMarkdown(gap.current ?? '?')} → ${escapeMarkdown(gap.target ?? '?')}${gap.change ? `; ${label('Change: ')}${escapeMarkdown(gap.change)}` : ''}; ${label('Owner: ')}${gap.owner ? ref(gap.owner) + (gap.ownerInherited ? label(' ({0}’s)', label('touchpoint')) : '') : `**${label('no owner')}**`}${gap.findings.map(f => ` ⚠ ${findingText(f)}`).join('')}`,
                    )
                    .join('<br>') || '—'
            );
        case 'opportunities':
            return (
                touchpoint.opportunities
                    .map(
                        o =>
                            `**${escapeMarkdown(o.title)}**: ${o.horizon ? horizonName(o.horizon) : label('no horizon')}${o.owner ? `; ${label('Owner: ')}${ref(o.owner)}` : ''}${o.findings.map(f => ` ⚠ ${findingText(f)}`).join('')}`,
                    )
                    .join('<br>') || '—'
            );
        case 'kpis':
            return (
                touchpoint.kpis
                    .map(
                        k =>
                            `**${escapeMarkdown(k.title)}**: ${escapeMarkdown(k.current ?? '—')} / ${escapeMarkdown(k.target ?? '—')}${k.unit ? ` ${escapeMarkdown(k.unit)}` : ''}${k.findings.map(f => ` ⚠ ${findingText(f)}`).join('')}`,
                    )
                    .join('<br>') || '—'
            );
        case 'momentOfTruth':
            return (touchpoint.momentOfTruth ? '★' : '—') + marks;
        default:
            return '';
    }
}

function emotionText(emotion: { score: number; label?: string } | undefined): string {
    if (!emotion) return '—';
    const level = Math.max(0, Math.min(5, Math.round(emotion.score)));
    return `${'●'.repeat(level)}${'○'.repeat(5 - level)} ${emotion.score}${emotion.label ? ` ${escapeMarkdown(emotion.label)}` : ''}`;
}

/**
 * The emotion rows of a phase's table: one when everyone involved feels the shared emotion, else
 * one per persona (`Emotion: Marta`), a line that counts for nobody struck through in its persona's row.
 */
function emotionRows(touchpoints: readonly TouchpointView[]): string[] {
    const personas = new Map<string, string>();
    for (const t of touchpoints) {
        for (const { persona } of [...t.personaEmotions, ...(t.otherEmotions ?? [])])
            if (!personas.has(persona.id)) personas.set(persona.id, persona.title ?? persona.id);
    }
    const differ = touchpoints.some(t => t.personaEmotions.some(felt => felt.own) || (t.otherEmotions?.length ?? 0) > 0);
    if (!differ || personas.size < 2) return [`| ${label('Emotion')} | ${touchpoints.map(t => cell('emotion', t)).join(' | ')} |`];
    return [...personas].map(
        ([id, title]) =>
            `| ${label('Emotion')}: ${escapeMarkdown(title)} | ${touchpoints
                .map(t => {
                    const felt = t.personaEmotions.find(candidate => candidate.persona.id === id);
                    const other = t.otherEmotions?.find(line => line.persona.id === id);
                    const marks = t.findings
                        .filter(f => rowOfRule(f.rule) === 'emotion')
                        .map(f => ` ⚠ ${findingText(f)}`)
                        .join('');
                    if (felt)
                        return (
                            emotionText(felt.score === undefined ? undefined : { score: felt.score, label: felt.label }) +
                            (felt.score === undefined ? marks : '')
                        );
                    return other ? `~~${emotionText(other)}~~${marks}` : '—';
                })
                .join(' | ')} |`,
    );
}

/** `presentation`: presentation mode, no lint finding and no findings section. */
export function buildMarkdownExport(model: MapModel, shown: JourneyView, options: { presentation?: boolean } = {}): string {
    setViewLocale(labelLocaleOf(model, shown));
    const journey = options.presentation ? withoutFindings(shown) : shown;
    const out: string[] = [`# ${escapeMarkdown(journey.title)}`, ''];
    for (const description of journey.descriptions) out.push(escapeMarkdown(description), '');
    if (journey.personas.length) {
        out.push(
            `## ${label('Personas')}`,
            '',
            `| ${['Persona', 'Role', 'Goal', 'Need', 'Concern', 'Quote'].map(name => label(name)).join(' | ')} |`,
            '| --- | --- | --- | --- | --- | --- |',
        );
        for (const p of journey.personas) {
            const j = (values: string[]) => values.map(escapeMarkdown).join('<br>');
            out.push(`| ${escapeMarkdown(p.title)} | ${j(p.roles)} | ${j(p.goals)} | ${j(p.needs)} | ${j(p.concerns)} | ${j(p.quotes)} |`);
        }
        out.push('');
    }
    out.push('```mermaid', mermaidTextOf(journey).trimEnd(), '```', '');
    for (const phase of journey.phases) {
        out.push(`## ${escapeMarkdown(phase.title)}${phase.moment !== undefined ? label(' (moment {0})', String(phase.moment)) : ''}`, '');
        if (phase.owner) out.push(`${label('Owner: ')}${escapeMarkdown(phase.owner.title ?? phase.owner.id)}`, '');
        for (const description of phase.descriptions) out.push(escapeMarkdown(description), '');
        for (const finding of phase.findings) out.push(`- ⚠ ${findingText(finding)}: ${escapeMarkdown(finding.message)}`);
        if (phase.findings.length) out.push('');
        if (phase.touchpoints.length === 0) {
            out.push(`_${label('No touchpoints.')}_`, '');
            continue;
        }
        out.push(`| | ${phase.touchpoints.map(t => `**${escapeMarkdown(t.title)}**`).join(' | ')} |`);
        out.push(`| --- | ${phase.touchpoints.map(() => '---').join(' | ')} |`);
        for (const row of TABLE_ROWS) {
            if (row === 'emotion') out.push(...emotionRows(phase.touchpoints));
            else out.push(`| ${laneName(row)} | ${phase.touchpoints.map(t => cell(row, t)).join(' | ')} |`);
        }
        out.push('');
    }
    if (options.presentation) return out.join('\n');
    const total = SEVERITIES.reduce((sum, s) => sum + model.summary[s], 0);
    out.push(`## ${label('Findings')}`, '', total === 0 ? label('None.') : SEVERITIES.map(s => severityCount(s, model.summary[s])).join(', '), '');
    const all: { where: string; finding: Finding }[] = [];
    journey.findings.forEach(finding => all.push({ where: journey.title, finding }));
    for (const phase of journey.phases) {
        phase.findings.forEach(finding => all.push({ where: phase.title, finding }));
        for (const t of phase.touchpoints) {
            t.findings.forEach(finding => all.push({ where: t.title, finding }));
            t.gaps.forEach(g => g.findings.forEach(finding => all.push({ where: `${t.title} › ${g.title}`, finding })));
            t.opportunities.forEach(o => o.findings.forEach(finding => all.push({ where: `${t.title} › ${o.title}`, finding })));
            t.kpis.forEach(k => k.findings.forEach(finding => all.push({ where: `${t.title} › ${k.title}`, finding })));
        }
    }
    model.findings.forEach(finding => all.push({ where: label('line {0}', String(finding.range.start.line + 1)), finding }));
    if (all.length) {
        out.push(`| ${['Where', 'Rule', 'Severity', 'Message'].map(name => label(name)).join(' | ')} |`, '| --- | --- | --- | --- |');
        for (const { where, finding } of all)
            out.push(`| ${escapeMarkdown(where)} | \`${finding.rule}\` | ${finding.severity} | ${escapeMarkdown(finding.message)} |`);
        out.push('');
    }
    return out.join('\n');
}
