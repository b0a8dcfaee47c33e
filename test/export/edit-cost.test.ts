// What an edit costs the canvas (docs/performance.md, "The canvas rows"): the passes over the
// whole journey that run on every update (the columns, the persona filter's personas, the
// persona colours, the visible lanes, the curve's lines) read again only the phases the model
// patch brought anew, and the curve's points are read for the drawn columns only. Counted, not
// timed; and what they give equals the same passes made from scratch.
import { describe, expect, it } from 'vitest';
import { curveLinesOf, curveSeries, curveSeriesAround, curveView } from '../../language/export/emotion-curve.js';
import { COLUMN_WIDTH, gridColumns, visibleLanes } from '../../language/export/map-view.js';
import { personaColours } from '../../language/export/persona-colours.js';
import type { JourneyView, PhaseView, TouchpointView } from '../../language/model/map-model.js';
import { applyModelPatch, diffModel } from '../../language/model/model-patch.js';
import { journeyForPersona, personasOf } from '../../language/model/persona-filter.js';
import { modelOf } from '../webview/models.js';

const PHASES = 40;
const PER_PHASE = 5;

/** Two personas; from phase 3 on Quinn has emotions of her own, so the curve has a line per persona. */
function journeyText(edited = ''): string {
    const lines = ['team Ops "Operations"', 'persona Pat "Pat"', 'persona Quinn "Quinn"', '', 'journey Big "Big journey" {', '  persona Pat, Quinn'];
    for (let p = 0; p < PHASES; p++) {
        lines.push(`  phase Ph${p} "Phase ${p}" {`);
        for (let t = p * PER_PHASE; t < (p + 1) * PER_PHASE; t++) {
            lines.push(`    touchpoint T${t} "Touchpoint ${t}${t === 101 ? edited : ''}" {`, '      owner Ops', `      emotion ${(t % 5) + 1} "shared ${t}"`);
            if (p >= 3 && t % 2 === 0) lines.push(`      emotion Quinn ${((t + 2) % 5) + 1} "Quinn ${t}"`);
            if (p === 30) lines.push('      kpi "Wait" { current 3  target 1 }');
            lines.push('    }');
        }
        lines.push('  }');
    }
    lines.push('}');
    return lines.join('\n');
}

/** Counts the reads of each phase's touchpoints (by index or by iteration). */
function countReads(phases: PhaseView[]): Map<PhaseView, number> {
    const reads = new Map<PhaseView, number>();
    for (const phase of phases) {
        reads.set(phase, 0);
        const touchpoints = phase.touchpoints;
        Object.defineProperty(phase, 'touchpoints', {
            enumerable: true,
            get: () =>
                new Proxy(touchpoints, {
                    get(target, key, receiver) {
                        if (typeof key === 'string' && /^\d+$/.test(key)) reads.set(phase, reads.get(phase)! + 1);
                        return Reflect.get(target, key, receiver);
                    },
                }),
        });
    }
    return reads;
}

/** What the canvas works out over the whole journey on each update (the persona filter on: the journey as Quinn lives it). */
function journeyPasses(journey: JourneyView) {
    return {
        personas: personasOf(journey),
        quinns: journeyForPersona(journey, 'Quinn'),
        columns: gridColumns(journey).map(column => `${column.p}.${column.t} ${column.touchpoint?.id ?? column.phase.id}`),
        colours: [...personaColours(journey)],
        lanes: visibleLanes(journey.phases, { showEmptyLanes: false, presentation: false }),
        presentationLanes: visibleLanes(journey.phases, { showEmptyLanes: false, presentation: true }),
        lines: curveLinesOf(journey.phases),
    };
}

describe('an edit of one touchpoint', () => {
    it('reads again only the phase it changed; the results equal the passes made from scratch', async () => {
        const before = await modelOf(journeyText(), 'big.journey');
        const reads = countReads(before.journeys[0].phases);
        const quinns = journeyPasses(before.journeys[0]).quinns;
        expect(Math.min(...reads.values())).toBeGreaterThan(0);

        const after = await modelOf(journeyText(' renamed'), 'big.journey');
        const patched = applyModelPatch(before, diffModel(before, 1, after));
        const edited = patched.journeys[0].phases[20];
        expect(reads.has(edited)).toBe(false);
        reads.forEach((_, phase) => reads.set(phase, 0));
        const passes = journeyPasses(patched.journeys[0]);
        expect([...reads.values()].filter(count => count > 0)).toEqual([]);
        // The filtered views of the unchanged phases are the same objects: the canvas keeps their cells.
        expect(passes.quinns.phases.flatMap((phase, p) => (phase === quinns.phases[p] ? [] : [p]))).toEqual([20]);

        const fresh = journeyPasses((await modelOf(journeyText(' renamed'), 'big.journey')).journeys[0]);
        expect(passes).toEqual(fresh);
        expect(passes.lines.map(line => line.persona?.id)).toEqual(['Pat', 'Quinn']);
        expect(passes.lanes).toContain('kpis');
    });

    it("reads the curve's points of the drawn columns and one on either side, and draws them as the whole curve does", async () => {
        const journey = (await modelOf(journeyText(), 'big.journey')).journeys[0];
        const columns = gridColumns(journey);
        const all = curveSeries(columns.map(column => column.touchpoint));
        const lines = curveLinesOf(journey.phases);
        for (const [from, to] of [
            [0, 12],
            [60, 75],
            [185, 200],
            [0, 200],
        ]) {
            const read: number[] = [];
            const touchpointAt = (index: number): TouchpointView | undefined => {
                read.push(index);
                return columns[index].touchpoint;
            };
            const windowed = curveSeriesAround(lines, columns.length, from, to, touchpointAt);
            expect(Math.min(...read)).toBe(Math.max(0, from - 1));
            expect(Math.max(...read)).toBe(Math.min(columns.length, to + 1) - 1);
            expect(curveView(windowed, from, to, COLUMN_WIDTH, () => undefined)).toEqual(curveView(all, from, to, COLUMN_WIDTH, () => undefined));
        }
    });
});
