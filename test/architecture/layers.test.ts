// The layers of the code, kept by the compiler: each runtime is a TypeScript project (the
// tsconfig.json of its folder) with that runtime's globals only, referencing the projects it
// may import, and `npm run typecheck` (tsc -b) builds them all. An import across any other
// edge is a type error: shown here on a copy of the projects with deliberately bad imports.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Each project, what it may import, and the globals of its runtime. */
const LAYERS: Record<string, { imports: string[]; lib: string[]; types: string[] }> = {
    language: { imports: [], lib: ['ES2023'], types: [] },
    'language/node': { imports: ['language'], lib: ['ES2023'], types: ['node'] },
    server: { imports: ['language', 'language/node'], lib: ['ES2023'], types: ['node'] },
    'server/browser': { imports: ['language', 'server'], lib: ['ES2023', 'WebWorker'], types: [] },
    client: { imports: ['language', 'language/node', 'webview', 'markdown'], lib: ['ES2023'], types: ['node', 'vscode'] },
    'client/browser': { imports: ['language', 'client', 'markdown'], lib: ['ES2023', 'WebWorker'], types: ['vscode'] },
    webview: { imports: ['language'], lib: ['ES2023', 'DOM', 'DOM.Iterable'], types: [] },
    markdown: { imports: ['language', 'webview'], lib: ['ES2023', 'DOM', 'DOM.Iterable'], types: [] },
    cli: { imports: ['language', 'language/node', 'webview'], lib: ['ES2023'], types: ['node'] },
};
/** What the layers without a DOM (the extension, the command line) may import of the DOM layers: modules that touch no DOM. */
const DOM_FREE_MODULES = ['webview/protocol.ts', 'webview/page-html.ts', 'markdown/markdown-it-plugin.ts'];

const readJsonc = (file: string) =>
    parse(readFileSync(file, 'utf8')) as { compilerOptions: { lib: string[]; types: string[] }; references: { path: string }[] };
const layerOf = (file: string) =>
    Object.keys(LAYERS)
        .filter(layer => file.startsWith(`${layer}/`))
        .sort((a, b) => b.length - a.length)[0];

describe('the layers', () => {
    it("are projects with their runtime's globals only, referencing the layers they may import", () => {
        for (const [layer, allowed] of Object.entries(LAYERS)) {
            const config = readJsonc(join(root, layer, 'tsconfig.json'));
            expect(config.compilerOptions.lib, layer).toEqual(allowed.lib);
            expect(config.compilerOptions.types, layer).toEqual(allowed.types);
            expect(config.references.map(reference => relative(root, resolve(root, layer, reference.path))).sort(), layer).toEqual([...allowed.imports].sort());
        }
        const solution = readJsonc(join(root, 'tsconfig.json'));
        expect(solution.references.map(reference => reference.path).sort()).toEqual([...Object.keys(LAYERS), 'scripts', 'test'].sort());
        // The build, setup and benchmark scripts (JavaScript checked from its JSDoc) import no layer.
        expect(parse(readFileSync(join(root, 'scripts', 'tsconfig.json'), 'utf8')).references ?? []).toEqual([]);
    });

    it('import each other only along those edges, and the layers without a DOM only DOM-free modules of the others', () => {
        const files = execFileSync('git', ['ls-files', '-z', '--', ...Object.keys(LAYERS).map(layer => `${layer}/*.ts`)], { cwd: root, encoding: 'utf8' })
            .split('\0')
            .filter(Boolean);
        const crossings: string[] = [];
        for (const file of files) {
            const from = layerOf(file);
            const text = readFileSync(join(root, file), 'utf8');
            for (const match of text.matchAll(/^(?:import|export)\b[^'"]*?from\s+'(\.[^']+)'|^import\s+'(\.[^']+)'/gm)) {
                const specifier = match[1] ?? match[2];
                const target = relative(root, resolve(root, dirname(file), specifier)).replace(/\.js$/, '.ts');
                const to = layerOf(target);
                if (!to || to === from) continue;
                const domFree = !LAYERS[from].lib.includes('DOM') && LAYERS[to].lib.includes('DOM') ? DOM_FREE_MODULES.includes(target) : true;
                if (!LAYERS[from].imports.includes(to) || !domFree) crossings.push(`${file} → ${target}`);
            }
        }
        expect(crossings).toEqual([]);
    });

    it('fail the type check on an import across a forbidden edge, or a global of another runtime', () => {
        const fixture = mkdtempSync(join(tmpdir(), 'journey-layers-'));
        try {
            // The real project files, each layer with one harmless module.
            for (const file of [
                'tsconfig.json',
                'tsconfig.base.json',
                'schemas/journeylint.schema.json',
                ...Object.keys(LAYERS).map(layer => `${layer}/tsconfig.json`),
            ]) {
                mkdirSync(dirname(join(fixture, file)), { recursive: true });
                cpSync(join(root, file), join(fixture, file));
            }
            rmSync(join(fixture, 'tsconfig.json'));
            writeFileSync(join(fixture, 'tsconfig.json'), JSON.stringify({ files: [], references: Object.keys(LAYERS).map(path => ({ path })) }));
            symlinkSync(join(root, 'node_modules'), join(fixture, 'node_modules'), 'dir');
            for (const layer of Object.keys(LAYERS)) writeFileSync(join(fixture, layer, 'ok.ts'), 'export const ok = 1;\n');
            // Allowed: the extension uses the core and the webview's page; the server the core's Node corner.
            writeFileSync(
                join(fixture, 'client/allowed.ts'),
                "import { ok } from '../language/ok.js';\nimport { ok as page } from '../webview/ok.js';\nexport const both = ok + page;\n",
            );
            writeFileSync(join(fixture, 'server/allowed.ts'), "import { ok } from '../language/node/ok.js';\nexport const node = ok;\n");
            // Forbidden.
            const bad: Record<string, string> = {
                'language/imports-client.ts': "import { ok } from '../client/ok.js';\nexport const bad = ok;\n",
                'language/imports-node-corner.ts': "import { ok } from './node/ok.js';\nexport const bad = ok;\n",
                'language/uses-dom.ts': 'export const bad = document.title;\n',
                'language/uses-node.ts': 'export const bad = process.env;\n',
                'cli/imports-client.ts': "import { ok } from '../client/ok.js';\nexport const bad = ok;\n",
                'server/imports-webview.ts': "import { ok } from '../webview/ok.js';\nexport const bad = ok;\n",
                'webview/imports-server.ts': "import { ok } from '../server/ok.js';\nexport const bad = ok;\n",
                'webview/uses-node.ts': 'export const bad = process.env;\n',
                'server/browser/uses-node.ts': 'export const bad = process.env;\n',
                'client/browser/uses-node.ts': 'export const bad = process.env;\n',
            };
            for (const [file, text] of Object.entries(bad)) writeFileSync(join(fixture, file), text);

            let output = '';
            try {
                execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-b', '--pretty', 'false'], { cwd: fixture, encoding: 'utf8' });
            } catch (error) {
                output = String((error as { stdout?: string }).stdout);
            }
            const failing = new Set([...output.matchAll(/^(\S+\.ts)\(\d+,\d+\): error TS(\d+)/gm)].map(match => match[1]));
            expect([...failing].sort()).toEqual(Object.keys(bad).sort());
        } finally {
            rmSync(fixture, { recursive: true, force: true });
        }
    }, 240_000);
});
