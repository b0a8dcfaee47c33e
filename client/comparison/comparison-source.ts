// Where the two versions of a comparison come from, as `journey diff` would name them: its
// exports (comparison-export.ts) print the same report as `journey diff --format markdown`.
export interface ComparisonSource {
    /** The older version's name in the report: a git revision ("HEAD", "main"), or a file's path. */
    beforeLabel: string;
    /** The newer version's name: "working tree" (against git), or the file's path. */
    afterLabel: string;
    /** The file's path in the older and newer version (relative to the repository or workspace). */
    beforePath: string;
    afterPath: string;
    /** A future state against its current state: the report compares two journeys, not two versions of a file. */
    currentState?: boolean;
}
