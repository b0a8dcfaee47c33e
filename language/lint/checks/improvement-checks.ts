import type { ValidationAcceptor } from 'langium';
import { AstUtils } from 'langium';
import type { Journey, Touchpoint } from '../../generated/ast.js';
import { first, journeyOf } from '../../ast-queries.js';
import { treeShape } from '../../ast-node-walker.js';
import { personaEmotions } from '../../persona-emotions.js';
import { message } from '../../i18n/messages.js';
import type { Locale } from '../../i18n/locale.js';
import { reporter } from '../report.js';

/** The journey a journey improves (its current state): its first `improves`, when it resolves. */
export function improvedJourney(journey: Journey): Journey | undefined {
    return first(journey.improves)?.ref;
}

/** improves-cycle: on the `improves` of each journey that comes back to itself by following them. */
export function checkImprovesCycle(locale: () => Locale) {
    return (journey: Journey, accept: ValidationAcceptor): void => {
        const path = [journey];
        const seen = new Set<Journey>(path);
        for (let current = improvedJourney(journey); current; current = improvedJourney(current)) {
            if (current === journey) {
                const through = [...path.map(step => step.name), journey.name].join(' → ');
                reporter(accept)('improves-cycle', message(locale(), 'improves-cycle', journey.name, through), {
                    node: journey,
                    property: 'improves',
                    index: 0,
                });
                return;
            }
            // A cycle further on that does not pass through this journey is reported on its own journeys.
            if (seen.has(current)) return;
            seen.add(current);
            path.push(current);
        }
    };
}

/**
 * unimproved-pain: in a journey that improves another, a touchpoint whose counterpart (same id)
 * hurts, keeps every pain of it word for word, and gives no persona involved in both a higher emotion.
 */
export function checkUnimprovedPain(locale: () => Locale) {
    return (touchpoint: Touchpoint, accept: ValidationAcceptor): void => {
        const journey = journeyOf(touchpoint);
        if (journey.improves.length === 0) return;
        const current = improvedJourney(journey);
        if (!current || current === journey) return;
        const counterpart = touchpointsById(current).get(touchpoint.name);
        if (!counterpart || !hurts(counterpart)) return;
        if (!counterpart.pains.every(pain => touchpoint.pains.includes(pain))) return;
        const before = new Map(personaEmotions(counterpart).map(felt => [felt.id, felt.emotion?.score]));
        const feelsBetter = personaEmotions(touchpoint).some(({ id, emotion }) => {
            const was = before.get(id);
            return emotion !== undefined && was !== undefined && emotion.score > was;
        });
        if (feelsBetter) return;
        reporter(accept)('unimproved-pain', message(locale(), 'unimproved-pain', touchpoint.title ?? touchpoint.name, current.title ?? current.name), {
            node: touchpoint,
            property: 'name',
        });
    };
}

function hurts(touchpoint: Touchpoint): boolean {
    return touchpoint.pains.length > 0 || personaEmotions(touchpoint).some(({ emotion }) => emotion !== undefined && emotion.score <= 2);
}

/** The touchpoints of a journey by id (the first of a repeated id), remembered while its tree's shape is the same. */
const byIdOf = new WeakMap<Journey, { shape: number; byId: Map<string, Touchpoint> }>();

function touchpointsById(journey: Journey): Map<string, Touchpoint> {
    const shape = treeShape(AstUtils.findRootNode(journey));
    let known = byIdOf.get(journey);
    if (known?.shape !== shape) {
        const byId = new Map<string, Touchpoint>();
        for (const phase of journey.phases) for (const touchpoint of phase.touchpoints) if (!byId.has(touchpoint.name)) byId.set(touchpoint.name, touchpoint);
        known = { shape, byId };
        byIdOf.set(journey, known);
    }
    return known.byId;
}
