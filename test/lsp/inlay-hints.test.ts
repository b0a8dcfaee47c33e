// Inlay hints: the owner a touchpoint inherits from its phase, and a gap from its touchpoint,
// at the end of the opening line, in the display language, linked to the team's declaration.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { InlayHint, InlayHintLabelPart, Range } from 'vscode-languageserver';
import { openWorkspace, type Workspace } from './lsp-workspace.js';

const WHOLE_FILE: Range = { start: { line: 0, character: 0 }, end: { line: 10_000, character: 0 } };

function hints(workspace: Workspace, name: string, range = WHOLE_FILE): InlayHint[] {
    const document = workspace.documents[name];
    return workspace.services.lsp.InlayHintProvider!.getInlayHints(document, { textDocument: { uri: document.uri.toString() }, range }) as InlayHint[];
}

function shown(workspace: Workspace, name: string, range?: Range): string[] {
    const lines = workspace.documents[name].textDocument.getText().split('\n');
    return hints(workspace, name, range).map(hint => {
        const label = (hint.label as InlayHintLabelPart[]).map(part => part.value).join('');
        return `${lines[hint.position.line].slice(0, hint.position.character).trim()} ⟨${label}⟩`;
    });
}

const teams = 'team Ops "Operations"\nteam Web "Web team"\n';

describe('inlay hints', () => {
    it('show the inherited owner of touchpoints and gaps, not of those that name their own', async () => {
        const workspace = await openWorkspace({
            'teams.journey': teams,
            'map.journey': [
                'journey J "J" {',
                '  phase P "P" {',
                '    owner Ops',
                '    touchpoint A "Inherits" {',
                '      gap "Slow" {',
                '        current "2 d"',
                '      }',
                '      gap "Owned" { owner Web }',
                '    }',
                '    touchpoint B "Own owner" {',
                '      owner Web',
                '      gap "From B" { target "1 d" }',
                '    }',
                '    touchpoint C',
                '  }',
                '  phase Q "No default" {',
                '    touchpoint D "Nobody" { gap "Orphan" }',
                '  }',
                '}',
            ].join('\n'),
        });
        expect(shown(workspace, 'map.journey')).toEqual([
            'touchpoint A "Inherits" { ⟨owner: Operations (phase default)⟩',
            'gap "Slow" { ⟨owner: Operations (the touchpoint\'s)⟩',
            'gap "From B" { ⟨owner: Web team (the touchpoint\'s)⟩',
            'touchpoint C ⟨owner: Operations (phase default)⟩',
        ]);
    });

    it('link the team to its declaration in another file', async () => {
        const workspace = await openWorkspace({
            'teams.journey': teams,
            'map.journey': 'journey J {\n  phase P {\n    owner Web\n    touchpoint T "T" {\n    }\n  }\n}',
        });
        const [hint] = hints(workspace, 'map.journey');
        expect(hint.position).toEqual({ line: 3, character: 22 });
        expect(hint.paddingLeft).toBe(true);
        const team = (hint.label as InlayHintLabelPart[])[1];
        expect(team.value).toBe('Web team');
        expect(team.location).toEqual({ uri: workspace.uri('teams.journey'), range: { start: { line: 1, character: 5 }, end: { line: 1, character: 8 } } });
    });

    it('are in Spanish for a Spanish display language (seguro.journey)', async () => {
        const workspace = await openWorkspace({ 'seguro.journey': readFileSync('examples/seguro.journey', 'utf8') }, { locale: 'es' });
        expect(shown(workspace, 'seguro.journey')).toEqual([
            'contacto Cotizador "Usa el cotizador en línea" { ⟨responsable: Ventas digitales (por defecto de la fase)⟩',
            'brecha "Datos pedidos dos veces" { ⟨responsable: Atención al cliente (el del contacto)⟩',
        ]);
    });

    it('cover only the range asked for, and nothing is shown for an unresolved team', async () => {
        const workspace = await openWorkspace({
            'map.journey': `${teams}journey J {\n  phase P {\n    owner Ops\n    touchpoint A {\n    }\n    touchpoint B {\n    }\n  }\n  phase Q {\n    owner Nobody\n    touchpoint C {\n    }\n  }\n}`,
        });
        expect(shown(workspace, 'map.journey')).toEqual([
            'touchpoint A { ⟨owner: Operations (phase default)⟩',
            'touchpoint B { ⟨owner: Operations (phase default)⟩',
        ]);
        const lineOfB = 7;
        expect(shown(workspace, 'map.journey', { start: { line: lineOfB, character: 0 }, end: { line: lineOfB + 1, character: 0 } })).toEqual([
            'touchpoint B { ⟨owner: Operations (phase default)⟩',
        ]);
    });
});
