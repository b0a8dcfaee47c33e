// Most keystrokes in a journey map land inside a quoted string (a title, an action, a pain)
// or a line comment. Such an edit changes one token's text and shifts the positions of the
// tokens after it, but never the tree's shape. Re-parsing the whole file costs ~150 ms per
// 800 KB; patching the token and shifting positions costs a few milliseconds. Any edit that
// is not provably of that kind returns false, and the caller parses the file as usual.
import type { AstNode, CompositeCstNode, CstNode, LangiumDocument, LeafCstNode, RootCstNode, ValueConverter } from 'langium';
import { CstUtils, GrammarUtils, isCompositeCstNode, isLeafCstNode } from 'langium';

const STRING_TOKEN = /^"(?:\\.|[^"\\\r\n])*"$/;
const LINE_COMMENT_TOKEN = /^\/\/[^\r\n]*$/;

/** Fields of Langium's CST node classes this module updates in place. */
interface MutableLeaf {
    _offset: number;
    _length: number;
    _startLine: number;
    _startColumn: number;
    _endLine: number;
    _endColumn: number;
}

export function applyInPlaceEdit(document: LangiumDocument, newText: string, converter: ValueConverter): boolean {
    const parseResult = document.parseResult;
    const root = parseResult.value.$cstNode?.root as (RootCstNode & { _text: string }) | undefined;
    if (!root || parseResult.lexerErrors.length > 0 || parseResult.parserErrors.length > 0) return false;
    const oldText = root.fullText;
    if (oldText === newText) return false;

    // The changed region: [start, oldEnd) of the old text became [start, newEnd) of the new one.
    const start = commonPrefixLength(oldText, newText);
    const suffix = commonSuffixLength(oldText, newText, start);
    const oldEnd = oldText.length - suffix;
    const newEnd = newText.length - suffix;
    const leaf = findTokenAround(root, start, oldEnd);
    if (!leaf) return false;
    const delta = newEnd - oldEnd;
    const tokenText = newText.slice(leaf.offset, leaf.end + delta);
    const kind = leaf.tokenType.name;
    if (kind === 'STRING') {
        // Strictly inside the quotes, and still exactly one single-line string.
        if (start <= leaf.offset || oldEnd >= leaf.end || !STRING_TOKEN.test(tokenText)) return false;
        if (!assignValue(leaf, converter.convert(tokenText, leaf))) return false;
    } else if (kind === 'SL_COMMENT') {
        if (start < leaf.offset + 2 || !LINE_COMMENT_TOKEN.test(tokenText)) return false;
    } else {
        return false;
    }
    shiftPositions(root, leaf, delta);
    root._text = newText;
    return true;
}

// Compared a block at a time (string equality is a native memory comparison), then a
// character at a time inside the first differing block: ~20× faster than characters alone.
const BLOCK = 4096;

function commonPrefixLength(a: string, b: string): number {
    const shortest = Math.min(a.length, b.length);
    let i = 0;
    while (i + BLOCK <= shortest && a.slice(i, i + BLOCK) === b.slice(i, i + BLOCK)) i += BLOCK;
    while (i < shortest && a.charCodeAt(i) === b.charCodeAt(i)) i++;
    return i;
}

/** Characters equal at the end of both texts, not reaching into the first `prefix` ones. */
function commonSuffixLength(a: string, b: string, prefix: number): number {
    const limit = Math.min(a.length, b.length) - prefix;
    let n = 0;
    while (n + BLOCK <= limit && a.slice(a.length - n - BLOCK, a.length - n) === b.slice(b.length - n - BLOCK, b.length - n)) n += BLOCK;
    while (n < limit && a.charCodeAt(a.length - n - 1) === b.charCodeAt(b.length - n - 1)) n++;
    return n;
}

/** The leaf token that holds the whole old region [start, end), hidden tokens (comments) included. */
function findTokenAround(root: RootCstNode, start: number, end: number): LeafCstNode | undefined {
    const leaf = CstUtils.findLeafNodeAtOffset(root, start);
    if (leaf && leaf.offset <= start && end <= leaf.end) return leaf;
    // Comments are hidden tokens, which that search skips: scan the leaves.
    for (const node of CstUtils.streamCst(root)) {
        if (isLeafCstNode(node) && node.offset <= start && end <= node.end) return node;
        if (node.offset > end) break;
    }
    return undefined;
}

/** Puts the new value of a string token into the AST property it was assigned to. */
function assignValue(leaf: LeafCstNode, value: unknown): boolean {
    const assignment = GrammarUtils.findAssignment(leaf);
    if (!assignment) return false;
    const node = leaf.astNode as AstNode & Record<string, unknown>;
    const current = node[assignment.feature];
    if (assignment.operator === '+=') {
        if (!Array.isArray(current)) return false;
        const index = GrammarUtils.findNodesForProperty(node.$cstNode, assignment.feature).indexOf(leaf);
        if (index < 0 || index >= current.length) return false;
        current[index] = value;
    } else if (assignment.operator === '=') {
        node[assignment.feature] = value;
    } else {
        return false;
    }
    return true;
}

/** The token grows or shrinks by `delta` on its line; every later token moves along. */
function shiftPositions(root: RootCstNode, leaf: LeafCstNode, delta: number): void {
    const editedLeaf = leaf as unknown as MutableLeaf;
    const ancestors = new Set<CstNode>();
    for (let node = leaf.container; node; node = node.container) ancestors.add(node);
    const shift = { leaf, offset: leaf.offset, oldEnd: leaf.end, line: editedLeaf._endLine, delta, ancestors };
    editedLeaf._length += delta;
    editedLeaf._endColumn += delta;
    shiftSubtree(root, shift);
}

interface Shift { leaf: LeafCstNode; offset: number; oldEnd: number; line: number; delta: number; ancestors: Set<CstNode> }

/** Moves the leaves after the edit; subtrees wholly before it are skipped (they are unchanged). */
function shiftSubtree(node: CompositeCstNode, shift: Shift): void {
    (node as CompositeCstNode & { _rangeCache?: unknown })._rangeCache = undefined;
    for (const child of node.content) {
        if (isCompositeCstNode(child)) {
            if (!shift.ancestors.has(child) && lastLeaf(child).offset < shift.offset) continue;
            shiftSubtree(child, shift);
        } else if (child !== shift.leaf && child.offset >= shift.oldEnd) {
            const later = child as unknown as MutableLeaf;
            later._offset += shift.delta;
            if (later._startLine === shift.line) later._startColumn += shift.delta;
            if (later._endLine === shift.line) later._endColumn += shift.delta;
        }
    }
}

/** The last leaf of a subtree, hidden ones (comments) included. */
function lastLeaf(node: CstNode): CstNode {
    while (isCompositeCstNode(node) && node.content.length > 0) node = node.content[node.content.length - 1];
    return node;
}
