// Brings a drawn element tree in line with a new vnode tree in place: attributes and texts
// change, elements of the same tag are kept. The emotion curve follows an edit this way: its
// line moves, the SVG stays (no redraw of the lane).
import type { Child, VNode } from '../../language/export/vnode.js';
import { toDom } from '../vnode-dom.js';

export function patchDom(element: Element, node: VNode): void {
    for (const name of element.getAttributeNames()) if (!(name in node.attrs)) element.removeAttribute(name);
    for (const [name, value] of Object.entries(node.attrs)) {
        if (name !== 'xmlns' && element.getAttribute(name) !== value) element.setAttribute(name, value);
    }
    const inSvg = element.namespaceURI === 'http://www.w3.org/2000/svg';
    const existing = Array.from(element.childNodes);
    node.children.forEach((child, index) => {
        const current = existing[index];
        if (current && sameKind(current, child)) {
            if (typeof child === 'string') {
                if (current.textContent !== child) current.textContent = child;
            } else patchDom(current as Element, child);
        } else {
            const fresh = toDom(child, element.ownerDocument, inSvg);
            if (current) element.replaceChild(fresh, current);
            else element.appendChild(fresh);
        }
    });
    for (let index = node.children.length; index < existing.length; index++) existing[index].remove();
}

function sameKind(node: Node, child: Child): boolean {
    if (typeof child === 'string') return node.nodeType === Node.TEXT_NODE;
    return node.nodeType === Node.ELEMENT_NODE && (node as Element).localName === child.tag;
}
