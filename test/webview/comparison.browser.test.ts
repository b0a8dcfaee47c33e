// Comparison mode of the preview (issue 26, item 4): the canvas marks the cells that changed
// (added, removed, changed, with a legend), draws the older emotion curve dashed under the newer
// one per persona, lists the changes in `journey diff`'s words and the removed steps; a click on
// a change asks the editor to reveal it; a new model updates the comparison; leaving it clears it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { modelOf, modelsOf } from './models.js';
import { openPreview, startBrowser } from './harness.js';

let browser: Browser;
beforeAll(async () => {
    browser = await startBrowser();
}, 120_000);
afterAll(async () => {
    await browser?.close();
});

const version = (emotion: number, extra = '') => `persona Ana "Ana"
persona Bo "Bo"
team Desk "Front desk"
journey Visit "A visit" {
  persona Ana, Bo
  phase Arrive "Arrive" {
    owner Desk
    touchpoint Door "Walks in" {
      emotion Ana ${emotion} "so so"
      emotion Bo 4 "fine"
    }
${extra}  }
}
`;
const waitLine = `    touchpoint Wait "Waits" {
      emotion Ana 2 "bored"
      emotion Bo 2 "bored"
      pain "Nobody says how long"
    }
`;

describe('comparison mode', () => {
    it('marks the changed cells, draws both curves per persona and lists the changes', async () => {
        const preview = await openPreview(browser);
        const [before] = await modelsOf([version(2, waitLine)], ['visit.journey']);
        const after = await modelOf(
            version(5).replace('    owner Desk\n', '    owner Desk\n    touchpoint Desk "Checks in" {\n      emotion 4 "ok"\n    }\n'),
            'visit.journey',
        );
        await preview.show(after);
        expect(await preview.page.locator('.comparison-panel').isHidden()).toBe(true);
        await preview.send({ type: 'comparison', comparison: { before, label: 'HEAD', kind: 'version' } });

        expect(await preview.text('.comparison-title')).toEqual(['Comparing with HEAD']);
        expect(await preview.text('.comparison-legend .legend-entry')).toEqual(['Added', 'Removed', 'Changed', 'Before (dashed)', 'After (solid)']);
        // The new step's column is marked added; Door's emotion changed.
        expect(await preview.page.locator('th.touchpoint.change-added').textContent()).toContain('Checks in');
        expect(await preview.page.locator('td.cell-emotion.change-changed').count()).toBe(1);
        // Nothing else changed: no other header or owner is marked.
        expect(await preview.page.locator('th.touchpoint.change-changed, td.cell-owner.change-changed').count()).toBe(0);
        // The removed step is listed (struck), and the changes read as journey diff writes them.
        expect(await preview.text('.removed-step')).toEqual(['Waits (Wait)']);
        const changes = await preview.text('.change-list .change');
        expect(changes).toContain('emotion of Ana at Door: 2 → 5 (+3)');
        expect(changes).toContain('step Wait “Waits” removed from phase Arrive');
        expect(changes).toContain('step Desk “Checks in” added in phase Arrive');
        // Both curves, per persona: the older lines dashed (curve-before), one for each persona.
        const lines = await preview.page.$$eval('svg.emotion-curve path.curve-line', paths =>
            paths.map(path => ({
                version: path.getAttribute('data-version'),
                persona: path.getAttribute('data-persona'),
                dashed: getComputedStyle(path).strokeDasharray,
            })),
        );
        expect(
            lines
                .filter(line => line.version === 'before')
                .map(line => line.persona)
                .sort(),
        ).toEqual(['Ana', 'Bo']);
        expect(
            lines
                .filter(line => line.version === 'after')
                .map(line => line.persona)
                .sort(),
        ).toEqual(['Ana', 'Bo']);
        for (const line of lines) expect(line.dashed === 'none', JSON.stringify(line)).toBe(line.version === 'after');

        // A click on a change asks the editor to reveal its step.
        await preview.page.locator('.change-list .change', { hasText: 'emotion of Ana at Door' }).click();
        const reveal = (await preview.posted()).filter(message => message.type === 'reveal').pop();
        const door = after.journeys[0].phases[0].touchpoints.find(touchpoint => touchpoint.id === 'Door')!;
        expect(reveal).toMatchObject({ type: 'reveal', range: door.range });
        expect(preview.pageErrors).toEqual([]);
    }, 60_000);

    it('follows the document: an edit updates the marks and the list; leaving clears them', async () => {
        const preview = await openPreview(browser);
        const [before] = await modelsOf([version(2)], ['visit.journey']);
        await preview.show(await modelOf(version(2), 'visit.journey'));
        await preview.send({ type: 'comparison', comparison: { before, label: 'main', kind: 'version' } });
        expect(await preview.text('.comparison-summary')).toEqual(['no change']);
        expect(await preview.page.locator('.grid-host [class*="change-"]').count()).toBe(0);

        await preview.show(
            await modelOf(version(3).replace('      emotion Bo 4 "fine"\n', '      emotion Bo 4 "fine"\n      pain "The door sticks"\n'), 'visit.journey'),
        );
        expect(await preview.page.locator('td.cell-emotion.change-changed').count()).toBe(1);
        expect(await preview.page.locator('td.cell-pains.change-added').count()).toBe(1);
        expect(await preview.text('.change-list .change')).toEqual(['emotion of Ana at Door: 2 → 3 (+1)', 'pain added at Door: “The door sticks”']);

        await preview.page.locator('button.leave-comparison').click();
        expect((await preview.posted()).some(message => message.type === 'leaveComparison')).toBe(true);
        await preview.send({ type: 'comparison', comparison: undefined });
        // The message is handled in the page's next task: wait for the panel to go.
        await preview.page.locator('.comparison-panel').waitFor({ state: 'hidden', timeout: 10_000 });
        expect(await preview.page.locator('.grid-host [class*="change-"]').count()).toBe(0);
        expect(await preview.page.locator('path.curve-before').count()).toBe(0);
    }, 60_000);

    it("offers the future state's comparison with its current state one toggle away (farmacia)", async () => {
        const preview = await openPreview(browser);
        const read = (name: string) => readFileSync(`examples/farmacia/${name}`, 'utf8');
        const [actual, futuro] = await modelsOf([read('actual.journey'), read('futuro.journey')], ['actual.journey', 'futuro.journey']);
        await preview.show(futuro);
        const toggle = preview.page.locator('button.current-state-toggle');
        expect(await toggle.textContent()).toBe('Compare with current state');
        expect(await toggle.getAttribute('aria-pressed')).toBe('false');
        await toggle.click();
        expect((await preview.posted()).filter(message => message.type === 'compareWithCurrentState').pop()).toEqual({
            type: 'compareWithCurrentState',
            on: true,
            journeyId: 'ReposicionFutura',
        });
        await preview.send({ type: 'comparison', comparison: { before: actual, label: 'Reposicion', kind: 'current-state' } });
        expect(await toggle.getAttribute('aria-pressed')).toBe('true');
        expect(await preview.text('.comparison-title')).toEqual(['Comparando con Reposicion']);
        expect(await preview.text('.comparison-summary')).toEqual([expect.stringContaining('emoción media 2,6 → 3,4')]);
        const changes = await preview.text('.change-list .change');
        expect(changes).toContain('emoción de Marta en Pedido: 2 → 4 (+2)');
        expect(changes).toContain(
            'hallazgo nuevo: unimproved-pain “Touchpoint "Recibe la nevera" keeps the pain it has in "Reponer una receta en línea": the same pains, and no persona feels better.”',
        );
        expect(await preview.page.locator('td.cell-emotion.change-changed').count()).toBeGreaterThanOrEqual(3);
        expect(await preview.page.locator('path.curve-before').count()).toBeGreaterThan(0);
        // Off again: the map alone.
        await toggle.click();
        await preview.page.locator('.comparison-panel').waitFor({ state: 'hidden', timeout: 10_000 });
        expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    }, 60_000);
});
