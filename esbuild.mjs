// Bundles the extension client, the language server, the command line and the preview's
// webview script into dist/. `node esbuild.mjs` builds for production (minified, with
// source maps); `--watch` rebuilds on change for development.
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';
import { writeCliCodeCache } from './scripts/cli-code-cache.mjs';
import { langiumParserFix } from './scripts/langium-parser-fix.mjs';
import { mermaidJourneyFix } from './scripts/mermaid-journey-fix.mjs';
import { phaseBandCss } from './scripts/phase-band-css.mjs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

const watch = process.argv.includes('--watch');
const production = !watch;

/** @type {import('esbuild').BuildOptions} */
const common = {
    bundle: true,
    minify: production,
    sourcemap: true,
    sourcesContent: false,
    logLevel: 'info',
    legalComments: 'none',
    define: { JOURNEY_VERSION: JSON.stringify(version) },
    // Every bundle that holds Langium's parser (server, command line, browser worker, Markdown preview).
    plugins: [langiumParserFix()],
};

// ES modules bundled as CommonJS lose import.meta.url, which some dependencies pass to createRequire.
/** @type {import('esbuild').BuildOptions} */
const nodeCommonJs = {
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outExtension: { '.js': '.cjs' },
    define: { ...common.define, 'import.meta.url': 'importMetaUrl' },
    banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
};

/** @type {import('esbuild').BuildOptions[]} */
const targets = [
    {
        ...common,
        entryPoints: { extension: 'client/extension.ts' },
        ...nodeCommonJs,
        external: ['vscode'],
        outdir: 'dist',
    },
    {
        ...common,
        entryPoints: { server: 'server/main.ts', cli: 'cli/main.ts' },
        ...nodeCommonJs,
        // playwright-core drives a local Chromium for SVG/PNG export; loaded only when used.
        external: ['playwright-core'],
        outdir: 'dist',
    },
    {
        // The extension for the browser's web worker extension host (package.json "browser"):
        // vscode.dev, github.dev. No Node built-in may end up here; esbuild fails if one does.
        ...common,
        entryPoints: { 'web-extension': 'client/browser/extension.ts' },
        platform: 'browser',
        format: 'cjs',
        target: 'es2022',
        external: ['vscode'],
        outdir: 'dist',
    },
    {
        // The language server in a Web Worker, started by the browser extension from a Blob.
        ...common,
        entryPoints: { 'server-worker': 'server/browser/main.ts' },
        platform: 'browser',
        format: 'iife',
        target: 'es2022',
        outdir: 'dist',
    },
    {
        // The preview webview (and its CSS, dist/webview.css): Mermaid bundled, no remote resource.
        ...common,
        entryPoints: { webview: 'webview/main.ts', 'markdown-preview': 'markdown/preview.ts' },
        platform: 'browser',
        format: 'iife',
        target: 'es2022',
        plugins: [langiumParserFix(), mermaidJourneyFix(), phaseBandCss()],
        outdir: 'dist',
    },
];

if (watch) {
    const contexts = await Promise.all(targets.map(options => esbuild.context(options)));
    await Promise.all(contexts.map(context => context.watch()));
} else {
    await Promise.all(targets.map(options => esbuild.build(options)));
    // The command line's code cache, for this Node (bin/journey.cjs); a watch build goes without.
    writeCliCodeCache();
}
