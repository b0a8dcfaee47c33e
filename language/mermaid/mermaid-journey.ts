// A journey as a Mermaid `journey` diagram (LANGUAGE.md "Rendering as Mermaid"): title;
// one section per phase; one task per touchpoint with its emotion (3 when missing) and the
// titles of its personas (the journey's when it names none).
import { revisionOf } from '../ast-revisions.js';
import type { Journey, Persona, Phase, Touchpoint } from '../generated/ast.js';
import { first, titleOf } from '../ast-queries.js';
import { encodeMermaidText } from './mermaid-text.js';

export const DEFAULT_SCORE = 3;

type PersonaRefs = readonly { ref?: Persona; $refText: string }[];

/**
 * The text is made again after every keystroke (for the preview), from a tree that changed in
 * one place: each phase's section is remembered until the phase changes (ast-revisions.ts).
 * At 10,000 touchpoints, making every section took ~25 ms, mostly waiting on memory scattered
 * over the whole tree; after an edit, one section is made and the others are joined.
 */
const sections = new WeakMap<Phase, { revision: string; journeyActors: string; text: string }>();

export function journeyToMermaid(journey: Journey): string {
    const journeyActors = actorsText(journey.personas);
    const parts = [`journey\n  title ${encodeMermaidText(titleOf(journey))}\n`];
    for (const phase of journey.phases) {
        const revision = revisionOf(phase);
        let section = sections.get(phase);
        if (section?.revision !== revision || section.journeyActors !== journeyActors) {
            section = { revision, journeyActors, text: sectionText(phase, journeyActors) };
            sections.set(phase, section);
        }
        parts.push(section.text);
    }
    return parts.join('');
}

function sectionText(phase: Phase, journeyActors: string): string {
    let text = `  section ${encodeMermaidText(titleOf(phase))}\n`;
    for (const touchpoint of phase.touchpoints) text += taskLine(touchpoint, journeyActors);
    return text;
}

function taskLine(touchpoint: Touchpoint, journeyActors: string): string {
    const actors = touchpoint.personas.length > 0 ? actorsText(touchpoint.personas) : journeyActors;
    return `    ${encodeMermaidText(titleOf(touchpoint)) || '#32;'}: ${first(touchpoint.emotions)?.score ?? DEFAULT_SCORE}${actors}\n`;
}

/** `: Paula, Carlos` (unresolved ids as written), or nothing when there is no actor. */
function actorsText(personas: PersonaRefs): string {
    let text = '';
    for (const persona of personas) {
        const actor = encodeMermaidText(persona.ref ? titleOf(persona.ref) : persona.$refText);
        if (actor.length > 0) text += text.length > 0 ? `, ${actor}` : actor;
    }
    return text.length > 0 ? `: ${text}` : '';
}
