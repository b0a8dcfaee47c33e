// The lines of a Mermaid `journey` diagram, as LANGUAGE.md "Rendering as Mermaid" writes them:
// one for a section, one for a task (title, score, actors). Shared by the diagram of a journey
// (mermaid-journey.ts) and the diagram of one persona (../model/persona-filter.ts), which works
// on the map model: keep it free of runtime imports besides the text encoding.
import { encodeMermaidText } from './mermaid-text.js';
import { encodeMermaidTaskName } from './mermaid-task-name.js';

export const DEFAULT_SCORE = 3;

export function sectionLine(title: string): string {
    return `  section ${encodeMermaidText(title)}\n`;
}

/** `actors` as actorsText makes it: `: Paula, Carlos`, or nothing. */
export function taskLine(title: string, score: number | undefined, actors: string): string {
    return `    ${encodeMermaidTaskName(title)}: ${score ?? DEFAULT_SCORE}${actors}\n`;
}

/**
 * `: Paula, Carlos` from the actors' titles (unresolved ids as written), each once (a repeated
 * persona is one actor to Mermaid too), or nothing when there is no actor.
 */
export function actorsText(titles: readonly string[]): string {
    const actors: string[] = [];
    for (const title of titles) {
        const actor = encodeMermaidText(title);
        if (actor.length > 0 && !actors.includes(actor)) actors.push(actor);
    }
    return actors.length > 0 ? `: ${actors.join(', ')}` : '';
}
