import type { ValidationAcceptor } from 'langium';
import type { Opportunity } from '../../generated/ast.js';
import { message } from '../../i18n/messages.js';
import type { Locale } from '../../i18n/locale.js';
import { reporter } from '../report.js';

/** opportunity-without-horizon */
export function checkOpportunity(locale: () => Locale) {
    return (opportunity: Opportunity, accept: ValidationAcceptor): void => {
        if (opportunity.horizons.length === 0) {
            reporter(accept)('opportunity-without-horizon', message(locale(), 'opportunity-without-horizon', opportunity.title), {
                node: opportunity,
                property: 'title',
            });
        }
    };
}
