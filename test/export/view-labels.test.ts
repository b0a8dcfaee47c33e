// The preview's labels follow the user's language carried by the map model.
import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Model } from '../../language/generated/ast.js';
import { gridView, headerView, summaryView } from '../../language/export/map-view.js';
import { buildHtmlExport } from '../../language/export/html-export.js';
import { buildMarkdownExport } from '../../language/export/markdown-export.js';
import { setLabelLanguage, SPANISH_VIEW_LABELS } from '../../language/export/view-labels.js';
import { buildMapModel } from '../../language/model/build-map-model.js';
import { lintFiles } from '../helpers/lint.js';

async function example(name: string, locale: 'en' | 'es') {
    const files = await lintFiles({ [name]: readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8') });
    return buildMapModel(files[name].document as never as import('langium').LangiumDocument<Model>, locale);
}
const taller = (locale: 'en' | 'es') => example('taller.journey', locale);

describe('preview labels', () => {
    afterEach(() => setLabelLanguage('map'));

    it("follow the map's keywords whatever the display language: recorrido → Spanish, journey → English", async () => {
        const seguro = await example('seguro.journey', 'en');
        expect(buildHtmlExport(seguro, seguro.journeys[0], { css: '' })).toMatch(/^<!DOCTYPE html>\n<html lang="es">[\s\S]*Acción del cliente/);
        expect(buildMarkdownExport(seguro, seguro.journeys[0])).toContain('| Responsable |');
        const tallerEs = await taller('es');
        expect(buildHtmlExport(tallerEs, tallerEs.journeys[0], { css: '' })).toMatch(/^<!DOCTYPE html>\n<html lang="en">[\s\S]*Customer action/);
        // A chosen language (journey.preview.labelLanguage, --lang) overrides the map's.
        setLabelLanguage('en');
        expect(buildHtmlExport(seguro, seguro.journeys[0], { css: '' })).toMatch(/^<!DOCTYPE html>\n<html lang="en">[\s\S]*Customer action/);
    });

    it('are Spanish when Spanish is chosen and English otherwise', async () => {
        setLabelLanguage('es');
        const es = await taller('es');
        const spanish = JSON.stringify([headerView(es, es.journeys[0]), summaryView(es), gridView(es.journeys[0])]);
        expect(spanish).toContain('sin responsable');
        expect(spanish).toContain('Acción del cliente');
        expect(spanish).toContain('Hallazgos: ');
        setLabelLanguage('en');
        const en = await taller('en');
        const english = JSON.stringify([headerView(en, en.journeys[0]), summaryView(en), gridView(en.journeys[0])]);
        expect(english).toContain('no owner');
        expect(english).toContain('Customer action');
        expect(english).not.toContain('sin responsable');
    });

    it('make the Markdown export Spanish when Spanish is chosen', async () => {
        setLabelLanguage('es');
        const es = await taller('es');
        const markdown = buildMarkdownExport(es, es.journeys[0]);
        expect(markdown).toContain('| Responsable |');
        expect(markdown).toContain('**sin responsable** ⚠ advertencia `missing-owner`');
        expect(markdown).toContain('## Hallazgos');
        expect(markdown).toContain('0 errores, 5 advertencias, 2 informativos, 1 sugerencia');
        expect(markdown).toContain('| Dónde | Regla | Gravedad | Mensaje |');
        setLabelLanguage('map');
        const en = await taller('en');
        expect(buildMarkdownExport(en, en.journeys[0])).toContain('0 errors, 5 warnings, 2 info, 1 hint');
    });

    it('name horizons as the Spanish keywords do (`horizonte mediano`: mediano plazo)', async () => {
        const es = await example('seguro.journey', 'es');
        expect(buildMarkdownExport(es, es.journeys[0])).toContain('mediano plazo');
        expect(JSON.stringify(gridView(es.journeys[0]))).toContain('mediano plazo');
    });

    it('make the HTML export a Spanish page when Spanish is chosen', async () => {
        setLabelLanguage('es');
        const es = await taller('es');
        const html = buildHtmlExport(es, es.journeys[0], { css: '' });
        expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="es">/);
        expect(html).toContain('<p class="diagram-message">No se pudo dibujar el diagrama para esta exportación.</p>');
        expect(html).toContain('sin responsable');
        setLabelLanguage('map');
        const en = await taller('en');
        expect(buildHtmlExport(en, en.journeys[0], { css: '' })).toMatch(
            /^<!DOCTYPE html>\n<html lang="en">[\s\S]*The diagram could not be drawn for this export\./,
        );
    });

    it('have a Spanish entry for every text the preview, the Markdown preview and the exports label', () => {
        const sources = ['webview', 'markdown', 'language/export'].flatMap(dir =>
            readdirSync(dir)
                .filter(name => name.endsWith('.ts'))
                .map(name => readFileSync(`${dir}/${name}`, 'utf8')),
        );
        const texts = new Set(sources.flatMap(source => Array.from(source.matchAll(/\blabel\('((?:[^'\\]|\\.)*)'/g), match => match[1])));
        expect(texts.size).toBeGreaterThan(30);
        expect([...texts].filter(text => !(text in SPANISH_VIEW_LABELS))).toEqual([]);
    });
});
