// What the user chose that changes the tooling's answers: the language of messages and the
// lint severities. Shared by all features; the server and the command line fill it in.
import type { Locale } from './i18n/locale.js';
import { LintConfiguration } from './lint/lint-config.js';

export class JourneyPreferences {
    locale: Locale = 'en';
    /** The language of keywords that completion and snippets insert. */
    keywordLanguage: Locale = 'en';
    readonly lint = new LintConfiguration();
}
