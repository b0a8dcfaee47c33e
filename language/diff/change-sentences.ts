// One change of a comparison as a sentence: which sentence a change takes and the values that
// go into it are worked out once here; each language only writes its sentences
// (diff-labels.ts), with `{name}` where a value goes. User text comes in through `quote`, ids
// through `code` (the Markdown renderer makes both inert).
import type { Change, FindingPlace } from './journey-changes.js';

export type SentenceId =
    | 'phase-added'
    | 'phase-removed'
    | 'step-added'
    | 'step-removed'
    | 'step-moved'
    | 'step-renamed'
    | 'journey-title-changed'
    | 'phase-title-changed'
    | 'step-title-changed'
    | 'emotion-changed'
    | 'pain-added'
    | 'pain-removed'
    | 'gap-added'
    | 'gap-removed'
    | 'gap-owner-lost'
    | 'gap-owner-given'
    | 'gap-owner-changed'
    | 'gap-changed'
    | 'opportunity-added'
    | 'opportunity-horizon'
    | 'opportunity-owner'
    | 'opportunity-removed'
    | 'opportunity-changed'
    | 'kpi-added'
    | 'kpi-removed'
    | 'kpi-changed'
    | 'kpi-up'
    | 'kpi-down'
    | 'owner-lost'
    | 'owner-given'
    | 'owner-changed'
    | 'channel-changed'
    | 'moment-of-truth-marked'
    | 'moment-of-truth-unmarked'
    | 'finding-introduced'
    | 'finding-fixed'
    | 'element-place'
    | 'phase-place'
    | 'journey-place';

/** A language's sentences of the changes and the words that go into them. */
export interface ChangeSentences {
    sentences: Record<SentenceId, string>;
    /** What stands for a value that is not set. */
    none: string;
    /** Who feels the shared emotion of a journey that names no persona. */
    everyone: string;
    /** The language's names of the fields, horizons and kinds of element, where they are not the English ones. */
    fields: Names;
    horizons: Names;
    elements: Names;
}

type Names = Readonly<Record<string, string>>;
const nameIn = (names: Names, word: string) => (Object.hasOwn(names, word) ? names[word] : word);

/** `template` with each `{name}` replaced by its value (values are not read for names again). */
export function fill(template: string, values: Record<string, string> = {}): string {
    return template.replace(/\{(\w+)\}/g, (_, name: string) => values[name]);
}

export function changeSentence(c: Change, words: ChangeSentences, quote: (text: string) => string, code: (id: string) => string): string {
    const say = (id: SentenceId, values?: Record<string, string>) => fill(words.sentences[id], values);
    const quoted = (text: string | undefined) => (text === undefined ? words.none : quote(text));
    const coded = (id: string | undefined) => (id === undefined ? words.none : code(id));
    const step = 'step' in c ? code(c.step) : '';
    /** Lost, given, or changed: an owner as the sentence of what happened to it. */
    const ownerChange = (prefix: 'gap-' | '', before: string | undefined, after: string | undefined, values: Record<string, string>) =>
        after === undefined
            ? say(`${prefix}owner-lost`, { ...values, before: code(before!) })
            : before === undefined
              ? say(`${prefix}owner-given`, { ...values, after: code(after) })
              : say(`${prefix}owner-changed`, { ...values, before: code(before), after: code(after) });
    switch (c.kind) {
        case 'phase-added':
        case 'phase-removed':
            return say(c.kind, { phase: code(c.phase), title: quote(c.title) });
        case 'step-added':
        case 'step-removed':
            return say(c.kind, { step, title: quote(c.title), phase: code(c.phase) });
        case 'step-moved':
            return say(c.kind, { step, from: code(c.fromPhase), to: code(c.toPhase) });
        case 'step-renamed':
            return say(c.kind, { from: code(c.fromStep), step });
        case 'title-changed':
            return say(`${c.element}-title-changed`, { id: code(c.id), before: quote(c.before), after: quote(c.after) });
        case 'emotion-changed':
            return say(c.kind, {
                persona: c.persona ? code(c.persona) : words.everyone,
                step,
                before: String(c.before ?? words.none),
                after: String(c.after ?? words.none),
                delta: c.delta !== undefined ? ` (${signed(c.delta)})` : '',
            });
        case 'pain-added':
        case 'pain-removed':
            return say(c.kind, { step, text: quote(c.text) });
        case 'gap-added':
        case 'gap-removed':
            return say(c.kind, { step, gap: quote(c.gap) });
        case 'gap-changed':
            return c.field === 'owner'
                ? ownerChange('gap-', c.before, c.after, { gap: quote(c.gap), step })
                : say(c.kind, { field: nameIn(words.fields, c.field), gap: quote(c.gap), step, before: quoted(c.before), after: quoted(c.after) });
        case 'opportunity-added':
            return say(c.kind, {
                step,
                opportunity: quote(c.opportunity),
                horizon: c.horizon ? say('opportunity-horizon', { horizon: nameIn(words.horizons, c.horizon) }) : '',
                owner: c.owner ? say('opportunity-owner', { owner: code(c.owner) }) : '',
            });
        case 'opportunity-removed':
            return say(c.kind, { step, opportunity: quote(c.opportunity) });
        case 'opportunity-changed': {
            const value = (text: string | undefined) => (text === undefined ? words.none : c.field === 'owner' ? code(text) : nameIn(words.horizons, text));
            return say(c.kind, {
                field: nameIn(words.fields, c.field),
                opportunity: quote(c.opportunity),
                step,
                before: value(c.before),
                after: value(c.after),
            });
        }
        case 'kpi-added':
        case 'kpi-removed':
            return say(c.kind, { step, kpi: quote(c.kpi) });
        case 'kpi-changed':
            return say(c.kind, {
                field: nameIn(words.fields, c.field),
                kpi: quote(c.kpi),
                step,
                before: quoted(c.before),
                after: quoted(c.after),
                direction: c.direction === 'changed' ? '' : say(`kpi-${c.direction}`),
            });
        case 'owner-changed':
            return ownerChange('', c.before, c.after, { step });
        case 'channel-changed':
            return say(c.kind, { step, before: coded(c.before), after: coded(c.after) });
        case 'moment-of-truth':
            return say(c.marked ? 'moment-of-truth-marked' : 'moment-of-truth-unmarked', { step });
        case 'finding-introduced':
        case 'finding-fixed':
            return say(c.kind, { rule: code(c.rule), message: quote(c.message) });
    }
}

/** Where a finding is: an element of a step, a step, a phase, or the journey. */
export function placeSentence(at: FindingPlace, words: ChangeSentences, code: (id: string) => string, quote: (text: string) => string): string {
    if (at.element)
        return fill(words.sentences['element-place'], { kind: nameIn(words.elements, at.element.kind), title: quote(at.element.title), step: code(at.step!) });
    if (at.step) return code(at.step);
    return at.phase ? fill(words.sentences['phase-place'], { phase: code(at.phase) }) : words.sentences['journey-place'];
}

const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');
