// Mermaid's journey syntax ends a title at `#` or `;`, a task at `:`, and treats `%%` as a
// comment; an actor list splits at `,`. Mermaid replaces `#code;` entity codes after parsing,
// so writing those characters as codes makes the rendered text equal the source text.
// `<`, `>`, `&` and `"` are encoded too, so user text never reaches the SVG as markup.
const ENCODED = '#:;%,<>&"\\{}`';
/** For each ASCII code: what replaces it (a space for line breaks and tabs), or undefined. */
const REPLACEMENT: (string | undefined)[] = Array.from({ length: 128 }, (_, code) =>
    code === 9 || code === 10 || code === 13 ? ' ' : ENCODED.includes(String.fromCharCode(code)) ? `#${code};` : undefined,
);

/**
 * Encoded texts remembered: the Mermaid text is generated again on each keystroke from titles
 * that almost all stayed the same (10,000 touchpoints: 29 → 15 ms). Bounded: forgotten in
 * one go when full.
 */
const encodedTexts = new Map<string, string>();
const MAX_REMEMBERED = 50_000;

export function encodeMermaidText(text: string): string {
    let encoded = encodedTexts.get(text);
    if (encoded === undefined) {
        if (encodedTexts.size >= MAX_REMEMBERED) encodedTexts.clear();
        encoded = encodeOnce(text);
        encodedTexts.set(text, encoded);
    }
    return encoded;
}

/** One pass over the text. */
function encodeOnce(text: string): string {
    let out = '';
    let copied = 0;
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        const replacement = code < 128 ? REPLACEMENT[code] : undefined;
        if (replacement === undefined) continue;
        out += text.slice(copied, i) + replacement;
        // A CR LF pair is one line break: one space.
        if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
        copied = i + 1;
    }
    return (copied === 0 ? text : out + text.slice(copied)).trim();
}

const ENTITY = /#(\d+|[a-z]+);/gi;
const NAMED: Record<string, string> = {
    colon: ':',
    semi: ';',
    hash: '#',
    amp: '&',
    lt: '<',
    gt: '>',
    quot: '"',
    comma: ',',
    percnt: '%',
    nbsp: '\u00a0',
    apos: "'",
};

/** The inverse, for importing Mermaid text: `#58;` and `#colon;` become characters again. */
export function decodeMermaidText(text: string): string {
    return text.replace(ENTITY, (whole, code: string) => {
        if (/^\d+$/.test(code)) {
            const value = Number(code);
            return value > 0 && value <= 0x10ffff ? String.fromCodePoint(value) : whole;
        }
        return NAMED[code.toLowerCase()] ?? whole;
    });
}
