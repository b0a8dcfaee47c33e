// Langium's CST leaves store absolute offsets, so every edit had to rewrite the offset of every
// token after it, and read their text from the root's one string, which every edit had to
// rebuild. Here a leaf's offset is its line's start plus its column, and its text is read
// from the tree's text in pieces, both kept in a TreeText shared by the tree (tree-text.ts):
// an edit within a line moves the columns of the tokens after it on that line and the starts of
// the later lines (see in-place-edit.ts, cst-shift.ts), and joins no text.
import type { TokenType } from 'chevrotain';
import { CstNodeBuilder, LeafCstNodeImpl, type GrammarAST, type LeafCstNode, type RootCstNode } from 'langium';
import { TreeText } from './tree-text.js';
import { leafFields, type RootFields } from './langium-internals.js';

type Token = Parameters<CstNodeBuilder['buildLeafNode']>[0];

export class JourneyLeafCstNode extends LeafCstNodeImpl {
    /** Lines and columns 0-based, the end exclusive (Langium's LeafCstNodeImpl). */
    constructor(
        length: number,
        startLine: number,
        startColumn: number,
        endLine: number,
        endColumn: number,
        tokenType: TokenType,
        hidden: boolean,
        tree: TreeText,
    ) {
        super(0, length, startLine, startColumn, endLine, endColumn, tokenType, hidden);
        this.tree = tree;
    }

    // Langium's `_offset` field holds the tree's text instead: no extra field on the most
    // numerous object of the server (~800,000 leaves at 10,000 touchpoints, ~6 MB).
    get tree(): TreeText {
        return leafFields(this)._offset as TreeText;
    }

    set tree(tree: TreeText) {
        leafFields(this)._offset = tree;
    }

    override get offset(): number {
        const leaf = leafFields(this);
        return this.tree.starts[leaf._startLine] + leaf._startColumn;
    }

    override get end(): number {
        return this.offset + leafFields(this)._length;
    }

    override get text(): string {
        return this.tree.text.substring(this.offset, this.end);
    }
}

export class JourneyCstNodeBuilder extends CstNodeBuilder {
    private tree = new TreeText('');

    override buildRootNode(input: string): RootCstNode {
        const tree = (this.tree = new TreeText(input));
        const root = super.buildRootNode(input);
        // The root's whole text is the tree's, joined when read; setting it replaces the tree's.
        Object.defineProperty(root, '_text' satisfies keyof RootFields, { get: () => tree.text.toString(), set: (text: string) => tree.reset(text) });
        (root as RootWithTree).tree = tree;
        return root;
    }

    protected override createLeafNode(token: Token, hidden: boolean): LeafCstNodeImpl {
        return new JourneyLeafCstNode(
            token.image.length,
            token.startLine! - 1,
            token.startColumn! - 1,
            token.endLine! - 1,
            token.endColumn!,
            token.tokenType,
            hidden,
            this.tree,
        );
    }

    /**
     * buildLeafNode for a token on one line, given by its place rather than as Chevrotain's token
     * (well-formed-parser.ts): the leaf Langium's builder makes of such a token.
     */
    buildLeaf(tokenType: TokenType, line: number, column: number, length: number, feature: GrammarAST.AbstractElement): LeafCstNode {
        const leaf = new JourneyLeafCstNode(length, line, column, line, column + length, tokenType, false, this.tree);
        leaf.grammarSource = feature;
        this.appendChild(this.current, leaf);
        return leaf;
    }
}

interface RootWithTree extends RootCstNode {
    tree?: TreeText;
}

/** The text of a tree built here. */
export function treeTextOf(root: RootCstNode): TreeText | undefined {
    return (root as RootWithTree).tree;
}
