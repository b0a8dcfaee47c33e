// The browser tests' pinned font. Mermaid draws in "trebuchet ms", verdana, arial, sans-serif,
// and the box sizes of its journey (webview/journey-box-size.ts) follow the widths of the
// titles in it: with DejaVu Sans a three-line title needs a 150 × 65 box, with Liberation Sans
// (Arial's stand-in, which a plain Chromium install brings) 150 × 62. So the test pages declare
// "trebuchet ms" as DejaVu Sans from the npm package @fontsource/dejavu-sans, whatever fonts the
// machine has. Served from the page's own origin: the pages' CSP allows fonts only from there.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/** The font family Mermaid names first (its themes' `fontFamily`). */
const MERMAID_FAMILY = 'trebuchet ms';
const FILES = 'node_modules/@fontsource/dejavu-sans/files';
const WEIGHTS = [400, 700];

/** Serves DejaVu Sans at `origin`/pinned-font/ and makes it the page's Mermaid font; resolves once it is loaded. */
export async function pinMermaidFont(page: Page, origin: string): Promise<void> {
    await page.route(`${origin}/pinned-font/*`, route => {
        const name = new URL(route.request().url()).pathname.split('/').pop()!;
        const file = WEIGHTS.map(weight => `dejavu-sans-latin-${weight}-normal.woff2`).find(each => each === name);
        return file ? route.fulfill({ contentType: 'font/woff2', body: readFileSync(`${FILES}/${file}`) }) : route.fulfill({ status: 404, body: '' });
    });
    await page.addStyleTag({
        content: WEIGHTS.map(
            weight =>
                `@font-face { font-family: '${MERMAID_FAMILY}'; font-style: normal; font-weight: ${weight}; src: url(${origin}/pinned-font/dejavu-sans-latin-${weight}-normal.woff2) format('woff2'); }`,
        ).join('\n'),
    });
    const loaded = await page.evaluate(
        family =>
            Promise.all(['normal', 'bold'].map(weight => document.fonts.load(`${weight} 16px "${family}"`))).then(faces =>
                faces.every(each => each.length > 0),
            ),
        MERMAID_FAMILY,
    );
    if (!loaded) throw new Error(`The pinned font (${FILES}) did not load`);
}
