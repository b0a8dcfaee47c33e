// Editor features over emotions per persona (farmacia/): hover on a touchpoint and on a persona,
// code lens averages per persona, semantic tokens, references, rename, formatting, outline.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EmptyFileSystem } from 'langium';
import { expectSemanticToken, highlightHelper } from 'langium/test';
import { SemanticTokenTypes } from 'vscode-languageserver';
import { createJourneyLspServices } from '../../server/journey-lsp-module.js';
import { formatText } from '../../language/format/format-text.js';
import { applyWorkspaceEdit, openWorkspace, type Workspace } from './lsp-workspace.js';

const read = (name: string) => readFileSync(new URL(`../../examples/farmacia/${name}`, import.meta.url), 'utf8');
const files = { 'actual.journey': read('actual.journey'), 'futuro.journey': read('futuro.journey') };

function at(workspace: Workspace, name: string, search: string, delta = 1) {
    const document = workspace.documents[name];
    const offset = document.textDocument.getText().indexOf(search) + delta;
    return { document, params: { textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(offset) } };
}

async function hoverAt(workspace: Workspace, name: string, search: string, delta = 1): Promise<string> {
    const { document, params } = at(workspace, name, search, delta);
    const hover = await workspace.services.lsp.HoverProvider!.getHoverContent(document, params);
    return hover ? (hover.contents as { value: string }).value : '';
}

describe('hover', () => {
    it("on a touchpoint where personas feel differently: each involved persona's emotion, or none", async () => {
        const workspace = await openWorkspace(files);
        expect(await hoverAt(workspace, 'actual.journey', 'Pedido "')).toContain(
            '**Emotions:**\n- Marta, 58, diabética: 2 "irritada" (negative)\n- Luis, 34, padre primerizo: 3 "con prisa" (neutral)',
        );
        expect(await hoverAt(workspace, 'actual.journey', 'Verificacion "')).toContain(
            '**Emotions:**\n- Marta, 58, diabética: 2 "esperando" (negative)\n- Luis, 34, padre primerizo: none',
        );
        // Everyone feels the same: one line, as before.
        expect(await hoverAt(workspace, 'actual.journey', 'Recepcion "')).toContain('**Emotion:** 1 "preocupada" (very negative)');
    });

    it('on a persona: the journeys that involve them, in how many touchpoints, with their average emotion (Spanish)', async () => {
        const workspace = await openWorkspace(files, { locale: 'es' });
        const text = await hoverAt(workspace, 'actual.journey', 'Marta "');
        expect(text).toContain(
            '**Recorridos:**\n- Reponer una receta en línea: 4 contactos, emoción media 2,3\n- Reponer una receta, como la queremos: 4 contactos, emoción media 3,3',
        );
        const luis = await hoverAt(workspace, 'futuro.journey', 'Luis\n');
        expect(luis).toContain(
            '- Reponer una receta en línea: 3 contactos, emoción media 3,0\n- Reponer una receta, como la queremos: 3 contactos, emoción media 4,0',
        );
    });
});

describe('code lens', () => {
    it('gives the average emotion per persona when personas feel differently', async () => {
        const workspace = await openWorkspace(files, { locale: 'es' });
        const document = workspace.documents['actual.journey'];
        const lenses = await workspace.services.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } });
        expect(lenses![0].command?.title).toBe('5 contactos · 0 sin responsable · emoción media Marta 2,3, Luis 3,0');
        const future = workspace.documents['futuro.journey'];
        const futureLenses = await workspace.services.lsp.CodeLensProvider!.provideCodeLens(future, { textDocument: { uri: future.uri.toString() } });
        expect(futureLenses![0].command?.title).toBe('5 contactos · 0 sin responsable · emoción media 3,4');
    });
});

