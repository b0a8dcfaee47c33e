import type { LintResult } from './lint-result.js';

/**
 * `file:line:col severity rule-id message`, like a compiler, each related place indented below
 * it (`  file:line:col message`, as tsc does), then a one-line summary.
 */
export function formatText(results: LintResult[], fileCount: number): string {
    const lines = results.flatMap(result => [
        `${result.file}:${result.line}:${result.column} ${result.severity} ${result.rule} ${result.message}`,
        ...(result.related ?? []).map(place => `  ${result.file}:${place.line}:${place.column} ${place.message}`),
    ]);
    const count = (severity: string, one: string, other = `${one}s`) => {
        const n = results.filter(result => result.severity === severity).length;
        return `${n} ${n === 1 ? one : other}`;
    };
    const files = `${fileCount} file${fileCount === 1 ? '' : 's'}`;
    lines.push(
        results.length === 0
            ? `${files} linted: no problems`
            : `${files} linted: ${count('error', 'error')}, ${count('warning', 'warning')}, ${count('info', 'info', 'info')}, ${count('hint', 'hint')}`,
    );
    return lines.join('\n') + '\n';
}
