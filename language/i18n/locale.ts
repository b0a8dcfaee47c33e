// The user's language for messages: English or Spanish. The server takes it from the
// editor (VS Code's display language), the command line from --lang or the environment.
export type Locale = 'en' | 'es';

export function toLocale(tag: string | undefined): Locale {
    return tag && tag.toLowerCase().startsWith('es') ? 'es' : 'en';
}

export function localeFromEnvironment(env: NodeJS.ProcessEnv = process.env): Locale {
    return toLocale(env.JOURNEY_LANG ?? env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG);
}

/** A value that stands for a missing one in a message (an id not typed yet). */
const MISSING = '\u0000';

/**
 * Replaces {0}, {1}… in a message template. A missing or empty value never shows as `{0}`
 * or `""`: its placeholder goes, with its quotes and a space, so `Phase "{0}" has no
 * touchpoint` reads `Phase has no touchpoint` while the user is still typing `phase `.
 */
export function format(template: string, args: readonly (string | number | undefined)[]): string {
    const filled = template.replace(/(["'`]?)\{(\d+)\}\1/g, (_whole, quote: string, index: string) => {
        const value = args[Number(index)];
        return value === undefined || value === null || value === '' ? MISSING : quote + String(value) + quote;
    });
    return filled.includes(MISSING) ? withoutMissing(filled) : filled;
}

/** Closes the gaps that missing values leave: no doubled space, no space before punctuation, no dangling `:` or `()`. */
function withoutMissing(text: string): string {
    const closed = text
        .replace(/[ \t]*\u0000(?:[ \t]*\u0000)*[ \t]*/g, (gap, offset: number) => {
            const before = text[offset - 1];
            const after = text[offset + gap.length];
            return before === undefined || before === '(' || after === undefined || /[.,:;!?)]/.test(after) ? '' : ' ';
        })
        .replace(/ ?\(\)/g, '');
    // A sentence that began or ended with the missing value: `… of {0}:` or `{0} is declared…`.
    const ended = text.trimEnd().endsWith(MISSING) ? closed.replace(/[ \t]*:$/, '') : closed;
    return text.startsWith(MISSING) ? ended.replace(/^\p{Ll}/u, first => first.toUpperCase()) : ended;
}
