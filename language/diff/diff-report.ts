// A whole comparison as `journey diff` reports it: each file compared (matched by path, or
// by git's rename detection), which version of it could not be fully read, and its MapDiff.
import type { MapDiff } from './compare-maps.js';
import type { Change } from './journey-changes.js';

export interface FileComparison {
    /** The file's path in the older version; absent when the file is new. */
    before?: string;
    /** The file's path in the newer version; absent when the file was deleted. */
    after?: string;
    /** The versions with syntax errors: compared on what could be read. */
    syntaxErrors: ('before' | 'after')[];
    diff: MapDiff;
}

export interface DiffReport {
    /** What was compared, as the user named it ("HEAD..working tree", "a.journey..b.journey"). */
    before: string;
    after: string;
    files: FileComparison[];
}

export function allChanges(report: DiffReport): Change[] {
    return report.files.flatMap(file => [...file.diff.declarations, ...file.diff.journeys.flatMap(journey => journey.changes)]);
}

export function hasChanges(report: DiffReport): boolean {
    return report.files.some(
        file => isRenamed(file) || file.diff.declarations.length > 0 || file.diff.journeys.some(journey => journey.status !== 'unchanged'),
    );
}

export function isRenamed(file: FileComparison): boolean {
    return file.before !== undefined && file.after !== undefined && file.before !== file.after;
}

/** For `--fail-on introduced-findings`. */
export function introducesFindings(report: DiffReport): boolean {
    return allChanges(report).some(change => change.kind === 'finding-introduced');
}

/** For `--fail-on emotion-drop`: some persona feels worse at some step. */
export function dropsEmotion(report: DiffReport): boolean {
    return allChanges(report).some(change => change.kind === 'emotion-changed' && change.delta !== undefined && change.delta < 0);
}
