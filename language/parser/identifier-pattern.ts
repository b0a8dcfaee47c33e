// The ID terminal of the grammar is /[_\p{L}][\p{L}\p{M}\p{N}_]*/u. Chevrotain cannot analyse
// Unicode-flag regexes, so Langium would hand it a matcher function, and the lexer then tries
// every token type at every character: 10 s to lex 4.6 MB (measured). The same set of
// characters written as explicit ranges of the Basic Multilingual Plane lets Chevrotain use
// its first-character optimisation. Letters outside the BMP are rare in identifiers and are
// left out (emoji are not letters anyway).

function ranges(test: RegExp): string {
    const parts: string[] = [];
    let start = -1;
    const hex = (code: number) => '\\u' + code.toString(16).padStart(4, '0');
    for (let code = 0; code <= 0x10000; code++) {
        const inside = code < 0x10000 && !(code >= 0xd800 && code <= 0xdfff) && test.test(String.fromCharCode(code));
        if (inside && start < 0) start = code;
        if (!inside && start >= 0) {
            const end = code - 1;
            parts.push(start === end ? hex(start) : `${hex(start)}-${hex(end)}`);
            start = -1;
        }
    }
    return parts.join('');
}

export function identifierPattern(): RegExp {
    const first = ranges(/[_\p{L}]/u);
    const rest = ranges(/[_\p{L}\p{M}\p{N}]/u);
    return new RegExp(`[${first}][${rest}]*`);
}
