// The emotions a step of the map model makes people feel, as the comparison counts them:
// each involved persona's score (LANGUAGE.md "Emotions per persona"), or, in a journey that
// names no persona, the shared emotion under the persona ''.
import type { TouchpointView } from '../model/map-model.js';

/** Persona id → the score they feel (undefined: involved, but no emotion). */
export function feltEmotions(step: TouchpointView): Map<string, number | undefined> {
    const felt = new Map<string, number | undefined>();
    if (step.personaEmotions.length === 0) {
        if (step.emotion) felt.set('', step.emotion.score);
        return felt;
    }
    for (const { persona, score } of step.personaEmotions) if (!felt.has(persona.id)) felt.set(persona.id, score);
    return felt;
}

/** One score per step, as Mermaid's task score: the common one, else the mean rounded half up. */
export function stepScore(step: TouchpointView): number | undefined {
    const scores = [...feltEmotions(step).values()].filter((score): score is number => score !== undefined);
    if (scores.length === 0) return undefined;
    if (scores.every(score => score === scores[0])) return scores[0];
    return Math.floor(scores.reduce((sum, score) => sum + score, 0) / scores.length + 0.5);
}
