// Which team is the likely owner of a touchpoint, gap or opportunity that has none: the teams
// that already own things in its phase, then in its journey, then the rest. The quick fix
// "Set owner to …" and completion after `owner ` offer teams in this order, so the first one
// offered is the one a person filling in the map would most often pick.
import { AstUtils, type AstNode } from 'langium';
import { isJourney, isPhase } from './generated/ast.js';

interface Nearness {
    /** Owner references to the team in the node's phase (the phase's default included). */
    inPhase: number;
    /** The same in the node's journey. */
    inJourney: number;
}

/** The teams of `names`, nearest first; ties (and teams owning nothing nearby) by name. */
export function teamsByNearness(node: AstNode, names: readonly string[]): { name: string; inPhase: number; inJourney: number }[] {
    const phase = AstUtils.getContainerOfType(node, isPhase);
    const journey = AstUtils.getContainerOfType(node, isJourney);
    const nearness = new Map<string, Nearness>();
    const count = (owners: readonly { $refText: string }[], key: keyof Nearness) => {
        for (const owner of owners) {
            const entry = nearness.get(owner.$refText) ?? { inPhase: 0, inJourney: 0 };
            entry[key]++;
            nearness.set(owner.$refText, entry);
        }
    };
    for (const each of journey?.phases ?? (phase ? [phase] : [])) {
        const keys: (keyof Nearness)[] = each === phase ? ['inPhase', 'inJourney'] : ['inJourney'];
        for (const key of keys) {
            count(each.owners, key);
            for (const touchpoint of each.touchpoints) {
                count(touchpoint.owners, key);
                for (const gap of touchpoint.gaps) count(gap.owners, key);
                for (const opportunity of touchpoint.opportunities) count(opportunity.owners, key);
            }
        }
    }
    return names
        .map(name => ({ name, ...(nearness.get(name) ?? { inPhase: 0, inJourney: 0 }) }))
        .sort((a, b) => b.inPhase - a.inPhase || b.inJourney - a.inJourney || a.name.localeCompare(b.name));
}

