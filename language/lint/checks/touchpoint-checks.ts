import type { ValidationAcceptor } from 'langium';
import type { Touchpoint } from '../../generated/ast.js';
import { effectiveOwner, first } from '../../ast-queries.js';
import { message } from '../../i18n/messages.js';
import type { Locale } from '../../i18n/locale.js';
import { reporter } from '../report.js';

/** missing-owner, missing-emotion, missing-channel, unaddressed-pain, moment-of-truth-without-kpi, emotion-out-of-range */
export function checkTouchpoint(locale: () => Locale) {
    return (touchpoint: Touchpoint, accept: ValidationAcceptor): void => {
        const report = reporter(accept);
        const at = { node: touchpoint, property: 'name' } as const;
        const title = touchpoint.title ?? touchpoint.name;
        const emotion = first(touchpoint.emotions);
        if (!effectiveOwner(touchpoint)) {
            report('missing-owner', message(locale(), 'missing-owner', title), at);
        }
        if (!emotion) {
            report('missing-emotion', message(locale(), 'missing-emotion', title), at);
        } else if (!Number.isInteger(emotion.score) || emotion.score < 1 || emotion.score > 5) {
            report('emotion-out-of-range', message(locale(), 'emotion-out-of-range', emotion.score),
                { node: emotion, property: 'score' }, { score: emotion.score });
        }
        if (touchpoint.channels.length === 0) {
            report('missing-channel', message(locale(), 'missing-channel', title), at);
        }
        const hurts = (emotion !== undefined && emotion.score <= 2) || touchpoint.pains.length > 0;
        if (hurts && touchpoint.gaps.length === 0 && touchpoint.opportunities.length === 0) {
            report('unaddressed-pain', message(locale(), 'unaddressed-pain', title), at);
        }
        if (touchpoint.momentsOfTruth.length > 0 && touchpoint.kpis.length === 0) {
            report('moment-of-truth-without-kpi', message(locale(), 'moment-of-truth-without-kpi', title), at);
        }
    };
}
