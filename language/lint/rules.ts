// The lint rules of LANGUAGE.md, one record each (as ESLint's `meta`): everything that lists
// rules derives from RULES — the diagnostic codes and default severities here, the quick fixes
// and "fix all" (server/features/code-actions.ts), the preview row a finding marks
// (../export/map-view.ts), the hover and SARIF descriptions, and the JSON files that VS Code and
// editors read: package.json's settings, package.nls*.json and schemas/journeylint.schema.json,
// written by `npm run generate:rules` (rule-contributions.ts) and checked by a test.
// Finding messages live in ../i18n/messages.ts, one per rule and language.
import type { RowId } from '../export/map-view.js';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

/**
 * The node a finding sits on, found from the start of its range: a node of this AST type around
 * it, `declaration` the top-level declaration around it, `at-range` the node right there.
 */
export type FindingNode = 'Touchpoint' | 'Gap' | 'Phase' | 'Journey' | 'Emotion' | 'Opportunity' | 'Kpi' | 'declaration' | 'at-range';

export interface RuleMeta {
    defaultSeverity: Severity;
    /** A quick fix exists. */
    fixable: boolean;
    /** Its first fix is a single, safe edit: the rule takes part in "fix all". */
    fixAll: boolean;
    node: FindingNode;
    /** The canvas row whose cell a touchpoint's finding marks; none: the touchpoint's header. */
    previewRow?: RowId;
    /** What the rule checks, in one sentence (hovers, SARIF, the settings and the schema). */
    description: { en: string; es: string };
}

