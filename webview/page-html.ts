// The preview's HTML page, which loads the webview's bundle (main.ts). No `vscode` import and no
// DOM: the extension's preview panel, the command line's headless renderer and the browser
// tests load the very same page and Content Security Policy.
//
// CSP: scripts only from the extension's dist/ with this page's nonce; no eval; images only
// from the extension and data: (the PNG export draws the SVG from a data: URL on a canvas). Styles
// allow 'unsafe-inline' because Mermaid's SVG carries its own <style> element and style
// attributes set through setAttribute, which a nonce cannot cover; no user text reaches
// either (the generator encodes it and the webview inserts text as text nodes).
import { attributeText, htmlDocumentStart } from '../language/export/html-document.js';

export interface WebviewHtmlOptions {
    /** `webview.cspSource` (or the origin the bundle is served from). */
    cspSource: string;
    nonce: string;
    scriptUri: string;
    styleUri: string;
    title?: string;
    /** The display language (`vscode.env.language`): the page's own texts follow it. */
    language?: string;
}

export function createNonce(): string {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
    const bytes = new Uint8Array(32);
    globalThis.crypto.getRandomValues(bytes);
    return Array.from(bytes, byte => alphabet[byte % alphabet.length]).join('');
}

export function webviewHtml(options: WebviewHtmlOptions): string {
    const csp = [
        `default-src 'none'`,
        `script-src 'nonce-${options.nonce}'`,
        `style-src ${options.cspSource} 'unsafe-inline'`,
        `img-src ${options.cspSource} data:`,
        `font-src ${options.cspSource}`,
    ].join('; ');
    return `${htmlDocumentStart(options.language ?? 'en', csp)}
<link rel="stylesheet" href="${attributeText(options.styleUri)}">
<title>${attributeText(options.title ?? 'Journey Preview')}</title>
</head>
<body>
<script nonce="${attributeText(options.nonce)}" src="${attributeText(options.scriptUri)}"></script>
</body>
</html>`;
}
