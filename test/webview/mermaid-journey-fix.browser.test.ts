// scripts/mermaid-journey-fix.mjs: the esbuild plugin that stops Mermaid's journey renderer
// copying its whole configuration once per task. The same Mermaid is bundled with and without
// it, and both draw the same journeys in headless Chromium: the drawings must be identical.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../cli/export-render.js';
import { mermaidJourneyFix, withoutCopyPerTask } from '../../scripts/mermaid-journey-fix.mjs';

const chunks = join('node_modules', 'mermaid', 'dist', 'chunks', 'mermaid.core');
const journeyChunk = join(
    chunks,
    readdirSync(chunks).find(name => /^journeyDiagram-.*\.mjs$/.test(name))!,
);

/** Mermaid bundled for the browser as the preview bundles it, as `window.mermaid`. */
async function mermaidBundle(fixed: boolean): Promise<string> {
    const result = await build({
        stdin: { contents: "import mermaid from 'mermaid'; (window as any).mermaid = mermaid;", resolveDir: process.cwd(), loader: 'ts' },
        bundle: true,
        platform: 'browser',
        format: 'iife',
        write: false,
        logLevel: 'silent',
        plugins: fixed ? [mermaidJourneyFix()] : [],
    });
    return result.outputFiles[0].text;
}

let browser: Browser;
let stock: string;
let fixed: string;
beforeAll(async () => {
    [stock, fixed] = await Promise.all([mermaidBundle(false), mermaidBundle(true)]);
    browser = await launchChromium();
}, 120_000);
afterAll(async () => {
    await browser?.close();
});

/** The SVG that `bundle`'s Mermaid draws for `text`, as the preview configures it. */
async function drawn(bundle: string, text: string): Promise<string> {
    const page = await browser.newPage();
    try {
        await page.setContent('<!doctype html><html><body></body></html>');
        await page.addScriptTag({ content: bundle });
        return await page.evaluate(async source => {
            const mermaid = (window as unknown as { mermaid: typeof import('mermaid').default }).mermaid;
            mermaid.initialize({ startOnLoad: false, securityLevel: 'loose', maxTextSize: 10_000_000, theme: 'default', journey: { useMaxWidth: false } });
            return (await mermaid.render('journey-diagram-1', source)).svg;
        }, text);
    } finally {
        await page.close();
    }
}

const journeys = {
    'sections, scores, actors and a title': [
        'journey',
        '  title Mantenimiento del auto',
        '  section Reserva',
        '    Pide turno en la web: 4: Paula, Carlos',
        '    Recibe confirmación: 5: Paula',
        '  section Taller',
        '    Espera en recepción: 2: Paula',
        '    Paga en caja: 1: Carlos, Mecánico',
        '    Retira el auto: 3',
        '  section Seguimiento',
        '    Recibe una encuesta: 3: Paula, Carlos, Mecánico',
    ].join('\n'),
    'a hundred tasks': [
        'journey',
        '  title Big',
        ...Array.from(
            { length: 100 },
            (_, i) => `${i % 10 === 0 ? `  section Phase ${i / 10}\n` : ''}    Touchpoint ${i}: ${(i % 5) + 1}: ${['Pat', 'Sam', 'Pat, Sam'][i % 3]}`,
        ),
    ].join('\n'),
};

describe('the Mermaid journey fix', () => {
    it('is applied to the journey renderer the preview bundles', () => {
        const source = readFileSync(journeyChunk, 'utf8');
        expect(source).toMatch(/updateBounds:[^]{0,120}const conf2 = getConfig\(\)\.journey;/);
        const patched = withoutCopyPerTask(source);
        expect(patched).toMatch(/updateBounds:[^]{0,120}const conf2 = this\.sequenceItems\.length > 0 \? getConfig\(\)\.journey : undefined;/);
        expect(fixed).toContain('this.sequenceItems.length > 0 ? getConfig');
        expect(stock).not.toContain('this.sequenceItems.length > 0 ? getConfig');
    });

    it('fails the build, naming itself, when a Mermaid release changed that code', () => {
        expect(() => withoutCopyPerTask('var bounds = { updateBounds: function() {} };', 'journeyDiagram-NEW.mjs')).toThrow(
            /journeyDiagram-NEW\.mjs: .*review scripts\/mermaid-journey-fix\.mjs/,
        );
    });

    for (const [name, text] of Object.entries(journeys)) {
        it(`draws ${name} exactly as Mermaid without it`, async () => {
            const [before, after] = await Promise.all([drawn(stock, text), drawn(fixed, text)]);
            const firstTask = text
                .split('\n')
                .find(line => line.startsWith('    '))!
                .trim()
                .split(':')[0];
            expect(after).toContain(`>${firstTask}<`);
            expect(after).toBe(before);
        }, 60_000);
    }
});
