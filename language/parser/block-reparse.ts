// An edit of an id, a keyword or a line inside a touchpoint or a phase changes the tree's
// shape, so it cannot be patched in place (see in-place-edit.ts); but it changes only that
// block. Re-parsing the whole file takes seconds at 10,000 touchpoints and keeps the old and
// the new tree alive together; re-parsing the innermost `Touchpoint` or `Phase` block around
// the edit and splicing it into the existing tree takes milliseconds.
//
// The result equals a fresh parse because:
// - the block's first token (its keyword) and its closing `}` are untouched, and the text
//   before and after the block is unchanged, so the lexer splits the new text at the same
//   places around the block (no token can reach across a line break or out of the block, save
//   a block comment, which sends the edit to a full parse) and the enclosing rule makes the
//   same decisions;
// - nothing can follow a `}` inside the block's rule, so parsing the block alone ends where
//   the full parse would;
// - syntax errors (a property half typed) are allowed only inside the block's braces, before
//   and after the edit. The parser recovers from them as in the whole file: inside the braces,
//   a token it may insert or delete depends only on the block (its `}` always comes next), and
//   the tokens it skips ahead to are those that may follow any rule around the block, which
//   the parser is given for the block alone (JourneyParser.followsAround). A recovery that
//   leaves the block early in the whole file leaves the block's `}` unparsed here: refused.
//   Recovery also reads the indentation of lines (layout-recovery.ts), the same inside the
//   block as in the file once the parser is told where the block's keyword is indented; a
//   block with errors whose keyword does not start its line is refused.
// Anything else returns false, and the caller parses the file as usual.
import type { AstNode, CompositeCstNode, CstNode, LangiumDocument, LangiumParser, ParseResult } from 'langium';
import { CstUtils, isLeafCstNode } from 'langium';
import type { Model, Phase, Touchpoint } from '../generated/ast.js';
import { isJourney } from '../generated/ast.js';
import { treeShapeChanged } from '../ast-node-walker.js';
import { markChanged } from '../ast-revisions.js';
import { shiftSubtree } from './cst-shift.js';
import { treeTextOf, type JourneyLeafCstNode } from './journey-cst-node-builder.js';
import { compositeFields, leafFields } from './langium-internals.js';
import type { TreeText } from './tree-text.js';
import type { JourneyParser, JourneyParserOptions } from './journey-parser.js';
import { changedRegion, type TreeEdit } from './text-diff.js';

/** How many edits were applied by re-parsing a block (tests check that this path was taken). */
export const blockReparseStats = { applied: 0 };

type Block = Phase | Touchpoint;
// Chevrotain's error and token types, as Langium's parse result holds them.
type ILexingError = ParseResult['lexerErrors'][number];
type IRecognitionException = ParseResult['parserErrors'][number];
type IToken = IRecognitionException['token'];

