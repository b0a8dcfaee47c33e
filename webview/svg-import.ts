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
import DOMPurify from 'dompurify';

const purifier = DOMPurify(window);
// Only links within the SVG (markers, gradients): nothing may load from outside or navigate away.
purifier.addHook('uponSanitizeAttribute', (_node, data) => {
    if ((data.attrName === 'href' || data.attrName === 'xlink:href') && !data.attrValue.trim().startsWith('#')) data.keepAttr = false;
});

/** Mermaid's 'strict' DOMPurify settings (mermaidAPI.ts: DOMPURIFY_TAGS, DOMPURIFY_ATTR). */
const MERMAID_STRICT = {
    ADD_TAGS: ['foreignobject'],
    ADD_ATTR: ['dominant-baseline'],
    HTML_INTEGRATION_POINTS: { foreignobject: true },
};

/** The SVG element of Mermaid's `markup`, sanitized and adopted by this document; undefined when there is none. */
export function importSvg(markup: string): SVGSVGElement | undefined {
    const svg = purifier.sanitize(markup, { ...MERMAID_STRICT, RETURN_DOM_FRAGMENT: true }).querySelector('svg');
    return svg ? document.adoptNode(svg) : undefined;
}
