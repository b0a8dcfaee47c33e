import type { ValidationAcceptor } from 'langium';
import { AstUtils, GrammarUtils } from 'langium';
import type { Journey, Phase, Touchpoint } from '../../generated/ast.js';
import { treeShape } from '../../ast-node-walker.js';
import { message } from '../../i18n/messages.js';
import type { Locale } from '../../i18n/locale.js';
import { firstDeclarationAt, reporter } from '../report.js';

/** missing-persona, and duplicate-name among the phases and touchpoints of one journey (on each repeat). */
export function checkJourney(locale: () => Locale) {
    return (journey: Journey, accept: ValidationAcceptor): void => {
        const report = reporter(accept);
        if (journey.personas.length === 0) {
            report('missing-persona', message(locale(), 'missing-persona', journey.title ?? journey.name), { node: journey, property: 'name' });
        }
        const { phases, touchpoints } = repeatedNames(journey);
        for (const [kind, repeats] of [
            ['kind.phase', phases],
            ['kind.touchpoint', touchpoints],
        ] as const) {
            for (const { node, first } of repeats) {
                report('duplicate-name', message(locale(), 'duplicate-name.journey', message(locale(), kind), node.name), {
                    node,
                    property: 'name',
                    relatedInformation: firstDeclarationAt(
                        AstUtils.getDocument(first).uri.toString(),
                        GrammarUtils.findNodeForProperty(first.$cstNode, 'name')?.range,
                        first.name,
                        locale(),
                    ),
                });
            }
        }
    };
}

interface Repeat<T> {
    node: T;
    first: T;
}
interface Repeats {
    shape: number;
    phases: Repeat<Phase>[];
    touchpoints: Repeat<Touchpoint>[];
}

/**
 * Names change only with the tree's shape (an in-place edit changes a string, never an id), and
 * this check runs again after every keystroke in the journey: the repeats are remembered per
 * shape (at 10,000 touchpoints the scan took ~9 ms of each keystroke).
 */
const remembered = new WeakMap<Journey, Repeats>();

function repeatedNames(journey: Journey): Repeats {
    const shape = treeShape(AstUtils.findRootNode(journey));
    let repeats = remembered.get(journey);
    if (repeats?.shape !== shape) {
        repeats = { shape, phases: repeated(journey.phases), touchpoints: repeated(journey.phases.flatMap(phase => phase.touchpoints)) };
        remembered.set(journey, repeats);
    }
    return repeats;
}

/** The first of a name is the original; each repeat is listed with it. */
function repeated<T extends { name: string }>(nodes: readonly T[]): Repeat<T>[] {
    const firsts = new Map<string, T>();
    const repeats: Repeat<T>[] = [];
    for (const node of nodes) {
        const first = firsts.get(node.name);
        if (first) repeats.push({ node, first });
        else firsts.set(node.name, node);
    }
    return repeats;
}
