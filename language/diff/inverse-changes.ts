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

/** Kinds that undo each other: what one direction adds, the other removes. */
const OPPOSITE_KINDS = [
    ['phase-added', 'phase-removed'],
    ['step-added', 'step-removed'],
    ['pain-added', 'pain-removed'],
    ['gap-added', 'gap-removed'],
    ['opportunity-added', 'opportunity-removed'],
    ['kpi-added', 'kpi-removed'],
    ['finding-introduced', 'finding-fixed'],
] as const;
type OppositeKind = (typeof OPPOSITE_KINDS)[number][number];
const OPPOSITE = new Map<OppositeKind, OppositeKind>(OPPOSITE_KINDS.flatMap(([a, b]) => [[a, b] as const, [b, a] as const]));
const opposite = <K extends OppositeKind>(kind: K) => OPPOSITE.get(kind) as K;

function invert(change: Change, id: (step: string) => string): Change {
    switch (change.kind) {
        case 'phase-added':
        case 'phase-removed':
        case 'step-added':
        case 'step-removed':
            return { ...change, kind: opposite(change.kind) } as Change;
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
        case 'pain-removed':
        case 'gap-added':
        case 'gap-removed':
        case 'opportunity-added':
        case 'opportunity-removed':
        case 'kpi-added':
        case 'kpi-removed':
            return { ...change, kind: opposite(change.kind), step: id(change.step) } as Change;
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
        case 'finding-fixed':
            return { ...change, kind: opposite(change.kind), at: placeIn(change.at, id) };
    }
}

function swapped<T>(before: T | undefined, after: T | undefined): { before?: T; after?: T } {
    return { ...(after !== undefined ? { before: after } : {}), ...(before !== undefined ? { after: before } : {}) };
}

function placeIn(at: FindingPlace, id: (step: string) => string): FindingPlace {
    return at.step === undefined ? at : { ...at, step: id(at.step) };
}
