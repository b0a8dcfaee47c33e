// Import of Mermaid `journey` diagrams into `.journey` text: title → journey title; sections →
// phases (moment 0, 1, 2…); tasks → touchpoints with that emotion; actors → personas (declared,
// and referred to by the touchpoints). Titles are kept exactly, Mermaid entity codes decoded.
// Every journey block of a Markdown file becomes a journey of the one text, the personas they
// share declared once; blocks of other diagram kinds are counted as skipped.
//
// The parser follows Mermaid 11's own journey grammar (its jison lexer rules, tried in order,
// first match wins) and its preprocessing (CRLF, YAML front matter, `%%{…}%%` directives,
// `%%` comment lines, `#code;` entities), so it accepts what Mermaid renders and rejects what
// Mermaid rejects, with the line of the problem. Scores are read as Mermaid reads them
// (`Number(…)`): scores outside 1–5 are kept (the linter reports them); a score that is not a
// number (Mermaid draws it as NaN) is kept in a comment and the touchpoint has no emotion.
import { ID_PART_CHARS, isIdentifier } from '../identifier.js';
import { decodeMermaidText } from './mermaid-text.js';
import { COMMENT_LINE, DIRECTIVE, findMermaidBlocks, FRONT_MATTER, isMarkdownFile } from './mermaid-blocks.js';
import type { ImportSummary } from './import-summary.js';

export interface MermaidTask {
    title: string;
    /** As Mermaid reads it; NaN when the score text is not a number. */
    score: number;
    scoreText: string;
    actors: string[];
    line: number;
}
export interface MermaidSection {
    title: string;
    line: number;
    tasks: MermaidTask[];
}
export interface MermaidJourney {
    title?: string;
    accTitle?: string;
    accDescr?: string;
    /** Tasks before the first section have the section title "" (as in Mermaid). */
    sections: MermaidSection[];
}

/** A diagram Mermaid would reject; `line` is 1-based in the file that was read. */
export class MermaidImportError extends Error {
    constructor(
        readonly reason: string,
        readonly line: number,
        readonly file?: string,
    ) {
        super(`${file ? `${file}:` : ''}${line}: ${reason}`);
        this.name = 'MermaidImportError';
    }
}

/** Replaces a match by as many newlines as it spanned, so that line numbers stay right. */
const blankOut = (match: string) => match.replace(/[^\n]/g, ' ');

// ---- Lexer and parser (Mermaid 11 journey grammar) ------------------------------------------

type TokenType =
    | 'NEWLINE'
    | 'journey'
    | 'title'
    | 'acc_title'
    | 'acc_title_value'
    | 'acc_descr'
    | 'acc_descr_value'
    | 'acc_descr_multiline_value'
    | 'section'
    | 'taskName'
    | 'taskData'
    | ':'
    | 'EOF'
    | 'INVALID';
interface Token {
    type: TokenType;
    text: string;
    offset: number;
}

type LexState = 'INITIAL' | 'acc_title' | 'acc_descr' | 'acc_descr_multiline';
interface Rule {
    re: RegExp;
    action(this: Lexer, text: string): TokenType | undefined;
}

class Lexer {
    state: LexState[] = ['INITIAL'];
    begin(state: LexState) {
        this.state.push(state);
    }
    popState() {
        this.state.pop();
    }
}

/** A rule's action that enters a lexer state (Jison's `this.begin`), yielding `token`. */
function enter(state: LexState, token?: TokenType): Rule['action'] {
    return function (this: Lexer) {
        this.begin(state);
        return token;
    };
}

/** A rule's action that returns to the state before (Jison's `this.popState`), yielding `token`. */
function leave(token?: TokenType): Rule['action'] {
    return function (this: Lexer) {
        this.popState();
        return token;
    };
}

