// A suppression comment that names no rule (language/lint/suppressions.ts): the warning follows
// the text through edits in place, and "Change to …" puts the rule id it was meant to be.
import { describe, expect, it } from 'vitest';
import { applyTextEdits, openInEditor } from './lsp-workspace.js';

const MAP = `team Ops "Operations" // journey-lint-disable unused-declaraton
journey J {
  phase P {
    moment 0
  }
}
`;

describe('unknown rule ids in suppression comments', () => {
    it('are found where they are after edits on their line and in the comment, and fixed by "Change to …"', async () => {
        const map = await openInEditor('map.journey', MAP);
        const unknown = () =>
            (map.document.diagnostics ?? []).filter(d => d.code === 'unknown-rule').map(d => map.textDocument.getText(d.range) + '@' + d.range.start.character);
        expect(unknown()).toEqual(['unused-declaraton@46']);

        // A string before the comment grows (patched in place), twice: the warning moves with the id.
        map.edit(map.textDocument.getText().indexOf('Operations'), 'Sales ');
        await map.build();
        expect(unknown()).toEqual(['unused-declaraton@52']);
        map.edit(map.textDocument.getText().indexOf('Operations'), 'and ');
        await map.build();
        expect(unknown()).toEqual(['unused-declaraton@56']);

        // The id is corrected letter by letter inside the comment.
        map.edit(map.textDocument.getText().indexOf('declaraton') + 'declarat'.length, 'i');
        await map.build();
        expect(unknown()).toEqual([]);
        map.edit(map.textDocument.getText().indexOf('declaration'), 'x', 1);
        await map.build();
        expect(unknown()).toEqual(['unused-xeclaration@56']);

        // The quick fix offers the rule it was meant to be.
        const finding = map.document.diagnostics!.find(d => d.code === 'unknown-rule')!;
        const actions = (await map.workspace.services.lsp.CodeActionProvider!.getCodeActions(map.document, {
            textDocument: { uri: map.document.uri.toString() },
            range: finding.range,
            context: { diagnostics: [finding] },
        })) as { title: string; isPreferred?: boolean; edit?: { changes?: Record<string, { range: typeof finding.range; newText: string }[]> } }[];
        expect(actions.map(a => `${a.title}${a.isPreferred ? ' (preferred)' : ''}`)).toEqual(['Change to unused-declaration (preferred)']);
        const fixed = applyTextEdits(map.textDocument.getText(), actions[0].edit!.changes![map.document.uri.toString()]);
        expect(fixed.split('\n')[0]).toBe('team Ops "Sales and Operations" // journey-lint-disable unused-declaration');
    });

    it('warn on a directive that is none, follow its correction typed in place, and offer "Change to …" for a typo', async () => {
        const map = await openInEditor(
            'directive.journey',
            `// journey-lint-disable-nextline unused-declaration\n${MAP.replace(' // journey-lint-disable unused-declaraton', ' // journey-lint-disable-line unused-declaration')}`,
        );
        const unknown = () => (map.document.diagnostics ?? []).filter(d => d.code === 'unknown-rule').map(d => map.textDocument.getText(d.range));
        expect(unknown()).toEqual(['journey-lint-disable-nextline', 'journey-lint-disable-line']);
        const fixes = async (text: string) => {
            const finding = map.document.diagnostics!.find(d => d.code === 'unknown-rule' && map.textDocument.getText(d.range) === text)!;
            const actions = (await map.workspace.services.lsp.CodeActionProvider!.getCodeActions(map.document, {
                textDocument: { uri: map.document.uri.toString() },
                range: finding.range,
                context: { diagnostics: [finding] },
            })) as { title: string; isPreferred?: boolean }[];
            return actions.map(a => `${a.title}${a.isPreferred ? ' (preferred)' : ''}`);
        };
        expect(await fixes('journey-lint-disable-nextline')).toEqual(['Change to journey-lint-disable-next-line (preferred)']);
        // ESLint's same-line directive has no counterpart close enough to offer: the message says what to write.
        expect(await fixes('journey-lint-disable-line')).toEqual([]);
        // The typo corrected in place: its warning goes, and the comment now suppresses.
        map.edit(map.textDocument.getText().indexOf('nextline') + 'next'.length, '-');
        await map.build();
        expect(unknown()).toEqual(['journey-lint-disable-line']);
    });

    it('read a directive typed into an ordinary comment (patched in place) in a file that had none', async () => {
        const map = await openInEditor('ordinary.journey', `// ordinary\n${MAP.replace(' // journey-lint-disable unused-declaraton', '')}`);
        const unknown = () => (map.document.diagnostics ?? []).filter(d => d.code === 'unknown-rule').map(d => map.textDocument.getText(d.range));
        expect(unknown()).toEqual([]);
        map.edit(map.textDocument.getText().indexOf('ordinary'), 'journey-lint-off ');
        await map.build();
        expect(unknown()).toEqual(['journey-lint-off']);
    });
});
