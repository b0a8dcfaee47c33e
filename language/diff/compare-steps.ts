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
    const pains = matchByTitle(
        before.pains.map(text => ({ title: text })),
        after.pains.map(text => ({ title: text })),
    );
    for (const { title } of pains.removed) changes.push({ kind: 'pain-removed', step, text: title });
    for (const { title } of pains.added) changes.push({ kind: 'pain-added', step, text: title });
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

function compareGaps(step: string, before: readonly GapView[], after: readonly GapView[]): Change[] {
    const { pairs, added, removed } = matchByTitle(before, after);
    const changes: Change[] = removed.map(gap => ({ kind: 'gap-removed', step, gap: gap.title }));
    changes.push(...added.map((gap): Change => ({ kind: 'gap-added', step, gap: gap.title })));
    for (const [old, now] of pairs) {
        for (const field of ['current', 'target', 'change'] as const) {
            if (old[field] !== now[field]) changes.push({ kind: 'gap-changed', step, gap: now.title, field, ...values(old[field], now[field]) });
        }
        // The gap's own owner: one it inherits from its step shows as the step's owner change.
        const ownOwner = (gap: GapView) => (gap.ownerInherited ? undefined : gap.owner?.id);
        if (ownOwner(old) !== ownOwner(now))
            changes.push({ kind: 'gap-changed', step, gap: now.title, field: 'owner', ...values(ownOwner(old), ownOwner(now)) });
    }
    return changes;
}

function compareOpportunities(step: string, before: readonly OpportunityView[], after: readonly OpportunityView[]): Change[] {
    const { pairs, added, removed } = matchByTitle(before, after);
    const described = (kind: 'opportunity-added' | 'opportunity-removed', opportunity: OpportunityView): Change => ({
        kind,
        step,
        opportunity: opportunity.title,
        ...(opportunity.horizon ? { horizon: opportunity.horizon } : {}),
        ...(opportunity.owner ? { owner: opportunity.owner.id } : {}),
    });
    const changes = [...removed.map(o => described('opportunity-removed', o)), ...added.map(o => described('opportunity-added', o))];
    for (const [old, now] of pairs) {
        if (old.horizon !== now.horizon)
            changes.push({ kind: 'opportunity-changed', step, opportunity: now.title, field: 'horizon', ...values(old.horizon, now.horizon) });
        if (old.owner?.id !== now.owner?.id)
            changes.push({ kind: 'opportunity-changed', step, opportunity: now.title, field: 'owner', ...values(old.owner?.id, now.owner?.id) });
    }
    return changes;
}

function compareKpis(step: string, before: readonly KpiView[], after: readonly KpiView[]): Change[] {
    const { pairs, added, removed } = matchByTitle(before, after);
    const changes: Change[] = removed.map(kpi => ({ kind: 'kpi-removed', step, kpi: kpi.title }));
    changes.push(...added.map((kpi): Change => ({ kind: 'kpi-added', step, kpi: kpi.title })));
    for (const [old, now] of pairs) {
        for (const field of ['current', 'target'] as const) {
            if (old[field] !== now[field])
                changes.push({
                    kind: 'kpi-changed',
                    step,
                    kpi: now.title,
                    field,
                    ...values(old[field], now[field]),
                    direction: directionOf(old[field], now[field]),
                });
        }
    }
    return changes;
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