export function reparseBlock(document: LangiumDocument, newText: string, parser: LangiumParser): boolean {
    const root = document.parseResult.value.$cstNode?.root as TreeEdit['root'] | undefined;
    if (!root || root.fullText === newText) return false;
    const { start, oldEnd, newEnd } = changedRegion(root.fullText, newText);
    const tree = treeTextOf(root);
    if (!tree) return false;
    const block = innermostBlockAround(document.parseResult.value as Model, start, oldEnd);
    if (!block) return false;
    const oldCst = block.$cstNode as CompositeCstNode;
    const blockStart = oldCst.offset;
    const oldBlockEnd = oldCst.end;
    if (!errorsWithin(document.parseResult, bodyStart(oldCst), oldBlockEnd)) return false;
    // The block's keyword is intact (an edit right after it could join it to another word).
    if (start <= (oldCst.content.find(node => !node.hidden)?.end ?? Infinity)) return false;
    const delta = newEnd - oldEnd;
    const source = newText.slice(blockStart, oldBlockEnd + delta);
    // Recovery reads how lines are indented (layout-recovery.ts): the block's first line is
    // indented where its keyword is, when the keyword starts the document's line.
    const lineStart = newText.lastIndexOf('\n', blockStart - 1) + 1;
    const startsLine = /^[ \t]*$/.test(newText.slice(lineStart, blockStart));
    const options: JourneyParserOptions = { rule: block.$type, firstLineIndentation: startsLine ? blockStart - lineStart + 1 : undefined };
    let parsed: ParseResult<Block>;
    try {
        parsed = parser.parse<Block>(source, options);
    } catch {
        return false;
    }
    const fresh = parsed.value;
    const freshCst = fresh?.$cstNode as CompositeCstNode | undefined;
    if (!freshCst || fresh.$type !== block.$type || !errorsWithin(parsed, bodyStart(freshCst), source.length)) return false;
    const withErrors = parsed.lexerErrors.length > 0 || parsed.parserErrors.length > 0;
    if (withErrors && (!startsLine || (parser as Partial<JourneyParser>).followsAround?.(block.$type) === undefined || source.includes('/*'))) return false;
    const last = freshCst.content.findLast(node => !node.hidden);
    // The whole text was the block, still closed by its `}`.
    if (freshCst.offset !== 0 || !last || last.end !== source.length || !closedByBrace(fresh)) return false;

    const { start: oldStartPosition, end: oldEndPosition } = oldCst.range;
    moveToDocumentPositions(freshCst, tree, oldStartPosition.line, oldStartPosition.character);
    const newEndPosition = leafFields(last);

    // CST: the old composite node keeps its place, its container and its grammar element, and takes the new content.
    const spliced = compositeFields(oldCst);
    spliced.content = freshCst.content;
    for (const child of freshCst.content) (child as { container?: CompositeCstNode }).container = oldCst;
    spliced._rangeCache = undefined;
    spliced.astNode = fresh;
    (fresh as { $cstNode?: CstNode }).$cstNode = oldCst;

    // AST: the new node takes the old one's place in its container's list.
    const container = block.$container as unknown as Record<string, AstNode[]>;
    container[block.$containerProperty!][block.$containerIndex!] = fresh;
    Object.assign(fresh, { $container: container, $containerProperty: block.$containerProperty, $containerIndex: block.$containerIndex });
    treeShapeChanged(document.parseResult.value);
    // What is derived from the rest of the tree (the preview's phase views, Mermaid sections) stays current.
    markChanged(fresh);

    shiftSubtree(root, {
        edited: oldCst,
        editedStart: oldStartPosition,
        oldEnd: oldEndPosition,
        lineDelta: newEndPosition._endLine - oldEndPosition.line,
        columnDelta: newEndPosition._endColumn - oldEndPosition.character,
    });
    tree.reset(newText);
    // The block's syntax errors, where they stand in the document, replace the old block's (the only ones).
    const at = { offset: blockStart, line: oldStartPosition.line, column: oldStartPosition.character };
    document.parseResult.lexerErrors = parsed.lexerErrors.map(error => movedLexingError(error, at));
    document.parseResult.parserErrors = parsed.parserErrors.map(error => movedRecognitionError(error, at));
    blockReparseStats.applied++;
    return true;
}

/**
 * Where errors may lie: after the block's own `{`. Before it, all that follows the keyword is
 * optional, so what the parser may insert there depends on what follows the block; after it,
 * the block's `}` always comes first. Without a `{`, nowhere.
 */
function bodyStart(block: CompositeCstNode): number {
    const open = block.content.find(node => isLeafCstNode(node) && node.text === '{');
    return open ? open.end : Infinity;
}

/** Every syntax error of the parse lies in [start, end) by its offsets (an error at the end of input has none). */
function errorsWithin(result: Pick<ParseResult, 'lexerErrors' | 'parserErrors' | 'lexerReport'>, start: number, end: number): boolean {
    const inside = (offset: number | undefined) => offset !== undefined && Number.isFinite(offset) && offset >= start && offset < end;
    return (
        (result.lexerReport?.diagnostics.length ?? 0) === 0 &&
        result.lexerErrors.every(error => inside(error.offset)) &&
        result.parserErrors.every(error => inside(error.token.startOffset) && (!Number.isFinite(error.token.endOffset) || error.token.endOffset! < end))
    );
}

