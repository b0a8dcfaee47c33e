import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

const pkg = readFileSync('package.json', 'utf8');
const en = JSON.parse(readFileSync('package.nls.json', 'utf8')) as Record<string, string>;
const es = JSON.parse(readFileSync('package.nls.es.json', 'utf8')) as Record<string, string>;

describe('localisation of the contributions', () => {
    it('has an English and a Spanish text for every %key% of package.json', () => {
        const keys = [...new Set([...pkg.matchAll(/"%([^"%]+)%"/g)].map(match => match[1]))];
        expect(keys.length).toBeGreaterThanOrEqual(20);
        for (const key of keys) {
            expect(en[key], key).toBeTruthy();
            expect(es[key], key).toBeTruthy();
        }
    });

    it('has the same keys in both languages, translated', () => {
        expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
        expect(Object.keys(en).filter(key => key.startsWith('configuration.rule.'))).toHaveLength(20);
        expect(es['configuration.rule.missing-owner']).toContain('responsable');
    });

    it('ships an l10n bundle for the client', () => {
        expect(JSON.parse(pkg).l10n).toBe('./l10n');
        const bundle = JSON.parse(readFileSync('l10n/bundle.l10n.es.json', 'utf8')) as Record<string, string>;
        expect(bundle['Journey Maps Language Server']).toBeTruthy();
    });
});