describe('semantic tokens', () => {
    it('colour the persona of an emotion line as a persona, and the journey an improves names', async () => {
        const services = createJourneyLspServices({ ...EmptyFileSystem }).Journey;
        const tokens = await highlightHelper(services)(
            'persona <|Ana|>\njourney A { }\njourney J {\n  improves <|A|>\n  persona <|Ana|>\n  phase P { touchpoint T { emotion <|Ana|> <|4|> } }\n}',
        );
        expectSemanticToken(tokens, { rangeIndex: 0, tokenType: SemanticTokenTypes.class });
        expectSemanticToken(tokens, { rangeIndex: 1, tokenType: SemanticTokenTypes.namespace });
        expectSemanticToken(tokens, { rangeIndex: 2, tokenType: SemanticTokenTypes.class });
        expectSemanticToken(tokens, { rangeIndex: 3, tokenType: SemanticTokenTypes.class });
        expectSemanticToken(tokens, { rangeIndex: 4, tokenType: SemanticTokenTypes.number });
    });
});

describe('references and rename', () => {
    it('find all references of a persona includes its emotion lines, in both files', async () => {
        const workspace = await openWorkspace(files);
        const { document, params } = at(workspace, 'actual.journey', 'Marta "');
        const references = await workspace.services.lsp.ReferencesProvider!.findReferences(document, { ...params, context: { includeDeclaration: false } });
        const lines = references.map(
            r => `${r.uri.split('/').pop()}:${workspace.documents[r.uri.split('/').pop()!].textDocument.getText().split('\n')[r.range.start.line].trim()}`,
        );
        expect(lines.filter(line => line.includes('emoción Marta'))).toEqual([
            'actual.journey:emoción Marta 2 "irritada"',
            'actual.journey:emoción Marta 2 "esperando"',
            'actual.journey:emoción Marta 4 "organizada"',
        ]);
        expect(references).toHaveLength(12);
    });

    it('renaming a persona updates its emotion lines', async () => {
        const workspace = await openWorkspace(files);
        const { document, params } = at(workspace, 'actual.journey', 'Marta "');
        const edit = await workspace.services.lsp.RenameProvider!.rename(document, { ...params, newName: 'Martina' });
        const after = applyWorkspaceEdit(workspace, edit!);
        expect(after['actual.journey']).toContain('emoción Martina 2 "irritada"');
        expect(after['actual.journey']).toContain('emoción Martina 4 "organizada"');
        expect(after['actual.journey']).not.toMatch(/(persona|emoción)( \w+,)? Marta\b/);
        expect(after['actual.journey']).toContain('persona Martina "Marta, 58, diabética"');
        expect(after['futuro.journey']).toContain('persona Martina, Luis');
    });
});

describe('formatting and outline', () => {
    it('formats an emotion line of a persona like any property line', () => {
        const services = createJourneyLspServices({ ...EmptyFileSystem }).Journey;
        const messy = 'persona Ana\njourney J {\npersona   Ana\n  phase P {\n touchpoint T {\n      emotion    Ana   4   "ok"\n  emoción  2\n}\n}\n}\n';
        expect(formatText(services.parser.Lexer, messy)).toBe(
            'persona Ana\n\njourney J {\n  persona Ana\n  phase P {\n    touchpoint T {\n      emotion Ana 4 "ok"\n      emoción 2\n    }\n  }\n}\n',
        );
    });

    it('the outline is journeys, phases and touchpoints, as before: emotion lines are no symbols', async () => {
        const workspace = await openWorkspace(files);
        const document = workspace.documents['actual.journey'];
        const symbols = await workspace.services.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument: { uri: document.uri.toString() } });
        const outline = (list: typeof symbols): unknown[] =>
            list.map(symbol => (symbol.children?.length ? [symbol.name, outline(symbol.children)] : symbol.name));
        expect(JSON.stringify(outline(symbols))).not.toMatch(/emoci|Marta 2/);
        const journey = symbols.find(symbol => symbol.children?.length)!;
        expect(journey.children!.map(phase => phase.children!.length)).toEqual([2, 1, 2]);
    });
});
