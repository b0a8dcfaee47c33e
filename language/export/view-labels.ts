// The preview's and exports' own labels, in the user's language (the MapModel carries it).
// English text is the key; a missing Spanish entry falls back to English.
import type { Locale } from '../i18n/locale.js';

const SPANISH: Record<string, string> = {
    'Channel': 'Canal', 'Owner': 'Responsable', 'Customer action': 'Acción del cliente', 'Backstage': 'Backstage',
    'Thought': 'Pensamiento', 'Emotion': 'Emoción', 'Pains': 'Dolores', 'Gaps': 'Brechas', 'Opportunities': 'Oportunidades',
    'KPIs': 'Indicadores', 'Moment of truth': 'Momento de verdad', 'Findings: ': 'Hallazgos: ', 'no owner': 'sin responsable',
    'Reveal in editor': 'Mostrar en el editor', 'Role': 'Rol', 'Goal': 'Meta', 'Need': 'Necesidad', 'Concern': 'Preocupación',
    'Declarations: ': 'Declaraciones: ', 'Change: ': 'Cambio: ', 'Owner: ': 'Responsable: ', '★ moment of truth': '★ momento de verdad',
    'Phase': 'Fase', 'Touchpoint': 'Contacto', 'touchpoint': 'contacto', 'phase': 'fase',
    'inherited from the {0}': 'heredado de la {0}', ' ({0}’s)': ' (de la {0})',
};

let current: Locale = 'en';

/** Set from the model being drawn (MapModel.locale). */
export function setViewLocale(locale: Locale | undefined): void {
    current = locale === 'es' ? 'es' : 'en';
}

export function label(text: string, ...args: string[]): string {
    const template = current === 'es' ? SPANISH[text] ?? text : text;
    return template.replace(/\{(\d+)\}/g, (_, index: string) => args[Number(index)] ?? '');
}
