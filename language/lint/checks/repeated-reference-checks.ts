import type { Reference, ValidationAcceptor } from 'langium';
import type { Journey, Touchpoint } from '../../generated/ast.js';
import { message } from '../../i18n/messages.js';
import type { Locale } from '../../i18n/locale.js';
import { reporter } from '../report.js';

/**
 * repeated-reference: a persona list (of a journey or a touchpoint) or a touchpoint's channels
 * naming one id twice, or two emotion lines of one persona in a touchpoint. On each repeat;
 * `data.removes` tells the quick fix whether to remove a list item or a whole line.
 */
export function checkRepeatedReferences(locale: () => Locale) {
    return (node: Journey | Touchpoint, accept: ValidationAcceptor): void => {
        const report = reporter(accept);
        const kindPersona = message(locale(), 'kind.Persona');
        for (const index of repeats(node.personas)) {
            report(
                'repeated-reference',
                message(locale(), 'repeated-reference.list', kindPersona, node.personas[index].$refText),
                { node, property: 'personas', index },
                { removes: 'item' },
            );
        }
        if (node.$type !== 'Touchpoint') return;
        for (const index of repeats(node.channels)) {
            report(
                'repeated-reference',
                message(locale(), 'repeated-reference.list', message(locale(), 'kind.Channel'), node.channels[index].$refText),
                { node, property: 'channels', index },
                { removes: 'line' },
            );
        }
        const seen = new Set<string>();
        for (const emotion of node.emotions) {
            const id = emotion.persona?.$refText;
            if (id === undefined) continue;
            if (seen.has(id)) {
                report('repeated-reference', message(locale(), 'repeated-reference.emotion', id), { node: emotion, property: 'persona' }, { removes: 'line' });
            }
            seen.add(id);
        }
    };
}

/** Indexes of the references whose id was named earlier in the list. */
function repeats(references: readonly Reference[]): number[] {
    const seen = new Set<string>();
    const indexes: number[] = [];
    references.forEach((reference, index) => {
        if (seen.has(reference.$refText)) indexes.push(index);
        seen.add(reference.$refText);
    });
    return indexes;
}
