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

/** Replaces {0}, {1}… in a message template. */
export function format(template: string, args: readonly (string | number)[]): string {
    return template.replace(/\{(\d+)\}/g, (whole, index: string) => {
        const value = args[Number(index)];
        return value === undefined ? whole : String(value);
    });
}
