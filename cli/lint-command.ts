// `journey lint <files, folders or globs>`: every finding of every file, exit code for CI.
import * as path from 'node:path';
import type { Diagnostic, Range } from 'vscode-languageserver-types';
import type { Locale } from '../language/i18n/locale.js';
import type { Severity } from '../language/lint/rules.js';
import { loadWorkspace } from './cli-workspace.js';
import { loadConfigRules } from './find-config.js';
import { findJourneyFiles } from './find-files.js';
import { formatJson } from './output/json-format.js';
import type { LintResult } from './output/lint-result.js';
import { formatSarif } from './output/sarif-format.js';
import { formatText } from './output/text-format.js';
import { UsageError, type Io } from './io.js';

export interface LintOptions {
    patterns: string[];
    format: 'text' | 'json' | 'sarif';
    maxWarnings?: number;
    config?: string;
    locale: Locale;
    version: string;
}

const SEVERITIES: Record<number, Severity> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

export async function runLint(options: LintOptions, io: Io): Promise<number> {
    if (options.patterns.length === 0) throw new UsageError('journey lint needs at least one file, folder or glob');
    const { files, missing } = await findJourneyFiles(options.patterns);
    if (missing.length > 0) throw new UsageError(`no such file, folder or matching .journey files: ${missing.join(', ')}`);
    if (files.length === 0) throw new UsageError(`no .journey files found in ${options.patterns.join(', ')}`);
    // --config: one file's rules for every file; else each project's own `.journeylint.json`.
    const configProblems: string[] = [];
    const rulesOf = (configFile: string) => {
        const { rules, problems } = loadConfigRules(configFile, options.locale);
        configProblems.push(...problems);
        return rules;
    };
    const rules = options.config !== undefined ? rulesOf(options.config) : undefined;
    const { documents } = await loadWorkspace(files, { locale: options.locale, rules, projectRules: rulesOf });
    configProblems.forEach(problem => io.stderr(`journey: ${problem}\n`));
    const results = documents.flatMap((document, index) => (document.diagnostics ?? []).map(diagnostic => toResult(files[index], diagnostic)));
    results.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
    io.stdout(
        options.format === 'json'
            ? formatJson(results)
            : options.format === 'sarif'
              ? formatSarif(results, { version: options.version, locale: options.locale, sourceRoot: process.cwd() })
              : formatText(results, files.length),
    );
    // A broken configuration is bad usage: the findings above used its valid part only.
    if (configProblems.length > 0) return 2;
    const errors = results.filter(result => result.severity === 'error').length;
    const warnings = results.filter(result => result.severity === 'warning').length;
    if (errors > 0) return 1;
    if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
        io.stderr(`journey: ${warnings} warnings, more than --max-warnings ${options.maxWarnings}\n`);
        return 1;
    }
    return 0;
}

function toResult(file: string, diagnostic: Diagnostic): LintResult {
    const related = diagnostic.relatedInformation?.map(each => ({ ...places(each.location.range), message: each.message }));
    return {
        file: path.relative(process.cwd(), path.resolve(file)) || file,
        ...places(diagnostic.range),
        severity: SEVERITIES[diagnostic.severity ?? 1],
        rule: String(diagnostic.code),
        message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
        ...(related?.length ? { related } : {}),
    };
}

/** 1-based lines and columns. */
function places(range: Range): Pick<LintResult, 'line' | 'column' | 'endLine' | 'endColumn'> {
    return { line: range.start.line + 1, column: range.start.character + 1, endLine: range.end.line + 1, endColumn: range.end.character + 1 };
}
