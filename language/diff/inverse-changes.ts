// The changes of comparing B with A, made from those of comparing A with B: what was added is
// removed, before and after swap, and steps are named by their id in A (a renamed step's old id).
// Comparing in both directions gives inverse changes (the property tests hold the engine to it).
import type { Change, FindingPlace } from './journey-changes.js';

export function invertChanges(changes: readonly Change[]): Change[] {
    const oldId = new Map<string, string>();
    for (const change of changes) if (change.kind === 'step-renamed') oldId.set(change.step, change.fromStep);
    const id = (step: string) => oldId.get(step) ?? step;
    return changes.map(change => invert(change, id));
}

function invert(change: Change, id: (step: string) => string): Change {
    switch (change.kind) {
        case 'phase-added':
            return { ...change, kind: 'phase-removed' };
        case 'phase-removed':
            return { ...change, kind: 'phase-added' };
        case 'step-added':
            return { ...change, kind: 'step-removed' };
        case 'step-removed':
            return { ...change, kind: 'step-added' };
        case 'step-moved':
            return { kind: 'step-moved', step: id(change.step), fromPhase: change.toPhase, toPhase: change.fromPhase };
        case 'step-renamed':
            return { kind: 'step-renamed', step: change.fromStep, fromStep: change.step };
        case 'title-changed':
            return { ...change, id: change.element === 'step' ? id(change.id) : change.id, before: change.after, after: change.before };
        case 'emotion-changed': {
            const { delta, before, after, ...rest } = change;
            return { ...rest, step: id(change.step), ...swapped(before, after), ...(delta !== undefined ? { delta: -delta } : {}) };
        }
        case 'pain-added':
            return { ...change, kind: 'pain-removed', step: id(change.step) };
        case 'pain-removed':
            return { ...change, kind: 'pain-added', step: id(change.step) };
        case 'gap-added':
            return { ...change, kind: 'gap-removed', step: id(change.step) };
        case 'gap-removed':
            return { ...change, kind: 'gap-added', step: id(change.step) };
        case 'opportunity-added':
            return { ...change, kind: 'opportunity-removed', step: id(change.step) };
        case 'opportunity-removed':
            return { ...change, kind: 'opportunity-added', step: id(change.step) };
        case 'kpi-added':
            return { ...change, kind: 'kpi-removed', step: id(change.step) };
        case 'kpi-removed':
            return { ...change, kind: 'kpi-added', step: id(change.step) };
        case 'gap-changed':
        case 'opportunity-changed':
        case 'owner-changed':
        case 'channel-changed': {
            const { before, after, ...rest } = change;
            return { ...rest, step: id(change.step), ...swapped(before, after) } as Change;
        }
        case 'kpi-changed': {
            const { before, after, direction, ...rest } = change;
            return {
                ...rest,
                step: id(change.step),
                ...swapped(before, after),
                direction: direction === 'up' ? 'down' : direction === 'down' ? 'up' : 'changed',
            };
        }
        case 'moment-of-truth':
            return { ...change, step: id(change.step), marked: !change.marked };
        case 'finding-introduced':
            return { ...change, kind: 'finding-fixed', at: placeIn(change.at, id) };
        case 'finding-fixed':
            return { ...change, kind: 'finding-introduced', at: placeIn(change.at, id) };
    }
}

function swapped<T>(before: T | undefined, after: T | undefined): { before?: T; after?: T } {
    return { ...(after !== undefined ? { before: after } : {}), ...(before !== undefined ? { after: before } : {}) };
}

function placeIn(at: FindingPlace, id: (step: string) => string): FindingPlace {
    return at.step === undefined ? at : { ...at, step: id(at.step) };
}
