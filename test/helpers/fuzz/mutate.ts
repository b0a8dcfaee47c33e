// Seeded mutations of `.journey` texts: what a user can type, paste or open. Each mutation
// is named, so a failing case says what was done to the example. `mutate(text, random)`
// applies one to three of them.
import type { Random } from './random.js';

/** Invisible or direction-changing characters that are easy to paste by accident. */
export const INVISIBLES = [
    '\u200B', // zero width space
    '\u200C', // zero width non-joiner
    '\u200D', // zero width joiner
    '\uFEFF', // byte order mark / zero width no-break space
    '\u200E', // left-to-right mark
    '\u200F', // right-to-left mark
    '\u202E', // right-to-left override
    '\u2066', // left-to-right isolate
    '\u00AD', // soft hyphen
    '\u2028', // line separator
    '\u2029', // paragraph separator
    '\u0085', // next line
    '\u000B', // vertical tab
    '\u000C', // form feed
    '\u0000', // NUL
] as const;

/** Lone surrogates: invalid UTF-16 that JavaScript strings can still hold. */
export const LONE_SURROGATES = ['\uD800', '\uDBFF', '\uDC00', '\uDFFF'] as const;

const ODD_TEXT = [
    '{',
    '}',
    '{{',
    '}}',
    '"',
    '\\',
    '/*',
    '*/',
    '//',
    ',',
    '..',
    '-',
    '+',
    '-1',
    '0.5',
    '99999999999999999999',
    'é',
    'e\u0301',
    'ñ',
    'İ',
    'ß',
    'Ω',
    '中文',
    '👩\u200D👩\u200D👧',
    '🚗',
    'ﷺ',
    'ا',
    '\u0301',
    'persona',
    'touchpoint',
    'phase',
    'journey',
    'owner',
    'emotion',
    'gap',
    'kpi',
    'moment-of-truth',
    'contacto',
    'emoción',
    '\t',
    '\r',
    '\r\n',
    '\n',
    ' ',
    '"unterminated',
    '<script>alert(1)</script>',
    '%%{init: {}}%%',
    'click A call x()',
];

const SNIPPETS = [
    'touchpoint Z "z" { emotion 9 }',
    'owner Nobody',
    'channel nowhere',
    'persona Ghost, Ghost',
    'emotion -3 "x"',
    'gap "g" { }',
    'opportunity "o" { horizon long }',
    'kpi "k" { current "a" target 1.5 unit "%" }',
    'phase P "p" { moment 2 }',
    'team T "t" { lead "l" }',
    '// journey-lint-disable-next-line missing-owner',
    '// journey-lint-disable',
    '/* a\n   block comment */',
    'moment-of-truth',
    'impact high',
    'description "d\\"e\\\\s\\n"',
];

export type Mutation = (text: string, random: Random) => string;

function randomRange(text: string, random: Random, maxLength = 80): [number, number] {
    const start = random.int(0, text.length);
    const end = Math.min(text.length, start + random.int(0, maxLength));
    return [start, end];
}

function insertAt(text: string, offset: number, insert: string): string {
    return text.slice(0, offset) + insert + text.slice(offset);
}

function lineStarts(text: string): number[] {
    const starts = [0];
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
    return starts;
}

function randomCodePoint(random: Random): string {
    const bucket = random.int(0, 5);
    if (bucket === 0) return String.fromCodePoint(random.int(0x20, 0x7e));
    if (bucket === 1) return String.fromCodePoint(random.int(0xa0, 0x2fff));
    if (bucket === 2) return String.fromCodePoint(random.int(0x3000, 0xd7ff));
    if (bucket === 3) return String.fromCodePoint(random.int(0xe000, 0xfffd));
    if (bucket === 4) return String.fromCodePoint(random.int(0x10000, 0x10ffff));
    return String.fromCodePoint(random.int(0, 0x1f));
}

