// Syntax errors in the user's language and words. The parser and the lexer write them in
// English, in the formats of Langium's message provider (langium-parser.ts) and Chevrotain's
// defaults, with token type names (`Expecting token of type 'STRING' but found `x`.`). They are
// rewritten when the diagnostics are made, not when the file is parsed, so a change of display
// language applies to trees parsed before it. A message in no known format is shown as it is.
import { format, type Locale } from './locale.js';
import { MISSING_OPENER, STRAY_CLOSER } from '../parser/layout-recovery.js';

const words = {
    en: {
        expected: 'expected {0}, found {1}.',
        endExpected: 'expected the end of the file, found {0}.',
        unexpectedCharacter: 'unexpected character {0}.',
        strayCloser: '{0} is indented inside a block that the `}` above already closed: is that `}` one too many?',
        missingOpener: '{0} is indented inside the line above, which opens no block: is a `{` missing?',
        closedHere: 'the `}` that closed the block',
        or: ' or ',
        STRING: 'a text in quotes',
        ID: 'a name',
        NUMBER: 'a number',
        EOF: 'the end of the file',
    },
    es: {
        expected: 'se esperaba {0} y se encontró {1}.',
        endExpected: 'se esperaba el final del archivo y se encontró {0}.',
        unexpectedCharacter: 'carácter inesperado {0}.',
        strayCloser: '{0} está sangrado dentro de un bloque que la `}` de arriba ya cerró: ¿sobra esa `}`?',
        missingOpener: '{0} está sangrado dentro de la línea de arriba, que no abre ningún bloque: ¿falta una `{`?',
        closedHere: 'la `}` que cerró el bloque',
        or: ' o ',
        STRING: 'un texto entre comillas',
        ID: 'un nombre',
        NUMBER: 'un número',
        EOF: 'el final del archivo',
    },
} satisfies Record<Locale, Record<string, string>>;

/** The templates and words of syntax errors, by language (for tests of every template). */
export const SYNTAX_WORDS: Readonly<Record<Locale, Readonly<Record<string, string>>>> = words;

type TerminalName = 'STRING' | 'ID' | 'NUMBER' | 'EOF';
const TERMINALS = new Set<string>(['STRING', 'ID', 'NUMBER', 'EOF']);

const MISMATCH = /^Expecting (?:token of type '([^']+)'|keyword '([^']+)'|`([^`]+)`) but found `([\s\S]*)`\.$/;
const NOT_ALL_INPUT = /^Expecting end of file but found `([\s\S]*)`\.$/;
const NO_VIABLE_ALT = /^Expecting: one of these possible Token sequences:\n([\s\S]*)\nbut found: '([\s\S]*)'$/;
const EARLY_EXIT =
    /^Expecting: expecting at least one iteration which starts with one of these possible Token sequences::\n\s*<([\s\S]*)>\nbut found: '([\s\S]*)'$/;
const LEXER = /^unexpected character: ->([\s\S]+?)<- at offset: \d+, skipped \d+ characters\.$/;

/** The message of a syntax error (parser or lexer) as the user reads it, without the "Syntax error:" prefix. */
export function syntaxMessage(locale: Locale, raw: string): string {
    const w = words[locale];
    let match = MISMATCH.exec(raw);
    if (match) return format(w.expected, [tokenText(locale, match[1] ?? match[2] ?? match[3]), foundText(locale, match[4])]);
    if ((match = NOT_ALL_INPUT.exec(raw))) return format(w.endExpected, [foundText(locale, match[1])]);
    if ((match = NO_VIABLE_ALT.exec(raw))) return format(w.expected, [oneOf(locale, firstTokens(match[1].split('\n'))), foundText(locale, match[2])]);
    if ((match = EARLY_EXIT.exec(raw))) return format(w.expected, [oneOf(locale, firstTokens(match[1].split(' ,'))), foundText(locale, match[2])]);
    if ((match = STRAY_CLOSER.exec(raw))) return format(w.strayCloser, [quoted(match[1])]);
    if ((match = MISSING_OPENER.exec(raw))) return format(w.missingOpener, [quoted(match[1])]);
    if ((match = LEXER.exec(raw))) return format(w.unexpectedCharacter, [quoted(match[1])]);
    return raw;
}

/** Whether a raw syntax error says a `}` above closed the block early (its diagnostic then points at that `}` too). */
export function isStrayCloser(raw: string): boolean {
    return STRAY_CLOSER.test(raw);
}

/** What the related location of a stray-`}` error says of the brace. */
export function strayCloserRelatedMessage(locale: Locale): string {
    return words[locale].closedHere;
}

/** `  1. [touchpoint, ID]` or `[phase]`: the first token of each sequence, once each. */
function firstTokens(sequences: string[]): string[] {
    const first = sequences.map(sequence => /\[([^,\]]+)/.exec(sequence)?.[1].trim()).filter((name): name is string => !!name);
    return [...new Set(first)];
}

function oneOf(locale: Locale, names: string[]): string {
    const texts = names.map(name => tokenText(locale, name));
    if (texts.length <= 1) return texts[0] ?? '';
    return `${texts.slice(0, -1).join(', ')}${words[locale].or}${texts[texts.length - 1]}`;
}

/** A token type: a keyword as written, a terminal in words. */
function tokenText(locale: Locale, name: string): string {
    return TERMINALS.has(name) ? words[locale][name as TerminalName] : quoted(name);
}

/** The token found: its text, or the end of the file. */
function foundText(locale: Locale, image: string): string {
    return image === '' ? words[locale].EOF : quoted(image);
}

/** In backticks, as Markdown and the Problems panel show code; long texts are cut. */
function quoted(text: string): string {
    const short = text.length > 40 ? `${text.slice(0, 39)}…` : text;
    return `\`${short.replace(/`/g, "'")}\``;
}
