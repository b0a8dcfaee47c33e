// The grammar's ID terminal (../identifier.ts) uses Unicode property classes. Chevrotain cannot analyse
// Unicode-flag regexes, so Langium would hand it a matcher function, and the lexer then tries
// every token type at every character: 10 s to lex 4.6 MB (measured). The same set of
// characters written as explicit ranges of the Basic Multilingual Plane lets Chevrotain use
// its first-character optimisation. Letters outside the BMP are rare in identifiers and are
// left out (emoji are not letters anyway).
import { ID_PART_CHARS, ID_START_CHARS } from '../identifier.js';

/**
 * Every character of the Basic Multilingual Plane, at the index of its code; surrogates are
 * spaces, so that no two of them pair up into a character outside it.
 */
function bmpCharacters(): string {
    const codes = new Uint16Array(0x10000);
    for (let code = 0; code < codes.length; code++) codes[code] = code >= 0xd800 && code <= 0xdfff ? 0x20 : code;
    return new TextDecoder('utf-16le').decode(codes);
}

/**
 * The characters of the BMP that `characterClass` (one class, Unicode flag) matches, as ranges of
 * a character class. One regex scan of the plane: testing each character on its own took ~25 ms
 * of every start of the server and of the command line, this takes ~10 ms.
 */
function ranges(bmp: string, characterClass: string): string {
    const parts: string[] = [];
    const hex = (code: number) => '\\u' + code.toString(16).padStart(4, '0');
    for (const run of bmp.matchAll(new RegExp(`${characterClass}+`, 'gu'))) {
        const start = run.index;
        const end = start + run[0].length - 1;
        parts.push(start === end ? hex(start) : `${hex(start)}-${hex(end)}`);
    }
    return parts.join('');
}

export function identifierPattern(): RegExp {
    const bmp = bmpCharacters();
    const first = ranges(bmp, `[${ID_START_CHARS}]`);
    const rest = ranges(bmp, `[${ID_PART_CHARS}]`);
    return new RegExp(`[${first}][${rest}]*`);
}
