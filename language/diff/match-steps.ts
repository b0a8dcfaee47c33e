// Which step of the older version is which step of the newer one.
//
// Steps (touchpoints) are matched by id, wherever their phase: ids are unique in a journey
// (duplicate-name), and LANGUAGE.md "Current and future state" says a touchpoint with the
// same id is the same step. A step whose id changed is reported as renamed when it is left
// unmatched on both sides and its content is nearly the same: the two steps' content lines
// (title, channel, owner, actions, backstage, thoughts, pains, gap/opportunity/KPI titles,
// each persona's emotion) have a Jaccard similarity of at least RENAME_SIMILARITY, or their
// titles are equal. Candidates pair best score first (then in document order), each step once.
import type { JourneyView, TouchpointView } from '../model/map-model.js';
import { feltEmotions } from './step-emotions.js';

export const RENAME_SIMILARITY = 0.75;

export interface PlacedStep {
    step: TouchpointView;
    phase: string;
    /** Position in the journey, for a stable order. */
    index: number;
}

export interface StepMatch {
    before: PlacedStep;
    after: PlacedStep;
    renamed: boolean;
}

export interface MatchedSteps {
    matches: StepMatch[];
    added: PlacedStep[];
    removed: PlacedStep[];
}

export function placedSteps(journey: JourneyView | undefined): PlacedStep[] {
    const steps: PlacedStep[] = [];
    for (const phase of journey?.phases ?? []) for (const step of phase.touchpoints) steps.push({ step, phase: phase.id, index: steps.length });
    return steps;
}

export function matchSteps(before: readonly PlacedStep[], after: readonly PlacedStep[]): MatchedSteps {
    const afterById = new Map<string, PlacedStep>();
    for (const placed of after) if (!afterById.has(placed.step.id)) afterById.set(placed.step.id, placed);
    const matches: StepMatch[] = [];
    const matchedAfter = new Set<PlacedStep>();
    const unmatchedBefore: PlacedStep[] = [];
    for (const placed of before) {
        const other = afterById.get(placed.step.id);
        if (other && !matchedAfter.has(other)) {
            matches.push({ before: placed, after: other, renamed: false });
            matchedAfter.add(other);
        } else {
            unmatchedBefore.push(placed);
        }
    }
    const unmatchedAfter = after.filter(placed => !matchedAfter.has(placed));
    const renames = pairRenames(unmatchedBefore, unmatchedAfter);
    const renamedBefore = new Set(renames.map(match => match.before));
    const renamedAfter = new Set(renames.map(match => match.after));
    return {
        matches: [...matches, ...renames].sort((a, b) => a.after.index - b.after.index),
        added: unmatchedAfter.filter(placed => !renamedAfter.has(placed)),
        removed: unmatchedBefore.filter(placed => !renamedBefore.has(placed)),
    };
}

function pairRenames(before: readonly PlacedStep[], after: readonly PlacedStep[]): StepMatch[] {
    if (before.length === 0 || after.length === 0) return [];
    const candidates: { before: PlacedStep; after: PlacedStep; score: number }[] = [];
    // Only steps that share at least one content line can be similar: index them by line.
    const afterByLine = new Map<string, PlacedStep[]>();
    const afterLines = new Map<PlacedStep, Set<string>>();
    for (const placed of after) {
        const lines = contentLines(placed.step);
        afterLines.set(placed, lines);
        for (const line of lines) {
            const steps = afterByLine.get(line);
            if (steps) steps.push(placed);
            else afterByLine.set(line, [placed]);
        }
    }
    for (const placed of before) {
        const lines = contentLines(placed.step);
        const seen = new Set<PlacedStep>();
        for (const line of lines) {
            for (const other of afterByLine.get(line) ?? []) {
                if (seen.has(other)) continue;
                seen.add(other);
                const score = placed.step.title === other.step.title ? 1 : jaccard(lines, afterLines.get(other)!);
                if (score >= RENAME_SIMILARITY) candidates.push({ before: placed, after: other, score });
            }
        }
    }
    candidates.sort((a, b) => b.score - a.score || a.before.index - b.before.index || a.after.index - b.after.index);
    const taken = new Set<PlacedStep>();
    const renames: StepMatch[] = [];
    for (const candidate of candidates) {
        if (taken.has(candidate.before) || taken.has(candidate.after)) continue;
        taken.add(candidate.before);
        taken.add(candidate.after);
        renames.push({ before: candidate.before, after: candidate.after, renamed: true });
    }
    return renames;
}

function contentLines(step: TouchpointView): Set<string> {
    const lines = new Set<string>([`title ${step.title}`]);
    if (step.channel) lines.add(`channel ${step.channel.id}`);
    if (step.owner) lines.add(`owner ${step.owner.id}`);
    step.actions.forEach(text => lines.add(`action ${text}`));
    step.backstages.forEach(text => lines.add(`backstage ${text}`));
    step.thoughts.forEach(text => lines.add(`thought ${text}`));
    step.pains.forEach(text => lines.add(`pain ${text}`));
    step.gaps.forEach(gap => lines.add(`gap ${gap.title}`));
    step.opportunities.forEach(opportunity => lines.add(`opportunity ${opportunity.title}`));
    step.kpis.forEach(kpi => lines.add(`kpi ${kpi.title}`));
    for (const [persona, score] of feltEmotions(step)) lines.add(`emotion ${persona} ${score ?? ''}`);
    return lines;
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
    let shared = 0;
    for (const line of a) if (b.has(line)) shared++;
    return shared / (a.size + b.size - shared);
}
