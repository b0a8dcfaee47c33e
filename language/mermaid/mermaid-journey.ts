// A journey as a Mermaid `journey` diagram (LANGUAGE.md "Rendering as Mermaid"): title;
// one section per phase; one task per touchpoint with its emotion (3 when missing) and the
// titles of its personas (the journey's when it names none).
import type { Journey, Persona } from '../generated/ast.js';
import { first, titleOf } from '../ast-queries.js';
import { encodeMermaidText } from './mermaid-text.js';

export const DEFAULT_SCORE = 3;

export interface MermaidJourneyInput {
    title: string;
    sections: { title: string; tasks: { title: string; score: number | undefined; actors: string[] }[] }[];
}

export function journeyToMermaidInput(journey: Journey): MermaidJourneyInput {
    const personaTitles = (refs: { ref?: Persona; $refText: string }[]) => refs.map(ref => ref.ref ? titleOf(ref.ref) : ref.$refText);
    const journeyActors = personaTitles(journey.personas);
    return {
        title: titleOf(journey),
        sections: journey.phases.map(phase => ({
            title: titleOf(phase),
            tasks: phase.touchpoints.map(touchpoint => ({
                title: titleOf(touchpoint),
                score: first(touchpoint.emotions)?.score,
                actors: touchpoint.personas.length > 0 ? personaTitles(touchpoint.personas) : journeyActors,
            })),
        })),
    };
}

export function renderMermaidJourney(input: MermaidJourneyInput): string {
    const lines = ['journey', `  title ${encodeMermaidText(input.title)}`];
    // Most tasks share the journey's list of actors (the same array): encode it once.
    const actorTexts = new Map<readonly string[], string>();
    const actorsText = (actors: readonly string[]) => {
        let text = actorTexts.get(actors);
        if (text === undefined) {
            const encoded = actors.map(encodeMermaidText).filter(actor => actor.length > 0);
            text = encoded.length ? `: ${encoded.join(', ')}` : '';
            actorTexts.set(actors, text);
        }
        return text;
    };
    for (const section of input.sections) {
        lines.push(`  section ${encodeMermaidText(section.title)}`);
        for (const task of section.tasks) {
            lines.push(`    ${encodeMermaidText(task.title) || '#32;'}: ${task.score ?? DEFAULT_SCORE}${actorsText(task.actors)}`);
        }
    }
    return lines.join('\n') + '\n';
}

export function journeyToMermaid(journey: Journey): string {
    return renderMermaidJourney(journeyToMermaidInput(journey));
}
