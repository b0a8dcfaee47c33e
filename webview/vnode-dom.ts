// The element tree of language/export/vnode.ts as DOM nodes, for the preview and the Markdown
// preview: built with createElement, setAttribute and createTextNode only, so user text is
// always a text node, never parsed as markup.
import { SAFE_ATTR, SAFE_TAG, type Child } from '../language/export/vnode.js';

export function toDom(node: Child, document: Document): Node {
    if (typeof node === 'string') return document.createTextNode(node);
    if (!SAFE_TAG.test(node.tag)) throw new Error(`unexpected tag ${node.tag}`);
    const element = document.createElement(node.tag);
    for (const [name, value] of Object.entries(node.attrs)) {
        if (SAFE_ATTR.test(name)) element.setAttribute(name, value);
    }
    for (const child of node.children) element.appendChild(toDom(child, document));
    return element;
}
