// Mermaid's SVG into the preview, sanitized once, by DOMPurify, on the parsed tree.
//
// Mermaid runs with securityLevel 'loose' (webview/main.ts), so it does not sanitize the SVG
// itself: with 'strict' it parsed, walked and serialized the whole SVG again, and the preview
// then parsed and walked it a third time. At 1,000 touchpoints (17,000 elements) those passes
// were more than half of a redraw. Here the one pass uses the settings Mermaid's 'strict' mode
// uses, and also drops links that leave the SVG. Nothing runs while the text is parsed: DOMPurify
// parses it in a document of its own, without scripts, and only the clean tree is adopted.
//
// 'loose' changes nothing else for a journey: its renderer writes every text with d3's .text()
// (text nodes, never markup), and the text it draws is generated from the map with user text
// encoded (language/mermaid/mermaid-text.ts), so no directive or other diagram type gets in.
//
// The pass does what Mermaid's 'strict' pass does with less work per attribute (a 1,000-touchpoint
// journey has ~90,000), as measured in docs/performance.md ("A full Mermaid redraw at 1,000
// touchpoints"):
// - no Trusted Types policy: the page does not enforce Trusted Types (webview/page-html.ts), so
//   wrapping each value in one only cost a browser call per attribute;
// - the attributes that only ever hold a number, a name or a list of numbers skip the check of
//   their value as a URL (a `javascript:` there is inert); fill, stroke, marker-end and every link
//   keep it;
// - no hook per attribute: links that leave the SVG are dropped after the pass.
//
// And a drawing made only of what Mermaid's journey drawings are made of (journey-drawing.ts),
// which is what DOMPurify would return for it, is not walked by DOMPurify at all.
import DOMPurify from 'dompurify';
import { isJourneyDrawing } from './journey-drawing.js';

/** The parts of the window DOMPurify reads, without `trustedTypes` (see above). */
const purifier = DOMPurify({
    document: window.document,
    Element: window.Element,
    Node: window.Node,
    NodeFilter: window.NodeFilter,
    DOMParser: window.DOMParser,
    HTMLTemplateElement: window.HTMLTemplateElement,
} as unknown as Window & typeof globalThis);

/** Mermaid's 'strict' DOMPurify settings (mermaidAPI.ts: DOMPURIFY_TAGS, DOMPURIFY_ATTR). */
const MERMAID_STRICT = {
    ADD_TAGS: ['foreignobject'],
    ADD_ATTR: ['dominant-baseline'],
    HTML_INTEGRATION_POINTS: { foreignobject: true },
};

/** Attributes of Mermaid's journey that hold geometry or a keyword, never a URL (lower case, as DOMPurify compares them). */
const NEVER_URLS = (
    'x y x1 y1 x2 y2 cx cy r rx ry dx dy d width height viewbox transform stroke-width stroke-dasharray dominant-baseline ' +
    'alignment-baseline text-anchor overflow position refx refy markerwidth markerheight orient preserveaspectratio font-size font-weight font-family'
).split(' ');

const SETTINGS = { ...MERMAID_STRICT, ADD_URI_SAFE_ATTR: NEVER_URLS, RETURN_DOM_FRAGMENT: true } as const;

/** The SVG element of Mermaid's `markup`, sanitized and adopted by this document; undefined when there is none. */
export function importSvg(markup: string): SVGSVGElement | undefined {
    const drawing = parsedDrawing(markup);
    if (drawing && isJourneyDrawing(drawing)) return document.adoptNode(drawing);
    return sanitizedSvg(markup);
}

/**
 * Mermaid's drawn tree (./mermaid/drawn-svg.ts) when it is only a journey's drawing, as importSvg
 * takes a parsed one; else importSvg of Mermaid's `markup` of it.
 */
export function importDrawnSvg(drawn: SVGSVGElement, markup: string): SVGSVGElement | undefined {
    return isJourneyDrawing(drawn) ? drawn : importSvg(markup);
}

/** The SVG element of `markup` as DOMPurify's pass leaves it (what importSvg gives for a drawing that is not only a journey's), adopted. */
export function sanitizedSvg(markup: string): SVGSVGElement | undefined {
    const svg = purifier.sanitize(markup, SETTINGS).querySelector('svg');
    if (!svg) return undefined;
    dropOutsideLinks(svg);
    return document.adoptNode(svg);
}

/** The one <svg> of `markup`, parsed as DOMPurify parses (in a document of the parser's own, where nothing runs or loads); undefined when the markup holds anything else. */
function parsedDrawing(markup: string): SVGSVGElement | undefined {
    const parsed = new DOMParser().parseFromString(markup, 'text/html');
    const svg = parsed.body.firstChild;
    const alone = parsed.head.childNodes.length === 0 && parsed.body.childNodes.length === 1;
    return alone && svg instanceof SVGSVGElement ? svg : undefined;
}

/** Only links within the SVG (markers, gradients): nothing may load from outside or navigate away. */
function dropOutsideLinks(svg: SVGSVGElement): void {
    for (const element of Array.from(svg.querySelectorAll('[href], [*|href]'))) {
        for (const attribute of Array.from(element.attributes)) {
            if (attribute.localName === 'href' && !attribute.value.trim().startsWith('#')) element.removeAttributeNode(attribute);
        }
    }
}
