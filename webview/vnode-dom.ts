// The element tree of language/export/vnode.ts as DOM nodes, for the preview and the Markdown
// preview: built with createElement, setAttribute and createTextNode only, so user text is
// always a text node, never parsed as markup.
import { SAFE_ATTR, SAFE_TAG, type Child } from '../language/export/vnode.js';

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';

export function toDom(node: Child, document: Document, inSvg = false): Node {
    if (typeof node === 'string') return document.createTextNode(node);
    if (!SAFE_TAG.test(node.tag)) throw new Error(`unexpected tag ${node.tag}`);
    // An <svg> and everything in it are SVG elements, as the HTML parser would make them.
    const svg = inSvg || node.tag === 'svg';
    const element = svg ? document.createElementNS(SVG_NAMESPACE, node.tag) : document.createElement(node.tag);
    for (const [name, value] of Object.entries(node.attrs)) {
        if (SAFE_ATTR.test(name) && name !== 'xmlns') element.setAttribute(name, value);
    }
    for (const child of node.children) element.appendChild(toDom(child, document, svg));
    return element;
}
