// A tiny element tree, so that the preview (DOM, in the webview: webview/vnode-dom.ts) and the
// offline HTML export (a string) are drawn by the same code in map-view.ts. Text is always a text node: it is
// escaped when serialised to HTML and set with createTextNode in the DOM, never parsed as markup.
// Attribute names come from this code only; attribute values are escaped (HTML) or set with
// setAttribute (DOM).

export interface VNode {
    tag: string;
    attrs: Record<string, string>;
    children: Child[];
}
export type Child = VNode | string;

export function h(tag: string, attrs: Record<string, string | undefined | false> = {}, ...children: (Child | Child[] | undefined | false | null)[]): VNode {
    const clean: Record<string, string> = {};
    for (const [name, value] of Object.entries(attrs)) {
        if (value !== undefined && value !== false) clean[name] = value;
    }
    const flat: Child[] = [];
    for (const child of children) {
        if (child === undefined || child === false || child === null) continue;
        if (Array.isArray(child)) flat.push(...child);
        else flat.push(child);
    }
    return { tag, attrs: clean, children: flat };
}

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
    return text.replace(/[&<>"']/g, char => TEXT_ESCAPES[char]);
}

/** The tags and attribute names written (toHtml) or created (toDom); any other is a bug here. */
export const SAFE_TAG = /^[a-z][a-z0-9]*$/;
// SVG geometry too (the emotion curve, language/export/emotion-curve.ts): never `style`, `href` or `on…`.
export const SAFE_ATTR =
    /^(class|title|colspan|rowspan|role|tabindex|lang|id|aria-[a-z-]+|data-[a-z-]+|viewBox|preserveAspectRatio|d|x|y|x1|y1|x2|y2|cx|cy|r|width|height|text-anchor|dominant-baseline|focusable|xmlns)$/;

export function toHtml(node: Child): string {
    if (typeof node === 'string') return escapeHtml(node);
    if (!SAFE_TAG.test(node.tag)) throw new Error(`unexpected tag ${node.tag}`);
    const attrs = Object.entries(node.attrs)
        .filter(([name]) => SAFE_ATTR.test(name))
        .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
        .join('');
    return `<${node.tag}${attrs}>${node.children.map(toHtml).join('')}</${node.tag}>`;
}

/** All the text of a tree, as a reader would see it. */
export function textOf(node: Child): string {
    return typeof node === 'string' ? node : node.children.map(textOf).join('');
}
