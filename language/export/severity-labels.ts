// The words and icons of finding severities, in the labels' language: the canvas's badges and
// summary (map-view.ts) and the Markdown export's findings say them alike.
import type { FindingSeverity } from '../model/map-model.js';
import { label } from './view-labels.js';

/** Worst first: the order of the summary and of a cell's outline colour. */
export const SEVERITIES: FindingSeverity[] = ['error', 'warning', 'info', 'hint'];
// Glyphs present in common system fonts (emoji fonts are often missing on Linux).
export const SEVERITY_ICON: Record<FindingSeverity, string> = { error: '✖', warning: '⚠', info: 'ℹ', hint: '✎' };

const SEVERITY_LABEL: Record<FindingSeverity, string> = { error: 'error', warning: 'warning', info: 'info', hint: 'hint' };
export const severityName = (severity: FindingSeverity) => label(SEVERITY_LABEL[severity]);
/** One label for one finding and one for any other count: "1 warning", "0 warnings", "2 info". */
const SEVERITY_COUNT: Record<FindingSeverity, readonly [one: string, other: string]> = {
    error: ['1 error', '{0} errors'],
    warning: ['1 warning', '{0} warnings'],
    info: ['1 info', '{0} info'],
    hint: ['1 hint', '{0} hints'],
};
export const severityCount = (severity: FindingSeverity, count: number) =>
    count === 1 ? label(SEVERITY_COUNT[severity][0]) : label(SEVERITY_COUNT[severity][1], String(count));
