// Emotions per persona (LANGUAGE.md "Emotions per persona"): the personas involved in a
// touchpoint are its `persona` list, else its journey's; each of them feels their own
// `emotion PersonaId n` line when there is one, else the touchpoint's shared `emotion n`.
// Lint rules, hover, code lens, Mermaid and the map model all ask these questions here.
// Personas are matched by id as written, so an unresolved one still has its emotion.
import type { Reference } from 'langium';
import type { Emotion, Persona, Touchpoint } from './generated/ast.js';

export interface PersonaEmotion {
    /** The persona's id as written in the touchpoint's (or journey's) list. */
    id: string;
    persona: Reference<Persona>;
    /** Their own line, else the shared one; undefined when neither exists. */
    emotion: Emotion | undefined;
    /** True when `emotion` is the persona's own line. */
    own: boolean;
}

/** The involved personas, each id once, in the order first named. */
export function involvedPersonas(touchpoint: Touchpoint): Reference<Persona>[] {
    const named = touchpoint.personas.length > 0 ? touchpoint.personas : touchpoint.$container.$container.personas;
    const seen = new Set<string>();
    const result: Reference<Persona>[] = [];
    for (const reference of named) {
        if (seen.has(reference.$refText)) continue;
        seen.add(reference.$refText);
        result.push(reference);
    }
    return result;
}

export function isInvolved(touchpoint: Touchpoint, personaId: string): boolean {
    return involvedPersonas(touchpoint).some(reference => reference.$refText === personaId);
}

/** The first `emotion n` line without a persona: how everyone involved feels. */
export function sharedEmotion(touchpoint: Touchpoint): Emotion | undefined {
    return touchpoint.emotions.find(emotion => emotion.persona === undefined);
}

/** The first `emotion PersonaId n` line of that persona. */
export function ownEmotion(touchpoint: Touchpoint, personaId: string): Emotion | undefined {
    return touchpoint.emotions.find(emotion => emotion.persona?.$refText === personaId);
}

/** Each involved persona with the emotion they feel here. */
export function personaEmotions(touchpoint: Touchpoint): PersonaEmotion[] {
    const shared = sharedEmotion(touchpoint);
    return involvedPersonas(touchpoint).map(persona => {
        const own = ownEmotion(touchpoint, persona.$refText);
        return { id: persona.$refText, persona, emotion: own ?? shared, own: own !== undefined };
    });
}

/**
 * The scores felt at the touchpoint: each involved persona's that has one, or the shared
 * emotion's when no persona is involved (a journey that names none).
 */
export function feltScores(touchpoint: Touchpoint): number[] {
    const felt = personaEmotions(touchpoint);
    if (felt.length === 0) {
        const shared = sharedEmotion(touchpoint);
        return shared ? [shared.score] : [];
    }
    return felt.flatMap(({ emotion }) => (emotion ? [emotion.score] : []));
}

/**
 * One score for the touchpoint, as Mermaid's single score per task: the common score when the
 * involved personas agree, else their mean rounded half up; undefined when nobody feels anything.
 */
export function touchpointScore(touchpoint: Touchpoint): number | undefined {
    return combinedScore(feltScores(touchpoint));
}

export function combinedScore(scores: readonly number[]): number | undefined {
    if (scores.length === 0) return undefined;
    if (scores.every(score => score === scores[0])) return scores[0];
    return Math.floor(scores.reduce((sum, score) => sum + score, 0) / scores.length + 0.5);
}