const RULES: Rule[] = [
    /* 0 */ { re: /^(?:%(?!\{)[^\n]*)/i, action: () => undefined },
    /* 1 */ { re: /^(?:[^}]%%[^\n]*)/i, action: () => undefined },
    /* 2 */ { re: /^(?:[\n]+)/i, action: () => 'NEWLINE' },
    /* 3 */ { re: /^(?:\s+)/i, action: () => undefined },
    /* 4 */ { re: /^(?:#[^\n]*)/i, action: () => undefined },
    /* 5 */ { re: /^(?:journey\b)/i, action: () => 'journey' },
    /* 6 */ { re: /^(?:title\s[^#\n;]+)/i, action: () => 'title' },
    /* 7 */ { re: /^(?:accTitle\s*:\s*)/i, action: enter('acc_title', 'acc_title') },
    /* 8 */ { re: /^(?:[^\n]*)/i, action: leave('acc_title_value') },
    /* 9 */ { re: /^(?:accDescr\s*:\s*)/i, action: enter('acc_descr', 'acc_descr') },
    /* 10 */ { re: /^(?:[^\n]*)/i, action: leave('acc_descr_value') },
    /* 11 */ { re: /^(?:accDescr\s*\{\s*)/i, action: enter('acc_descr_multiline') },
    /* 12 */ { re: /^(?:[}])/i, action: leave() },
    /* 13 */ { re: /^(?:[^}]*)/i, action: () => 'acc_descr_multiline_value' },
    /* 14 */ { re: /^(?:section\s[^#:\n;]+)/i, action: () => 'section' },
    /* 15 */ { re: /^(?:[^#:\n;]+)/i, action: () => 'taskName' },
    /* 16 */ { re: /^(?::[^#\n;]+)/i, action: () => 'taskData' },
    /* 17 */ { re: /^(?::)/i, action: () => ':' },
    /* 18 */ { re: /^(?:$)/i, action: () => 'EOF' },
    /* 19 */ { re: /^(?:.)/i, action: () => 'INVALID' },
];
const CONDITIONS: Record<LexState, number[]> = {
    INITIAL: [0, 1, 2, 3, 4, 5, 6, 7, 9, 11, 14, 15, 16, 17, 18, 19],
    acc_title: [8],
    acc_descr: [10],
    acc_descr_multiline: [12, 13],
};

function* tokenize(text: string): Generator<Token> {
    const lexer = new Lexer();
    let offset = 0;
    // As Jison's lexer: once the input is used up, the rules are tried once more (a rule may
    // match the empty rest, as `[^}]*` in an unclosed `accDescr {`), then the end comes. That
    // empty match is not passed on: in Mermaid it empties the description the unclosed block
    // read (the rest of the diagram), which the import keeps instead of losing it.
    let done = false;
    for (;;) {
        if (done) {
            yield { type: 'EOF', text: '', offset };
            return;
        }
        if (offset >= text.length) done = true;
        const rest = text.slice(offset);
        let matched = false;
        for (const index of CONDITIONS[lexer.state[lexer.state.length - 1]]) {
            const rule = RULES[index];
            const match = rule.re.exec(rest);
            if (!match) continue;
            matched = true;
            const type = rule.action.call(lexer, match[0]);
            const start = offset;
            offset += match[0].length;
            if (type && (type === 'EOF' || !(done && match[0] === ''))) yield { type, text: match[0], offset: start };
            if (type === 'EOF') return;
            break;
        }
        if (!matched) {
            yield { type: 'INVALID', text: rest.slice(0, 1), offset };
            return;
        }
    }
}

const ENTITY = /#\w+;/g;
const PLACEHOLDER = /\uE000(\d+)\uE001/g;

const DESCRIBE: Partial<Record<TokenType, string>> = {
    taskData: 'a task\'s ": score: actors" without a task name before it',
    ':': 'a ":" with nothing after it',
    INVALID: 'an unexpected character',
    EOF: 'the end of the diagram',
    journey: 'a second "journey" keyword',
    NEWLINE: 'the end of the line',
};

/**
 * Parses the text of one Mermaid diagram (what follows a fence, or a .mmd file).
 * `lineOffset` is added to reported lines (0-based line of the text's start in its file).
 */
export function parseMermaidJourney(diagram: string, lineOffset = 0, file?: string): MermaidJourney {
    let text = diagram.replace(/\r\n?/g, '\n');
    const fail = (reason: string, offset: number): never => {
        const line = text.slice(0, offset).split('\n').length + lineOffset;
        throw new MermaidImportError(reason, line, file);
    };
    // YAML front matter: Mermaid only takes it with unindented `---` lines.
    let frontTitle: string | undefined;
    const front = FRONT_MATTER.exec(text);
    if (front) {
        const title = /^title:\s*(.*?)\s*$/m.exec(front[1]);
        if (title) frontTitle = title[1].replace(/^(['"])(.*)\1$/, '$2');
        text = text.replace(FRONT_MATTER, blankOut);
    }
    text = text.replace(DIRECTIVE, blankOut).replace(COMMENT_LINE, blankOut);
    const firstContent = /\S/.exec(text);
    if (text.trimStart().startsWith('---')) {
        const closing = /\n([ \t]+)---/.exec(text);
        fail(
            closing
                ? `YAML front matter not closed: its closing "---" (line ${text.slice(0, closing.index + 1).split('\n').length + lineOffset}) is indented; Mermaid needs unindented "---" lines`
                : 'YAML front matter not closed by a "---" line (Mermaid rejects diagrams beginning with ---)',
            firstContent?.index ?? 0,
        );
    }
    // Mermaid replaces `#code;` entity codes before parsing and decodes them in the rendered text.
    const entities: string[] = [];
    text = text.replace(ENTITY, entity => `\uE000${entities.push(entity) - 1}\uE001`);
    const decode = (value: string) => decodeMermaidText(value.replace(PLACEHOLDER, (_, index: string) => entities[Number(index)]));

    const result: MermaidJourney = { sections: [] };
    let section: MermaidSection | undefined;
    let seenJourney = false;
    const tokens = tokenize(text);
    let pendingTask: Token | undefined;
    for (const token of tokens) {
        if (!seenJourney) {
            if (token.type === 'NEWLINE') continue;
            if (token.type !== 'journey')
                fail(
                    token.type === 'EOF' ? 'empty diagram: no "journey" keyword' : 'not a Mermaid journey diagram: the first word must be "journey"',
                    token.offset,
                );
            seenJourney = true;
            continue;
        }
        if (pendingTask) {
            if (token.type !== 'taskData') {
                const name = pendingTask.text.trim();
                fail(
                    token.type === ':'
                        ? `task "${decode(name)}" has no score after ":"`
                        : /\bsection\b/i.test(name)
                          ? `"${decode(name)}" is neither a section nor a task (a section title cannot contain ":")`
                          : `task "${decode(name)}" needs ": score" after it (Mermaid also ends a task's text at "#" and ";")`,
                    pendingTask.offset,
                );
            }
            const pieces = token.text.slice(1).split(':');
            const scoreText = pieces[0];
            const actors = pieces.length > 1 ? pieces[1].split(',').map(actor => decode(actor.trim())) : [];
            if (!section) {
                section = { title: '', line: 0, tasks: [] };
                result.sections.push(section);
            }
            section.tasks.push({
                title: decode(pendingTask.text.trim()),
                score: Number(scoreText),
                scoreText: scoreText.trim(),
                actors,
                line: text.slice(0, pendingTask.offset).split('\n').length + lineOffset,
            });
            pendingTask = undefined;
            continue;
        }
        switch (token.type) {
            case 'NEWLINE':
            case 'EOF':
                break;
            case 'title':
                result.title = decode(token.text.slice(6).trim());
                break;
            case 'acc_title':
            case 'acc_descr':
                break;
            case 'acc_title_value':
                result.accTitle = decode(token.text.trim());
                break;
            case 'acc_descr_value':
            case 'acc_descr_multiline_value':
                result.accDescr = decode(token.text.trim());
                break;
            case 'section':
                section = { title: decode(token.text.slice(8).trim()), line: text.slice(0, token.offset).split('\n').length + lineOffset, tasks: [] };
                result.sections.push(section);
                break;
            case 'taskName':
                pendingTask = token;
                break;
            default: {
                const line = text.slice(0, token.offset).split('\n').length - 1;
                const source = text.split('\n')[line]?.trim() ?? '';
                const sectionColon = /^section\s[^:]*:/i.test(source);
                fail(
                    sectionColon
                        ? `a section title cannot contain ":" (Mermaid ends the section at it): "${decode(source)}"`
                        : `unexpected ${DESCRIBE[token.type] ?? token.type} in "${decode(source)}"`,
                    token.offset,
                );
            }
        }
    }
    if (pendingTask) fail(`task "${decode(pendingTask.text.trim())}" needs ": score" after it`, pendingTask.offset);
    if (result.title === undefined && frontTitle !== undefined) result.title = frontTitle;
    return result;
}

// ---- Writing .journey text ------------------------------------------------------------------

const NOT_ID_PART = new RegExp(`[^${ID_PART_CHARS}]+`, 'u');

/**
 * A valid `.journey` identifier made of the words of a text (letters of any script kept). It is
 * never a keyword: it starts with a capital, '_' or a letter without case, every keyword with a
 * small letter (test/import/mermaid-import.test.ts checks this against the grammar's keywords).
 */
export function toIdentifier(text: string, fallback: string): string {
    const words = text.normalize('NFC').split(NOT_ID_PART).filter(Boolean);
    let id = words.map(word => word[0].toLocaleUpperCase() + word.slice(1)).join('');
    id = id.replace(/^[\p{M}\p{N}]+/u, match => (/^\p{N}/u.test(match) ? `_${match}` : ''));
    if (Array.from(id).length > 40) id = Array.from(id).slice(0, 40).join('');
    if (!isIdentifier(id)) id = fallback;
    return id;
}

class IdPool {
    private readonly used = new Set<string>();
    take(text: string, fallback: string): string {
        const base = toIdentifier(text, fallback);
        let id = base;
        for (let n = 2; this.used.has(id.toLowerCase()); n++) id = `${base}_${n}`;
        this.used.add(id.toLowerCase());
        return id;
    }
}

export function journeyString(text: string): string {
    return `"${text.replace(/\r\n|\r|\n/g, ' ').replace(/[\\"]/g, char => `\\${char}`)}"`;
}

const NUMBER = /^[+-]?[0-9]+(\.[0-9]+)?$/;

export interface ImportOptions {
    /** The journey's id when the diagram has no usable title (e.g. the file's base name). */
    fallbackId?: string;
    /** Shown in the header comment. */
    sourceName?: string;
}

/** One `.journey` text for the diagrams: personas declared once, journey ids unique. */
export function mermaidJourneysToText(diagrams: MermaidJourney[], options: ImportOptions = {}): string {
    const personaIds = new Map<string, string>();
    const personaPool = new IdPool();
    for (const diagram of diagrams)
        for (const section of diagram.sections)
            for (const task of section.tasks)
                for (const actor of task.actors) {
                    if (actor && !personaIds.has(actor)) personaIds.set(actor, personaPool.take(actor, `Persona${personaIds.size + 1}`));
                }
    const journeyPool = new IdPool();
    const fallbackJourneyId = toIdentifier(options.fallbackId ?? '', 'Journey');

    const out: string[] = [];
    const what = diagrams.length === 1 ? 'a Mermaid journey diagram' : `${diagrams.length} Mermaid journey diagrams`;
    out.push(`// Imported from ${options.sourceName ? `${options.sourceName.replace(/[\r\n]/g, ' ')} ` : ''}(${what}).`);
    out.push('');
    for (const [actor, id] of personaIds) out.push(`persona ${id} ${journeyString(actor)}`);
    if (personaIds.size) out.push('');
    diagrams.forEach((diagram, index) => {
        if (index > 0) out.push('');
        out.push(...journeyLines(diagram, journeyPool.take(diagram.title ?? '', fallbackJourneyId), personaIds));
    });
    out.push('');
    return out.join('\n');
}

function journeyLines(diagram: MermaidJourney, journeyId: string, personaIds: Map<string, string>): string[] {
    const allTasks = diagram.sections.flatMap(section => section.tasks);
    const everyTaskHasActors = allTasks.length > 0 && allTasks.every(task => task.actors.some(Boolean));
    const elementPool = new IdPool();
    const out: string[] = [];
    if (diagram.accTitle) out.push(`// accTitle: ${diagram.accTitle.replace(/[\r\n]/g, ' ')}`);
    out.push(`journey ${journeyId}${diagram.title !== undefined ? ` ${journeyString(diagram.title)}` : ''} {`);
    if (everyTaskHasActors)
        out.push(`  persona ${[...new Set(allTasks.flatMap(task => task.actors.filter(Boolean).map(actor => personaIds.get(actor)!)))].join(', ')}`);
    if (diagram.accDescr) out.push(`  description ${journeyString(diagram.accDescr)}`);
    diagram.sections.forEach((section, index) => {
        out.push('');
        const title = section.title === '' ? '(no section)' : section.title;
        out.push(`  phase ${elementPool.take(title, `Phase${index + 1}`)} ${journeyString(title)} {`);
        out.push(`    moment ${index}`);
        section.tasks.forEach((task, taskIndex) => {
            out.push(`    touchpoint ${elementPool.take(task.title, `Touchpoint${index + 1}_${taskIndex + 1}`)} ${journeyString(task.title)} {`);
            const actors = task.actors.filter(Boolean).map(actor => personaIds.get(actor)!);
            if (actors.length) out.push(`      persona ${[...new Set(actors)].join(', ')}`);
            const score = String(task.score);
            if (Number.isFinite(task.score) && NUMBER.test(score)) out.push(`      emotion ${score}`);
            else out.push(`      // Mermaid score "${task.scoreText.replace(/[\r\n]/g, ' ')}" is not a number: no emotion imported`);
            out.push('    }');
        });
        out.push('  }');
    });
    out.push('}');
    return out;
}

export interface ImportResult {
    text: string;
    /** The journey diagrams, in file order. */
    diagrams: MermaidJourney[];
    summary: ImportSummary;
}

/**
 * Reads a `.mmd` file, or every ```mermaid journey block of a Markdown file, into one
 * `.journey` text. A journey Mermaid would reject stops the import with its line: nothing is
 * imported in part.
 */
export function importMermaidJourneys(fileText: string, fileName = 'diagram.mmd'): ImportResult {
    const blocks = findMermaidBlocks(fileText, fileName);
    const file = fileName || undefined;
    const journeyBlocks = blocks.filter(block => block.kind === 'journey');
    if (isMarkdownFile(fileName) && journeyBlocks.length === 0) {
        if (blocks.length === 0) throw new MermaidImportError('no ```mermaid block with a journey diagram was found', 1, file);
        const kinds = [...new Set(blocks.map(block => block.kind || '(empty)'))].join(', ');
        throw new MermaidImportError(`none of the ${blocks.length} Mermaid blocks of this file is a journey diagram (${kinds})`, blocks[0].lineOffset, file);
    }
    // A .mmd file that is no journey is rejected by the parser, with its line.
    const diagrams = (isMarkdownFile(fileName) ? journeyBlocks : blocks).map(block => parseMermaidJourney(block.text, block.lineOffset, file));
    const skipped = new Map<string, number>();
    for (const block of blocks) if (block.kind !== 'journey') skipped.set(block.kind, (skipped.get(block.kind) ?? 0) + 1);
    const baseName = fileName.split(/[\\/]/).pop()!;
    return {
        text: mermaidJourneysToText(diagrams, { fallbackId: baseName.replace(/\.[^.]*$/, ''), sourceName: baseName }),
        diagrams,
        summary: {
            journeys: diagrams.length,
            touchpoints: diagrams.reduce((sum, diagram) => sum + diagram.sections.reduce((inDiagram, section) => inDiagram + section.tasks.length, 0), 0),
            mermaidBlocks: isMarkdownFile(fileName) ? blocks.length : undefined,
            skipped: [...skipped].map(([kind, count]) => ({ kind, count })),
        },
    };
}
