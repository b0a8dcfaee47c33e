// The phase bands' colours reach the preview's stylesheet from their one table: every band
// class the canvas writes (map-view.ts bandClass) gets its tint and edge in every theme, as
// esbuild bundles the stylesheet; a marker the build does not know fails it.
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { bandClass, PHASE_BANDS } from '../../language/export/map-view.js';
import colours from '../../language/export/phase-band-colours.json';
import { phaseBandCss, withPhaseBands } from '../../scripts/phase-band-css.mjs';

const stylesheet = new URL('../../webview/style.css', import.meta.url);

/** The stylesheet as the build bundles it (not minified, so that rules can be read one by one). */
async function bundledStylesheet(): Promise<string> {
    const result = await build({ entryPoints: [stylesheet.pathname], bundle: true, write: false, plugins: [phaseBandCss()], logLevel: 'silent' });
    return result.outputFiles[0].text;
}

const ruleOf = (css: string, selector: string) => new RegExp(`(?:^|\\n)${selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\{([^}]*)\\}`).exec(css)?.[1];

describe('the phase bands in the stylesheet', () => {
    it('give every band class the canvas writes its tint and edge, in every theme', async () => {
        const css = await bundledStylesheet();
        expect(css).not.toContain('@phase-bands');
        for (let p = 0; p < PHASE_BANDS; p++) {
            const band = bandClass(p).slice('band-'.length);
            expect(ruleOf(css, `.grid .${bandClass(p)}`)).toMatch(new RegExp(`--band: var\\(--band-${band}\\);\\s*--band-edge: var\\(--band-edge-${band}\\);`));
            expect(ruleOf(css, '.journey-preview')).toContain(`--band-${band}: ${colours.light.tints[p]};`);
            expect(ruleOf(css, '.journey-preview')).toContain(`--band-edge-${band}: ${colours.light.edges[p]};`);
            expect(ruleOf(css, 'body.vscode-dark .journey-preview')).toContain(`--band-${band}: ${colours.dark.tints[p]};`);
            expect(ruleOf(css, 'body.vscode-high-contrast .journey-preview')).toContain(`--band-edge-${band}: ${colours.highContrast.edges[p]};`);
            expect(ruleOf(css, 'body.vscode-high-contrast-light .journey-preview')).toContain(`--band-edge-${band}: ${colours.highContrastLight.edges[p]};`);
        }
        // The next phase starts the colours again.
        expect(bandClass(PHASE_BANDS)).toBe('band-0');
    });

    it('fail the build on a marker they do not know', () => {
        expect(() => withPhaseBands('/* @phase-bands sepia */', colours, 'style.css')).toThrow('style.css: no phase band rules called "sepia"');
        expect(readFileSync(stylesheet, 'utf8')).toContain('/* @phase-bands palettes */');
    });
});