export const MUTATIONS: Record<string, Mutation> = {
    deleteRange(text, random) {
        const [start, end] = randomRange(text, random);
        return text.slice(0, start) + text.slice(end);
    },
    deleteChar(text, random) {
        const at = random.int(0, Math.max(0, text.length - 1));
        return text.slice(0, at) + text.slice(at + 1);
    },
    deleteLine(text, random) {
        const lines = text.split('\n');
        lines.splice(random.index(lines.length), 1);
        return lines.join('\n');
    },
    duplicateRange(text, random) {
        const [start, end] = randomRange(text, random, 200);
        return insertAt(text, random.int(0, text.length), text.slice(start, end));
    },
    duplicateLine(text, random) {
        const lines = text.split('\n');
        const i = random.index(lines.length);
        lines.splice(i, 0, lines[i]);
        return lines.join('\n');
    },
    swapLines(text, random) {
        const lines = text.split('\n');
        const i = random.index(lines.length);
        const j = random.index(lines.length);
        [lines[i], lines[j]] = [lines[j], lines[i]];
        return lines.join('\n');
    },
    truncate(text, random) {
        return text.slice(0, random.int(0, text.length));
    },
    truncateStart(text, random) {
        return text.slice(random.int(0, text.length));
    },
    insertRandomUnicode(text, random) {
        let insert = '';
        for (let n = random.int(1, 8); n > 0; n--) insert += randomCodePoint(random);
        return insertAt(text, random.int(0, text.length), insert);
    },
    insertInvisible(text, random) {
        return insertAt(text, random.int(0, text.length), random.pick(INVISIBLES));
    },
    insertLoneSurrogate(text, random) {
        return insertAt(text, random.int(0, text.length), random.pick(LONE_SURROGATES));
    },
    splitSurrogatePair(text, random) {
        // An emoji whose second half is lost, as by a bad copy or truncation.
        return insertAt(text, random.int(0, text.length), '🚗'.slice(0, 1));
    },
    insertOddText(text, random) {
        return insertAt(text, random.int(0, text.length), random.pick(ODD_TEXT));
    },
    insertSnippetLine(text, random) {
        const starts = lineStarts(text);
        return insertAt(text, random.pick(starts), random.pick(SNIPPETS) + '\n');
    },
    unbalanceBrace(text, random) {
        const braces: number[] = [];
        for (let i = 0; i < text.length; i++) if (text[i] === '{' || text[i] === '}') braces.push(i);
        if (braces.length === 0 || random.chance(0.4)) return insertAt(text, random.int(0, text.length), random.pick(['{', '}', '{{{', '}}}']));
        const at = random.pick(braces);
        return text.slice(0, at) + text.slice(at + 1);
    },
    manyBraces(text, random) {
        const n = random.int(10, 400);
        return insertAt(text, random.int(0, text.length), '{'.repeat(n) + (random.chance(0.5) ? '}'.repeat(n) : ''));
    },
    toCrlf(text) {
        return text.replace(/\r?\n/g, '\r\n');
    },
    toCr(text) {
        return text.replace(/\r?\n/g, '\r');
    },
    mixedLineEndings(text, random) {
        return text.replace(/\n/g, () => random.pick(['\n', '\r\n', '\r\n', '\n\n']));
    },
    addBom(text) {
        return '\uFEFF' + text;
    },
    spacesToTabs(text, random) {
        return text.replace(/^( +)/gm, spaces => (random.chance(0.5) ? '\t'.repeat(Math.ceil(spaces.length / 2)) : spaces.replace(/ {2}/g, '\t')));
    },
    reindent(text, random) {
        return text.replace(/^[ \t]*/gm, () => ' '.repeat(random.int(0, 9)));
    },
    joinLines(text, random) {
        // Joining lines outside a line comment keeps the meaning: whitespace only.
        const lines = text.split('\n');
        const i = random.index(Math.max(1, lines.length - 1));
        if (lines[i].includes('//') || i + 1 >= lines.length) return text;
        lines.splice(i, 2, `${lines[i]} ${lines[i + 1].trimStart()}`);
        return lines.join('\n');
    },
    insertComment(text, random) {
        const starts = lineStarts(text);
        const comment = random.pick(['// note ✓', '/* inline */ ', '/* multi\n     line */', '//', '/**/', '// a "quoted" { brace']);
        return insertAt(text, random.pick(starts), comment + (comment.startsWith('//') ? '\n' : ''));
    },
    trailingWhitespace(text, random) {
        return text.replace(/\n/g, () => random.pick([' \n', '\t\n', '\n', '   \n']));
    },
    unterminatedString(text, random) {
        const quotes: number[] = [];
        for (let i = 0; i < text.length; i++) if (text[i] === '"') quotes.push(i);
        if (quotes.length === 0) return text + '"';
        const at = random.pick(quotes);
        return text.slice(0, at) + text.slice(at + 1);
    },
    unterminatedComment(text, random) {
        return insertAt(text, random.int(0, text.length), '/*');
    },
    changeNumber(text, random) {
        return text.replace(/\b\d+\b/, () => random.pick(['0', '-1', '6', '3.5', '1e3', '007', '99999999999999999999999']));
    },
    repeatWhole(text, random) {
        return text.repeat(random.int(2, 3));
    },
    empty() {
        return '';
    },
};

export const MUTATION_NAMES = Object.keys(MUTATIONS);

export interface Mutant {
    text: string;
    /** The names of the mutations applied, in order. */
    applied: string[];
}

/** One to three random mutations of `text`. */
export function mutate(text: string, random: Random): Mutant {
    const applied: string[] = [];
    let result = text;
    for (let n = random.int(1, 3); n > 0; n--) {
        const name = random.pick(MUTATION_NAMES);
        // An empty file is interesting once, not as the base of further mutations.
        if (name === 'empty' && random.chance(0.9)) continue;
        result = MUTATIONS[name](result, random);
        applied.push(name);
    }
    if (applied.length === 0) {
        result = MUTATIONS.reindent(result, random);
        applied.push('reindent');
    }
    return { text: result, applied };
}
