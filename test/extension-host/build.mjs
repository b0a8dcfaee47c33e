#!/usr/bin/env node
// Bundles the extension-host suite (TypeScript) into out/extension-host/*.cjs.
// `vscode` and `mocha` stay external: VS Code provides the first, the repo's node_modules the second.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '..', '..');
export const outDir = path.join(repoRoot, 'out', 'extension-host');
export const suiteIndex = path.join(outDir, 'index.cjs');

export async function buildSuite() {
    const suiteDir = path.join(here, 'suite');
    const entryPoints = Object.fromEntries(
        fs
            .readdirSync(suiteDir)
            .filter(f => f === 'index.ts' || f.endsWith('.suite.ts'))
            .map(f => [f.replace(/\.ts$/, ''), path.join(suiteDir, f)]),
    );
    fs.rmSync(outDir, { recursive: true, force: true });
    await esbuild.build({
        entryPoints,
        outdir: outDir,
        outExtension: { '.js': '.cjs' },
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node20',
        sourcemap: 'inline',
        external: ['vscode', 'mocha'],
        logLevel: 'warning',
    });
    return suiteIndex;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
    await buildSuite();
    console.log(`built ${path.relative(repoRoot, suiteIndex)}`);
}
