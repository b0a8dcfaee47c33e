// What Mermaid's journey drawing is made of, and the check that a parsed SVG holds nothing else.
//
// importSvg (svg-import.ts) lets a drawing that passes into the preview as the parser made it,
// without DOMPurify's walk over each of its attributes (~90,000 at 1,000 touchpoints, ~120 ms of
// a redraw); anything else is sanitized by DOMPurify as before. Every element and attribute listed
// here is one DOMPurify keeps with Mermaid's 'strict' settings, and `position`, the one attribute
// of a journey DOMPurify drops, is dropped here too: a drawing that passes is what DOMPurify
// returns for it (test/webview/svg-import.browser.test.ts compares the two on drawn journeys).
// Where a journey allows it the check is stricter than DOMPurify: no links at all, a resource
// only by a reference within the SVG (`url(#…)`), no markup, `@import` or escapes in CSS, no
// comments, HTML only inside <foreignObject>.
//
// The lists follow Mermaid's journey renderer (mermaid/dist/chunks/mermaid.core/journeyDiagram-*.mjs),
// the shared drawRect and drawText it calls, and the <svg> and <style> mermaidAPI.render adds.

const SVG_NS = 'http://www.w3.org/2000/svg';
const HTML_NS = 'http://www.w3.org/1999/xhtml';

const SVG_ELEMENTS = new Set(['svg', 'style', 'g', 'defs', 'marker', 'path', 'circle', 'line', 'rect', 'text', 'tspan', 'switch', 'foreignObject', 'title']);
/** The labels inside each <foreignObject>. */
const HTML_ELEMENTS = new Set(['div']);
/** Attribute names as the HTML parser gives them (SVG's camel case restored). */
const ATTRIBUTES = new Set(
    (
        'id class style xmlns xmlns:xlink role aria-roledescription width height viewBox preserveAspectRatio x y x1 y1 x2 y2 cx cy r rx ry dy d ' +
        'transform fill stroke stroke-width stroke-dasharray marker-end refX refY markerWidth markerHeight orient overflow dominant-baseline ' +
        'alignment-baseline font-size font-weight font-family'
    ).split(' '),
);
/** Written by Mermaid on each <foreignObject>; not an SVG attribute, and DOMPurify drops it. */
const DROPPED = 'position';
/** Attributes whose value may name a resource (`url(…)`). */
const MAY_REFERENCE = new Set(['fill', 'stroke', 'marker-end', 'style']);
/** A `url(` that does not point within the SVG, or a CSS escape that could hide one. */
const OUTSIDE_REFERENCE = /url\(\s*(?!['"]?#)|\\/i;
/** What CSS in a <style> may not hold: markup, imports, outside references, escapes. */
const UNSAFE_CSS = /<|@import|url\(\s*(?!['"]?#)|\\/i;

/** An element's id that names a property of the document or of a form clobbers it (DOMPurify's SANITIZE_DOM). */
const form = document.createElement('form');
const clobbers = (id: string) => id in document || id in form;

/**
 * Whether the parsed `svg` holds only what Mermaid's journey drawing holds; when it does, its
 * `position` attributes are dropped (as DOMPurify drops them). `svg` must not be in the page.
 */
export function isJourneyDrawing(svg: Element): boolean {
    if (svg.namespaceURI !== SVG_NS || svg.localName !== 'svg' || !allowedAttributes(svg)) return false;
    const walker = svg.ownerDocument.createTreeWalker(svg, NodeFilter.SHOW_ALL);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentNode as Element;
        if (node.nodeType === Node.TEXT_NODE) {
            if (parent.localName === 'style' && UNSAFE_CSS.test((node as Text).data)) return false;
            continue;
        }
        if (node.nodeType !== Node.ELEMENT_NODE) return false;
        const element = node as Element;
        // <style> and <title> hold text only; SVG within SVG, HTML within <foreignObject> or HTML.
        if (parent.localName === 'style' || parent.localName === 'title') return false;
        const inSvg = parent.namespaceURI === SVG_NS && parent.localName !== 'foreignObject';
        const allowed = inSvg
            ? element.namespaceURI === SVG_NS && SVG_ELEMENTS.has(element.localName)
            : element.namespaceURI === HTML_NS && HTML_ELEMENTS.has(element.localName);
        if (!allowed || !allowedAttributes(element)) return false;
    }
    for (const element of Array.from(svg.querySelectorAll(`[${DROPPED}]`))) element.removeAttribute(DROPPED);
    return true;
}

function allowedAttributes(element: Element): boolean {
    for (const name of element.getAttributeNames()) {
        if (name === DROPPED) continue;
        if (!ATTRIBUTES.has(name)) return false;
        if (MAY_REFERENCE.has(name) && OUTSIDE_REFERENCE.test(element.getAttribute(name) ?? '')) return false;
        if (name === 'id' && clobbers(element.getAttribute(name) ?? '')) return false;
    }
    return true;
}
