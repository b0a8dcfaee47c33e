// The one Mermaid configuration of every place that draws a journey diagram: the preview
// (mermaid-section.ts), its exports, and VS Code's Markdown preview (markdown/preview.ts).
// Same theme for the same VS Code theme, same limits, same security settings, so a map looks
// the same wherever it is drawn (as vscode-markdown-mermaid shares one renderer).
import mermaid from 'mermaid';
import type { BoxSize } from '../journey-box-size.js';

export type MermaidTheme = 'default' | 'dark' | 'neutral';

/** Mermaid's theme for the VS Code theme the page's <body> classes name. */
export function mermaidThemeOf(body: HTMLElement): MermaidTheme {
    const classes = body.classList;
    if (classes.contains('vscode-high-contrast') && !classes.contains('vscode-high-contrast-light')) return 'dark';
    if (classes.contains('vscode-high-contrast-light')) return 'neutral';
    return classes.contains('vscode-dark') ? 'dark' : 'default';
}

/**
 * Mermaid's default limit (50,000 characters) is reached near 600 touchpoints, and it then draws
 * "Maximum text size in diagram exceeded" instead of the journey; the preview's own limit is
 * MAX_MERMAID_TOUCHPOINTS (webview/protocol.ts).
 */
export const MERMAID_MAX_TEXT_SIZE = 10_000_000;

export interface MermaidSetup {
    theme: MermaidTheme;
    /** Boxes large enough for the labels (webview/journey-box-size.ts). */
    boxSize: BoxSize;
    /** Shrink the diagram to its container (the Markdown preview) instead of drawing it at 1:1 (the preview's pan and zoom). */
    fitContainer?: boolean;
}

/** Sets Mermaid up to draw a journey diagram. */
export function initMermaid({ theme, boxSize, fitContainer = false }: MermaidSetup): void {
    mermaid.initialize({
        startOnLoad: false,
        // 'loose': Mermaid does not sanitize its SVG; importSvg does, once (webview/svg-import.ts).
        securityLevel: 'loose',
        maxTextSize: MERMAID_MAX_TEXT_SIZE,
        theme,
        journey: { useMaxWidth: fitContainer, width: boxSize.width, height: boxSize.height },
        // The generator already encodes user text; no directive may change security settings.
        secure: ['secure', 'securityLevel', 'startOnLoad', 'maxTextSize', 'maxEdges'],
    });
}
