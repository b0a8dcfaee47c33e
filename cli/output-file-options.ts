// The options of a command that writes a file, as commander hands them to its action: the
// same names and types for export, import and diff.
import type { Locale } from '../language/i18n/locale.js';

/** `-o, --output <file>`, `--force` and `--lang`. */
export interface OutputFileOptions {
    output?: string;
    force?: boolean;
    lang: Locale;
}

/** The same three as the commands' run functions take them: `force` given, `lang` as the locale. */
export function outputFileSettings(options: OutputFileOptions): { output?: string; force: boolean; locale: Locale } {
    return { output: options.output, force: options.force ?? false, locale: options.lang };
}
