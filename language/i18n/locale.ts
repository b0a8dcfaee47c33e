// The user's language for messages: English or Spanish. The server takes it from the
// editor (VS Code's display language), the command line from --lang or the environment.
export type Locale = 'en' | 'es';

export function toLocale(tag: string | undefined): Locale {
    return tag && tag.toLowerCase().startsWith('es') ? 'es' : 'en';
}

/** The locale the environment's variables name (the command line passes `process.env`). */
export function localeFromEnvironment(env: Readonly<Record<string, string | undefined>>): Locale {
    return toLocale(env.JOURNEY_LANG ?? env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG);
}

/** `{0}`, with the quotes or backticks around it if any. */
const PLACEHOLDER = /(["'`]?)\{(\d+)\}\1/g;

/**
 * Replaces {0}, {1}… in a message template. A missing or empty value never shows as `{0}`
 * or `""`: its placeholder goes, with its quotes and a space, so `Phase "{0}" has no
 * touchpoint` reads `Phase has no touchpoint` while the user is still typing `phase `.
 */
export function format(template: string, args: readonly (string | number | undefined)[]): string {
    let text = '';
    let last = 0;
    const gaps: number[] = [];
    for (const match of template.matchAll(PLACEHOLDER)) {
        text += template.slice(last, match.index);
        const value = args[Number(match[2])];
        if (value === undefined || value === null || value === '') gaps.push(text.length);
        else text += match[1] + String(value) + match[1];
        last = match.index + match[0].length;
    }
    text += template.slice(last);
    return gaps.length === 0 ? text : closeGaps(text, gaps);
}

/**
 * Closes the gaps that missing values leave at these offsets: no doubled space, no space
 * before punctuation, no dangling `:` or `()`; a sentence that began with one starts with a capital.
 */
function closeGaps(text: string, gaps: number[]): string {
    let closed = text;
    let atStart = false;
    let atEnd = false;
    for (const gap of [...gaps].reverse()) {
        let start = gap;
        let end = gap;
        while (start > 0 && /[ \t]/.test(closed[start - 1])) start--;
        while (end < closed.length && /[ \t]/.test(closed[end])) end++;
        const before = closed[start - 1];
        const after = closed[end];
        if (before === '(' && after === ')') {
            // `({0})` with no value: the parentheses go too.
            start--;
            end++;
            while (start > 0 && /[ \t]/.test(closed[start - 1])) start--;
        }
        const outer = [closed[start - 1], closed[end]];
        atStart ||= outer[0] === undefined;
        atEnd ||= outer[1] === undefined;
        const join = outer[0] === undefined || outer[0] === '(' || outer[1] === undefined || /[.,:;!?)]/.test(outer[1]) ? '' : ' ';
        closed = closed.slice(0, start) + join + closed.slice(end);
    }
    if (atEnd) closed = closed.replace(/[ \t]*:$/, '');
    return atStart ? closed.replace(/^\p{Ll}/u, first => first.toUpperCase()) : closed;
}
