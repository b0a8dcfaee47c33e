// The rules as the JSON files outside the code list them, derived from RULES (rules.ts):
// package.json's `journey.lint.rules` setting, its descriptions in package.nls.json (English)
// and package.nls.es.json (Spanish), and schemas/journeylint.schema.json. Each function takes
// the committed file's text and returns it with the rules' part rewritten, the rest kept as it
// is: scripts/generate-rules.mjs writes the result, and a test fails when a committed file
// differs from it (a rule changed without `npm run generate:rules`).
import type { Locale } from '../i18n/locale.js';
import { RULE_IDS, RULES, SEVERITY_SETTINGS, type RuleId } from './rules.js';

/** The four files, relative to the repository's root, and how each is rewritten. */
export const RULE_CONTRIBUTIONS: ReadonlyArray<{ file: string; rewrite: (text: string) => string }> = [
    { file: 'package.json', rewrite: withRuleSettings },
    { file: 'package.nls.json', rewrite: text => withRuleSettingDescriptions(text, 'en') },
    { file: 'package.nls.es.json', rewrite: text => withRuleSettingDescriptions(text, 'es') },
    { file: 'schemas/journeylint.schema.json', rewrite: withSchemaRules },
];

const SETTING = 'journey.lint.rules';
const NLS_PREFIX = 'configuration.rule.';
const DEFAULT_LABEL: Record<Locale, string> = { en: 'default', es: 'por defecto' };

/** package.json: one property per rule under the `journey.lint.rules` setting, described in the nls files. */
function withRuleSettings(text: string): string {
    const manifest = JSON.parse(text);
    const setting = manifest.contributes.configuration.properties[SETTING];
    setting.properties = ruleProperties(rule => ({ markdownDescription: `%${NLS_PREFIX}${rule}%` }));
    return json(manifest);
}

/** package.nls*.json: the rules' descriptions replace the old ones where they stood (new ones go last). */
function withRuleSettingDescriptions(text: string, locale: Locale): string {
    const entries = Object.entries(JSON.parse(text) as Record<string, string>);
    const described = Object.fromEntries(
        RULE_IDS.map(rule => [
            `${NLS_PREFIX}${rule}`,
            `\`${rule}\` (${DEFAULT_LABEL[locale]}: \`${RULES[rule].defaultSeverity}\`): ${RULES[rule].description[locale]}`,
        ]),
    );
    const at = entries.findIndex(([key]) => key.startsWith(NLS_PREFIX));
    const others = entries.filter(([key]) => !key.startsWith(NLS_PREFIX));
    const insertAt = at < 0 ? others.length : entries.slice(0, at).filter(([key]) => !key.startsWith(NLS_PREFIX)).length;
    others.splice(insertAt, 0, ...Object.entries(described));
    return json(Object.fromEntries(others));
}

/** schemas/journeylint.schema.json: one property per rule under `rules`. */
function withSchemaRules(text: string): string {
    const schema = JSON.parse(text);
    schema.properties.rules.properties = ruleProperties(rule => ({ description: `Severity of ${rule} (default: ${RULES[rule].defaultSeverity}).` }));
    return json(schema);
}

function ruleProperties(describe: (rule: RuleId) => object): Record<string, object> {
    return Object.fromEntries(RULE_IDS.map(rule => [rule, { enum: [...SEVERITY_SETTINGS], default: RULES[rule].defaultSeverity, ...describe(rule) }]));
}

/** The layout of the committed files: two-space indentation, a final newline. */
function json(value: unknown): string {
    return JSON.stringify(value, null, 2) + '\n';
}
