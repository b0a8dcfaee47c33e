// Offline HTML export: one self-contained page that looks like the preview: the header and
// grid drawn by map-view.ts (text escaped by vnode.toHtml), the Mermaid diagram as inline SVG
// (rendered by the preview), and the preview's CSS inline. No script, no remote resource;
// the page's own CSP forbids both. Printed, it fits landscape A4 or A3 pages (print-layout.ts).
import type { JourneyView, MapModel } from '../model/map-model.js';
import { gridView, headerView } from './map-view.js';
import { label, labelLocaleOf, setViewLocale, viewLocale } from './view-labels.js';
import { escapeHtml, toHtml } from './vnode.js';
import { printLayout, printStylesheet, type PageSize } from './print-layout.js';
import { htmlDocumentStart } from './html-document.js';

/** VS Code's theme variables, as a light theme, for the exports read outside VS Code. */
export const LIGHT_THEME_VARIABLES: Readonly<Record<string, string>> = {
    '--vscode-foreground': '#1f1f1f',
    '--vscode-editor-background': '#ffffff',
    '--vscode-panel-border': '#d0d0d0',
    '--vscode-editorWidget-background': '#f6f6f6',
    '--vscode-sideBar-background': '#f3f3f3',
    '--vscode-textLink-foreground': '#0066bf',
    '--vscode-editorError-foreground': '#e51400',
    '--vscode-editorWarning-foreground': '#a36b00',
    '--vscode-editorInfo-foreground': '#1a75d6',
    '--vscode-editorHint-foreground': '#6c6c6c',
    '--vscode-focusBorder': '#0090f1',
    '--vscode-font-family': '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, sans-serif',
    '--vscode-font-size': '14px',
};

/** What the exports add to the preview's stylesheet: the light theme, no toolbar, the whole canvas unscrolled. */
export const STATIC_PAGE_CSS = `:root {
${Object.entries(LIGHT_THEME_VARIABLES)
    .map(([name, value]) => `  ${name}: ${value};`)
    .join('\n')}
}
.toolbar, .viewport { display: none; }
.static-diagram { overflow-x: auto; }
.static-diagram svg { max-width: none; height: auto; }
.journey-title, .persona-card, .grid .phase, .grid .touchpoint { cursor: default; }
.grid-host { max-height: none; overflow: visible; }`;

/** The preview's stylesheet without its source map comment, safe inside a `<style>` element. */
export function inlineStylesheet(css: string): string {
    return css.replace(/\/\*# sourceMappingURL=[^*]*\*\//g, '').replace(/<\/style/gi, '<\\/style');
}

/** Defence in depth for the SVG made by the preview: no script, no event handler, no external link. */
export function sanitizeSvg(svg: string): string {
    return svg
        .replace(/<\?xml[^>]*>/g, '')
        .replace(/<script[\s\S]*?<\/script\s*>/gi, '')
        .replace(/<script[^>]*\/>/gi, '')
        .replace(/\s(on[a-z]+)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, '')
        .replace(/\s((?:xlink:)?href)\s*=\s*("(?!#)[^"]*"|'(?!#)[^']*')/gi, '');
}

export interface HtmlExportOptions {
    /** The Mermaid diagram as a standalone SVG (drawn by the preview); absent: a note says it could not be drawn. */
    svg?: string;
    /** The preview's stylesheet (dist/webview.css). */
    css: string;
    presentation?: boolean;
    /** Leave the Mermaid diagram out (`journey.export.mermaidDiagram`, `--no-mermaid`). */
    withoutDiagram?: boolean;
    /** The printed page: landscape A4 (the default) or A3. */
    page?: PageSize;
}

/**
 * The start of a self-contained page, up to its `<body>`: no script (the CSP allows none), the
 * styles inline, in the map's label language. The HTML export and the comparison's share it.
 */
export function staticPageStart(title: string, styles: string[], bodyClass: string): string {
    return `${htmlDocumentStart(viewLocale(), "default-src 'none'; style-src 'unsafe-inline'; img-src data:")}
<meta name="generator" content="Journey Maps as Code">
<title>${escapeHtml(title)}</title>
<style>
${styles.join('\n')}
</style>
</head>
<body class="${bodyClass}">`;
}

export function buildHtmlExport(model: MapModel, journey: JourneyView, options: HtmlExportOptions): string {
    setViewLocale(labelLocaleOf(model, journey));
    const diagram = options.withoutDiagram
        ? ''
        : options.svg
          ? `<section class="diagram"><div class="static-diagram">${sanitizeSvg(options.svg)}</div></section>`
          : `<section class="diagram"><p class="diagram-message">${escapeHtml(label('The diagram could not be drawn for this export.'))}</p></section>`;
    const lanes = { showEmptyLanes: false, presentation: options.presentation ?? false };
    const layout = printLayout(journey, options.page ?? 'a4');
    // Printed, the page-wide parts replace the one wide canvas (hidden on screen).
    const parts = layout.parts
        .map(part => `<div class="print-part">${toHtml(gridView(part.journey, lanes, { whole: journey, firstPhase: part.firstPhase }))}</div>`)
        .join('\n');
    return `${staticPageStart(journey.title, [STATIC_PAGE_CSS, inlineStylesheet(options.css), printStylesheet(layout)], 'vscode-light journey-webview')}
<div class="journey-preview${options.presentation ? ' presentation' : ''}">
${toHtml(headerView(model, journey))}
<div class="grid-host">${toHtml(gridView(journey, lanes))}</div>
<div class="print-parts" aria-hidden="true">
${parts}
</div>
${diagram}
</div>
</body>
</html>
`;
}
