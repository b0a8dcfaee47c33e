// The code lens on `improves`: the future state against its current state in one line.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openWorkspace } from './lsp-workspace.js';

const read = (name: string) => readFileSync(new URL(`../../examples/farmacia/${name}`, import.meta.url), 'utf8');

async function lensesOn(files: Record<string, string>, name: string, locale: 'en' | 'es') {
    const workspace = await openWorkspace(files, { locale });
    const document = workspace.documents[name];
    const lenses = await workspace.services.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } });
    return lenses!.map(lens => ({ line: lens.range.start.line, title: lens.command?.title }));
}

describe('code lens on improves', () => {
    it("summarises farmacia's future state against its current state, on the mejora line", async () => {
        const files = { 'actual.journey': read('actual.journey'), 'futuro.journey': read('futuro.journey') };
        const line = read('futuro.journey')
            .split('\n')
            .findIndex(text => text.includes('mejora Reposicion'));
        expect(await lensesOn(files, 'futuro.journey', 'es')).toContainEqual({ line, title: '5 pasos · 0 nuevos · emoción media 2,6 → 3,4' });
        expect(await lensesOn(files, 'futuro.journey', 'en')).toContainEqual({ line, title: '5 steps · 0 new · average emotion 2.6 → 3.4' });
        // The current state improves nothing: no such lens.
        expect((await lensesOn(files, 'actual.journey', 'en')).filter(lens => lens.title?.includes('→'))).toEqual([]);
    });

    it('counts new and removed steps', async () => {
        const current =
            'journey A "Now" {\n  phase P "P" {\n    touchpoint T1 "One" {\n      emotion 2 "meh"\n    }\n    touchpoint T2 "Two" {\n      emotion 3 "ok"\n    }\n  }\n}\n';
        const future =
            'journey B "Then" {\n  improves A\n  phase P "P" {\n    touchpoint T1 "One" {\n      emotion 4 "good"\n    }\n    touchpoint T3 "Three" {\n      emotion 5 "great"\n    }\n    touchpoint T4 "Four" {\n      emotion 3 "ok"\n    }\n  }\n}\n';
        expect(await lensesOn({ 'a.journey': current, 'b.journey': future }, 'b.journey', 'en')).toContainEqual({
            line: 1,
            title: '3 steps · 2 new · 1 removed · average emotion 2.5 → 4.0',
        });
        // An improves that names nothing has no lens (unresolved-reference says so).
        expect((await lensesOn({ 'b.journey': future }, 'b.journey', 'en')).some(lens => lens.line === 1)).toBe(false);
    });

    it('opens the comparison with the current state on a click', async () => {
        const files = { 'actual.journey': read('actual.journey'), 'futuro.journey': read('futuro.journey') };
        const workspace = await openWorkspace(files, { locale: 'en' });
        const document = workspace.documents['futuro.journey'];
        const lenses = await workspace.services.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } });
        const lens = lenses!.find(each => each.command?.title === '5 steps · 0 new · average emotion 2.6 → 3.4');
        expect(lens?.command).toMatchObject({ command: 'journey.compareWithCurrentState', arguments: [document.uri.toString(), 'ReposicionFutura'] });
    });
});
