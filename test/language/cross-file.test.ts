// Personas, teams and channels declared in any file resolve from every other file.
import { URI } from 'langium';
import { describe, expect, it } from 'vitest';
import type { Journey } from '../../language/generated/ast.js';
import { lintFiles, rulesOf } from '../helpers/lint.js';

const DECLARATIONS = 'persona P "Paula"\nteam T "Team"\nchannel C "Web"\n';
const JOURNEY =
    'journey J "J" {\n  persona P\n  phase A "A" {\n    moment 0\n    touchpoint X "X" {\n      channel C\n      owner T\n      emotion 4\n    }\n  }\n}\n';

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
        expect(files['b.journey'].diagnostics[0].message).toBe('Duplicate team "T": already declared in a.journey:2.');
    });

    it('in one file, the later declaration is the duplicate, however many come between; references resolve to the first', async () => {
        const between = Array.from({ length: 9 }, (_, i) => `channel c${i} "C${i}"`).join('\n');
        // The first team is declaration 1, the second declaration 11 ("@11" sorts before "@2" as text).
        const text = `persona P "Paula"\nteam T "Team"\n${between}\nteam T "Again"\n` + JOURNEY.replace('channel C', 'channel c0');
        const { 'map.journey': map } = await lintFiles({ 'map.journey': text });
        const duplicates = map.diagnostics.filter(d => d.code === 'duplicate-name');
        expect(duplicates.map(d => d.range.start.line)).toEqual([11]);
        // Its related location is the first declaration's id (a click in Problems goes there).
        expect(duplicates[0].relatedInformation).toEqual([
            {
                location: { uri: map.document.uri.toString(), range: { start: { line: 1, character: 5 }, end: { line: 1, character: 6 } } },
                message: 'the first declaration of "T"',
            },
        ]);
        const journey = map.document.parseResult.value.declarations.find(d => d.$type === 'Journey') as Journey;
        expect(journey.phases[0].touchpoints[0].owners[0].ref?.title).toBe('Team');
        // The first is used (by the touchpoint), so it gets no unused-declaration hint.
        expect(map.diagnostics.filter(d => d.code === 'unused-declaration' && d.range.start.line === 1)).toEqual([]);
    });

    it('across files, the first by file path is the original, whatever order the files were read in; it is the related location', async () => {
        for (const order of [
            ['a.journey', 'b.journey'],
            ['b.journey', 'a.journey'],
        ]) {
            const texts: Record<string, string> = { 'a.journey': DECLARATIONS, 'b.journey': 'team T "Again"\n' + JOURNEY };
            const files = await lintFiles(Object.fromEntries(order.map(name => [name, texts[name]])));
            expect(rulesOf(files['a.journey'].diagnostics), order.join()).toEqual([]);
            expect(rulesOf(files['b.journey'].diagnostics), order.join()).toEqual(['duplicate-name']);
            expect(
                files['b.journey'].diagnostics[0].relatedInformation?.map(r => [r.location.uri, r.location.range.start, r.message]),
                order.join(),
            ).toEqual([[URI.file('/workspace/a.journey').toString(), { line: 1, character: 5 }, 'the first declaration of "T"']]);
            const journey = files['b.journey'].document.parseResult.value.declarations[1] as Journey;
            expect(journey.phases[0].touchpoints[0].owners[0].ref?.title, order.join()).toBe('Team');
        }
    });

    it('points a repeated phase or touchpoint id at the first in its journey (English and Spanish)', async () => {
        const text =
            DECLARATIONS +
            JOURNEY.replace(
                '  }\n}\n',
                '  }\n  phase A "Again" {\n    moment 1\n    touchpoint X "X again" {\n      channel C\n      owner T\n      emotion 4\n    }\n  }\n}\n',
            );
        for (const [locale, first] of [
            ['en', 'the first declaration of'],
            ['es', 'la primera declaración de'],
        ] as const) {
            const { 'map.journey': map } = await lintFiles({ 'map.journey': text }, { locale });
            const duplicates = map.diagnostics.filter(d => d.code === 'duplicate-name');
            expect(duplicates.map(d => [d.range.start.line, d.relatedInformation?.map(r => [r.location.range.start, r.message])])).toEqual([
                [13, [[{ line: 5, character: 8 }, `${first} "A"`]]],
                [15, [[{ line: 7, character: 15 }, `${first} "X"`]]],
            ]);
        }
    });

    it('counts uses from every file for unused-declaration', async () => {
        const files = await lintFiles({ 'shared.journey': DECLARATIONS + 'team Idle "Idle"\n', 'map.journey': JOURNEY });
        expect(files['shared.journey'].diagnostics.map(d => [d.code, d.severity, d.tags])).toEqual([['unused-declaration', 4, [1]]]);
    });
});
