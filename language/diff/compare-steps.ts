// The changes inside one step matched across two versions (match-steps.ts): title, owner,
// channel, each persona's emotion, pains, gaps, opportunities, KPIs, moment of truth.
// Gaps, opportunities and KPIs are matched by title (the n-th of a title with the n-th).
import type { GapView, KpiView, OpportunityView, TouchpointView } from '../model/map-model.js';
import type { Change, KpiDirection } from './journey-changes.js';
import { feltEmotions } from './step-emotions.js';

export function compareSteps(before: TouchpointView, after: TouchpointView): Change[] {
    const step = after.id;
    const changes: Change[] = [];
    if (before.title !== after.title) changes.push({ kind: 'title-changed', element: 'step', id: step, before: before.title, after: after.title });
    if (before.owner?.id !== after.owner?.id) changes.push({ kind: 'owner-changed', step, ...values(before.owner?.id, after.owner?.id) });
    if (before.channel?.id !== after.channel?.id) changes.push({ kind: 'channel-changed', step, ...values(before.channel?.id, after.channel?.id) });
    changes.push(...compareEmotions(step, before, after));
    changes.push(
        ...elementChanges(
            before.pains.map(text => ({ title: text })),
            after.pains.map(text => ({ title: text })),
            (change, { title }) => ({ kind: `pain-${change}`, step, text: title }),
            () => [],
        ),
    );
    changes.push(...compareGaps(step, before.gaps, after.gaps));
    changes.push(...compareOpportunities(step, before.opportunities, after.opportunities));
    changes.push(...compareKpis(step, before.kpis, after.kpis));
    if (before.momentOfTruth !== after.momentOfTruth) changes.push({ kind: 'moment-of-truth', step, marked: after.momentOfTruth });
    return changes;
}

/** `before`/`after` set only when defined, so the JSON has no `null`s and no absent-but-listed keys. */
function values<T>(before: T | undefined, after: T | undefined): { before?: T; after?: T } {
    return { ...(before !== undefined ? { before } : {}), ...(after !== undefined ? { after } : {}) };
}

function compareEmotions(step: string, before: TouchpointView, after: TouchpointView): Change[] {
    const old = feltEmotions(before);
    const now = feltEmotions(after);
    const changes: Change[] = [];
    const personas = [...now.keys(), ...[...old.keys()].filter(persona => !now.has(persona))];
    for (const persona of personas) {
        const a = old.get(persona);
        const b = now.get(persona);
        if (a === b) continue;
        changes.push({ kind: 'emotion-changed', step, persona, ...values(a, b), ...(a !== undefined && b !== undefined ? { delta: b - a } : {}) });
    }
    return changes;
}

/**
 * The changes of one kind of titled element: those removed, then those added (matched by title),
 * then what `changed` finds in each element both versions have.
 */
function elementChanges<T extends { title: string }>(
    before: readonly T[],
    after: readonly T[],
    addedOrRemoved: (change: 'added' | 'removed', element: T) => Change,
    changed: (old: T, now: T) => Change[],
): Change[] {
    const { pairs, added, removed } = matchByTitle(before, after);
    return [
        ...removed.map(element => addedOrRemoved('removed', element)),
        ...added.map(element => addedOrRemoved('added', element)),
        ...pairs.flatMap(([old, now]) => changed(old, now)),
    ];
}

function compareGaps(step: string, before: readonly GapView[], after: readonly GapView[]): Change[] {
    // The gap's own owner: one it inherits from its step shows as the step's owner change.
    const ownOwner = (gap: GapView) => (gap.ownerInherited ? undefined : gap.owner?.id);
    return elementChanges(
        before,
        after,
        (change, gap) => ({ kind: `gap-${change}`, step, gap: gap.title }),
        (old, now): Change[] => [
            ...(['current', 'target', 'change'] as const)
                .filter(field => old[field] !== now[field])
                .map((field): Change => ({ kind: 'gap-changed', step, gap: now.title, field, ...values(old[field], now[field]) })),
            ...(ownOwner(old) !== ownOwner(now)
                ? [{ kind: 'gap-changed', step, gap: now.title, field: 'owner', ...values(ownOwner(old), ownOwner(now)) } as const]
                : []),
        ],
    );
}

function compareOpportunities(step: string, before: readonly OpportunityView[], after: readonly OpportunityView[]): Change[] {
    return elementChanges(
        before,
        after,
        (change, opportunity) => ({
            kind: `opportunity-${change}`,
            step,
            opportunity: opportunity.title,
            ...(opportunity.horizon ? { horizon: opportunity.horizon } : {}),
            ...(opportunity.owner ? { owner: opportunity.owner.id } : {}),
        }),
        (old, now): Change[] => [
            ...(old.horizon !== now.horizon
                ? [{ kind: 'opportunity-changed', step, opportunity: now.title, field: 'horizon', ...values(old.horizon, now.horizon) } as const]
                : []),
            ...(old.owner?.id !== now.owner?.id
                ? [{ kind: 'opportunity-changed', step, opportunity: now.title, field: 'owner', ...values(old.owner?.id, now.owner?.id) } as const]
                : []),
        ],
    );
}

function compareKpis(step: string, before: readonly KpiView[], after: readonly KpiView[]): Change[] {
    return elementChanges(
        before,
        after,
        (change, kpi) => ({ kind: `kpi-${change}`, step, kpi: kpi.title }),
        (old, now) =>
            (['current', 'target'] as const)
                .filter(field => old[field] !== now[field])
                .map(field => ({
                    kind: 'kpi-changed',
                    step,
                    kpi: now.title,
                    field,
                    ...values(old[field], now[field]),
                    direction: directionOf(old[field], now[field]),
                })),
    );
}

/** Up or down when both values are numbers, else just changed (a value given or taken away). */
export function directionOf(before: string | undefined, after: string | undefined): KpiDirection {
    const a = before === undefined ? NaN : Number(before);
    const b = after === undefined ? NaN : Number(after);
    if (Number.isNaN(a) || Number.isNaN(b) || a === b) return 'changed';
    return b > a ? 'up' : 'down';
}

export function matchByTitle<T extends { title: string }>(before: readonly T[], after: readonly T[]) {
    return matchByKey(before, after, element => element.title);
}

/** Pairs the n-th element of a key in `before` with the n-th of that key in `after`. */
export function matchByKey<T>(before: readonly T[], after: readonly T[], key: (element: T) => string): { pairs: [T, T][]; added: T[]; removed: T[] } {
    const waiting = new Map<string, T[]>();
    for (const element of after) {
        const list = waiting.get(key(element));
        if (list) list.push(element);
        else waiting.set(key(element), [element]);
    }
    const pairs: [T, T][] = [];
    const removed: T[] = [];
    const matched = new Set<T>();
    for (const element of before) {
        const partner = waiting.get(key(element))?.shift();
        if (partner) {
            pairs.push([element, partner]);
            matched.add(partner);
        } else {
            removed.push(element);
        }
    }
    return { pairs, added: after.filter(element => !matched.has(element)), removed };
}
