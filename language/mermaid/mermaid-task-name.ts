// Mermaid's journey lexer tries its statements before a task name at the start of every line,
// in any letter case: a task "Section 3 of the contract" is read as a section (and the diagram
// is rejected), "Title page" as the diagram's title, "Journey map" as a second `journey`.
// Its statement words are journey, title, section, accTitle and accDescr (the last two only
// before `:` or `{`, which encodeMermaidText already writes as codes). Writing the first letter
// as its entity code (`#83;ection 3`) keeps the line a task, and Mermaid draws the letter.
// Section and title lines need none of this: their statement takes the rest of the line.
import { encodeMermaidText } from './mermaid-text.js';

/** A statement word, then no letter, digit or `_` (the lexer's `journey\b`; `title\s`… are narrower). */
const STATEMENT_WORD = /^(?:journey|title|section|acctitle|accdescr)(?![a-z0-9_])/i;

/** The text of a task line's name: encoded, never empty, never read as a statement. */
export function encodeMermaidTaskName(title: string): string {
    const encoded = encodeMermaidText(title);
    if (encoded.length === 0) return '#32;';
    return STATEMENT_WORD.test(encoded) ? `#${encoded.charCodeAt(0)};${encoded.slice(1)}` : encoded;
}
