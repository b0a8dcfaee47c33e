// The two suppression comments of LANGUAGE.md:
//   // journey-lint-disable-next-line rule-id[, rule-id]   exempts the next line
//   // journey-lint-disable rule-id[, rule-id]             exempts the whole file
// An id that is no rule is noted with its position (the validator warns: unknown-rule).
import { isRuleId, type RuleId } from './rules.js';

export interface Suppressions {
    file: ReadonlySet<string>;
    /** 0-based line number → rule ids exempted on that line. */
    lines: ReadonlyMap<number, ReadonlySet<string>>;
    /** Where the comments name ids that are no rule (0-based line and character). */
    unknown: readonly { rule: string; line: number; character: number }[];
}

const NONE: Suppressions = { file: new Set(), lines: new Map(), unknown: [] };
const COMMENT = /\/\/[ \t]*journey-lint-disable(-next-line)?[ \t]+([A-Za-z-]+(?:[ \t]*,[ \t]*[A-Za-z-]+)*)/g;

export function findSuppressions(text: string): Suppressions {
    if (!text.includes('journey-lint-disable')) return NONE;
    const file = new Set<string>();
    const lines = new Map<number, Set<string>>();
    const unknown: { rule: string; line: number; character: number }[] = [];
    for (const match of text.matchAll(COMMENT)) {
        const rules = match[2].split(',').map(rule => rule.trim());
        const line = lineOf(text, match.index!);
        for (const named of idsNamed(text, match, line)) if (!isRuleId(named.rule)) unknown.push(named);
        if (match[1]) {
            const nextLine = line + 1;
            const set = lines.get(nextLine) ?? new Set<string>();
            rules.forEach(rule => set.add(rule));
            lines.set(nextLine, set);
        } else {
            rules.forEach(rule => file.add(rule));
        }
    }
    return { file, lines, unknown };
}

/** Each id the suppression comments of `text` name, where it is (0-based line and character). */
export function namedRuleIds(text: string): { rule: string; line: number; character: number }[] {
    if (!text.includes('journey-lint-disable')) return [];
    return [...text.matchAll(COMMENT)].flatMap(match => idsNamed(text, match, lineOf(text, match.index!)));
}

function idsNamed(text: string, match: RegExpMatchArray, line: number): { rule: string; line: number; character: number }[] {
    // The column where the list of ids starts, on the comment's line.
    const listColumn = match.index! + match[0].length - match[2].length - (text.lastIndexOf('\n', match.index!) + 1);
    return [...match[2].matchAll(/[A-Za-z-]+/g)].map(id => ({ rule: id[0], line, character: listColumn + id.index! }));
}

export function isSuppressed(suppressions: Suppressions, rule: RuleId, line: number): boolean {
    return suppressions.file.has(rule) || (suppressions.lines.get(line)?.has(rule) ?? false);
}

function lineOf(text: string, offset: number): number {
    let line = 0;
    for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line++;
    return line;
}
