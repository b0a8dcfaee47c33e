// The personas a phase's touchpoints involve, remembered per phase view. An edit changes one
// phase, and the model patch keeps every other phase as the same object (model-patch.ts), so the
// passes over a journey's personas (the persona filter, the persona colours) look up each
// unchanged phase instead of walking all its touchpoints: at 10,000 touchpoints those walks cost
// several milliseconds per keystroke. Views are never changed in place once built.
// Keep it free of runtime imports.
import type { PhaseView } from './map-model.js';

/** A persona as a touchpoint names it: an unresolved persona's title is its id. */
export interface PersonaMention {
    id: string;
    title: string;
}

const mentionsByPhase = new WeakMap<PhaseView, readonly PersonaMention[]>();

/** Each distinct id and title of the personas involved in the phase's touchpoints, in the order first met. */
export function personasInPhase(phase: PhaseView): readonly PersonaMention[] {
    let mentions = mentionsByPhase.get(phase);
    if (!mentions) {
        const seen = new Map<string, PersonaMention>();
        for (const touchpoint of phase.touchpoints) {
            for (const { persona } of touchpoint.personaEmotions) {
                const title = persona.title ?? persona.id;
                const key = `${persona.id}\n${title}`;
                if (!seen.has(key)) seen.set(key, { id: persona.id, title });
            }
        }
        mentions = [...seen.values()];
        mentionsByPhase.set(phase, mentions);
    }
    return mentions;
}
