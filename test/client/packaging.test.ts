// What the .vsix holds, as `vsce` lists it from .vscodeignore: what the extension loads at run
// time, and every file its README (the extension's page in VS Code) shows or links to, and
// nothing for development (source maps, the command line's bundle).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const vsce = createRequire(import.meta.url).resolve('@vscode/vsce/vsce');

function packagedFiles(): string[] {
    return execFileSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: root, encoding: 'utf8' })
        .split('\n')
        .map(line => line.trim())
        .filter(Boolean);
}

describe('the .vsix', () => {
    const files = packagedFiles();

    it('holds the bundles package.json names, the webview and the language files', () => {
        const manifest = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
        const named: string[] = [
            manifest.main,
            manifest.browser,
            manifest.icon,
            ...manifest.contributes['markdown.previewScripts'],
            ...manifest.contributes['markdown.previewStyles'],
            ...manifest.contributes.grammars.map((grammar: { path: string }) => grammar.path),
            ...manifest.contributes.languages.flatMap((language: { configuration?: string }) => language.configuration ?? []),
            'dist/server.cjs',
            'dist/server-worker.js',
            'dist/webview.js',
            'dist/webview.css',
            'package.nls.es.json',
            'l10n/bundle.l10n.es.json',
        ].map(path => path.replace(/^\.\//, ''));
        expect(named.filter(path => !files.includes(path))).toEqual([]);
    });

    it('holds every image and file the README links to', () => {
        const readme = readFileSync(`${root}README.md`, 'utf8');
        const targets = Array.from(readme.matchAll(/\]\(([^)#\s]+)\)/g), match => match[1]).filter(target => !/^[a-z]+:/i.test(target));
        expect(targets).toContain('docs/screenshots/preview-side.png');
        const missing = targets.filter(target => (target.endsWith('/') ? !files.some(file => file.startsWith(target)) : !files.includes(target)));
        expect(missing).toEqual([]);
    });

    it('holds the media of every walkthrough step', () => {
        const manifest = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
        const media: string[] = manifest.contributes.walkthroughs.flatMap((walkthrough: { steps: { media: Record<string, string> }[] }) =>
            walkthrough.steps.flatMap(step => [step.media.image, step.media.markdown, step.media.svg].filter(Boolean)),
        );
        expect(media.length).toBeGreaterThanOrEqual(6);
        expect(media.filter(path => !files.includes(path))).toEqual([]);
    });

    it('holds no source map and not the command line', () => {
        expect(files.filter(file => file.endsWith('.map') || file === 'dist/cli.cjs')).toEqual([]);
        expect(files.filter(file => /^(node_modules|test|language|server|client|bench\/\.work)\//.test(file))).toEqual([]);
    });
});
