// Which team is the likely owner, or channel the likely channel, of a touchpoint (or gap, or
// opportunity) that has none: those already used in its phase, then in its journey, then the
// rest. The quick fixes "Set owner to …" and "Set channel to …" and completion after `owner `
// and `channel ` offer them in this order, so the first offered is the one a person filling in
// the map would most often pick.
import { AstUtils, type AstNode } from 'langium';
import { treeShape } from './ast-node-walker.js';
import { isJourney, isPhase, type Journey, type Phase } from './generated/ast.js';

export interface Ranked {
    name: string;
    /** References to it in the node's phase (for teams, the phase's default owner too). */
    inPhase: number;
    /** The same in the node's journey. */
    inJourney: number;
}

/** The references of a phase to teams (owners anywhere in it) or to channels (of its touchpoints). */
function referencesIn(phase: Phase, type: 'Team' | 'Channel'): { $refText: string }[] {
    if (type === 'Channel') return phase.touchpoints.flatMap(touchpoint => touchpoint.channels);
    return [
        ...phase.owners,
        ...phase.touchpoints.flatMap(touchpoint => [
            ...touchpoint.owners,
            ...touchpoint.gaps.flatMap(gap => gap.owners),
            ...touchpoint.opportunities.flatMap(opportunity => opportunity.owners),
        ]),
    ];
}

/** `names` (declared teams or channels), nearest `node` first; ties, and those used nowhere near, by name. */
export function nearestFirst(node: AstNode, names: readonly string[], type: 'Team' | 'Channel'): Ranked[] {
    const phase = AstUtils.getContainerOfType(node, isPhase);
    const journey = AstUtils.getContainerOfType(node, isJourney);
    const inPhase = phase ? countNames(referencesIn(phase, type)) : new Map<string, number>();
    const inJourney = journey ? journeyCounts(journey, type) : inPhase;
    return names
        .map(name => ({ name, inPhase: inPhase.get(name) ?? 0, inJourney: inJourney.get(name) ?? 0 }))
        .sort((a, b) => b.inPhase - a.inPhase || b.inJourney - a.inJourney || a.name.localeCompare(b.name));
}

/**
 * A journey's counts are remembered until its tree changes shape: references are ids, which
 * no in-place edit changes (ast-node-walker.ts). Counting all of them for each completion took
 * ~30 ms at 10,000 touchpoints.
 */
const rememberedCounts = new WeakMap<Journey, { shape: number; counts: Partial<Record<'Team' | 'Channel', Map<string, number>>> }>();

function journeyCounts(journey: Journey, type: 'Team' | 'Channel'): Map<string, number> {
    const shape = treeShape(AstUtils.findRootNode(journey));
    let remembered = rememberedCounts.get(journey);
    if (remembered?.shape !== shape) {
        remembered = { shape, counts: {} };
        rememberedCounts.set(journey, remembered);
    }
    return (remembered.counts[type] ??= countNames(journey.phases.flatMap(phase => referencesIn(phase, type))));
}

function countNames(references: readonly { $refText: string }[]): Map<string, number> {
    const counts = new Map<string, number>();
    for (const reference of references) counts.set(reference.$refText, (counts.get(reference.$refText) ?? 0) + 1);
    return counts;
}

/** Whether the first of `ranked` is the clear choice: used in the phase more than any other. */
export function clearFirst(ranked: readonly Ranked[]): boolean {
    return ranked.length > 0 && ranked[0].inPhase > 0 && !(ranked.length > 1 && ranked[1].inPhase >= ranked[0].inPhase);
}
