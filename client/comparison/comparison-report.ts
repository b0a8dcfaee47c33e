// The report of a comparison shown in the preview, as `journey diff` makes it for the same two
// versions (cli/diff-command.ts): the comparison's Markdown export is renderMarkdown of it. Free
// of the `vscode` API, so tests check it against the command line's output.
import { compareJourneys } from '../../language/diff/compare-journeys.js';
import { compareMaps } from '../../language/diff/compare-maps.js';
import type { DiffReport, FileComparison } from '../../language/diff/diff-report.js';
import type { MapModel } from '../../language/model/map-model.js';
import type { ComparisonInput } from '../../webview/protocol.js';
import type { ComparisonSource } from './comparison-source.js';

/** The report `journey diff` prints for these two versions. */
export function comparisonReport(before: ComparisonInput, after: MapModel, source: ComparisonSource, journeyId: string): DiffReport {
    const syntaxErrors: FileComparison['syntaxErrors'] = [];
    if (before.before.syntaxErrors.length > 0) syntaxErrors.push('before');
    if (after.syntaxErrors.length > 0) syntaxErrors.push('after');
    if (source.currentState) {
        // Two journeys, not two versions of a file: the future state's file, its journey against the current one.
        const future = after.journeys.find(journey => journey.id === journeyId);
        const current = future?.improves && before.before.journeys.find(journey => journey.id === future.improves!.id);
        return {
            before: source.beforeLabel,
            after: source.afterLabel,
            files: [
                { after: source.afterPath, syntaxErrors, diff: { journeys: future && current ? [compareJourneys(current, future)] : [], declarations: [] } },
            ],
        };
    }
    return {
        before: source.beforeLabel,
        after: source.afterLabel,
        files: [
            {
                ...(before.before.journeys.length > 0 || before.before.syntaxErrors.length > 0 ? { before: source.beforePath } : {}),
                after: source.afterPath,
                syntaxErrors,
                diff: compareMaps(before.before.journeys.length > 0 ? before.before : undefined, after),
            },
        ],
    };
}
