// A journey as one persona lives it (LANGUAGE.md "Rendering as Mermaid"; the preview's persona
// filter, `journey export --persona Id`): only the touchpoints they are involved in, each with
// that persona's own emotion, and a Mermaid diagram drawn from those. Works on the map model, so
// the webview filters without asking the server. Keep it free of runtime imports besides the
// Mermaid line writers.
import { actorsText, sectionLine, taskLine } from '../mermaid/mermaid-task.js';
import type { JourneyView, MapModel, PhaseView, TouchpointView } from './map-model.js';
import { personasInPhase } from './phase-personas.js';

/** The ids and titles of the personas involved anywhere in the journey, in the order first met. */
export function personasOf(journey: JourneyView): { id: string; title: string }[] {
    const seen = new Map<string, string>();
    for (const persona of journey.personas) if (!seen.has(persona.id)) seen.set(persona.id, persona.title);
    for (const phase of journey.phases) for (const { id, title } of personasInPhase(phase)) if (!seen.has(id)) seen.set(id, title);
    return [...seen].map(([id, title]) => ({ id, title }));
}

/** The journey seen by one persona; phases where they have no touchpoint are left out. */
export function journeyForPersona(journey: JourneyView, personaId: string): JourneyView {
    const persona = personasOf(journey).find(candidate => candidate.id === personaId);
    const actors = actorsText(persona ? [persona.title] : [personaId]);
    const phases = journey.phases.flatMap(phase => phaseForPersona(phase, personaId, actors) ?? []);
    return { ...journey, personas: journey.personas.filter(candidate => candidate.id === personaId), phases };
}

/**
 * Each phase as a persona lives it (null: none of its touchpoints involves them), remembered per
 * phase view, persona and diagram actor: an edit changes one phase, so the other phases' filtered
 * views stay the same objects, and the canvas keeps their cells without comparing them.
 */
const filteredPhases = new WeakMap<PhaseView, Map<string, PhaseView | null>>();

function phaseForPersona(phase: PhaseView, personaId: string, actors: string): PhaseView | undefined {
    let byPersona = filteredPhases.get(phase);
    if (!byPersona) {
        byPersona = new Map();
        filteredPhases.set(phase, byPersona);
    }
    const key = `${personaId}\n${actors}`;
    let filtered = byPersona.get(key);
    if (filtered === undefined) {
        const touchpoints = phase.touchpoints.flatMap(touchpoint => {
            const own = touchpointForPersona(touchpoint, personaId);
            return own ? [own] : [];
        });
        filtered =
            touchpoints.length === 0
                ? null
                : {
                      ...phase,
                      touchpoints,
                      mermaidSection:
                          sectionLine(phase.title) + touchpoints.map(touchpoint => taskLine(touchpoint.title, touchpoint.emotion?.score, actors)).join(''),
                  };
        byPersona.set(key, filtered);
    }
    return filtered ?? undefined;
}

function touchpointForPersona(touchpoint: TouchpointView, personaId: string): TouchpointView | undefined {
    const felt = touchpoint.personaEmotions.find(candidate => candidate.persona.id === personaId);
    if (!felt) return undefined;
    const { otherEmotions: _others, ...rest } = touchpoint;
    return {
        ...rest,
        personas: touchpoint.personas.filter(persona => persona.id === personaId),
        emotion: felt.score === undefined ? undefined : { score: felt.score, label: felt.label },
        personaEmotions: [felt],
        // Another persona's missing emotion is not this persona's finding.
        findings: felt.score === undefined ? touchpoint.findings : touchpoint.findings.filter(finding => finding.rule !== 'missing-emotion'),
    };
}

/** Every journey of the model as the persona lives it (for the exports of `--persona`). */
export function modelForPersona(model: MapModel, personaId: string): MapModel {
    return { ...model, journeys: model.journeys.map(journey => journeyForPersona(journey, personaId)) };
}
