// webview/journey-drawing.ts in headless Chromium: a drawing Mermaid makes of a journey passes
// the check and is imported exactly as DOMPurify's pass would leave it; a drawing with anything
// a journey never holds does not pass, and goes through DOMPurify.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../cli/export-render.js';
import { mermaidJourneyFix } from '../../scripts/mermaid-journey-fix.mjs';
import { mermaidTextOf } from '../../language/model/mermaid-text-of.js';
import { modelOf } from './models.js';

let browser: Browser;
let page: Page;
beforeAll(async () => {
    const bundle = (
        await build({
            stdin: {
                contents: [
                    "import { drawMermaid, mermaidSandbox } from './webview/mermaid/mermaid-render.ts';",
                    "import { watchSandbox } from './webview/mermaid/drawn-svg.ts';",
                    "import { importSvg, sanitizedSvg } from './webview/svg-import.ts';",
                    "import { isJourneyDrawing } from './webview/journey-drawing.ts';",
                    'const sandbox = mermaidSandbox(document);',
                    'document.body.append(sandbox);',
                    '(window as any).draw = (text: string, theme: any, fitContainer: boolean) =>',
                    "    drawMermaid('journey-diagram-1', text, { theme, boxSize: { width: 150, height: 65 }, fitContainer }, sandbox);",
                    // As importSvg parses: the markup must be one <svg> and nothing else.
                    'const parse = (markup: string) => new DOMParser().parseFromString(markup, "text/html").body;',
                    '(window as any).check = (markup: string) => { const body = parse(markup); return body.childNodes.length === 1 && isJourneyDrawing(body.firstElementChild!); };',
                    '(window as any).imported = (markup: string) => importSvg(markup)?.outerHTML;',
                    // Mermaid's own tree, taken from the sandbox as renderMermaid takes it, with its markup.
                    '(window as any).drawnTree = async (text: string, theme: any, fitContainer: boolean) => {',
                    '    const drawing = watchSandbox(sandbox);',
                    "    const markup = await drawMermaid('journey-diagram-1', text, { theme, boxSize: { width: 150, height: 65 }, fitContainer }, sandbox);",
                    "    const tree = drawing.take('journey-diagram-1');",
                    '    return { markup, passes: !!tree && isJourneyDrawing(tree), tree: tree?.outerHTML };',
                    '};',
                    '(window as any).sanitized = (markup: string) => sanitizedSvg(markup)?.outerHTML;',
                ].join('\n'),
                resolveDir: process.cwd(),
                loader: 'ts',
            },
            bundle: true,
            platform: 'browser',
            format: 'iife',
            write: false,
            logLevel: 'silent',
            plugins: [mermaidJourneyFix()],
        })
    ).outputFiles[0].text;
    browser = await launchChromium();
    page = await browser.newPage();
    await page.setContent('<!doctype html><html><body></body></html>');
    await page.addScriptTag({ content: bundle });
}, 120_000);
afterAll(async () => {
    await browser?.close();
});

type PageFunctions = {
    draw(text: string, theme: string, fitContainer: boolean): Promise<string>;
    drawnTree(text: string, theme: string, fitContainer: boolean): Promise<{ markup: string; passes: boolean; tree?: string }>;
    check(markup: string): boolean;
    imported(markup: string): string | undefined;
    sanitized(markup: string): string | undefined;
    __pwned?: unknown;
};

/** Mermaid's markup of `source` (a .journey text) as the preview draws it. */
async function drawn(source: string, theme = 'default', fitContainer = false): Promise<string> {
    const text = mermaidTextOf((await modelOf(source)).journeys[0]);
    return page.evaluate(([text, theme, fit]) => (window as unknown as PageFunctions).draw(text, theme, fit), [text, theme, fitContainer] as const);
}

/** Mermaid's own tree of `source` as the preview takes it from the sandbox (webview/mermaid/drawn-svg.ts), and its markup imported. */
async function drawnTree(source: string, theme = 'default', fitContainer = false) {
    const text = mermaidTextOf((await modelOf(source)).journeys[0]);
    const { markup, passes, tree } = await page.evaluate(([text, theme, fit]) => (window as unknown as PageFunctions).drawnTree(text, theme, fit), [
        text,
        theme,
        fitContainer,
    ] as const);
    return { passes, tree, imported: (await imported(markup)).imported };
}

/** Whether the markup passes the check, what importSvg makes of it, what DOMPurify's pass makes of it, and whether any script ran. */
function imported(markup: string) {
    return page.evaluate(async markup => {
        const w = window as unknown as PageFunctions;
        const result = { passes: w.check(markup), imported: w.imported(markup), sanitized: w.sanitized(markup) };
        await new Promise(resolve => setTimeout(resolve, 100)); // an onerror or onload would have fired
        return { ...result, pwned: w.__pwned };
    }, markup);
}

