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
    for (const section of input.sections) {
        lines.push(`  section ${encodeMermaidText(section.title)}`);
        for (const task of section.tasks) {
            const actors = task.actors.map(encodeMermaidText).filter(actor => actor.length > 0);
            const score = task.score ?? DEFAULT_SCORE;
            lines.push(`    ${encodeMermaidText(task.title) || '#32;'}: ${score}${actors.length ? `: ${actors.join(', ')}` : ''}`);
        }
    }
    return lines.join('\n') + '\n';
}

export function journeyToMermaid(journey: Journey): string {
    return renderMermaidJourney(journeyToMermaidInput(journey));
}
