// Every string the extension shows through vscode.l10n.t, and every contributed title and
// setting description, has a Spanish translation.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';

function sources(dir: string): string[] {
    return readdirSync(dir).flatMap(name => {
        const file = path.join(dir, name);
        return statSync(file).isDirectory() ? sources(file) : file.endsWith('.ts') ? [file] : [];
    });
}

describe('localisation of the extension', () => {
    it('translates every vscode.l10n.t message of client/ into Spanish', () => {
        const spanish = JSON.parse(readFileSync('l10n/bundle.l10n.es.json', 'utf8')) as Record<string, string>;
        const keys = new Set<string>();
        for (const file of sources('client')) {
            for (const match of readFileSync(file, 'utf8').matchAll(/l10n\.t\('((?:[^'\\]|\\.)*)'/g)) keys.add(match[1].replace(/\\'/g, "'"));
        }
        expect(keys.size).toBeGreaterThan(20);
        expect([...keys].filter(key => !(key in spanish))).toEqual([]);
        for (const key of keys) {
            const placeholders = (text: string) => (text.match(/\{\d+\}/g) ?? []).sort().join();
            expect(placeholders(spanish[key]), key).toBe(placeholders(key));
        }
    });

    it('translates every %key% of package.json in package.nls.es.json', () => {
        const manifest = readFileSync('package.json', 'utf8');
        const used = new Set([...manifest.matchAll(/"%([^%"]+)%"/g)].map(match => match[1]));
        const english = JSON.parse(readFileSync('package.nls.json', 'utf8')) as Record<string, string>;
        const spanish = JSON.parse(readFileSync('package.nls.es.json', 'utf8')) as Record<string, string>;
        expect([...used].filter(key => !(key in english))).toEqual([]);
        expect([...used].filter(key => !(key in spanish))).toEqual([]);
    });
});
