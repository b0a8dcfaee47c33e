// The lint rules of LANGUAGE.md: id (the diagnostic code), default severity, whether a
// quick fix exists. Messages live in ../i18n/messages.ts, one per rule and language.
export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

export const RULE_IDS = [
    'missing-owner',
    'gap-without-owner',
    'gap-without-target',
    'empty-phase',
    'missing-emotion',
    'unaddressed-pain',
    'missing-persona',
    'moment-order',
    'emotion-out-of-range',
    'duplicate-name',
    'unresolved-reference',
    'unused-declaration',
    'opportunity-without-horizon',
    'kpi-without-target',
    'moment-of-truth-without-kpi',
    'missing-channel',
    'persona-not-involved',
    'repeated-reference',
    'improves-cycle',
    'unimproved-pain',
] as const;

export type RuleId = typeof RULE_IDS[number];

/** Diagnostics that are not lint rules: the file does not parse. Never configurable. */
export const SYNTAX_ERROR = 'syntax-error';
/** Nor is this one: a suppression comment names no rule (a misspelt id suppresses nothing). */
export const UNKNOWN_RULE = 'unknown-rule';

export const DEFAULT_SEVERITY: Record<RuleId, Severity> = {
    'missing-owner': 'warning',
    'gap-without-owner': 'warning',
    'gap-without-target': 'warning',
    'empty-phase': 'warning',
    'missing-emotion': 'warning',
    'unaddressed-pain': 'warning',
    'missing-persona': 'warning',
    'moment-order': 'warning',
    'emotion-out-of-range': 'error',
    'duplicate-name': 'error',
    'unresolved-reference': 'error',
    'unused-declaration': 'hint',
    'opportunity-without-horizon': 'info',
    'kpi-without-target': 'info',
    'moment-of-truth-without-kpi': 'info',
    'missing-channel': 'info',
    'persona-not-involved': 'warning',
    'repeated-reference': 'warning',
    'improves-cycle': 'error',
    'unimproved-pain': 'info',
};

export function isRuleId(value: unknown): value is RuleId {
    return typeof value === 'string' && (RULE_IDS as readonly string[]).includes(value);
}

export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['error', 'warning', 'info', 'hint', 'off'];

export function isSeveritySetting(value: unknown): value is SeveritySetting {
    return typeof value === 'string' && (SEVERITY_SETTINGS as readonly string[]).includes(value);
}
