// The two suppression comments of LANGUAGE.md:
//   // journey-lint-disable-next-line rule-id[, rule-id]   exempts the next line
//   // journey-lint-disable rule-id[, rule-id]             exempts the whole file
// An id that is no rule, and a `journey-lint-…` directive that is neither of these (ESLint's
// `-disable-line`, a typo), are noted with their position: such a comment suppresses nothing,
// and the validator warns (unknown-rule).
import { isRuleId, type RuleId } from './rules.js';

export interface Suppressions {
    file: ReadonlySet<string>;
    /** 0-based line number → rule ids exempted on that line. */
    lines: ReadonlyMap<number, ReadonlySet<string>>;
    /** Where the comments name ids that are no rule, or a directive that is none (0-based line and character). */
    unknown: readonly UnknownName[];
}

export interface UnknownName {
    /** The id or directive as written. */
    rule: string;
    kind: 'rule' | 'directive';
    line: number;
    character: number;
}

export const DIRECTIVES = ['journey-lint-disable-next-line', 'journey-lint-disable'] as const;

const NONE: Suppressions = { file: new Set(), lines: new Map(), unknown: [] };
const COMMENT = /\/\/[ \t]*journey-lint-disable(-next-line)?[ \t]+([A-Za-z-]+(?:[ \t]*,[ \t]*[A-Za-z-]+)*)/g;
const ANY_DIRECTIVE = /\/\/[ \t]*(journey-lint-[A-Za-z-]*)/g;

export function findSuppressions(text: string): Suppressions {
    if (!text.includes('journey-lint-')) return NONE;
    const file = new Set<string>();
    const lines = new Map<number, Set<string>>();
    const unknown: UnknownName[] = [];
    for (const match of text.matchAll(ANY_DIRECTIVE)) {
        if ((DIRECTIVES as readonly string[]).includes(match[1])) continue;
        const line = lineOf(text, match.index!);
        unknown.push({
            rule: match[1],
            kind: 'directive',
            line,
            character: match.index! + match[0].length - match[1].length - (text.lastIndexOf('\n', match.index!) + 1),
        });
    }
    for (const match of text.matchAll(COMMENT)) {
        const rules = match[2].split(',').map(rule => rule.trim());
        const line = lineOf(text, match.index!);
        for (const named of idsNamed(text, match, line)) if (!isRuleId(named.rule)) unknown.push({ ...named, kind: 'rule' });
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
