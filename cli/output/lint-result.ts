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
    /** Places in the same file the finding refers to (the first declaration of a duplicate id, the `}` a syntax error names). */
    related?: RelatedPlace[];
}

export interface RelatedPlace {
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    message: string;
}
