// Per-rule severities. Two sources, in increasing precedence: the `.journeylint.json` of the
// file's project (shared in git by the team; see workspace/journey-projects.ts) and the editor's
// `journey.lint.rules` setting (the user's own). Both map rule ids to error|warning|info|hint|off.
import { DEFAULT_SEVERITY, isRuleId, isSeveritySetting, RULE_IDS, type RuleId, type SeveritySetting } from './rules.js';
import { similarNames } from '../similar-names.js';

export const CONFIG_FILE_NAME = '.journeylint.json';

export type RuleSeverities = Partial<Record<RuleId, SeveritySetting>>;

export interface ConfigProblem {
    message: string;
}

export function readRuleSeverities(value: unknown, problems: ConfigProblem[] = []): RuleSeverities {
    const result: RuleSeverities = {};
    if (value === undefined || value === null) return result;
    if (typeof value !== 'object' || Array.isArray(value)) {
        problems.push({ message: '"rules" must be an object of rule ids to severities' });
        return result;
    }
    for (const [rule, severity] of Object.entries(value)) {
        if (!isRuleId(rule)) {
            const meant = similarNames(rule, RULE_IDS)[0]?.name;
            problems.push({ message: `unknown rule "${rule}"${meant ? ` (did you mean "${meant}"?)` : ''}` });
        } else if (!isSeveritySetting(severity)) {
            problems.push({ message: `rule "${rule}": severity must be error, warning, info, hint or off` });
        } else {
            result[rule] = severity;
        }
    }
    return result;
}

/** The severity in force for each rule. Mutable: the server updates it when files or settings change. */
export class LintConfiguration {
    /** By project key (workspace/journey-projects.ts). */
    private fileRules = new Map<string, RuleSeverities>();
    private settingRules: RuleSeverities = {};

    /** The rules of a project's `.journeylint.json` (of the workspace's own project when no key is given). */
    setFileRules(rules: RuleSeverities, project = ''): void {
        this.fileRules.set(project, rules);
    }

    /** Every project's file rules at once: those of projects not listed are dropped. */
    replaceFileRules(rulesByProject: Map<string, RuleSeverities>): void {
        this.fileRules = new Map(rulesByProject);
    }

    setSettingRules(rules: RuleSeverities): void {
        this.settingRules = rules;
    }

    /** Takes over another configuration's rules (a workspace read apart, server/parse-map.ts). */
    copyFrom(other: LintConfiguration): void {
        this.fileRules = new Map(other.fileRules);
        this.settingRules = other.settingRules;
    }

    severityOf(rule: RuleId, project = ''): SeveritySetting {
        return this.settingRules[rule] ?? this.fileRules.get(project)?.[rule] ?? DEFAULT_SEVERITY[rule];
    }
}
