// Presentation mode and labels in the map's language (item 6), as a user
// sees them in the preview.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { exampleModel, modelOf } from './models.js';
import { openPreview, startBrowser, type Preview } from './harness.js';
import { DEFAULT_PREVIEW_SETTINGS, type PreviewSettings } from '../../webview/protocol.js';

let browser: Browser;
beforeAll(async () => {
    browser = await startBrowser();
}, 120_000);
afterAll(async () => {
    await browser?.close();
});

const laneNames = (preview: Preview) => preview.text('.grid-host tbody th.row-label');
const visibleCount = (preview: Preview, selector: string) =>
    preview.page.$$eval(selector, nodes => nodes.filter(node => (node as HTMLElement).offsetParent !== null).length);
const settings = (preview: Preview, changes: Partial<PreviewSettings>) =>
    preview.send({ type: 'settings', settings: { ...DEFAULT_PREVIEW_SETTINGS, ...changes } });

// Nobody owns these touchpoints, no channel reaches them, a low emotion has no pain: the owner,
// channel and pains lanes hold only findings.
const unowned = [
    'persona P "Pat"',
    'journey J "Unowned" {',
    '  persona P',
    '  phase A "Arrive" {',
    '    moment 0',
    '    touchpoint X "Ask" { action "Asks" emotion 2 "lost" }',
    '    touchpoint Y "Leave" { action "Leaves" emotion 4 "fine" }',
    '  }',
    '}',
].join('\n');

describe('presentation mode', () => {
    it('the toolbar toggle hides the findings and the summary and collapses the lanes only findings kept; the first view is the working one', async () => {
        const preview = await openPreview(browser);
        await preview.show(await modelOf(unowned));
        expect(await laneNames(preview)).toEqual(['Personas', 'Channel', 'Owner', 'Customer action', 'Emotion', 'Pains']);
        expect(await visibleCount(preview, '.finding-mark')).toBeGreaterThan(0);
        expect(await visibleCount(preview, '.summary')).toBe(1);
        expect(await preview.page.getAttribute('.presentation-toggle', 'aria-pressed')).toBe('false');
        await preview.page.click('.presentation-toggle');
        expect(await preview.page.getAttribute('.presentation-toggle', 'aria-pressed')).toBe('true');
        expect(await visibleCount(preview, '.finding-mark')).toBe(0);
        expect(await visibleCount(preview, '.summary')).toBe(0);
        expect(await laneNames(preview)).toEqual(['Personas', 'Customer action', 'Emotion']);
        // Kept per preview, across updates and in its saved state.
        await preview.show(await modelOf(unowned.replace('"Asks"', '"Asks again"')));
        expect(await visibleCount(preview, '.summary')).toBe(0);
        expect(await preview.page.evaluate(() => (window as unknown as { __state: { presentation?: boolean } }).__state.presentation)).toBe(true);
        await preview.page.click('.presentation-toggle');
        expect(await visibleCount(preview, '.summary')).toBe(1);
        expect(await laneNames(preview)).toContain('Owner');
        // Findings on gaps, opportunities and KPIs (taller has some) go too.
        await preview.show(await exampleModel('taller.journey'));
        expect(await visibleCount(preview, '.items .finding-mark')).toBe(2);
        await preview.page.click('.presentation-toggle');
        expect(await visibleCount(preview, '.finding-mark')).toBe(0);
        expect(preview.pageErrors).toEqual([]);
    });

    it('follows the settings: presentation by default, and empty lanes shown on request', async () => {
        const preview = await openPreview(browser);
        await settings(preview, { presentation: true });
        await preview.show(await modelOf(unowned));
        expect(await visibleCount(preview, '.summary')).toBe(0);
        await settings(preview, { showEmptyLanes: true });
        expect(await visibleCount(preview, '.summary')).toBe(1);
        expect(await laneNames(preview)).toEqual([
            'Personas',
            'Channel',
            'Owner',
            'Customer action',
            'Backstage',
            'Thought',
            'Emotion',
            'Pains',
            'Gaps',
            'Opportunities',
            'KPIs',
            'Moment of truth',
        ]);
        // A restored preview keeps its own toggle.
        const restored = await openPreview(browser, { state: { uri: 'x', presentation: true } });
        await restored.show(await modelOf(unowned));
        expect(await visibleCount(restored, '.summary')).toBe(0);
    });
});

describe("labels in the map's language", () => {
    it('labels a Spanish map in Spanish under an English UI; the toolbar stays English; the setting overrides', async () => {
        const preview = await openPreview(browser, { language: 'en' });
        const seguro = await exampleModel('seguro.journey');
        expect(seguro.locale).toBe('en');
        await preview.show(seguro);
        expect(await laneNames(preview)).toContain('Responsable');
        expect(await laneNames(preview)).toContain('Acción del cliente');
        expect(await preview.text('.phase-row th.row-label')).toEqual(['Fase']);
        expect((await preview.text('th.phase .phase-moment'))[0]).toBe(' · momento 0');
        expect(await preview.text('.tool-label')).toEqual(['Export:']);
        expect(await preview.text('.presentation-toggle')).toEqual(['Presentation']);
        await settings(preview, { labelLanguage: 'en' });
        expect(await laneNames(preview)).toContain('Owner');
        expect(await preview.text('.phase-row th.row-label')).toEqual(['Phase']);
        // An English map under a Spanish UI: English labels, Spanish toolbar.
        const spanishUi = await openPreview(browser, { language: 'es' });
        await spanishUi.show({ ...(await exampleModel('taller.journey')), locale: 'es' });
        expect(await laneNames(spanishUi)).toContain('Owner');
        expect(await spanishUi.text('.tool-label')).toEqual(['Exportar:']);
        expect(await spanishUi.text('.presentation-toggle')).toEqual(['Presentación']);
        expect(preview.pageErrors).toEqual([]);
    });
});
