// The words of the text and Markdown comparisons, in English and Spanish. Each language is
// data: its plain words, and its sentences with `{name}` where a value goes, filled by one
// function for both (change-sentences.ts). User text comes in through `quote`, which the
// Markdown renderer makes inert; everything else here is ours.
import type { Locale } from '../i18n/locale.js';
import type { Change, FindingPlace } from './journey-changes.js';
import { changeSentence, fill, placeSentence, type ChangeSentences } from './change-sentences.js';

export interface DiffWords {
    noChange: string;
    journeyAdded: string;
    journeyRemoved: string;
    journeyUnchanged: string;
    steps(before: number, after: number): string;
    stepCounts(added: number, removed: number): string;
    findingCounts(introduced: number, fixed: number): string;
    averageEmotion: string;
    everyone: string;
    syntaxErrors(file: string): string;
    fileAdded: string;
    fileDeleted: string;
    renamedFrom(file: string): string;
    declarations: string;
    // Markdown headings and columns
    title: string;
    file: string;
    journey: string;
    stepsColumn: string;
    added: string;
    removed: string;
    findingsIntroduced: string;
    findingsFixed: string;
    persona: string;
    before: string;
    after: string;
    stepsAdded: string;
    stepsRemoved: string;
    otherChanges: string;
    rule: string;
    where: string;
    message: string;
    futureOf(current: string): string;
    /** One change as a sentence; `quote` wraps user text, `code` ids. */
    change(change: Change, quote: (text: string) => string, code: (id: string) => string): string;
    place(at: FindingPlace, code: (id: string) => string, quote: (text: string) => string): string;
}

/** The words that take no value. */
type PlainWords = Omit<DiffWords, 'everyone' | SummaryKey | 'change' | 'place'>;
type SummaryKey = 'steps' | 'stepCounts' | 'findingCounts' | 'syntaxErrors' | 'renamedFrom' | 'futureOf';
/** The summary's sentences, `{name}` where a value goes; `sameSteps` when the count did not change. */
type SummarySentences = Record<Exclude<SummaryKey, 'steps'> | 'sameSteps' | 'changedSteps', string>;

const EN_WORDS: PlainWords = {
    noChange: 'no change',
    journeyAdded: 'new journey',
    journeyRemoved: 'journey removed',
    journeyUnchanged: 'no change',
    averageEmotion: 'average emotion',
    fileAdded: 'new file',
    fileDeleted: 'file deleted',
    declarations: 'declarations',
    title: 'Journey diff',
    file: 'File',
    journey: 'Journey',
    stepsColumn: 'Steps',
    added: 'Added',
    removed: 'Removed',
    findingsIntroduced: 'Findings introduced',
    findingsFixed: 'Findings fixed',
    persona: 'Persona',
    before: 'Before',
    after: 'After',
    stepsAdded: 'Steps added',
    stepsRemoved: 'Steps removed',
    otherChanges: 'Other changes',
    rule: 'Rule',
    where: 'Where',
    message: 'Message',
};

const EN_SUMMARY: SummarySentences = {
    sameSteps: '{after} steps',
    changedSteps: '{before} → {after} steps',
    stepCounts: '{added} added, {removed} removed',
    findingCounts: 'findings: {introduced} introduced, {fixed} fixed',
    syntaxErrors: '{file} has syntax errors: compared on what could be read',
    renamedFrom: 'renamed from {file}',
    futureOf: 'future state of {current}',
};

