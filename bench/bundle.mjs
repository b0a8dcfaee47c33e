// esbuild bundles of the benchmark's own entry points (the in-process measurements, the
// client-sync server, the browser-side model patch, the code-server harness), built into
// bench/.work/ next to the fixtures.
import { langiumParserFix } from '../scripts/langium-parser-fix.mjs';

/** Node 20 CommonJS, as the extension's Node bundles (esbuild.mjs). */
export const NODE_COMMONJS = /** @type {const} */ ({ platform: 'node', format: 'cjs', target: 'node20' });

/** ES modules bundled as CommonJS lose import.meta.url, which some dependencies pass to createRequire. */
export const IMPORT_META_URL_SHIM = {
    define: { 'import.meta.url': 'importMetaUrl' },
    banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
};

/**
 * Bundles `entry` with its dependencies into `outfile`, with `options` for the runtime, and with
 * the Langium parser fix the product's bundles have (esbuild.mjs), so that it parses as they do.
 * @param {string} entry
 * @param {string} outfile
 * @param {import('esbuild').BuildOptions} options
 * @returns {Promise<string>} `outfile`
 */
export async function bundle(entry, outfile, options) {
    const esbuild = await import('esbuild');
    await esbuild.build({ entryPoints: [entry], bundle: true, outfile, logLevel: 'warning', plugins: [langiumParserFix()], ...options });
    return outfile;
}
