// Personas, teams and channels declared in any file resolve from every other file.
import { describe, expect, it } from 'vitest';
import type { Journey } from '../../language/generated/ast.js';
import { lintFiles, rulesOf } from '../helpers/lint.js';

const DECLARATIONS = 'persona P "Paula"\nteam T "Team"\nchannel C "Web"\n';
const JOURNEY = 'journey J "J" {\n  persona P\n  phase A "A" {\n    moment 0\n    touchpoint X "X" {\n      channel C\n      owner T\n      emotion 4\n    }\n  }\n}\n';

describe('workspace-wide scoping', () => {
    it('resolves references to declarations of another file', async () => {
        const files = await lintFiles({ 'shared.journey': DECLARATIONS, 'map.journey': JOURNEY });
        expect(files['map.journey'].diagnostics).toEqual([]);
        expect(files['shared.journey'].diagnostics).toEqual([]);
        const journey = files['map.journey'].document.parseResult.value.declarations[0] as Journey;
        expect(journey.phases[0].touchpoints[0].owners[0].ref?.title).toBe('Team');
    });

    it('reports unresolved-reference with the kind and name when nothing is declared', async () => {
        const files = await lintFiles({ 'map.journey': JOURNEY });
        const diagnostics = files['map.journey'].diagnostics;
        expect(rulesOf(diagnostics)).toEqual(['unresolved-reference', 'unresolved-reference', 'unresolved-reference']);
        expect(diagnostics.map(d => d.message).sort()).toEqual([
            'Unknown channel "C": no channel with this id is declared in the workspace.',
            'Unknown persona "P": no persona with this id is declared in the workspace.',
            'Unknown team "T": no team with this id is declared in the workspace.',
        ]);
        const teamRef = diagnostics.find(d => String(d.message).includes('team'))!;
        expect(teamRef.range).toEqual({ start: { line: 6, character: 12 }, end: { line: 6, character: 13 } });
    });

    it('reports a declaration repeated in another file as duplicate-name, once', async () => {
        const files = await lintFiles({ 'a.journey': DECLARATIONS, 'b.journey': 'team T "Again"\n' + JOURNEY });
        const all = [...files['a.journey'].diagnostics, ...files['b.journey'].diagnostics];
        expect(rulesOf(all)).toEqual(['duplicate-name']);
        expect(files['b.journey'].diagnostics[0].message).toBe('Duplicate team "T": an earlier team of the workspace has this id.');
    });

    it('counts uses from every file for unused-declaration', async () => {
        const files = await lintFiles({ 'shared.journey': DECLARATIONS + 'team Idle "Idle"\n', 'map.journey': JOURNEY });
        expect(files['shared.journey'].diagnostics.map(d => [d.code, d.severity, d.tags])).toEqual([['unused-declaration', 4, [1]]]);
    });
});
