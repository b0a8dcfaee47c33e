import type { ValidationAcceptor } from 'langium';
import type { Emotion } from '../../generated/ast.js';
import { isInvolved } from '../../persona-emotions.js';
import { message } from '../../i18n/messages.js';
import type { Locale } from '../../i18n/locale.js';
import { reporter } from '../report.js';

/** emotion-out-of-range on every emotion line; persona-not-involved on a line of a declared persona who is not involved. */
export function checkEmotion(locale: () => Locale) {
    return (emotion: Emotion, accept: ValidationAcceptor): void => {
        const report = reporter(accept);
        if (!Number.isInteger(emotion.score) || emotion.score < 1 || emotion.score > 5) {
            report(
                'emotion-out-of-range',
                message(locale(), 'emotion-out-of-range', emotion.score),
                { node: emotion, property: 'score' },
                { score: emotion.score },
            );
        }
        const persona = emotion.persona;
        // An undeclared persona is unresolved-reference already.
        if (persona?.ref && !isInvolved(emotion.$container, persona.$refText)) {
            const touchpoint = emotion.$container;
            report(
                'persona-not-involved',
                message(locale(), 'persona-not-involved', persona.$refText, touchpoint.title ?? touchpoint.name),
                { node: emotion, property: 'persona' },
                { persona: persona.$refText },
            );
        }
    };
}