export const RULES = {
    'missing-owner': {
        defaultSeverity: 'warning',
        fixable: true,
        fixAll: false,
        node: 'Touchpoint',
        previewRow: 'owner',
        description: {
            en: 'A touchpoint has no owner and its phase sets none.',
            es: 'Un contacto no tiene responsable y su fase no define uno.',
        },
    },
    'gap-without-owner': {
        defaultSeverity: 'warning',
        fixable: true,
        fixAll: false,
        node: 'Gap',
        description: {
            en: "A gap has no owner and its touchpoint has no owner (its own or its phase's default).",
            es: 'Una brecha no tiene responsable y su contacto tampoco (propio o el de su fase).',
        },
    },
    'gap-without-target': {
        defaultSeverity: 'warning',
        fixable: true,
        fixAll: true,
        node: 'Gap',
        description: {
            en: 'A gap lacks its current or its target performance.',
            es: 'A una brecha le falta el desempeño actual o el objetivo.',
        },
    },
    'empty-phase': {
        defaultSeverity: 'warning',
        fixable: true,
        fixAll: false,
        node: 'Phase',
        description: {
            en: 'A phase has no touchpoint: a hole in the journey.',
            es: 'Una fase no tiene contactos: un hueco en el recorrido.',
        },
    },
    'missing-emotion': {
        defaultSeverity: 'warning',
        fixable: true,
        fixAll: true,
        node: 'Touchpoint',
        previewRow: 'emotion',
        description: {
            en: 'A persona involved in a touchpoint has no emotion there (no shared emotion and no line of their own).',
            es: 'Una persona involucrada en un contacto no tiene emoción allí (ni la compartida ni una línea propia).',
        },
    },
    'unaddressed-pain': {
        defaultSeverity: 'warning',
        fixable: true,
        fixAll: true,
        node: 'Touchpoint',
        previewRow: 'pains',
        description: {
            en: 'A touchpoint has a pain or an involved persona with an emotion of 2 or less, but neither a gap nor an opportunity.',
            es: 'Un contacto tiene un dolor o una persona involucrada con emoción de 2 o menos, pero ni brecha ni oportunidad.',
        },
    },
    'missing-persona': {
        defaultSeverity: 'warning',
        fixable: true,
        fixAll: false,
        node: 'Journey',
        description: {
            en: 'A journey names no persona.',
            es: 'Un recorrido no nombra ninguna persona.',
        },
    },
    'moment-order': {
        defaultSeverity: 'warning',
        fixable: false,
        fixAll: false,
        node: 'Phase',
        description: {
            en: "A phase's moment is lower than the previous phase's.",
            es: 'El momento de una fase es menor que el de la fase anterior.',
        },
    },
    'emotion-out-of-range': {
        defaultSeverity: 'error',
        fixable: true,
        fixAll: true,
        node: 'Emotion',
        previewRow: 'emotion',
        description: {
            en: 'An emotion score is not an integer from 1 to 5.',
            es: 'Una emoción no es un entero del 1 al 5.',
        },
    },
    'duplicate-name': {
        defaultSeverity: 'error',
        fixable: false,
        fixAll: false,
        node: 'at-range',
        description: {
            en: 'Two personas, teams, channels or journeys share an id in the workspace, or two phases or touchpoints share an id inside one journey.',
            es: 'Dos personas, equipos, canales o recorridos comparten identificador en el espacio de trabajo, o dos fases o contactos dentro de un recorrido.',
        },
    },
    'unresolved-reference': {
        defaultSeverity: 'error',
        fixable: true,
        fixAll: false,
        node: 'at-range',
        description: {
            en: 'An owner, channel, persona or improved journey names nothing declared in the workspace.',
            es: 'Un responsable, canal, persona o recorrido mejorado nombra algo que no está declarado en el espacio de trabajo.',
        },
    },
    'unused-declaration': {
        defaultSeverity: 'hint',
        fixable: true,
        fixAll: false,
        node: 'declaration',
        description: {
            en: 'A persona, team or channel is never referred to in the workspace.',
            es: 'Una persona, equipo o canal nunca se usa en el espacio de trabajo.',
        },
    },
    'opportunity-without-horizon': {
        defaultSeverity: 'info',
        fixable: true,
        fixAll: true,
        node: 'Opportunity',
        description: {
            en: 'An opportunity has no horizon.',
            es: 'Una oportunidad no tiene horizonte.',
        },
    },
    'kpi-without-target': {
        defaultSeverity: 'info',
        fixable: true,
        fixAll: true,
        node: 'Kpi',
        description: {
            en: 'A KPI has no target.',
            es: 'Un indicador no tiene objetivo.',
        },
    },
    'moment-of-truth-without-kpi': {
        defaultSeverity: 'info',
        fixable: true,
        fixAll: true,
        node: 'Touchpoint',
        previewRow: 'momentOfTruth',
        description: {
            en: 'A touchpoint marked as a moment of truth has no KPI.',
            es: 'Un contacto marcado como momento de verdad no tiene indicador.',
        },
    },
    'missing-channel': {
        defaultSeverity: 'info',
        fixable: true,
        fixAll: false,
        node: 'Touchpoint',
        previewRow: 'channel',
        description: {
            en: 'A touchpoint has no channel.',
            es: 'Un contacto no tiene canal.',
        },
    },
    'persona-not-involved': {
        defaultSeverity: 'warning',
        fixable: true,
        fixAll: false,
        node: 'Emotion',
        previewRow: 'emotion',
        description: {
            en: 'An emotion line names a persona who is not involved in the touchpoint.',
            es: 'Una línea de emoción nombra una persona que no participa en el contacto.',
        },
    },
    'repeated-reference': {
        defaultSeverity: 'warning',
        fixable: true,
        fixAll: false,
        node: 'at-range',
        description: {
            en: 'A list names the same persona or channel twice, or a touchpoint gives one persona two emotion lines.',
            es: 'Una lista nombra dos veces la misma persona o canal, o un contacto da dos líneas de emoción a una persona.',
        },
    },
    'improves-cycle': {
        defaultSeverity: 'error',
        fixable: false,
        fixAll: false,
        node: 'Journey',
        description: {
            en: 'A journey improves itself, directly or through others.',
            es: 'Un recorrido se mejora a sí mismo, directamente o a través de otros.',
        },
    },
    'unimproved-pain': {
        defaultSeverity: 'info',
        fixable: false,
        fixAll: false,
        node: 'Touchpoint',
        description: {
            en: 'A touchpoint of a future-state journey keeps the pain of its current-state counterpart, and no persona feels better.',
            es: 'Un contacto de un recorrido futuro conserva el dolor de su contraparte en el estado actual, y ninguna persona se siente mejor.',
        },
    },
} as const satisfies Record<string, RuleMeta>;

export type RuleId = keyof typeof RULES;

/** The rule ids in the order of LANGUAGE.md (the order settings, schema and SARIF list them). */
export const RULE_IDS = Object.keys(RULES) as readonly RuleId[];

/** The metadata of a rule, typed as the interface (optional fields stay optional). */
export function ruleMeta(rule: RuleId): RuleMeta {
    return RULES[rule];
}

/** Diagnostics that are not lint rules: the file does not parse. Never configurable. */
export const SYNTAX_ERROR = 'syntax-error';
/** Nor is this one: a suppression comment names no rule (a misspelt id suppresses nothing). */
export const UNKNOWN_RULE = 'unknown-rule';

export const DEFAULT_SEVERITY = Object.fromEntries(RULE_IDS.map(rule => [rule, RULES[rule].defaultSeverity])) as Record<RuleId, Severity>;

export function isRuleId(value: unknown): value is RuleId {
    return typeof value === 'string' && Object.hasOwn(RULES, value);
}

export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['error', 'warning', 'info', 'hint', 'off'];

export function isSeveritySetting(value: unknown): value is SeveritySetting {
    return typeof value === 'string' && (SEVERITY_SETTINGS as readonly string[]).includes(value);
}
