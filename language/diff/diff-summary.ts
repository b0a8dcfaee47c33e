// The summary of a journey's comparison: steps before and after, added and removed, the
// average emotion before and after (overall and per persona), findings introduced and fixed.
import type { JourneySummary, Change, PersonaAverage } from './journey-changes.js';
import type { PlacedStep } from './match-steps.js';
import { feltEmotions, stepScore } from './step-emotions.js';

export function summarize(before: readonly PlacedStep[], after: readonly PlacedStep[], changes: readonly Change[]): JourneySummary {
    const count = (kind: Change['kind']) => changes.filter(change => change.kind === kind).length;
    const old = personaAverages(before);
    const now = personaAverages(after);
    const personas: PersonaAverage[] = [];
    for (const persona of new Set([...old.keys(), ...now.keys()])) {
        personas.push({ persona, ...definedAs('before', old.get(persona)), ...definedAs('after', now.get(persona)) });
    }
    return {
        stepsBefore: before.length,
        stepsAfter: after.length,
        stepsAdded: count('step-added'),
        stepsRemoved: count('step-removed'),
        ...definedAs('averageBefore', mean(before.map(({ step }) => stepScore(step)))),
        ...definedAs('averageAfter', mean(after.map(({ step }) => stepScore(step)))),
        personas,
        findingsIntroduced: count('finding-introduced'),
        findingsFixed: count('finding-fixed'),
    };
}

function personaAverages(steps: readonly PlacedStep[]): Map<string, number> {
    const scores = new Map<string, (number | undefined)[]>();
    for (const { step } of steps) {
        for (const [persona, score] of feltEmotions(step)) {
            const list = scores.get(persona);
            if (list) list.push(score);
            else scores.set(persona, [score]);
        }
    }
    const averages = new Map<string, number>();
    for (const [persona, list] of scores) {
        const value = mean(list);
        if (value !== undefined) averages.set(persona, value);
    }
    return averages;
}

function mean(values: readonly (number | undefined)[]): number | undefined {
    const numbers = values.filter((value): value is number => value !== undefined);
    return numbers.length ? numbers.reduce((sum, value) => sum + value, 0) / numbers.length : undefined;
}

function definedAs<K extends string>(key: K, value: number | undefined): { [P in K]?: number } {
    return (value === undefined ? {} : { [key]: value }) as { [P in K]?: number };
}
