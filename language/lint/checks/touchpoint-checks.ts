import type { ValidationAcceptor } from 'langium';
import type { Touchpoint } from '../../generated/ast.js';
import { effectiveOwner } from '../../ast-queries.js';
import { feltScores, personaEmotions } from '../../persona-emotions.js';
import { message } from '../../i18n/messages.js';
import type { Locale } from '../../i18n/locale.js';
import { reporter } from '../report.js';

/** missing-owner, missing-emotion, missing-channel, unaddressed-pain, moment-of-truth-without-kpi */
export function checkTouchpoint(locale: () => Locale) {
    return (touchpoint: Touchpoint, accept: ValidationAcceptor): void => {
        const report = reporter(accept);
        const at = { node: touchpoint, property: 'name' } as const;
        const title = touchpoint.title ?? touchpoint.name;
        if (!effectiveOwner(touchpoint)) {
            report('missing-owner', message(locale(), 'missing-owner', title), at);
        }
        checkMissingEmotion(touchpoint, title, locale, accept);
        if (touchpoint.channels.length === 0) {
            report('missing-channel', message(locale(), 'missing-channel', title), at);
        }
        const hurts = feltScores(touchpoint).some(score => score <= 2) || touchpoint.pains.length > 0;
        if (hurts && touchpoint.gaps.length === 0 && touchpoint.opportunities.length === 0) {
            report('unaddressed-pain', message(locale(), 'unaddressed-pain', title), at);
        }
        if (touchpoint.momentsOfTruth.length > 0 && touchpoint.kpis.length === 0) {
            report('moment-of-truth-without-kpi', message(locale(), 'moment-of-truth-without-kpi', title), at);
        }
    };
}

/**
 * missing-emotion: per involved persona. When nobody has one, the touchpoint "has no emotion";
 * when some have one, the message names those without.
 */
function checkMissingEmotion(touchpoint: Touchpoint, title: string, locale: () => Locale, accept: ValidationAcceptor): void {
    const felt = personaEmotions(touchpoint);
    const without = felt.filter(persona => persona.emotion === undefined).map(persona => persona.id);
    const nobodyFeels = felt.length === 0 ? touchpoint.emotions.length === 0 : without.length === felt.length;
    if (nobodyFeels) {
        reporter(accept)('missing-emotion', message(locale(), 'missing-emotion', title), { node: touchpoint, property: 'name' }, { personas: without });
    } else if (without.length > 0) {
        reporter(accept)(
            'missing-emotion',
            message(locale(), 'missing-emotion.personas', title, without.join(', ')),
            { node: touchpoint, property: 'name' },
            { personas: without },
        );
    }
}
