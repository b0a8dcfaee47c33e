// A finding of `journey lint` as every output format sees it: 1-based positions.
import type { Severity } from '../../language/lint/rules.js';

export interface LintResult {
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    severity: Severity;
    rule: string;
    message: string;
}
