// The journey-map canvas as a user sees it: its lanes, its sticky
// header and lane names, its phase bands, its table for screen readers, and the emotion curve
// (points at column centres, gaps, a line per persona with a legend, live edits in place).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { exampleModel, modelOf } from './models.js';
import { bigJourney, openPreview, startBrowser, type Preview } from './harness.js';

let browser: Browser;
beforeAll(async () => {
    browser = await startBrowser();
}, 120_000);
afterAll(async () => {
    await browser?.close();
});

const taller = () => readFileSync('examples/taller.journey', 'utf8');
/** Within the borders' pixel. */
const near = (actual: number, expected: number) => expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1.5);
const laneNames = (preview: Preview) => preview.text('.grid-host tbody th.row-label');
/** The centre of each drawn face, and of each touchpoint's header, in page pixels. */
const faceCentres = (preview: Preview) =>
    preview.page.$$eval('svg.emotion-curve circle.face', nodes =>
        nodes.map(node => {
            const box = node.getBoundingClientRect();
            return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
        }),
    );
const columnCentres = (preview: Preview) =>
    preview.page.$$eval('th.touchpoint', nodes =>
        nodes.map(node => {
            const box = node.getBoundingClientRect();
            return box.x + box.width / 2;
        }),
    );

describe('the canvas', () => {
    it('shows the lanes with something in them, hides the empty ones, and draws a real table', async () => {
        const preview = await openPreview(browser);
        await preview.show(await modelOf(bigJourney(30), 'big.journey'));
        expect(await laneNames(preview)).toEqual(['Personas', 'Channel', 'Owner', 'Customer action', 'Emotion', 'Opportunities']);
        await preview.show(await exampleModel('taller.journey'));
        // Taller has no thought: that lane is hidden; the backstage written once keeps its lane.
        expect(await laneNames(preview)).toEqual([
            'Personas',
            'Channel',
            'Owner',
            'Customer action',
            'Backstage',
            'Emotion',
            'Pains',
            'Gaps',
            'Opportunities',
            'KPIs',
            'Moment of truth',
        ]);
        // What a screen reader gets: a table named after the journey, lanes as row headers, cells.
        const table = await preview.page.locator('.grid-host table').ariaSnapshot();
        expect(table).toMatch(/^- table "Mantenimiento programado del auto"/);
        expect(table).toContain('- rowheader "Owner"');
        expect(table).toContain('- columnheader "Agenda la cita high impact"');
        expect(table).toContain('- cell "Central telefónica"');
        // The curve's text alternative: each touchpoint's emotion, as text, in its cell.
        expect(table).toContain('- cell "emotion 3 of 5 3 indiferente"');
        expect(preview.pageErrors).toEqual([]);
    });

    it("colours each phase's band across every lane, and tells neighbouring phases apart", async () => {
        const preview = await openPreview(browser);
        await preview.show(await exampleModel('taller.journey'));
        const backgrounds = (selector: string) => preview.page.$$eval(selector, nodes => nodes.map(node => getComputedStyle(node).backgroundImage));
        const first = await backgrounds('td.cell[data-key^="t0."]');
        const second = await backgrounds('td.cell[data-key^="t1."]');
        expect(new Set(first).size).toBe(1);
        expect(new Set(second).size).toBe(1);
        expect(first[0]).not.toBe(second[0]);
        expect(first[0]).toMatch(/rgba/);
        for (const theme of ['vscode-dark', 'vscode-high-contrast']) {
            await preview.page.evaluate(name => {
                document.body.className = `journey-webview ${name}`;
            }, theme);
            const edges = await preview.page.$$eval('th.phase', nodes => nodes.map(node => getComputedStyle(node).boxShadow));
            expect(new Set(edges).size, theme).toBe(edges.length);
        }
    });

    it('keeps the lane names on the left and the phase and touchpoint header on top while scrolling', async () => {
        const preview = await openPreview(browser);
        await preview.page.setViewportSize({ width: 900, height: 500 });
        await preview.show(await modelOf(bigJourney(300), 'big.journey'));
        const host = await preview.page.$eval('.grid-host', node => {
            const box = node.getBoundingClientRect();
            return { x: box.x, y: box.y };
        });
        await preview.page.$eval('.grid-host', node => {
            node.scrollLeft = 3000;
            node.scrollTop = 300;
        });
        await preview.page.waitForFunction(() =>
            Array.from(document.querySelectorAll('th.touchpoint')).some(node => node.textContent?.includes('Touchpoint 20: step')),
        );
        const at = (selector: string) =>
            preview.page.$eval(selector, node => {
                const box = node.getBoundingClientRect();
                return { x: box.x, y: box.y, bottom: box.bottom };
            });
        const owner = await at('tbody th.row-label');
        near(owner.x, host.x + 1);
        const phaseLabel = await at('.phase-row th.row-label');
        near(phaseLabel.y, host.y + 1);
        // The visible touchpoint headers sit right under the phase row, at the top of the box.
        const phaseBottom = (await at('.phase-row th.row-label')).bottom;
        const touchpoints = await preview.page.$$eval('th.touchpoint', nodes =>
            nodes
                .map(node => node.getBoundingClientRect())
                .filter(box => box.x > 200 && box.x < 800)
                .map(box => box.y),
        );
        expect(touchpoints.length).toBeGreaterThan(0);
        for (const y of touchpoints) near(y, phaseBottom);
        // The phase's title stays in sight too.
        const phaseTitle = await preview.page.$$eval('th.phase .phase-heading', nodes =>
            nodes
                .map(node => node.getBoundingClientRect())
                .filter(box => box.right > 150 && box.x < 900)
                .map(box => box.y),
        );
        for (const y of phaseTitle) expect(y).toBeGreaterThanOrEqual(host.y);
        expect(preview.pageErrors).toEqual([]);
    }, 60_000);
});