const EN_CHANGES: ChangeSentences = {
    sentences: {
        'phase-added': 'phase {phase} {title} added',
        'phase-removed': 'phase {phase} {title} removed',
        'step-added': 'step {step} {title} added in phase {phase}',
        'step-removed': 'step {step} {title} removed from phase {phase}',
        'step-moved': 'step {step} moved from phase {from} to {to}',
        'step-renamed': 'step {from} renamed {step}',
        'journey-title-changed': 'title of journey {id}: {before} → {after}',
        'phase-title-changed': 'title of phase {id}: {before} → {after}',
        'step-title-changed': 'title of step {id}: {before} → {after}',
        'emotion-changed': 'emotion of {persona} at {step}: {before} → {after}{delta}',
        'pain-added': 'pain added at {step}: {text}',
        'pain-removed': 'pain removed at {step}: {text}',
        'gap-added': 'gap added at {step}: {gap}',
        'gap-removed': 'gap removed at {step}: {gap}',
        'gap-owner-lost': 'gap {gap} at {step} lost its owner {before}',
        'gap-owner-given': 'gap {gap} at {step} got an owner: {after}',
        'gap-owner-changed': 'owner of gap {gap} at {step}: {before} → {after}',
        'gap-changed': '{field} of gap {gap} at {step}: {before} → {after}',
        'opportunity-added': 'opportunity added at {step}: {opportunity}{horizon}{owner}',
        'opportunity-horizon': ', {horizon} term',
        'opportunity-owner': ', owner {owner}',
        'opportunity-removed': 'opportunity removed at {step}: {opportunity}',
        'opportunity-changed': '{field} of opportunity {opportunity} at {step}: {before} → {after}',
        'kpi-added': 'KPI added at {step}: {kpi}',
        'kpi-removed': 'KPI removed at {step}: {kpi}',
        'kpi-changed': '{field} of KPI {kpi} at {step}: {before} → {after}{direction}',
        'kpi-up': ' (up)',
        'kpi-down': ' (down)',
        'owner-lost': 'step {step} lost its owner {before}',
        'owner-given': 'step {step} got an owner: {after}',
        'owner-changed': 'owner of {step}: {before} → {after}',
        'channel-changed': 'channel of {step}: {before} → {after}',
        'moment-of-truth-marked': '{step} is now a moment of truth',
        'moment-of-truth-unmarked': '{step} is no longer a moment of truth',
        'finding-introduced': 'finding introduced: {rule} {message}',
        'finding-fixed': 'finding fixed: {rule} {message}',
        'element-place': '{kind} {title} of {step}',
        'phase-place': 'phase {phase}',
        'journey-place': 'journey',
    },
    none: 'none',
    everyone: 'everyone',
    fields: {},
    horizons: {},
    elements: {},
};

const ES_WORDS: PlainWords = {
    noChange: 'sin cambios',
    journeyAdded: 'recorrido nuevo',
    journeyRemoved: 'recorrido eliminado',
    journeyUnchanged: 'sin cambios',
    averageEmotion: 'emoción media',
    fileAdded: 'archivo nuevo',
    fileDeleted: 'archivo eliminado',
    declarations: 'declaraciones',
    title: 'Diferencias de recorridos',
    file: 'Archivo',
    journey: 'Recorrido',
    stepsColumn: 'Pasos',
    added: 'Añadidos',
    removed: 'Eliminados',
    findingsIntroduced: 'Hallazgos nuevos',
    findingsFixed: 'Hallazgos corregidos',
    persona: 'Persona',
    before: 'Antes',
    after: 'Después',
    stepsAdded: 'Pasos añadidos',
    stepsRemoved: 'Pasos eliminados',
    otherChanges: 'Otros cambios',
    rule: 'Regla',
    where: 'Dónde',
    message: 'Mensaje',
};

const ES_SUMMARY: SummarySentences = {
    sameSteps: '{after} pasos',
    changedSteps: '{before} → {after} pasos',
    stepCounts: '{added} añadidos, {removed} eliminados',
    findingCounts: 'hallazgos: {introduced} nuevos, {fixed} corregidos',
    syntaxErrors: '{file} tiene errores de sintaxis: se compara lo que se pudo leer',
    renamedFrom: 'renombrado desde {file}',
    futureOf: 'estado futuro de {current}',
};

