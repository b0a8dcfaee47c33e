// The words of the text and Markdown comparisons, in English and Spanish. User text comes in
// through `quote`, which the Markdown renderer makes inert; everything else here is ours.
import type { Locale } from '../i18n/locale.js';
import type { Change, FindingPlace } from './journey-changes.js';

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

const value = (text: string | undefined, quote: (text: string) => string, none: string) => (text === undefined ? none : quote(text));
const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');

const en: DiffWords = {
    noChange: 'no change',
    journeyAdded: 'new journey',
    journeyRemoved: 'journey removed',
    journeyUnchanged: 'no change',
    steps: (before, after) => (before === after ? `${after} steps` : `${before} → ${after} steps`),
    stepCounts: (added, removed) => `${added} added, ${removed} removed`,
    findingCounts: (introduced, fixed) => `findings: ${introduced} introduced, ${fixed} fixed`,
    averageEmotion: 'average emotion',
    everyone: 'everyone',
    syntaxErrors: file => `${file} has syntax errors: compared on what could be read`,
    fileAdded: 'new file',
    fileDeleted: 'file deleted',
    renamedFrom: file => `renamed from ${file}`,
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
    futureOf: current => `future state of ${current}`,
    change(c, quote, code) {
        const none = 'none';
        switch (c.kind) {
            case 'phase-added':
                return `phase ${code(c.phase)} ${quote(c.title)} added`;
            case 'phase-removed':
                return `phase ${code(c.phase)} ${quote(c.title)} removed`;
            case 'step-added':
                return `step ${code(c.step)} ${quote(c.title)} added in phase ${code(c.phase)}`;
            case 'step-removed':
                return `step ${code(c.step)} ${quote(c.title)} removed from phase ${code(c.phase)}`;
            case 'step-moved':
                return `step ${code(c.step)} moved from phase ${code(c.fromPhase)} to ${code(c.toPhase)}`;
            case 'step-renamed':
                return `step ${code(c.fromStep)} renamed ${code(c.step)}`;
            case 'title-changed':
                return `title of ${c.element === 'step' ? 'step' : c.element} ${code(c.id)}: ${quote(c.before)} → ${quote(c.after)}`;
            case 'emotion-changed':
                return `emotion of ${c.persona ? code(c.persona) : 'everyone'} at ${code(c.step)}: ${c.before ?? none} → ${c.after ?? none}${c.delta !== undefined ? ` (${signed(c.delta)})` : ''}`;
            case 'pain-added':
                return `pain added at ${code(c.step)}: ${quote(c.text)}`;
            case 'pain-removed':
                return `pain removed at ${code(c.step)}: ${quote(c.text)}`;
            case 'gap-added':
                return `gap added at ${code(c.step)}: ${quote(c.gap)}`;
            case 'gap-removed':
                return `gap removed at ${code(c.step)}: ${quote(c.gap)}`;
            case 'gap-changed':
                return c.field === 'owner'
                    ? c.after === undefined
                        ? `gap ${quote(c.gap)} at ${code(c.step)} lost its owner ${code(c.before!)}`
                        : c.before === undefined
                          ? `gap ${quote(c.gap)} at ${code(c.step)} got an owner: ${code(c.after)}`
                          : `owner of gap ${quote(c.gap)} at ${code(c.step)}: ${code(c.before)} → ${code(c.after)}`
                    : `${c.field} of gap ${quote(c.gap)} at ${code(c.step)}: ${value(c.before, quote, none)} → ${value(c.after, quote, none)}`;
            case 'opportunity-added':
                return `opportunity added at ${code(c.step)}: ${quote(c.opportunity)}${c.horizon ? `, ${c.horizon} term` : ''}${c.owner ? `, owner ${code(c.owner)}` : ''}`;
            case 'opportunity-removed':
                return `opportunity removed at ${code(c.step)}: ${quote(c.opportunity)}`;
            case 'opportunity-changed':
                return `${c.field} of opportunity ${quote(c.opportunity)} at ${code(c.step)}: ${c.before === undefined ? none : c.field === 'owner' ? code(c.before) : c.before} → ${c.after === undefined ? none : c.field === 'owner' ? code(c.after) : c.after}`;
            case 'kpi-added':
                return `KPI added at ${code(c.step)}: ${quote(c.kpi)}`;
            case 'kpi-removed':
                return `KPI removed at ${code(c.step)}: ${quote(c.kpi)}`;
            case 'kpi-changed':
                return `${c.field} of KPI ${quote(c.kpi)} at ${code(c.step)}: ${value(c.before, quote, none)} → ${value(c.after, quote, none)}${c.direction === 'up' ? ' (up)' : c.direction === 'down' ? ' (down)' : ''}`;
            case 'owner-changed':
                return c.after === undefined
                    ? `step ${code(c.step)} lost its owner ${code(c.before!)}`
                    : c.before === undefined
                      ? `step ${code(c.step)} got an owner: ${code(c.after)}`
                      : `owner of ${code(c.step)}: ${code(c.before)} → ${code(c.after)}`;
            case 'channel-changed':
                return `channel of ${code(c.step)}: ${c.before === undefined ? none : code(c.before)} → ${c.after === undefined ? none : code(c.after)}`;
            case 'moment-of-truth':
                return c.marked ? `${code(c.step)} is now a moment of truth` : `${code(c.step)} is no longer a moment of truth`;
            case 'finding-introduced':
                return `finding introduced: ${code(c.rule)} ${quote(c.message)}`;
            case 'finding-fixed':
                return `finding fixed: ${code(c.rule)} ${quote(c.message)}`;
        }
    },
    place: (at, code, quote) =>
        at.element
            ? `${at.element.kind} ${quote(at.element.title)} of ${code(at.step!)}`
            : at.step
              ? code(at.step)
              : at.phase
                ? `phase ${code(at.phase)}`
                : 'journey',
};

