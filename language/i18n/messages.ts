// Every message the language tooling shows, in English and Spanish.
// Placeholders {0}, {1}… are filled by format() in locale.ts.
import type { RuleId } from '../lint/rules.js';
import { format, type Locale } from './locale.js';

const en = {
    // lint findings
    'missing-owner': 'Touchpoint "{0}" has no owner: set `owner` on it or a default owner on its phase.',
    'gap-without-owner': 'Gap "{0}" has no owner, and neither does its touchpoint.',
    'gap-without-target.both': 'Gap "{0}" states neither the current nor the target performance.',
    'gap-without-target.current': 'Gap "{0}" has a target but no `current` performance.',
    'gap-without-target.target': 'Gap "{0}" has a current performance but no `target`.',
    'empty-phase': 'Phase "{0}" has no touchpoint: a hole in the journey.',
    'missing-emotion': 'Touchpoint "{0}" has no emotion: how does the customer feel here?',
    'unaddressed-pain': 'Touchpoint "{0}" hurts (a pain or an emotion of 2 or less) but has no gap or opportunity to address it.',
    'missing-persona': 'Journey "{0}" names no persona: whose journey is it?',
    'moment-order': 'Phase "{0}" is at moment {1}, before the previous phase (moment {2}).',
    'emotion-out-of-range': 'Emotion score {0} is not an integer from 1 to 5.',
    'duplicate-name.workspace': 'Duplicate {0} "{1}": an earlier {0} of the workspace has this id.',
    'duplicate-name.journey': 'Duplicate {0} "{1}": an earlier {0} of this journey has this id.',
    'unresolved-reference': 'Unknown {0} "{1}": no {0} with this id is declared in the workspace.',
    'unused-declaration': '{0} "{1}" is declared but never referred to in the workspace.',
    'opportunity-without-horizon': 'Opportunity "{0}" has no horizon (short, medium or long term).',
    'kpi-without-target': 'KPI "{0}" has no target.',
    'moment-of-truth-without-kpi': 'Touchpoint "{0}" is a moment of truth but has no KPI to measure it.',
    'missing-channel': 'Touchpoint "{0}" has no channel.',
    'syntax-error': 'Syntax error: {0}',
    // kinds of things, as used inside messages
    'kind.persona': 'persona',
    'kind.team': 'team',
    'kind.channel': 'channel',
    'kind.journey': 'journey',
    'kind.phase': 'phase',
    'kind.touchpoint': 'touchpoint',
    'kind.Persona': 'Persona',
    'kind.Team': 'Team',
    'kind.Channel': 'Channel',
    // what each rule checks, for hovers, the README and SARIF
    'describe.missing-owner': "A touchpoint has no owner and its phase sets none.",
    'describe.gap-without-owner': "A gap has no owner and its touchpoint has no owner (its own or its phase's default).",
    'describe.gap-without-target': "A gap lacks its current or its target performance.",
    'describe.empty-phase': "A phase has no touchpoint: a hole in the journey.",
    'describe.missing-emotion': "A touchpoint has no emotion.",
    'describe.unaddressed-pain': "A touchpoint has an emotion of 2 or less or a pain, but neither a gap nor an opportunity.",
    'describe.missing-persona': "A journey names no persona.",
    'describe.moment-order': "A phase's moment is lower than the previous phase's.",
    'describe.emotion-out-of-range': "An emotion score is not an integer from 1 to 5.",
    'describe.duplicate-name': "Two personas, teams, channels or journeys share an id in the workspace, or two phases or touchpoints share an id inside one journey.",
    'describe.unresolved-reference': "An owner, channel or persona names nothing declared in the workspace.",
    'describe.unused-declaration': "A persona, team or channel is never referred to in the workspace.",
    'describe.opportunity-without-horizon': "An opportunity has no horizon.",
    'describe.kpi-without-target': "A KPI has no target.",
    'describe.moment-of-truth-without-kpi': "A touchpoint marked as a moment of truth has no KPI.",
    'describe.missing-channel': "A touchpoint has no channel.",
};

type MessageKey = keyof typeof en;

