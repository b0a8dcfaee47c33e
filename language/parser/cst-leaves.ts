// Walking the leaves of a CST in text order, hidden ones (comments) included.
import type { CstNode, LeafCstNode } from 'langium';
import { isCompositeCstNode } from 'langium';

/** The first leaf of a subtree. */
export function firstLeaf(node: CstNode): LeafCstNode | undefined {
    while (isCompositeCstNode(node)) {
        if (node.content.length === 0) return undefined;
        node = node.content[0];
    }
    return node as LeafCstNode;
}

/** The leaf after `node` in the text, hidden ones included. */
export function nextLeaf(node: CstNode): LeafCstNode | undefined {
    for (let current = node; current.container; current = current.container) {
        const siblings = current.container.content;
        for (let i = siblings.indexOf(current) + 1; i < siblings.length; i++) {
            const leaf = firstLeaf(siblings[i]);
            if (leaf) return leaf;
        }
    }
    return undefined;
}