const es: DiffWords = {
    noChange: 'sin cambios',
    journeyAdded: 'recorrido nuevo',
    journeyRemoved: 'recorrido eliminado',
    journeyUnchanged: 'sin cambios',
    steps: (before, after) => (before === after ? `${after} pasos` : `${before} → ${after} pasos`),
    stepCounts: (added, removed) => `${added} añadidos, ${removed} eliminados`,
    findingCounts: (introduced, fixed) => `hallazgos: ${introduced} nuevos, ${fixed} corregidos`,
    averageEmotion: 'emoción media',
    everyone: 'todos',
    syntaxErrors: file => `${file} tiene errores de sintaxis: se compara lo que se pudo leer`,
    fileAdded: 'archivo nuevo',
    fileDeleted: 'archivo eliminado',
    renamedFrom: file => `renombrado desde ${file}`,
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
    futureOf: current => `estado futuro de ${current}`,
    change(c, quote, code) {
        const none = 'ninguno';
        const field = (name: string) =>
            (({ current: 'actual', target: 'objetivo', change: 'cambio', owner: 'responsable', horizon: 'horizonte' }) as Record<string, string>)[name] ?? name;
        const horizon = (name: string) => (({ short: 'corto', medium: 'mediano', long: 'largo' }) as Record<string, string>)[name] ?? name;
        switch (c.kind) {
            case 'phase-added':
                return `fase ${code(c.phase)} ${quote(c.title)} añadida`;
            case 'phase-removed':
                return `fase ${code(c.phase)} ${quote(c.title)} eliminada`;
            case 'step-added':
                return `paso ${code(c.step)} ${quote(c.title)} añadido en la fase ${code(c.phase)}`;
            case 'step-removed':
                return `paso ${code(c.step)} ${quote(c.title)} eliminado de la fase ${code(c.phase)}`;
            case 'step-moved':
                return `paso ${code(c.step)} movido de la fase ${code(c.fromPhase)} a ${code(c.toPhase)}`;
            case 'step-renamed':
                return `paso ${code(c.fromStep)} renombrado ${code(c.step)}`;
            case 'title-changed':
                return `título ${c.element === 'journey' ? 'del recorrido' : c.element === 'phase' ? 'de la fase' : 'del paso'} ${code(c.id)}: ${quote(c.before)} → ${quote(c.after)}`;
            case 'emotion-changed':
                return `emoción de ${c.persona ? code(c.persona) : 'todos'} en ${code(c.step)}: ${c.before ?? none} → ${c.after ?? none}${c.delta !== undefined ? ` (${signed(c.delta)})` : ''}`;
            case 'pain-added':
                return `dolor añadido en ${code(c.step)}: ${quote(c.text)}`;
            case 'pain-removed':
                return `dolor eliminado en ${code(c.step)}: ${quote(c.text)}`;
            case 'gap-added':
                return `brecha añadida en ${code(c.step)}: ${quote(c.gap)}`;
            case 'gap-removed':
                return `brecha eliminada en ${code(c.step)}: ${quote(c.gap)}`;
            case 'gap-changed':
                return c.field === 'owner'
                    ? c.after === undefined
                        ? `la brecha ${quote(c.gap)} en ${code(c.step)} perdió su responsable ${code(c.before!)}`
                        : c.before === undefined
                          ? `la brecha ${quote(c.gap)} en ${code(c.step)} tiene responsable: ${code(c.after)}`
                          : `responsable de la brecha ${quote(c.gap)} en ${code(c.step)}: ${code(c.before)} → ${code(c.after)}`
                    : `${field(c.field)} de la brecha ${quote(c.gap)} en ${code(c.step)}: ${value(c.before, quote, none)} → ${value(c.after, quote, none)}`;
            case 'opportunity-added':
                return `oportunidad añadida en ${code(c.step)}: ${quote(c.opportunity)}${c.horizon ? `, plazo ${horizon(c.horizon)}` : ''}${c.owner ? `, responsable ${code(c.owner)}` : ''}`;
            case 'opportunity-removed':
                return `oportunidad eliminada en ${code(c.step)}: ${quote(c.opportunity)}`;
            case 'opportunity-changed':
                return `${field(c.field)} de la oportunidad ${quote(c.opportunity)} en ${code(c.step)}: ${c.before === undefined ? none : c.field === 'owner' ? code(c.before) : horizon(c.before)} → ${c.after === undefined ? none : c.field === 'owner' ? code(c.after) : horizon(c.after)}`;
            case 'kpi-added':
                return `indicador añadido en ${code(c.step)}: ${quote(c.kpi)}`;
            case 'kpi-removed':
                return `indicador eliminado en ${code(c.step)}: ${quote(c.kpi)}`;
            case 'kpi-changed':
                return `${field(c.field)} del indicador ${quote(c.kpi)} en ${code(c.step)}: ${value(c.before, quote, none)} → ${value(c.after, quote, none)}${c.direction === 'up' ? ' (sube)' : c.direction === 'down' ? ' (baja)' : ''}`;
            case 'owner-changed':
                return c.after === undefined
                    ? `el paso ${code(c.step)} perdió su responsable ${code(c.before!)}`
                    : c.before === undefined
                      ? `el paso ${code(c.step)} tiene responsable: ${code(c.after)}`
                      : `responsable de ${code(c.step)}: ${code(c.before)} → ${code(c.after)}`;
            case 'channel-changed':
                return `canal de ${code(c.step)}: ${c.before === undefined ? none : code(c.before)} → ${c.after === undefined ? none : code(c.after)}`;
            case 'moment-of-truth':
                return c.marked ? `${code(c.step)} es ahora un momento de verdad` : `${code(c.step)} ya no es un momento de verdad`;
            case 'finding-introduced':
                return `hallazgo nuevo: ${code(c.rule)} ${quote(c.message)}`;
            case 'finding-fixed':
                return `hallazgo corregido: ${code(c.rule)} ${quote(c.message)}`;
        }
    },
    place: (at, code, quote) =>
        at.element
            ? `${{ gap: 'brecha', opportunity: 'oportunidad', kpi: 'indicador' }[at.element.kind]} ${quote(at.element.title)} de ${code(at.step!)}`
            : at.step
              ? code(at.step)
              : at.phase
                ? `fase ${code(at.phase)}`
                : 'recorrido',
};

export function diffWords(locale: Locale): DiffWords {
    return locale === 'es' ? es : en;
}

/** An average emotion to one decimal, with the locale's decimal mark (no dependence on the machine's). */
export function figure(value: number | undefined, locale: Locale): string {
    if (value === undefined) return '—';
    const text = (Math.round(value * 10) / 10).toFixed(1);
    return locale === 'es' ? text.replace('.', ',') : text;
}
