// The preview's model patches (webview/model-patch.ts): a patch carries only the phases that
// changed, and applying it to the model it was made from gives the new model exactly.
import { describe, expect, it } from 'vitest';
import { applyModelPatch, diffModel, sameJson } from '../../language/model/model-patch.js';
import { mermaidTextOf } from '../../language/model/mermaid-text-of.js';
import { modelOf } from '../webview/models.js';
import { bigJourney } from '../webview/harness.js';

describe('model patches', () => {
    it('carry only the changed phases, and rebuild the new model from the old one', async () => {
        const source = bigJourney(50);
        const before = await modelOf(source, 'big.journey');
        const cases: [string, string, number[]][] = [
            ['a value in phase 1', source.replace('"Does thing 12"', '"Does thing twelve"'), [1]],
            ['the same text', source, []],
            ['a line added in phase 2: the later ranges move', source.replace('"Does thing 25"', '"Does thing 25"\n      pain "slow"'), [2, 3, 4]],
            ['a phase removed', source.replace(/  phase Ph4 [\s\S]*?\n  \}\n/, ''), []],
        ];
        for (const [name, text, changed] of cases) {
            const after = await modelOf(text, 'big.journey');
            const patch = diffModel(before, 7, after);
            expect(patch.base, name).toBe(7);
            expect(
                patch.journeys[0].phases.flatMap((phase, p) => (phase ? [p] : [])),
                name,
            ).toEqual(changed);
            const applied = applyModelPatch(before, patch);
            expect(applied, name).toEqual(after);
            // Unchanged phases are the old model's own objects (the grid knows them by identity).
            patch.journeys[0].phases.forEach((phase, p) => {
                if (!phase) expect(applied.journeys[0].phases[p], name).toBe(before.journeys[0].phases[p]);
            });
            // Nothing of the patch is shared with the old model: it is what crosses to the webview.
            expect(JSON.stringify(patch).length, name).toBeLessThan((JSON.stringify(after).length * (changed.length + 1)) / 5 + 2000);
            // Nor of the Mermaid diagram: the journey carries its first lines, each changed phase its section.
            const sent = JSON.stringify(patch);
            const unchanged = after.journeys[0].phases.map((_, p) => p).filter(p => !changed.includes(p));
            expect(
                unchanged.filter(p => sent.includes(`Touchpoint ${p * 10 + 5}#58; step`)),
                name,
            ).toEqual([]);
            expect(mermaidTextOf(applied.journeys[0]), name).toBe(mermaidTextOf(after.journeys[0]));
        }
    });

    it('refuse to apply to a model without the phases they keep', async () => {
        const source = bigJourney(20);
        const [one, two] = [await modelOf(bigJourney(10), 'big.journey'), await modelOf(source, 'big.journey')];
        const patch = diffModel(two, 1, await modelOf(source.replace('"Does thing 5"', '"x"'), 'big.journey'));
        expect(() => applyModelPatch(one, patch)).toThrow(/keeps phase 1 of journey 0/);
    });

    it('compare JSON deeply, ignoring a key where asked', () => {
        expect(sameJson({ a: [1, { b: 'x' }], range: 1 }, { a: [1, { b: 'x' }], range: 1 })).toBe(true);
        expect(sameJson({ a: [1, { b: 'x' }] }, { a: [1, { b: 'y' }] })).toBe(false);
        expect(sameJson({ a: 1 }, { a: 1, b: 2 })).toBe(false);
        expect(sameJson({ a: 1, c: 2 }, { a: 1, b: 2 })).toBe(false);
        expect(sameJson([1, 2], [1, 2, 3])).toBe(false);
        expect(sameJson({ t: 'x', range: { line: 1 } }, { t: 'x', range: { line: 2 } })).toBe(false);
        expect(sameJson({ t: 'x', range: { line: 1 } }, { t: 'x', range: { line: 2 } }, 'range')).toBe(true);
    });
});
