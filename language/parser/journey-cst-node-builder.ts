// Langium's CST leaves store absolute offsets, so every edit had to rewrite the offset of every
// token after it. Here a leaf's offset is its line's start (a LineTable shared by the tree)
// plus its column: an edit within a line moves the columns of the tokens after it on that line
// and the starts of the later lines (see in-place-edit.ts, cst-shift.ts).
import { CstNodeBuilder, LeafCstNodeImpl, type RootCstNode } from 'langium';
import { LineTable } from './line-table.js';

/** The position fields of Langium's leaf class (0-based lines and columns, LSP convention), and the line table. */
export interface MutableLeaf {
    _length: number;
    _startLine: number;
    _startColumn: number;
    _endLine: number;
    _endColumn: number;
    lines: LineTable;
}

type Token = Parameters<CstNodeBuilder['buildLeafNode']>[0];

export class JourneyLeafCstNode extends LeafCstNodeImpl {
    constructor(token: Token, hidden: boolean, lines: LineTable) {
        super(token.startOffset, token.image.length, token.startLine! - 1, token.startColumn! - 1, token.endLine! - 1, token.endColumn!, token.tokenType, hidden);
        this.lines = lines;
    }

    // Langium's `_offset` field holds the line table instead: no extra field on the most
    // numerous object of the server (~800,000 leaves at 10,000 touchpoints, ~6 MB).
    get lines(): LineTable {
        return (this as unknown as { _offset: LineTable })._offset;
    }

    set lines(table: LineTable) {
        (this as unknown as { _offset: LineTable })._offset = table;
    }

    override get offset(): number {
        const leaf = this as unknown as MutableLeaf;
        return leaf.lines.starts[leaf._startLine] + leaf._startColumn;
    }

    override get end(): number {
        return this.offset + (this as unknown as MutableLeaf)._length;
    }
}

export class JourneyCstNodeBuilder extends CstNodeBuilder {
    private lines = new LineTable('');

    override buildRootNode(input: string): RootCstNode {
        this.lines = new LineTable(input);
        const root = super.buildRootNode(input);
        (root as RootWithLines).lines = this.lines;
        return root;
    }

    protected override createLeafNode(token: Token, hidden: boolean): LeafCstNodeImpl {
        return new JourneyLeafCstNode(token, hidden, this.lines);
    }
}

interface RootWithLines extends RootCstNode { lines?: LineTable }

/** The line table of a tree built here. */
export function lineTableOf(root: RootCstNode): LineTable | undefined {
    return (root as RootWithLines).lines;
}
