// duplicate-name points at the first declaration (its related location), and the location follows
// the text through edits patched in place, as the finding itself does (language/lint/remembered-findings.ts).
import { describe, expect, it } from 'vitest';
import { diagnosticsOf, openInEditor } from './lsp-workspace.js';

const MAP = `persona P "Paula"
team T "Team"
channel C "Web"
journey J {
  persona P
  phase A {
    moment 0
    touchpoint X "First" {
      channel C
      owner T
      emotion 4
    }
    touchpoint X "Second" {
      channel C
      owner T
      emotion 4
    }
  }
}
`;

type OpenMap = Awaited<ReturnType<typeof openInEditor>>;

/** Each duplicate-name finding (on `id` when given): its line, and the text and place of its related location. */
function duplicatesIn(map: OpenMap, id?: string): { line: number; first: string[] }[] {
    return (map.document.diagnostics ?? [])
        .filter(d => d.code === 'duplicate-name' && (id === undefined || map.textDocument.getText(d.range) === id))
        .map(d => ({
            line: d.range.start.line,
            first: (d.relatedInformation ?? []).map(
                r => `${map.textDocument.getText(r.location.range)}@${r.location.range.start.line}:${r.location.range.start.character}`,
            ),
        }));
}

describe('duplicate-name', () => {
    it('links the repeat to the first declaration, through edits that move one or both', async () => {
        const map = await openInEditor('map.journey', MAP);
        const duplicates = () => duplicatesIn(map);
        expect(duplicates()).toEqual([{ line: 12, first: ['X@7:15'] }]);

        // A blank line between them (whitespace, patched in place): only the repeat moves.
        map.edit(map.textDocument.getText().indexOf('    touchpoint X "Second"'), '\n');
        await map.build();
        expect(duplicates()).toEqual([{ line: 13, first: ['X@7:15'] }]);

        // Two lines above both, and a longer title before the first's id on its line: both move.
        map.edit(map.textDocument.getText().indexOf('journey J'), '\n\n');
        await map.build();
        map.edit(map.textDocument.getText().indexOf('First'), 'Very ');
        await map.build();
        expect(duplicates()).toEqual([{ line: 15, first: ['X@9:15'] }]);
        expect(map.textDocument.getText().split('\n')[9]).toBe('    touchpoint X "Very First" {');
    });

    it('links a repeated team to the first one in the file, through edits that move one or both', async () => {
        const map = await openInEditor('teams.journey', 'team T "Team"\nchannel C "Web"\nteam T "Again"\n' + MAP.replace('team T "Team"\n', ''));
        const duplicates = () => duplicatesIn(map, 'T');
        expect(duplicates()).toEqual([{ line: 2, first: ['T@0:5'] }]);
        // Lines added between them: the repeat moves, the first stays.
        map.edit(map.textDocument.getText().indexOf('team T "Again"'), '\n\n');
        await map.build();
        expect(duplicates()).toEqual([{ line: 4, first: ['T@0:5'] }]);
        // A line added above both: both move.
        map.edit(0, '\n');
        await map.build();
        expect(duplicates()).toEqual([{ line: 5, first: ['T@1:5'] }]);
    });

    it('names the other file and line of the first declaration, and follows that file as its lines move', async () => {
        const shared = await openInEditor('shared/teams.journey', 'team T "Team"\njourney J "Original" {\n}\n', {
            'web/map.journey': MAP.replace('touchpoint X "Second"', 'touchpoint Y "Second"').replace('journey J', 'journey Web'),
            'web/copy.journey': 'journey J "Copy" {\n}\n',
        });
        const repeats = (name: string) =>
            diagnosticsOf(shared.workspace, name)
                .filter(d => d.code === 'duplicate-name')
                .map(d => ({
                    message: d.message,
                    related: (d.relatedInformation ?? []).map(r => `${r.location.uri}@${r.location.range.start.line}:${r.location.range.start.character}`),
                }));
        const uri = shared.workspace.uri('shared/teams.journey');
        const expectLines = (team: number, journey: number) => {
            expect(repeats('web/map.journey')).toEqual([
                { message: `Duplicate team "T": already declared in shared/teams.journey:${team + 1}.`, related: [`${uri}@${team}:5`] },
            ]);
            expect(repeats('web/copy.journey')).toEqual([
                { message: `Duplicate journey "J": already declared in shared/teams.journey:${journey + 1}.`, related: [`${uri}@${journey}:8`] },
            ]);
        };
        expectLines(0, 1);

        // Lines added above them in a comment (patched in place), then a declaration above them (parsed anew).
        shared.edit(0, '// Our teams\n// shared by every map\n');
        await shared.build();
        expectLines(2, 3);
        shared.edit(0, 'channel Phone "Phone"\n\n');
        await shared.build();
        expectLines(4, 5);
        // A line between the two: only the journey moves.
        shared.edit(shared.textDocument.getText().indexOf('journey J'), '\n');
        await shared.build();
        expectLines(4, 6);
    });
});