const hostile = [
    '<img src=x onerror="window.__pwned=1">',
    '</style><script>window.__pwned=2</script>',
    'url(https://example.com/x) javascript:window.__pwned=3',
    '#58; &amp; &lt;b&gt; ]]> <!-- -->',
];
/** Mermaid's own entity placeholders typed into a title: its markup makes them references, which the preview's reading of its tree must match. */
const placeholders = 'ﬂ°°60¶ß ﬂ°lt¶ß ﬂ°°6ﬂ°°60¶ß0¶ß ﬂ°°150¶ß ﬂ°°0¶ß';
const esc = (text: string) => text.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
const hostileMap = [
    ...hostile.map((title, i) => `persona P${i} "${esc(title)}"`),
    `journey J "${esc(hostile[1])}" {`,
    ...hostile.map(
        (title, i) =>
            `  phase F${i} "${esc(title)}" { touchpoint T${i} "${esc(title)}" { emotion ${(i % 5) + 1} personas P${i}, P${(i + 1) % hostile.length} } }`,
    ),
    `  phase G "${placeholders}" { touchpoint U "${placeholders}" { emotion 2 } touchpoint V "ﬂ°°150¶ß ﬂ°°0¶ß ﬂ°°65¶ß" { emotion 4 } }`,
    '}',
].join('\n');

describe("a journey's drawing", () => {
    const maps: [string, () => Promise<string>][] = [
        ['taller.journey', () => drawn(readFileSync('examples/taller.journey', 'utf8'))],
        ['taller.journey, dark, fitted to its container (the Markdown preview)', () => drawn(readFileSync('examples/taller.journey', 'utf8'), 'dark', true)],
        ['hostile titles, phases and personas', () => drawn(hostileMap)],
    ];
    for (const [name, markup] of maps) {
        it(`passes the check and is imported as DOMPurify's pass leaves it: ${name}`, async () => {
            const result = await imported(await markup());
            expect(result.passes).toBe(true);
            expect(result.imported).toBeDefined();
            expect(result.imported).toBe(result.sanitized);
            expect(result.imported).not.toContain(' position=');
            expect(result.pwned).toBeUndefined();
        });
    }

    const sources: [string, string, string?, boolean?][] = [
        ['taller.journey', readFileSync('examples/taller.journey', 'utf8')],
        ['taller.journey, dark, fitted', readFileSync('examples/taller.journey', 'utf8'), 'dark', true],
        ['hostile titles, phases and personas, and Mermaid placeholders typed in', hostileMap],
    ];
    for (const [name, source, theme, fit] of sources) {
        it(`is taken from Mermaid's sandbox as its markup is imported: ${name}`, async () => {
            const { passes, tree, imported } = await drawnTree(source, theme, fit);
            expect(passes).toBe(true);
            expect(tree).toBeDefined();
            expect(tree).toBe(imported);
        });
    }

    it('shows hostile text as text', async () => {
        const html = (await imported(await drawn(hostileMap))).imported!;
        const texts = await page.evaluate(html => {
            const holder = document.createElement('div');
            holder.innerHTML = html;
            return {
                labels: Array.from(holder.querySelectorAll('foreignObject div.label'), div => div.textContent),
                elements: Array.from(holder.querySelectorAll('img, script, a, image, iframe')).length,
            };
        }, html);
        expect(texts.elements).toBe(0);
        for (const title of hostile) expect(texts.labels).toContain(title);
    });
});

describe('a drawing with anything a journey never holds', () => {
    let journey: string;
    beforeAll(async () => {
        journey = await drawn(readFileSync('examples/taller.journey', 'utf8'));
    }, 60_000);
    /** The journey's drawing with `extra` put into its first task's group. */
    const withExtra = (extra: string) => journey.replace(/(<g[^>]*><line[^>]*class="task-line"[^>]*><\/line>)/, `$1${extra}`);

    const cases: [string, string][] = [
        ['an event handler', '<circle cx="1" onload="window.__pwned=4"></circle>'],
        ['a link', '<a href="https://example.com/away"><text>fuera</text></a>'],
        ['an image', '<image href="https://example.com/tracker.png"></image>'],
        ['a script', '<script>window.__pwned=5</script>'],
        ['a paint from outside', '<rect fill="url(https://example.com/paint.svg#p)"></rect>'],
        ['a style attribute loading from outside', '<rect style="fill: url(&quot;https://example.com/paint.svg#p&quot;)"></rect>'],
        ['HTML outside a foreignObject label', '<foreignObject><div><img src="x" onerror="window.__pwned=6"></div></foreignObject>'],
        ['an element a journey does not draw', '<animate attributeName="x" to="1"></animate>'],
        ['a comment', '<!-- note -->'],
    ];
    for (const [name, extra] of cases) {
        it(`does not pass the check and goes through DOMPurify: ${name}`, async () => {
            const markup = withExtra(extra);
            expect(markup).not.toBe(journey);
            const result = await imported(markup);
            expect(result.passes).toBe(false);
            expect(result.imported).toBe(result.sanitized);
            expect(result.imported).not.toMatch(/<script|\son\w+=|example\.com\/(away|tracker)/i);
            expect(result.pwned).toBeUndefined();
        });
    }

    it('does not pass the check with CSS that imports or escapes', async () => {
        for (const css of [
            '@import url(https://example.com/x.css);',
            '.task { fill: u\\72l(https://example.com/p) }',
            '</style><img src=x>',
            '<tspan>x</tspan>',
        ]) {
            const markup = journey.replace(/<style>/, `<style>${css}`);
            expect((await imported(markup)).passes, css).toBe(false);
        }
    });
});
