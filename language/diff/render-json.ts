// `journey diff --format json`: the DiffReport as it is (diff-report.ts, journey-changes.ts;
// documented in docs/journey-diff.md), with a format version for the tools that read it.
import type { DiffReport } from './diff-report.js';

export const DIFF_JSON_VERSION = 1;

export function renderJson(report: DiffReport): string {
    return JSON.stringify({ version: DIFF_JSON_VERSION, ...report }, null, 2) + '\n';
}