describe('the emotion curve', () => {
    it("puts a face at the centre of each touchpoint's column, higher for a happier score, and leaves a gap without emotion", async () => {
        const model = await exampleModel('taller.journey');
        const preview = await openPreview(browser);
        await preview.show(model);
        const touchpoints = model.journeys[0].phases.flatMap(phase => phase.touchpoints);
        const scored = touchpoints.map((touchpoint, index) => ({ index, score: touchpoint.emotion?.score })).filter(each => each.score !== undefined);
        // Taller's last touchpoint has no emotion: a gap, not a point at 3.
        expect(touchpoints.at(-1)!.emotion).toBeUndefined();
        const faces = await faceCentres(preview);
        const columns = await columnCentres(preview);
        expect(faces.length).toBe(scored.length);
        faces.forEach((face, i) => expect(face.x).toBeCloseTo(columns[scored[i].index], 0));
        const byScore = (score: number) => faces.filter((_, i) => scored[i].score === score).map(face => face.y);
        expect(Math.max(...byScore(5))).toBeLessThan(Math.min(...byScore(4)));
        expect(Math.max(...byScore(2))).toBeLessThan(Math.min(...byScore(1)));
        expect(await preview.page.$$eval('svg.emotion-curve text.curve-label', nodes => nodes.map(node => node.textContent))).toEqual(
            scored.map(each => touchpoints[each.index].emotion!.label),
        );
        // One line, which stops at the gap: a second piece only when a point follows the gap.
        const d = await preview.page.$eval('svg.emotion-curve path.curve-line', node => node.getAttribute('d') ?? '');
        expect(d.match(/M/g)).toHaveLength(1);
        const gapInside = await modelOf(taller().replace('emotion 2 "infeliz"\n      pain "Seis', 'pain "Seis'), 'taller.journey');
        await preview.show(gapInside);
        const split = await preview.page.$eval('svg.emotion-curve path.curve-line', node => node.getAttribute('d') ?? '');
        expect(split.match(/M/g)).toHaveLength(2);
        expect(preview.pageErrors).toEqual([]);
    });

    it('follows an emotion edit in place: the line moves, the drawing stays', async () => {
        const preview = await openPreview(browser);
        await preview.show(await exampleModel('taller.journey'));
        await preview.page.evaluate(() => {
            (document.querySelector('svg.emotion-curve') as unknown as { __mark: number }).__mark = 1;
        });
        const before = await faceCentres(preview);
        const d = await preview.page.$eval('svg.emotion-curve path.curve-line', node => node.getAttribute('d'));
        await preview.show(await modelOf(taller().replace('emotion 3 "indiferente"', 'emotion 5 "encantada"'), 'taller.journey'));
        expect(await preview.page.evaluate(() => (document.querySelector('svg.emotion-curve') as unknown as { __mark?: number }).__mark)).toBe(1);
        const after = await faceCentres(preview);
        expect(after[0].x).toBeCloseTo(before[0].x, 0);
        expect(after[0].y).toBeLessThan(before[0].y);
        expect(after.slice(1)).toEqual(before.slice(1));
        expect(await preview.page.$eval('svg.emotion-curve path.curve-line', node => node.getAttribute('d'))).not.toBe(d);
        expect((await preview.page.$$eval('svg.emotion-curve text.curve-label', nodes => nodes.map(node => node.textContent)))[0]).toBe('encantada');
    });

    it("draws one line per persona in the persona's colour, with a legend; the persona filter shows one line", async () => {
        const model = await exampleModel('farmacia/actual.journey', 'farmacia/futuro.journey');
        const preview = await openPreview(browser);
        await preview.show(model);
        const lines = () =>
            preview.page.$$eval('svg.emotion-curve path.curve-line', nodes =>
                nodes.map(node => ({ persona: node.getAttribute('data-persona'), stroke: getComputedStyle(node).stroke })),
            );
        const drawn = await lines();
        expect(drawn.map(line => line.persona).sort()).toEqual(['Luis', 'Marta']);
        expect(drawn[0].stroke).not.toBe(drawn[1].stroke);
        const legend = await preview.page.$$eval('tr.row-emotion .curve-legend-entry', nodes =>
            nodes.map(node => ({ name: node.textContent, swatch: getComputedStyle(node.querySelector('.curve-swatch')!).backgroundColor })),
        );
        expect(legend.map(entry => entry.name).sort()).toEqual(['Luis, 34, padre primerizo', 'Marta, 58, diabética']);
        // Each legend swatch is its line's colour.
        for (const line of drawn) {
            const title = line.persona === 'Luis' ? 'Luis, 34, padre primerizo' : 'Marta, 58, diabética';
            expect(legend.find(entry => entry.name === title)!.swatch).toBe(line.stroke);
        }
        await preview.page.selectOption('select.persona-filter', 'Marta');
        expect((await lines()).map(line => line.persona)).toEqual(['Marta']);
        expect(preview.pageErrors).toEqual([]);
    });

    it('is windowed with the columns at 10,000 touchpoints', async () => {
        const preview = await openPreview(browser);
        await preview.show(await modelOf(bigJourney(10_000), 'big.journey'));
        const faces = await faceCentres(preview);
        const columns = await columnCentres(preview);
        expect(faces.length).toBe(columns.length);
        expect(faces.length).toBeLessThan(60);
        faces.forEach((face, i) => expect(face.x).toBeCloseTo(columns[i], 0));
        await preview.page.$eval('.grid-host', host => {
            host.scrollLeft = host.scrollWidth;
        });
        await preview.page.waitForFunction(() =>
            Array.from(document.querySelectorAll('th.touchpoint')).some(node => node.textContent?.includes('Touchpoint 9999: step')),
        );
        const end = await faceCentres(preview);
        const endColumns = await columnCentres(preview);
        expect(end.length).toBe(endColumns.length);
        expect(end.at(-1)!.x).toBeCloseTo(endColumns.at(-1)!, 0);
    }, 120_000);
});
