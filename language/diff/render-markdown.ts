// `journey diff --format markdown`, made to be posted as a pull-request comment: a summary
// table, then per journey an emotion table (before → after per persona, with arrows), the
// steps added and removed, the findings introduced and fixed, the other changes and, when
// asked, both Mermaid diagrams (GitHub draws ```mermaid blocks). User text is escaped so it
// stays text (escapeMarkdown); ids are identifiers and go in code spans.
import type { Locale } from '../i18n/locale.js';
import { escapeMarkdown } from '../export/markdown-export.js';
import type { DiffReport, FileComparison } from './diff-report.js';
import { hasChanges, isRenamed } from './diff-report.js';
import { diffWords, figure, type DiffWords } from './diff-labels.js';
import type { Change, JourneyDiff, PersonaAverage } from './journey-changes.js';

const quote = (text: string) => `“${escapeMarkdown(text)}”`;
// A `|` would end a table cell even inside a code span (GFM): escaped there too.
const code = (id: string) => `\`${id.replace(/`/g, '').replace(/\|/g, '\\|')}\``;
const changeText = (words: DiffWords, change: Change) => words.change(change, quote, code);

export function renderMarkdown(report: DiffReport, locale: Locale): string {
    const words = diffWords(locale);
    const out: string[] = [`## ${words.title}: ${escapeMarkdown(report.before)} → ${escapeMarkdown(report.after)}`, ''];
    const changed = report.files.flatMap(file => file.diff.journeys.filter(journey => journey.status !== 'unchanged').map(journey => ({ file, journey })));
    for (const file of report.files) {
        for (const side of file.syntaxErrors) out.push(`> ⚠ ${escapeMarkdown(words.syntaxErrors((side === 'before' ? file.before : file.after)!))}`, '');
    }
    if (!hasChanges(report)) {
        out.push(words.noChange, '');
        return out.join('\n');
    }
    if (changed.length > 0) {
        out.push(
            `| ${words.file} | ${words.journey} | ${words.stepsColumn} | ${words.added} | ${words.removed} | ${capitalized(words.averageEmotion)} | ${words.findingsIntroduced} | ${words.findingsFixed} |`,
        );
        out.push('| --- | --- | ---: | ---: | ---: | --- | ---: | ---: |');
        for (const { file, journey } of changed) {
            const s = journey.summary;
            const steps = s.stepsBefore === s.stepsAfter ? `${s.stepsAfter}` : `${s.stepsBefore} → ${s.stepsAfter}`;
            out.push(
                `| ${fileName(file)} | ${escapeMarkdown(journey.title)} | ${steps} | ${s.stepsAdded} | ${s.stepsRemoved} | ${figure(s.averageBefore, locale)} → ${figure(s.averageAfter, locale)} | ${s.findingsIntroduced} | ${s.findingsFixed} |`,
            );
        }
        out.push('');
    }
    const renamed = report.files.filter(isRenamed);
    if (renamed.length > 0) out.push(...renamed.map(file => `- ${fileName(file)} (${words.renamedFrom(code(file.before!))})`), '');
    for (const { file, journey } of changed) out.push(...journeySection(file, journey, words, locale));
    const declarations = report.files.filter(file => file.diff.declarations.length > 0);
    for (const file of declarations) {
        out.push(`### ${capitalized(words.declarations)} (${fileName(file)})`, '');
        out.push(...findingTable(file.diff.declarations, words));
    }
    return out.join('\n');
}

function journeySection(file: FileComparison, journey: JourneyDiff, words: DiffWords, locale: Locale): string[] {
    const status = journey.status === 'added' ? ` (${words.journeyAdded})` : journey.status === 'removed' ? ` (${words.journeyRemoved})` : '';
    const out = [`### ${escapeMarkdown(journey.title)} ${code(journey.id)}${status}`, ''];
    out.push(`${fileName(file)}${journey.beforeId ? ` · ${words.futureOf(code(journey.beforeId))}` : ''}`, '');
    const personas = journey.summary.personas;
    if (personas.length > 0) {
        out.push(`| ${words.persona} | ${words.before} | ${words.after} | |`, '| --- | ---: | ---: | --- |');
        for (const persona of personas) {
            out.push(
                `| ${persona.persona ? code(persona.persona) : words.everyone} | ${figure(persona.before, locale)} | ${figure(persona.after, locale)} | ${arrow(persona, locale)} |`,
            );
        }
        out.push('');
    }
    const list = (heading: string, changes: Change[]) =>
        changes.length === 0 ? [] : [`**${heading}**`, '', ...changes.map(change => `- ${changeText(words, change)}`), ''];
    const of = (...kinds: Change['kind'][]) => journey.changes.filter(change => kinds.includes(change.kind));
    out.push(...list(words.stepsAdded, of('step-added')));
    out.push(...list(words.stepsRemoved, of('step-removed')));
    const introduced = of('finding-introduced');
    const fixed = of('finding-fixed');
    if (introduced.length > 0) out.push(`**${words.findingsIntroduced}**`, '', ...findingTable(introduced, words));
    if (fixed.length > 0) out.push(`**${words.findingsFixed}**`, '', ...findingTable(fixed, words));
    const shown = new Set<Change['kind']>(['step-added', 'step-removed', 'finding-introduced', 'finding-fixed']);
    out.push(
        ...list(
            words.otherChanges,
            journey.changes.filter(change => !shown.has(change.kind)),
        ),
    );
    if (journey.mermaid) {
        for (const [heading, text] of [
            [words.before, journey.mermaid.before],
            [words.after, journey.mermaid.after],
        ] as const) {
            if (text !== undefined) out.push(`#### ${heading}`, '', fenced(text), '');
        }
    }
    return out;
}

function findingTable(changes: Change[], words: DiffWords): string[] {
    const rows = changes.flatMap(change =>
        change.kind === 'finding-introduced' || change.kind === 'finding-fixed'
            ? [`| ${code(change.rule)} | ${words.place(change.at, code, quote)} | ${escapeMarkdown(change.message)} |`]
            : [],
    );
    return [`| ${words.rule} | ${words.where} | ${words.message} |`, '| --- | --- | --- |', ...rows, ''];
}

function arrow(persona: PersonaAverage, locale: Locale): string {
    if (persona.before === undefined || persona.after === undefined) return '';
    const delta = Math.round((persona.after - persona.before) * 10) / 10;
    if (delta > 0) return `↑ +${figure(delta, locale)}`;
    if (delta < 0) return `↓ −${figure(-delta, locale)}`;
    return '→';
}

function fileName(file: FileComparison): string {
    return code(file.after ?? file.before!);
}

/** A ```mermaid fence longer than any run of backticks in the text, so nothing in it can close it. */
function fenced(text: string): string {
    const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map(match => match[0].length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}mermaid\n${text.replace(/\n$/, '')}\n${fence}`;
}

function capitalized(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
