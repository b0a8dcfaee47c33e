// Mermaid's drawing itself instead of a parse of its markup. mermaid.render() draws the SVG in the
// sandbox it is given, serializes it and removes it; parsing that markup into a tree again took
// ~60 ms of a redraw at 1,000 touchpoints. An observer of the sandbox keeps hold of the tree
// Mermaid removes, which is made what the parser would make of Mermaid's markup (an SVG <style>,
// entity codes decoded); importDrawnSvg (../svg-import.ts) takes it when it is a journey's
// drawing and nothing else, else the markup.

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Mermaid writes the entity codes of a text (`#58;`) as these placeholders and makes them references in its markup (mermaidAPI.ts: encodeEntities, decodeEntities). */
const PLACEHOLDER = /\uFB02\u00B0|\u00B6\u00DF/;

/** Watches `sandbox` while Mermaid draws in it; `take` gives the <svg id=`id`> Mermaid removed from it, as the parser would make it, if it did. */
export function watchSandbox(sandbox: HTMLElement): { take(id: string): SVGSVGElement | undefined } {
    const removed: Node[] = [];
    const collect = (records: MutationRecord[]) => records.forEach(record => removed.push(...Array.from(record.removedNodes)));
    const observer = new MutationObserver(collect);
    observer.observe(sandbox, { childList: true });
    return {
        take(id) {
            collect(observer.takeRecords());
            observer.disconnect();
            for (const node of removed) {
                const svg = node instanceof Element ? node.firstElementChild : null;
                if (svg instanceof SVGSVGElement && svg.id === id && !svg.isConnected) return asParsed(svg);
            }
            return undefined;
        },
    };
}

/** Makes Mermaid's `svg` what parsing its markup makes: its CSS, added as an HTML <style>, in an SVG one; its texts' entity codes decoded. */
function asParsed(svg: SVGSVGElement): SVGSVGElement {
    for (const style of Array.from(svg.children)) {
        if (style.localName !== 'style' || style.namespaceURI === SVG_NS) continue;
        const svgStyle = svg.ownerDocument.createElementNS(SVG_NS, 'style');
        svgStyle.textContent = style.textContent;
        style.replaceWith(svgStyle);
    }
    const texts = svg.ownerDocument.createTreeWalker(svg, NodeFilter.SHOW_TEXT);
    for (let text = texts.nextNode() as Text | null; text; text = texts.nextNode() as Text | null) {
        // The serializer writes a <style>'s text as it is, so its placeholders (Mermaid's CSS has none) would stay.
        if (PLACEHOLDER.test(text.data) && text.parentElement?.localName !== 'style') text.data = decodedText(text.data);
    }
    return svg;
}

/** A document of the parser's own, as DOMPurify's: parsing in it runs nothing and loads nothing. */
let inert: Document | undefined;

/** Mermaid's placeholder of a numeric code, `#58;`. */
const NUMERIC_CODE = /\uFB02\u00B0\u00B0(\d+)\u00B6\u00DF/g;

/** `data` as Mermaid's markup writes it (escaped, then placeholders made references) and the parser reads it back: text only. */
function decodedText(data: string): string {
    // The codes the map's text is written with are printable ASCII (language/mermaid/mermaid-text.ts), which the parser reads as those characters.
    let printable = true;
    const decoded = data.replace(NUMERIC_CODE, (code, digits: string) => {
        const char = Number(digits);
        printable &&= char >= 0x20 && char <= 0x7e;
        return String.fromCharCode(char);
    });
    if (printable && !PLACEHOLDER.test(decoded)) return decoded;
    const markup = data
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\u00A0/g, '&nbsp;')
        .replace(/\uFB02\u00B0\u00B0/g, '&#')
        .replace(/\uFB02\u00B0/g, '&')
        .replace(/\u00B6\u00DF/g, ';');
    inert ??= new DOMParser().parseFromString('', 'text/html');
    const reader = inert.createElement('div');
    reader.innerHTML = markup;
    return reader.textContent ?? '';
}