interface BlockStart {
    offset: number;
    line: number;
    column: number;
}

/** Chevrotain's lines and columns count from 1; the block's first line starts at its column. */
function movedPosition(line: number | undefined, column: number | undefined, at: BlockStart): { line?: number; column?: number } {
    if (line === undefined || !Number.isFinite(line)) return { line, column };
    return { line: line + at.line, column: line === 1 && column !== undefined ? column + at.column : column };
}

/** Chevrotain's message names the offset too (`… at offset: 42, skipped 1 characters.`). */
function movedLexingError(error: ILexingError, at: BlockStart): ILexingError {
    const { line, column } = movedPosition(error.line, error.column, at);
    const offset = error.offset + at.offset;
    return { ...error, offset, line, column, message: error.message.replace(`at offset: ${error.offset},`, `at offset: ${offset},`) };
}

function movedToken(token: IToken, at: BlockStart): IToken {
    const start = movedPosition(token.startLine, token.startColumn, at);
    const end = movedPosition(token.endLine, token.endColumn, at);
    return {
        ...token,
        startOffset: token.startOffset + at.offset,
        endOffset: token.endOffset === undefined ? undefined : token.endOffset + at.offset,
        startLine: start.line,
        startColumn: start.column,
        endLine: end.line,
        endColumn: end.column,
    };
}

/** The error itself is moved (it is the block parse's own; its message is not enumerable), its tokens copied (errors share them). */
function movedRecognitionError(error: IRecognitionException, at: BlockStart): IRecognitionException {
    const moved = error as IRecognitionException & { previousToken?: IToken };
    const previous = moved.previousToken;
    moved.token = movedToken(error.token, at);
    if (previous && Number.isFinite(previous.startOffset)) moved.previousToken = movedToken(previous, at);
    return moved;
}

/** The innermost touchpoint, else phase, that holds [start, end) without touching its first or last character. */
function innermostBlockAround(model: Model, start: number, end: number): Block | undefined {
    const journey = nodeAround(model.declarations, start, end);
    if (!journey || !isJourney(journey)) return undefined;
    const phase = nodeAround(journey.phases, start, end);
    if (!phase) return undefined;
    const touchpoint = nodeAround(phase.touchpoints, start, end);
    return touchpoint && closedByBrace(touchpoint) ? touchpoint : phase;
}

/** A touchpoint without braces could go on after its last token; its phase is re-parsed instead. */
function closedByBrace(block: Block): boolean {
    const last = (block.$cstNode as CompositeCstNode).content.findLast(node => !node.hidden);
    return last !== undefined && isLeafCstNode(last) && last.text === '}';
}

/** Among nodes in text order, the one strictly around [start, end) (binary search). */
function nodeAround<T extends AstNode>(nodes: readonly T[], start: number, end: number): T | undefined {
    let low = 0;
    let high = nodes.length - 1;
    let candidate: T | undefined;
    while (low <= high) {
        const middle = (low + high) >> 1;
        const cst = nodes[middle].$cstNode;
        if (cst && cst.offset < start) {
            candidate = nodes[middle];
            low = middle + 1;
        } else {
            high = middle - 1;
        }
    }
    const cst = candidate?.$cstNode;
    return cst && end < cst.end ? candidate : undefined;
}

/** The block was parsed alone, from line 0, column 0: move its leaves to where it stands in the document. */
function moveToDocumentPositions(node: CstNode, tree: TreeText, line: number, column: number): void {
    for (const leaf of CstUtils.streamCst(node)) {
        if (!isLeafCstNode(leaf)) continue;
        (leaf as JourneyLeafCstNode).tree = tree;
        const moved = leafFields(leaf);
        if (moved._startLine === 0) moved._startColumn += column;
        if (moved._endLine === 0) moved._endColumn += column;
        moved._startLine += line;
        moved._endLine += line;
    }
}
