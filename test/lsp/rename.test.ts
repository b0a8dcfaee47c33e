// Rename from wherever a persona, team or channel stands: every reference renames
// the declaration and all the other references, and a refusal is the sentence the user reads.
import { describe, expect, it } from 'vitest';
import { ResponseError } from 'vscode-languageserver';
import { applyWorkspaceEdit, openWorkspace, type Workspace } from './lsp-workspace.js';

const text = [
    'persona Maria "María"',
    'team Ops "Operations"',
    'channel web "Website"',
    'journey Buy "Buying" {',
    '  persona Maria',
    '  phase Find {',
    '    owner Ops',
    '    touchpoint Search {',
    '      channel web',
    '      owner Ops',
    '      persona Maria',
    '      gap "Slow answers" { owner Ops }',
    '      opportunity "Chat" { owner Ops }',
    '      kpi "Answer time" { current 3 }',
    '    }',
    '  }',
    '}',
    '',
].join('\n');

/** The position inside the `occurrence`-th `word` (0 = the declaration). */
function at(workspace: Workspace, word: string, occurrence: number) {
    const document = workspace.documents['map.journey'];
    let offset = -1;
    for (let i = 0; i <= occurrence; i++) offset = text.indexOf(word, offset + 1);
    if (offset < 0) throw new Error(`${word} #${occurrence} not found`);
    return { document, params: { textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(offset + 1) }, offset };
}

const places: [string, string, number][] = [
    ["a journey's persona list", 'Maria', 1],
    ["a touchpoint's persona list", 'Maria', 2],
    ["a phase's default owner", 'Ops', 1],
    ["a touchpoint's owner", 'Ops', 2],
    ["a gap's owner", 'Ops', 3],
    ["an opportunity's owner", 'Ops', 4],
    ["a touchpoint's channel", 'web', 1],
    ['the declaration', 'Ops', 0],
];

describe('rename', () => {
    it.each(places)('renames %s and every other use of it', async (_where, word, occurrence) => {
        const workspace = await openWorkspace({ 'map.journey': text });
        const rename = workspace.services.lsp.RenameProvider!;
        const { document, params, offset } = at(workspace, word, occurrence);
        const range = await rename.prepareRename(document, params);
        expect(range).toEqual({ start: document.textDocument.positionAt(offset), end: document.textDocument.positionAt(offset + word.length) });
        const edit = await rename.rename(document, { ...params, newName: 'Renamed' });
        const after = applyWorkspaceEdit(workspace, edit!)['map.journey'];
        expect(after).toBe(text.replace(new RegExp(`\\b${word}\\b`, 'g'), 'Renamed'));
    });

    it("refuses a keyword, a string or a number with a sentence the editor shows as it is, in the user's language", async () => {
        for (const [locale, sentence] of [
            ['en', 'Only the id of a persona'],
            ['es', 'Solo se puede renombrar'],
        ] as const) {
            const workspace = await openWorkspace({ 'map.journey': text }, { locale });
            const rename = workspace.services.lsp.RenameProvider!;
            for (const [word, occurrence] of [
                ['owner', 2],
                ['"Answer time"', 0],
                ['3', 0],
                ['kpi', 0],
            ] as const) {
                const { document, params } = at(workspace, word, occurrence);
                const refusal = await Promise.resolve()
                    .then(() => rename.prepareRename!(document, params))
                    .then(
                        () => undefined,
                        (error: unknown) => error,
                    );
                // A ResponseError travels to the client with its message untouched.
                expect(refusal, `${word} (${locale})`).toBeInstanceOf(ResponseError);
                expect((refusal as ResponseError).message.startsWith(sentence), `${word} (${locale})`).toBe(true);
            }
            const { document, params } = at(workspace, 'Ops', 4);
            await expect(rename.rename(document, { ...params, newName: '1abc' })).rejects.toBeInstanceOf(ResponseError);
        }
    });
});
