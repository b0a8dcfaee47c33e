import type { LintResult } from './lint-result.js';

/** `file:line:col severity rule-id message`, like a compiler, then a one-line summary. */
export function formatText(results: LintResult[], fileCount: number): string {
    const lines = results.map(result => `${result.file}:${result.line}:${result.column} ${result.severity} ${result.rule} ${result.message}`);
    const count = (severity: string) => results.filter(result => result.severity === severity).length;
    const files = `${fileCount} file${fileCount === 1 ? '' : 's'}`;
    lines.push(results.length === 0
        ? `${files} linted: no problems`
        : `${files} linted: ${count('error')} errors, ${count('warning')} warnings, ${count('info')} infos, ${count('hint')} hints`);
    return lines.join('\n') + '\n';
}
