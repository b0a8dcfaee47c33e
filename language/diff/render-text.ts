// `journey diff --format text`: a readable summary per journey, then one line per change.
// Files and journeys without a change are left out; nothing changed at all says "no change".
import type { Locale } from '../i18n/locale.js';
import type { DiffReport, FileComparison } from './diff-report.js';
import { hasChanges, isRenamed } from './diff-report.js';
import { diffWords, figure, type DiffWords } from './diff-labels.js';
import type { Change, JourneyDiff } from './journey-changes.js';

// Control characters (a terminal's escape sequences among them) never reach the terminal.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const printable = (text: string) => text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
const quote = (text: string) => `"${printable(text)}"`;
const code = (id: string) => printable(id);

export function renderText(report: DiffReport, locale: Locale): string {
    const words = diffWords(locale);
    const out: string[] = [];
    for (const file of report.files) {
        const lines = fileLines(file, words, locale);
        // A file renamed and nothing else is worth its heading alone.
        if (lines.length > 0 || isRenamed(file)) out.push(fileHeading(file, words), ...lines);
    }
    if (!hasChanges(report)) out.push(words.noChange);
    return out.join('\n') + '\n';
}

export function fileHeading(file: FileComparison, words: DiffWords): string {
    const name = printable(file.after ?? file.before!);
    if (!file.before) return `${name} (${words.fileAdded})`;
    if (!file.after) return `${name} (${words.fileDeleted})`;
    return file.before !== file.after ? `${name} (${words.renamedFrom(printable(file.before))})` : name;
}

function fileLines(file: FileComparison, words: DiffWords, locale: Locale): string[] {
    const lines = file.syntaxErrors.map(side => `  ! ${words.syntaxErrors(printable((side === 'before' ? file.before : file.after)!))}`);
    for (const journey of file.diff.journeys) {
        if (journey.status === 'unchanged') continue;
        lines.push(`  ${journeyHeadline(journey, words)}`);
        const emotions = emotionLine(journey, words, locale);
        if (emotions) lines.push(`    ${emotions}`);
        lines.push(...journey.changes.map(change => `    ${marker(change)} ${words.change(change, quote, code)}${placeOf(change, words)}`));
    }
    if (file.diff.declarations.length > 0) {
        lines.push(`  ${words.declarations}`);
        lines.push(...file.diff.declarations.map(change => `    ${marker(change)} ${words.change(change, quote, code)}`));
    }
    return lines;
}

function journeyHeadline(journey: JourneyDiff, words: DiffWords): string {
    const { summary } = journey;
    const name = `${code(journey.id)} ${quote(journey.title)}`;
    const future = journey.beforeId ? ` (${words.futureOf(code(journey.beforeId))})` : '';
    const status = journey.status === 'added' ? ` (${words.journeyAdded})` : journey.status === 'removed' ? ` (${words.journeyRemoved})` : '';
    return `${name}${future}${status}: ${words.steps(summary.stepsBefore, summary.stepsAfter)} (${words.stepCounts(summary.stepsAdded, summary.stepsRemoved)}); ${words.findingCounts(summary.findingsIntroduced, summary.findingsFixed)}`;
}

function emotionLine(journey: JourneyDiff, words: DiffWords, locale: Locale): string | undefined {
    const { summary } = journey;
    if (summary.averageBefore === undefined && summary.averageAfter === undefined) return undefined;
    const personas = summary.personas
        .filter(persona => persona.persona !== '')
        .map(persona => `${code(persona.persona)} ${figure(persona.before, locale)} → ${figure(persona.after, locale)}`);
    return [`${words.averageEmotion} ${figure(summary.averageBefore, locale)} → ${figure(summary.averageAfter, locale)}`, ...personas].join(' · ');
}

function placeOf(change: Change, words: DiffWords): string {
    return change.kind === 'finding-introduced' || change.kind === 'finding-fixed' ? ` (${words.place(change.at, code, quote)})` : '';
}

/** + something appeared, - went away, ~ changed; findings: ! introduced, ✓ fixed. */
export function marker(change: Change): string {
    if (change.kind === 'finding-introduced') return '!';
    if (change.kind === 'finding-fixed') return '✓';
    if (change.kind.endsWith('-added')) return '+';
    if (change.kind.endsWith('-removed')) return '-';
    return '~';
}
