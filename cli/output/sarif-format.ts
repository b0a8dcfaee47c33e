// SARIF 2.1.0, the format GitHub code scanning uploads (github/codeql-action/upload-sarif).
import * as path from 'node:path';
import { DEFAULT_SEVERITY, RULE_IDS, SYNTAX_ERROR, UNKNOWN_RULE, type Severity } from '../../language/lint/rules.js';
import { describeRule } from '../../language/i18n/messages.js';
import type { Locale } from '../../language/i18n/locale.js';
import type { LintResult } from './lint-result.js';
import { artifactLocation, SOURCE_ROOT, sourceRootUri } from './sarif-uri.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };
const README = 'https://github.com/journey-maps/journey-maps#lint-rules';

/** `sourceRoot`: the folder the results' relative file names start from (the working directory). */
export function formatSarif(results: LintResult[], options: { version: string; locale: Locale; sourceRoot: string }): string {
    const rules = [
        ...RULE_IDS.map(id => ({
            id,
            shortDescription: { text: describeRule(options.locale, id) },
            helpUri: `${README}`,
            defaultConfiguration: { level: LEVEL[DEFAULT_SEVERITY[id]] },
        })),
        { id: SYNTAX_ERROR, shortDescription: { text: 'The file does not parse.' }, helpUri: README, defaultConfiguration: { level: 'error' as const } },
        {
            id: UNKNOWN_RULE,
            shortDescription: { text: 'A suppression comment names no rule, or is no journey-lint directive, so it suppresses nothing.' },
            helpUri: README,
            defaultConfiguration: { level: 'warning' as const },
        },
    ];
    const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
    const sarif = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: { driver: { name: 'journey', informationUri: README, version: options.version, rules } },
                originalUriBaseIds: { [SOURCE_ROOT]: { uri: sourceRootUri(options.sourceRoot) } },
                columnKind: 'utf16CodeUnits',
                results: results.map(result => ({
                    ruleId: result.rule,
                    ruleIndex: ruleIndex.get(result.rule),
                    level: LEVEL[result.severity],
                    message: { text: result.message },
                    locations: [{ physicalLocation: physicalLocation(result.file, result, options.sourceRoot) }],
                    ...(result.related && {
                        relatedLocations: result.related.map((place, id) => ({
                            id,
                            physicalLocation: physicalLocation(result.file, place, options.sourceRoot),
                            message: { text: place.message },
                        })),
                    }),
                })),
            },
        ],
    };
    return JSON.stringify(sarif, null, 2) + '\n';
}

function physicalLocation(file: string, place: Pick<LintResult, 'line' | 'column' | 'endLine' | 'endColumn'>, sourceRoot: string) {
    return {
        artifactLocation: artifactLocation(path.resolve(sourceRoot, file), sourceRoot),
        region: {
            startLine: place.line,
            startColumn: place.column,
            endLine: place.endLine,
            // SARIF's end column is exclusive, like LSP's end character + 1.
            endColumn: Math.max(place.endColumn, place.line === place.endLine ? place.column + 1 : 1),
        },
    };
}
