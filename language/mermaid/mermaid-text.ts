// Mermaid's journey syntax ends a title at `#` or `;`, a task at `:`, and treats `%%` as a
// comment; an actor list splits at `,`. Mermaid replaces `#code;` entity codes after parsing,
// so writing those characters as codes makes the rendered text equal the source text.
// `<`, `>`, `&` and `"` are encoded too, so user text never reaches the SVG as markup.
const ENCODED = /[#:;%,<>&"\\{}`]/g;

export function encodeMermaidText(text: string): string {
    return text
        .replace(/\r\n|\r|\n|\t/g, ' ')
        .replace(ENCODED, char => `#${char.codePointAt(0)};`)
        .trim();
}

const ENTITY = /#(\d+|[a-z]+);/gi;
const NAMED: Record<string, string> = { colon: ':', semi: ';', hash: '#', amp: '&', lt: '<', gt: '>', quot: '"', comma: ',', percnt: '%', nbsp: '\u00a0', apos: "'" };

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
