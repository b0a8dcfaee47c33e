import type { LintResult } from './lint-result.js';

/** An array of {file, line, column, endLine, endColumn, severity, rule, message}. */
export function formatJson(results: LintResult[]): string {
    return JSON.stringify(results, null, 2) + '\n';
}