const ES_CHANGES: ChangeSentences = {
    sentences: {
        'phase-added': 'fase {phase} {title} añadida',
        'phase-removed': 'fase {phase} {title} eliminada',
        'step-added': 'paso {step} {title} añadido en la fase {phase}',
        'step-removed': 'paso {step} {title} eliminado de la fase {phase}',
        'step-moved': 'paso {step} movido de la fase {from} a {to}',
        'step-renamed': 'paso {from} renombrado {step}',
        'journey-title-changed': 'título del recorrido {id}: {before} → {after}',
        'phase-title-changed': 'título de la fase {id}: {before} → {after}',
        'step-title-changed': 'título del paso {id}: {before} → {after}',
        'emotion-changed': 'emoción de {persona} en {step}: {before} → {after}{delta}',
        'pain-added': 'dolor añadido en {step}: {text}',
        'pain-removed': 'dolor eliminado en {step}: {text}',
        'gap-added': 'brecha añadida en {step}: {gap}',
        'gap-removed': 'brecha eliminada en {step}: {gap}',
        'gap-owner-lost': 'la brecha {gap} en {step} perdió su responsable {before}',
        'gap-owner-given': 'la brecha {gap} en {step} tiene responsable: {after}',
        'gap-owner-changed': 'responsable de la brecha {gap} en {step}: {before} → {after}',
        'gap-changed': '{field} de la brecha {gap} en {step}: {before} → {after}',
        'opportunity-added': 'oportunidad añadida en {step}: {opportunity}{horizon}{owner}',
        'opportunity-horizon': ', plazo {horizon}',
        'opportunity-owner': ', responsable {owner}',
        'opportunity-removed': 'oportunidad eliminada en {step}: {opportunity}',
        'opportunity-changed': '{field} de la oportunidad {opportunity} en {step}: {before} → {after}',
        'kpi-added': 'indicador añadido en {step}: {kpi}',
        'kpi-removed': 'indicador eliminado en {step}: {kpi}',
        'kpi-changed': '{field} del indicador {kpi} en {step}: {before} → {after}{direction}',
        'kpi-up': ' (sube)',
        'kpi-down': ' (baja)',
        'owner-lost': 'el paso {step} perdió su responsable {before}',
        'owner-given': 'el paso {step} tiene responsable: {after}',
        'owner-changed': 'responsable de {step}: {before} → {after}',
        'channel-changed': 'canal de {step}: {before} → {after}',
        'moment-of-truth-marked': '{step} es ahora un momento de verdad',
        'moment-of-truth-unmarked': '{step} ya no es un momento de verdad',
        'finding-introduced': 'hallazgo nuevo: {rule} {message}',
        'finding-fixed': 'hallazgo corregido: {rule} {message}',
        'element-place': '{kind} {title} de {step}',
        'phase-place': 'fase {phase}',
        'journey-place': 'recorrido',
    },
    none: 'ninguno',
    everyone: 'todos',
    fields: { current: 'actual', target: 'objetivo', change: 'cambio', owner: 'responsable', horizon: 'horizonte' },
    horizons: { short: 'corto', medium: 'mediano', long: 'largo' },
    elements: { gap: 'brecha', opportunity: 'oportunidad', kpi: 'indicador' },
};

/** A language's words, with its sentences filled in where they take values. */
function wordsOf(words: PlainWords, summary: SummarySentences, changes: ChangeSentences): DiffWords {
    return {
        ...words,
        everyone: changes.everyone,
        steps: (before, after) => fill(before === after ? summary.sameSteps : summary.changedSteps, { before: String(before), after: String(after) }),
        stepCounts: (added, removed) => fill(summary.stepCounts, { added: String(added), removed: String(removed) }),
        findingCounts: (introduced, fixed) => fill(summary.findingCounts, { introduced: String(introduced), fixed: String(fixed) }),
        syntaxErrors: file => fill(summary.syntaxErrors, { file }),
        renamedFrom: file => fill(summary.renamedFrom, { file }),
        futureOf: current => fill(summary.futureOf, { current }),
        change: (c, quote, code) => changeSentence(c, changes, quote, code),
        place: (at, code, quote) => placeSentence(at, changes, code, quote),
    };
}

const en = wordsOf(EN_WORDS, EN_SUMMARY, EN_CHANGES);
const es = wordsOf(ES_WORDS, ES_SUMMARY, ES_CHANGES);

export function diffWords(locale: Locale): DiffWords {
    return locale === 'es' ? es : en;
}

/** An average emotion to one decimal, with the locale's decimal mark (no dependence on the machine's). */
export function figure(value: number | undefined, locale: Locale): string {
    if (value === undefined) return '—';
    const text = (Math.round(value * 10) / 10).toFixed(1);
    return locale === 'es' ? text.replace('.', ',') : text;
}
