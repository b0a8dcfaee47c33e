import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { EmptyFileSystem } from 'langium';
import { expectFindReferences, expectGoToDefinition, expectSymbols, expectSemanticToken, highlightHelper } from 'langium/test';
import { SemanticTokenTypes, SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import { createJourneyLspServices } from '../../server/journey-lsp-module.js';
import { applyWorkspaceEdit, openWorkspace, type Workspace } from './lsp-workspace.js';

const files = {
    'people.journey': readFileSync('examples/equipo/people.journey', 'utf8'),
    'onboarding.journey': readFileSync('examples/equipo/onboarding.journey', 'utf8'),
};

function position(workspace: Workspace, name: string, search: string, delta = 0) {
    const document = workspace.documents[name];
    const offset = document.textDocument.getText().indexOf(search) + delta;
    if (offset < delta) throw new Error(`${search} not found`);
    return { document, params: { textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(offset) } };
}

describe('navigation', () => {
    const services = createJourneyLspServices({ ...EmptyFileSystem }).Journey;

    it('goes to the definition and finds the references of a team (langium/test)', async () => {
        await expectGoToDefinition(services)({
            text: 'team <|Ops|>\njourney J {\n  phase P {\n    owner <|>Ops\n  }\n}',
            index: 0,
            rangeIndex: 0,
            disposeAfterCheck: true,
        });
        await expectFindReferences(services)({
            text: 'team <|Ops|>\njourney J {\n  phase P {\n    owner <|Ops|>\n    touchpoint T { owner <|O<|>ps|> }\n  }\n}',
            includeDeclaration: true,
            disposeAfterCheck: true,
        });
    });

    it('finds references across files', async () => {
        const workspace = await openWorkspace(files);
        const { document, params } = position(workspace, 'people.journey', 'Success "', 1);
        const references = await workspace.services.lsp.ReferencesProvider!.findReferences(document, { ...params, context: { includeDeclaration: false } });
        expect(references.map(r => r.uri.split('/').pop())).toEqual(['onboarding.journey', 'onboarding.journey', 'onboarding.journey']);
    });

    it('renames a team across files, and refuses keywords, strings and invalid ids', async () => {
        const workspace = await openWorkspace(files);
        const rename = workspace.services.lsp.RenameProvider!;
        const { document, params } = position(workspace, 'onboarding.journey', 'owner Success', 8);
        expect(await rename.prepareRename(document, params)).toBeDefined();
        const edit = await rename.rename(document, { ...params, newName: 'Éxito' });
        const after = applyWorkspaceEdit(workspace, edit!);
        expect(after['people.journey']).toContain('team Éxito "Customer success"');
        expect(after['onboarding.journey'].match(/owner Éxito/g)).toHaveLength(3);
        await expect(rename.rename(document, { ...params, newName: '1abc' })).rejects.toThrow('"1abc" is not a valid id');
        await expect(rename.rename(document, { ...params, newName: 'owner' })).rejects.toThrow('"owner" is a keyword');
        const onKeyword = position(workspace, 'onboarding.journey', 'owner Success', 1);
        await expect(rename.prepareRename(onKeyword.document, onKeyword.params)).rejects.toThrow('Only the id of');
        const onString = position(workspace, 'onboarding.journey', '"Compares plans"', 3);
        await expect(rename.prepareRename(onString.document, onString.params)).rejects.toThrow('Only the id of');
    });

    it('renames a touchpoint: its declaration', async () => {
        const workspace = await openWorkspace(files);
        const { document, params } = position(workspace, 'onboarding.journey', 'Landing', 2);
        expect(await workspace.services.lsp.RenameProvider!.prepareRename(document, params)).toBeDefined();
        const edit = await workspace.services.lsp.RenameProvider!.rename(document, { ...params, newName: 'Pricing' });
        expect(applyWorkspaceEdit(workspace, edit!)['onboarding.journey']).toContain('touchpoint Pricing "Reads the pricing page"');
    });

    it('highlights the uses of a persona in a document', async () => {
        const workspace = await openWorkspace(files);
        const { document, params } = position(workspace, 'onboarding.journey', 'Priya, Tom', 1);
        const highlights = await workspace.services.lsp.DocumentHighlightProvider!.getDocumentHighlight(document, params);
        expect(highlights?.length).toBe(4);
    });

    it('outlines journey > phases > touchpoints, with titles and kinds', async () => {
        await expectSymbols(services)({
            text: 'persona P "Pat"\nteam T\nchannel c "Chat"\njourney J "Journey" {\n  phase A "Alpha" {\n    touchpoint X "Ex" { gap "g" { owner T } }\n  }\n}',
            assert: (symbols: DocumentSymbol[]) => {
                expect(symbols.map(s => `${s.name}:${s.kind}:${s.detail}`)).toEqual([
                    `P:${SymbolKind.Class}:Pat`,
                    `T:${SymbolKind.Struct}:undefined`,
                    `c:${SymbolKind.Interface}:Chat`,
                    `J:${SymbolKind.Namespace}:Journey`,
                ]);
                const phase = symbols[3].children![0];
                expect(`${phase.name}:${phase.detail}`).toBe('A:Alpha');
                expect(phase.children!.map(c => c.name)).toEqual(['X']);
            },
        });
    });

    it('finds workspace symbols', async () => {
        const workspace = await openWorkspace(files);
        const symbols = await workspace.services.shared.lsp.WorkspaceSymbolProvider!.getSymbols({ query: 'Pri' });
        expect(symbols.map(s => s.name)).toContain('Priya');
        const touchpoints = await workspace.services.shared.lsp.WorkspaceSymbolProvider!.getSymbols({ query: 'spreadsheet' });
        expect(touchpoints.map(s => `${s.containerName}.${s.name}`)).toEqual(['Onboarding.Trial.Import']);
        const phases = await workspace.services.shared.lsp.WorkspaceSymbolProvider!.getSymbols({ query: 'Rollout' });
        expect(phases.map(s => `${s.containerName}.${s.name}:${s.kind}`)).toEqual([`Onboarding.Rollout:${SymbolKind.Module}`]);
    });

    it('folds blocks and multi-line comments', async () => {
        const workspace = await openWorkspace({
            'a.journey': '/* a\n   b */\njourney J {\n  phase P {\n    moment 0\n  }\n}\n// one\n// two\nteam T // trailing\n',
        });
        const document = workspace.documents['a.journey'];
        const ranges = await workspace.services.lsp.FoldingRangeProvider!.getFoldingRanges(document, { textDocument: { uri: document.uri.toString() } });
        expect(ranges.map(r => `${r.startLine}-${r.endLine}`).sort()).toEqual(['0-1', '2-5', '3-4', '7-8']);
    });

    it('highlights declarations, references, enum values and numbers semantically', async () => {
        const tokens = await highlightHelper(services)('team <|Ops|> journey J { phase P { touchpoint T { owner <|Ops|> emotion <|4|> impact <|high|> } } }');
        expectSemanticToken(tokens, { rangeIndex: 0, tokenType: SemanticTokenTypes.struct });
        expectSemanticToken(tokens, { rangeIndex: 1, tokenType: SemanticTokenTypes.struct });
        expectSemanticToken(tokens, { rangeIndex: 2, tokenType: SemanticTokenTypes.number });
        expectSemanticToken(tokens, { rangeIndex: 3, tokenType: SemanticTokenTypes.enumMember });
    });

    it('puts code lenses above each journey, localized', async () => {
        const taller = readFileSync('examples/taller.journey', 'utf8');
        const workspace = await openWorkspace({ 'taller.journey': taller }, { locale: 'es' });
        const document = workspace.documents['taller.journey'];
        const lenses = await workspace.services.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } });
        expect(lenses!.map(l => l.command?.title)).toEqual(['8 contactos · 1 sin responsable · emoción media 2,7', 'Abrir vista previa']);
        expect(lenses![1].command).toMatchObject({ command: 'journey.preview.open', arguments: [document.uri.toString()] });
        expect(lenses![0].range.start.line).toBe(taller.split('\n').findIndex(line => line.startsWith('journey')));
    });

    it('counts one touchpoint in the singular', async () => {
        for (const [locale, title] of [
            ['en', '1 touchpoint · 1 without owner · average emotion 4.0'],
            ['es', '1 contacto · 1 sin responsable · emoción media 4,0'],
        ] as const) {
            const workspace = await openWorkspace({ 'one.journey': 'journey J {\n  phase P {\n    touchpoint T { emotion 4 }\n  }\n}' }, { locale });
            const document = workspace.documents['one.journey'];
            const lenses = await workspace.services.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } });
            expect(lenses![0].command?.title).toBe(title);
        }
    });
});
