import type { ValidationAcceptor } from 'langium';
import type { Gap } from '../../generated/ast.js';
import { effectiveGapOwner } from '../../ast-queries.js';
import { message } from '../../i18n/messages.js';
import type { Locale } from '../../i18n/locale.js';
import { reporter } from '../report.js';

/** gap-without-owner, gap-without-target */
export function checkGap(locale: () => Locale) {
    return (gap: Gap, accept: ValidationAcceptor): void => {
        const report = reporter(accept);
        const at = { node: gap, property: 'title' } as const;
        if (!effectiveGapOwner(gap)) {
            report('gap-without-owner', message(locale(), 'gap-without-owner', gap.title), at);
        }
        const missing =
            gap.currents.length === 0 && gap.targets.length === 0
                ? 'both'
                : gap.currents.length === 0
                  ? 'current'
                  : gap.targets.length === 0
                    ? 'target'
                    : undefined;
        if (missing) {
            report('gap-without-target', message(locale(), `gap-without-target.${missing}`, gap.title), at, { missing });
        }
    };
}
