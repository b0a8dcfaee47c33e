import type { ValidationAcceptor } from 'langium';
import type { Journey } from '../../generated/ast.js';
import { message } from '../../i18n/messages.js';
import type { Locale } from '../../i18n/locale.js';
import { reporter } from '../report.js';

/** missing-persona, and duplicate-name among the phases and touchpoints of one journey (on each repeat). */
export function checkJourney(locale: () => Locale) {
    return (journey: Journey, accept: ValidationAcceptor): void => {
        const report = reporter(accept);
        if (journey.personas.length === 0) {
            report('missing-persona', message(locale(), 'missing-persona', journey.title ?? journey.name),
                { node: journey, property: 'name' });
        }
        const phases = journey.phases;
        const touchpoints = phases.flatMap(phase => phase.touchpoints);
        for (const [kind, nodes] of [['kind.phase', phases], ['kind.touchpoint', touchpoints]] as const) {
            const seen = new Set<string>();
            for (const node of nodes) {
                // The first of a name is the original; each repeat is reported.
                if (seen.has(node.name)) {
                    report('duplicate-name', message(locale(), 'duplicate-name.journey', message(locale(), kind), node.name),
                        { node, property: 'name' });
                }
                seen.add(node.name);
            }
        }
    };
}
