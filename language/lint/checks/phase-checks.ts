import type { ValidationAcceptor } from 'langium';
import type { Journey, Phase } from '../../generated/ast.js';
import { first } from '../../ast-queries.js';
import { message } from '../../i18n/messages.js';
import type { Locale } from '../../i18n/locale.js';
import { reporter } from '../report.js';

/** empty-phase */
export function checkPhase(locale: () => Locale) {
    return (phase: Phase, accept: ValidationAcceptor): void => {
        if (phase.touchpoints.length === 0) {
            reporter(accept)('empty-phase', message(locale(), 'empty-phase', phase.title ?? phase.name), { node: phase, property: 'name' });
        }
    };
}

/** moment-order: each phase's moment compared with the last earlier phase that states one. */
export function checkMomentOrder(locale: () => Locale) {
    return (journey: Journey, accept: ValidationAcceptor): void => {
        const report = reporter(accept);
        let previous: number | undefined;
        for (const phase of journey.phases) {
            const moment = first(phase.moments);
            if (moment === undefined) continue;
            if (previous !== undefined && moment < previous) {
                report('moment-order', message(locale(), 'moment-order', phase.title ?? phase.name, moment, previous), {
                    node: phase,
                    property: 'moments',
                    index: 0,
                });
            }
            previous = moment;
        }
    };
}
