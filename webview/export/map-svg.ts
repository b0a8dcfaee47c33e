// The whole-map SVG: the header, persona cards, canvas and curve (and, unless left out, the
// Mermaid diagram) exactly as the HTML export draws them, in one standalone SVG. The map is
// HTML and CSS (a table, wrapped text), so the SVG holds it as XHTML in a <foreignObject>, the
// way Mermaid holds its own labels, with the preview's stylesheet inline: browsers and the
// browser-based tools (Figma, Chromium-based viewers, VS Code) draw it as the preview does.
// The map is laid out off-screen in this page first, to measure the SVG's size. User text is
// text nodes (toDom) and XMLSerializer escapes it: it never becomes markup.
import type { VNode } from '../../language/export/vnode.js';
import { inlineStylesheet, LIGHT_THEME_VARIABLES, STATIC_PAGE_CSS } from '../../language/export/html-export.js';
import { toDom } from '../vnode-dom.js';
import { importSvg } from '../svg-import.js';

export interface MapDrawing {
    header: VNode;
    grid: VNode;
    /** The Mermaid diagram's standalone SVG, drawn below the canvas; absent: left out. */
    diagramSvg?: string;
    presentation: boolean;
    /** The preview's stylesheet (dist/webview.css). */
    css: string;
}

/** The padding around the map, in CSS pixels. */
const MARGIN = 16;
/** The narrowest map: the header of a map with few columns still reads as a page. */
const MIN_WIDTH = 720;

export function wholeMapSvg(drawing: MapDrawing, document: Document = window.document): string {
    const map = document.createElement('div');
    map.className = `journey-preview journey-webview map-export${drawing.presentation ? ' presentation' : ''}`;
    // Measured in the exports' light theme and font, not the editor's.
    for (const [name, value] of Object.entries(LIGHT_THEME_VARIABLES)) map.style.setProperty(name, value);
    Object.assign(map.style, {
        position: 'absolute',
        left: '-200000px',
        top: '0',
        boxSizing: 'border-box',
        padding: `${MARGIN}px`,
        color: 'var(--vscode-foreground)',
        background: 'var(--vscode-editor-background)',
        fontFamily: 'var(--vscode-font-family)',
        fontSize: 'var(--vscode-font-size)',
    });
    const gridHost = document.createElement('div');
    gridHost.className = 'grid-host';
    Object.assign(gridHost.style, { maxHeight: 'none', overflow: 'visible', contain: 'none' });
    gridHost.append(toDom(drawing.grid, document));
    map.append(toDom(drawing.header, document), gridHost);
    if (drawing.diagramSvg) {
        const section = document.createElement('section');
        section.className = 'diagram static-diagram';
        const svg = importSvg(drawing.diagramSvg);
        if (svg) section.append(svg);
        map.append(section);
    }
    document.body.append(map);
    try {
        const table = gridHost.querySelector('table');
        const diagram = map.querySelector('.static-diagram svg');
        const contentWidth = Math.max(MIN_WIDTH, table?.getBoundingClientRect().width ?? 0, diagram?.getBoundingClientRect().width ?? 0);
        map.style.width = `${Math.ceil(contentWidth + 2 * MARGIN)}px`;
        const box = map.getBoundingClientRect();
        const width = Math.ceil(box.width);
        const height = Math.ceil(box.height);
        map.style.position = '';
        map.style.left = '';
        map.style.top = '';
        const xhtml = new XMLSerializer().serializeToString(map);
        const style = `${STATIC_PAGE_CSS}\n${inlineStylesheet(drawing.css)}`;
        return (
            `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
            `<style>${cdata(style)}</style>` +
            `<rect width="100%" height="100%" fill="#ffffff"/>` +
            `<foreignObject x="0" y="0" width="${width}" height="${height}">${xhtml}</foreignObject></svg>`
        );
    } finally {
        map.remove();
    }
}

/** CSS as XML character data: `]]>` cannot end the section early. */
function cdata(text: string): string {
    return `<![CDATA[${text.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}