const es: Record<MessageKey, string> = {
    'missing-owner': 'El contacto "{0}" no tiene responsable: indica `responsable` en él o uno por defecto en su fase.',
    'gap-without-owner': 'La brecha "{0}" no tiene responsable, y su contacto tampoco.',
    'gap-without-target.both': 'La brecha "{0}" no indica ni el desempeño actual ni el objetivo.',
    'gap-without-target.current': 'La brecha "{0}" tiene objetivo pero no indica el desempeño `actual`.',
    'gap-without-target.target': 'La brecha "{0}" indica el desempeño actual pero no el `objetivo`.',
    'empty-phase': 'La fase "{0}" no tiene contactos: un hueco en el recorrido.',
    'missing-emotion': 'El contacto "{0}" no tiene emoción: ¿cómo se siente el cliente aquí?',
    'unaddressed-pain': 'El contacto "{0}" duele (un dolor o una emoción de 2 o menos) pero no tiene brecha ni oportunidad que lo atienda.',
    'missing-persona': 'El recorrido "{0}" no nombra ninguna persona: ¿de quién es este recorrido?',
    'moment-order': 'La fase "{0}" está en el momento {1}, antes que la fase anterior (momento {2}).',
    'emotion-out-of-range': 'La emoción {0} no es un entero del 1 al 5.',
    'duplicate-name.workspace': '{0} "{1}" duplicado: un elemento anterior del espacio de trabajo tiene este identificador.',
    'duplicate-name.journey': '{0} "{1}" duplicado: un elemento anterior de este recorrido tiene este identificador.',
    'unresolved-reference': '{0} "{1}" desconocido: no se declara ningún elemento con este identificador en el espacio de trabajo.',
    'unused-declaration': '{0} "{1}" está declarado pero nunca se usa en el espacio de trabajo.',
    'opportunity-without-horizon': 'La oportunidad "{0}" no tiene horizonte (corto, mediano o largo plazo).',
    'kpi-without-target': 'El indicador "{0}" no tiene objetivo.',
    'moment-of-truth-without-kpi': 'El contacto "{0}" es un momento de verdad pero no tiene indicador que lo mida.',
    'missing-channel': 'El contacto "{0}" no tiene canal.',
    'syntax-error': 'Error de sintaxis: {0}',
    'kind.persona': 'Persona',
    'kind.team': 'Equipo',
    'kind.channel': 'Canal',
    'kind.journey': 'Recorrido',
    'kind.phase': 'Fase',
    'kind.touchpoint': 'Contacto',
    'kind.Persona': 'Persona',
    'kind.Team': 'Equipo',
    'kind.Channel': 'Canal',
    'describe.missing-owner': "Un contacto no tiene responsable y su fase no define uno.",
    'describe.gap-without-owner': "Una brecha no tiene responsable y su contacto tampoco (propio o el de su fase).",
    'describe.gap-without-target': "A una brecha le falta el desempeño actual o el objetivo.",
    'describe.empty-phase': "Una fase no tiene contactos: un hueco en el recorrido.",
    'describe.missing-emotion': "Un contacto no tiene emoción.",
    'describe.unaddressed-pain': "Un contacto tiene una emoción de 2 o menos o un dolor, pero ni brecha ni oportunidad.",
    'describe.missing-persona': "Un recorrido no nombra ninguna persona.",
    'describe.moment-order': "El momento de una fase es menor que el de la fase anterior.",
    'describe.emotion-out-of-range': "Una emoción no es un entero del 1 al 5.",
    'describe.duplicate-name': "Dos personas, equipos, canales o recorridos comparten identificador en el espacio de trabajo, o dos fases o contactos dentro de un recorrido.",
    'describe.unresolved-reference': "Un responsable, canal o persona nombra algo que no está declarado en el espacio de trabajo.",
    'describe.unused-declaration': "Una persona, equipo o canal nunca se usa en el espacio de trabajo.",
    'describe.opportunity-without-horizon': "Una oportunidad no tiene horizonte.",
    'describe.kpi-without-target': "Un indicador no tiene objetivo.",
    'describe.moment-of-truth-without-kpi': "Un contacto marcado como momento de verdad no tiene indicador.",
    'describe.missing-channel': "Un contacto no tiene canal.",
};

const tables: Record<Locale, Record<MessageKey, string>> = { en, es };

export type { MessageKey };

export function message(locale: Locale, key: MessageKey, ...args: (string | number)[]): string {
    return format(tables[locale][key], args);
}

/** What a rule checks, in one sentence. */
export function describeRule(locale: Locale, rule: RuleId): string {
    return tables[locale][`describe.${rule}` as MessageKey];
}
