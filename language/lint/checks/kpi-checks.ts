import type { ValidationAcceptor } from 'langium';
import type { Kpi } from '../../generated/ast.js';
import { message } from '../../i18n/messages.js';
import type { Locale } from '../../i18n/locale.js';
import { reporter } from '../report.js';

/** kpi-without-target */
export function checkKpi(locale: () => Locale) {
    return (kpi: Kpi, accept: ValidationAcceptor): void => {
        if (kpi.targets.length === 0) {
            reporter(accept)('kpi-without-target', message(locale(), 'kpi-without-target', kpi.title), { node: kpi, property: 'title' });
        }
    };
}
