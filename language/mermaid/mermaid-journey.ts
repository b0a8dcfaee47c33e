// A journey as a Mermaid `journey` diagram (LANGUAGE.md "Rendering as Mermaid"): title;
// one section per phase; one task per touchpoint with its emotion (3 when missing; the rounded
// mean of the involved personas' when they differ) and the titles of its personas (the
// journey's when it names none).
import type { AstNode } from 'langium';
import { changedSince, changeMark, type ChangeMark } from '../ast-revisions.js';
import type { Journey, Persona, Phase, Touchpoint } from '../generated/ast.js';
import { titleOf } from '../ast-queries.js';
import { touchpointScore } from '../persona-emotions.js';
import { encodeMermaidText } from './mermaid-text.js';
import { actorsText as actorsOfTitles, sectionLine, taskLine as taskText } from './mermaid-task.js';

type PersonaRefs = readonly { ref?: Persona; $refText: string }[];

/**
 * The diagram in parts: its first lines (`journey` and the title) and one `section` per phase,
 * task lines included. The whole text is `head` followed by every section. The preview's model
 * carries the parts (language/model/map-model.ts), so a keystroke sends and copies one section,
 * not the whole text (860 KB at 10,000 touchpoints).
 */
export interface MermaidParts {
    readonly head: string;
    /** Index i is the section of `journey.phases[i]`. */
    readonly sections: readonly string[];
}

/**
 * The parts are made again after every keystroke (for the preview), from a tree that changed in
 * one place: each journey's sections are remembered, and the change log of ast-revisions.ts says
 * which phases to make again. At 10,000 touchpoints, making every section takes ~10-20 ms, mostly
 * waiting on memory scattered over the whole tree; after an edit, one section is made.
 */
interface MadeParts {
    mark: ChangeMark;
    phases: Phase[];
    head: string;
    journeyActors: string;
    sections: string[];
}
const made = new WeakMap<Journey, MadeParts>();

/** The Mermaid text of a journey, as exported. */
export function journeyToMermaid(journey: Journey): string {
    const { head, sections } = journeyToMermaidParts(journey);
    // One join, so the text is one flat string (`head + joined` would be copied again when read).
    return [head, ...sections].join('');
}

/** The parts as remembered for the journey: read them before its tree changes again. */
export function journeyToMermaidParts(journey: Journey): MermaidParts {
    const previous = made.get(journey);
    const changed = previous && sameItems(previous.phases, journey.phases) ? changedSince(previous.mark) : undefined;
    const mark = changeMark();
    if (!previous || !changed) {
        const journeyActors = actorsText(journey.personas);
        const sections = journey.phases.map(phase => sectionText(phase, journeyActors));
        const parts: MadeParts = { mark, phases: [...journey.phases], head: headText(journey), journeyActors, sections };
        made.set(journey, parts);
        return parts;
    }
    if (changed.length === 0) return previous;
    previous.mark = mark;
    const phases = new Set<number>();
    let journeyChanged = false;
    for (const node of changed) {
        const child = childOf(journey, node);
        if (child === journey) journeyChanged = true;
        else if (child?.$type === 'Phase' && journey.phases[child.$containerIndex ?? -1] === child) phases.add(child.$containerIndex!);
    }
    if (journeyChanged) {
        previous.head = headText(journey);
        const journeyActors = actorsText(journey.personas);
        if (journeyActors !== previous.journeyActors) {
            previous.journeyActors = journeyActors;
            journey.phases.forEach((_, index) => phases.add(index));
        }
    }
    for (const index of phases) previous.sections[index] = sectionText(journey.phases[index], previous.journeyActors);
    return previous;
}

/** The ancestor of `node` (or `node`) that is `journey` or one of its children; undefined for nodes elsewhere. */
function childOf(journey: Journey, node: AstNode): AstNode | undefined {
    for (let current: AstNode | undefined = node; current; current = current.$container) {
        if (current === journey || current.$container === journey) return current;
    }
    return undefined;
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    return true;
}

function headText(journey: Journey): string {
    return `journey\n  title ${encodeMermaidText(titleOf(journey))}\n`;
}

/** Joined (not concatenated): a flat string, which a join of the sections copies at once; a chain of concatenations would be walked again on every join. */
function sectionText(phase: Phase, journeyActors: string): string {
    const lines = [sectionLine(titleOf(phase))];
    for (const touchpoint of phase.touchpoints) lines.push(taskLine(touchpoint, journeyActors));
    return lines.join('');
}

function taskLine(touchpoint: Touchpoint, journeyActors: string): string {
    const actors = touchpoint.personas.length > 0 ? actorsText(touchpoint.personas) : journeyActors;
    return taskText(titleOf(touchpoint), touchpointScore(touchpoint), actors);
}

/** `: Paula, Carlos` (unresolved ids as written), or nothing when there is no actor. */
function actorsText(personas: PersonaRefs): string {
    return actorsOfTitles(personas.map(persona => (persona.ref ? titleOf(persona.ref) : persona.$refText)));
}
