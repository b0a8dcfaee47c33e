// Each persona's colour as Mermaid's journey legend shows it: Mermaid collects the actors of all
// tasks, sorts them, and gives the i-th the i-th of its actor colours (mermaid's journey
// `actorColours`, cycled). Read from the diagram's own text, so grid and legend always agree.
// Shared by the preview and the exports: keep it free of runtime imports besides the encoding.
import { encodeMermaidText } from '../mermaid/mermaid-text.js';
import type { JourneyView, PhaseView } from '../model/map-model.js';
import { personasInPhase } from '../model/phase-personas.js';

/** The actors of a phase's section, remembered per phase view (an edit changes one phase; the others keep their objects). */
const actorsByPhase = new WeakMap<PhaseView, Set<string>>();

function actorsOf(phase: PhaseView): Set<string> {
    let actors = actorsByPhase.get(phase);
    if (!actors) {
        actors = new Set();
        for (const line of phase.mermaidSection.split('\n').slice(1)) {
            // `    task: score: a, b` — Mermaid splits the task data at ':' and the people at ','.
            const people = line.split(':')[2];
            if (people !== undefined) for (const person of people.split(',')) if (person.trim()) actors.add(person.trim());
        }
        actorsByPhase.set(phase, actors);
    }
    return actors;
}

/** Mermaid 11's default `journey.actorColours` (webview/style.css has them as `.persona-swatch.colour-N`). */
export const MERMAID_ACTOR_COLOURS = ['#8FBC8F', '#7CFC00', '#00FFFF', '#20B2AA', '#B0E0E6', '#FFFFE0'] as const;

/**
 * Persona id → index into MERMAID_ACTOR_COLOURS, for the personas that are actors of the
 * journey's diagram (the views draw it as the class `colour-N`: no style attributes, see vnode.ts).
 */
export function personaColours(journey: JourneyView): Map<string, number> {
    const actors = new Set<string>();
    for (const phase of journey.phases) for (const actor of actorsOf(phase)) actors.add(actor);
    const sorted = [...actors].sort();
    const colours = new Map<string, number>();
    const consider = (id: string, title: string) => {
        if (colours.has(id)) return;
        const index = sorted.indexOf(encodeMermaidText(title));
        if (index >= 0) colours.set(id, index % MERMAID_ACTOR_COLOURS.length);
    };
    for (const persona of journey.personas) consider(persona.id, persona.title);
    for (const phase of journey.phases) for (const { id, title } of personasInPhase(phase)) consider(id, title);
    return colours;
}
