// The map model keeps the views of phases an edit did not touch (build-map-model.ts): after
// each kind of edit the editor makes, the model must equal one built from a fresh parse of the
// same text, and the untouched phases must be the previous model's own objects.
import { describe, expect, it } from 'vitest';
import type { MapModel } from '../../language/model/map-model.js';
import { buildMapModel } from '../../language/model/build-map-model.js';
import { openInEditor, openWorkspace } from './lsp-workspace.js';

const PERSONAS = 'persona P "Paula"\n';
const MAP = [
    'team T "Team"',
    'channel C "Web"',
    'journey J "Journey" {',
    '  persona P',
    '  phase A "Arrive" {',
    '    owner T',
    '    touchpoint X "Finds the shop" { channel C emotion 4 }',
    '    touchpoint Y "Asks" { channel C emotion 2 pain "Nobody answers" }',
    '  }',
    '  phase B "Buy" {',
    '    touchpoint Z "Pays" { channel C emotion 5 }', // no owner: a finding inside B
    '  }',
    '  phase D "Done" {',
    '    owner T',
    '    // a note',
    '    touchpoint W "Leaves" { channel C emotion 3 }',
    '  }',
    '}',
    '',
].join('\n');

describe('the map model after edits', () => {
    it('equals a fresh model after each edit, keeping the views of the phases it did not touch', async () => {
        const map = await openInEditor('map.journey', MAP, { 'personas.journey': PERSONAS });
        const modelNow = () => buildMapModel(map.document);
        const phases = (model: MapModel) => model.journeys[0].phases;
        const at = (text: string) => {
            const offset = map.textDocument.getText().indexOf(text);
            if (offset < 0) throw new Error(`"${text}" is not in the text`);
            return offset;
        };
        const built: [string, string, MapModel][] = [];
        let previous = modelNow();
        expect(phases(previous)[1].touchpoints[0].findings.map(f => f.rule)).toContain('missing-owner');

        // [what, edit, indexes of the phases that must be the previous model's objects]
        const steps: [string, () => void, number[]][] = [
            ['a title typed in phase A (in place)', () => map.edit(at('shop"'), 'little '), [1, 2]],
            ['a space typed before a touchpoint of phase B (its columns move)', () => map.edit(at('    touchpoint Z'), ' '), [0, 2]],
            ['Enter typed in phase A (the later lines move)', () => map.edit(at('    touchpoint Y'), '\n'), []],
            ['a comment edited in phase D', () => map.edit(at('a note') + 2, 'short '), [0, 1]],
            ['a space typed before the touchpoint of phase D (no finding moves)', () => map.edit(at('    touchpoint W'), ' '), [0, 1]],
            // Only phase B's findings change: the file-wide suppression removes its missing-owner.
            ['the comment in phase D made a suppression', () => map.edit(at('a short note'), 'journey-lint-disable missing-owner', 'a short note'.length), [0]],
            ['a pain typed in phase A', () => map.edit(at('Nobody'), 'Really '), [1, 2]],
            ['an emotion changed in phase B (a block re-parse)', () => map.edit(at('emotion 5') + 'emotion '.length, '1', 1), [0, 2]],
            ['then a title in phase D', () => map.edit(at('Leaves"'), 'Happily '), [0, 1]],
            [
                'a touchpoint added to phase A (its block re-parsed; the later lines move)',
                () => map.edit(at('  }\n  phase B'), '    touchpoint V "Waits" { channel C emotion 1 }\n'),
                [],
            ],
            // The repeat of a name is reported in phase D, which the edit did not touch.
            [
                'a touchpoint of phase A renamed as the one of phase D (its block re-parsed)',
                () => map.edit(at('touchpoint X') + 'touchpoint '.length, 'W', 1),
                [1],
            ],
            ['the journey title (no phase changes)', () => map.edit(at('Journey"'), 'Our '), [0, 1, 2]],
        ];
        for (const [what, edit, kept] of steps) {
            edit();
            await map.build();
            const model = modelNow();
            for (let p = 0; p < 3; p++) {
                if (kept.includes(p)) expect(phases(model)[p], `${what}: phase ${p}`).toBe(phases(previous)[p]);
                else expect(phases(model)[p], `${what}: phase ${p}`).not.toBe(phases(previous)[p]);
            }
            built.push([what, map.textDocument.getText(), model]);
            if (what.includes('suppression')) expect(phases(model)[1].touchpoints[0].findings).toEqual([]);
            if (what.includes('renamed')) expect(phases(model)[2].touchpoints[0].findings.map(f => f.rule)).toContain('duplicate-name');
            previous = model;
        }
        // Compared with fresh models at the end: opening another workspace outdates everything kept.
        for (const [what, text, model] of built) {
            const fresh = buildMapModel((await openWorkspace({ 'personas.journey': PERSONAS, 'map.journey': text })).documents['map.journey']);
            expect({ ...model, version: 0 }, what).toEqual({ ...fresh, version: 0 });
        }
    });
});
