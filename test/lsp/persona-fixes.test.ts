// Quick fixes of the rules about emotions per persona (missing-emotion per persona,
// persona-not-involved, repeated-reference): each removes its finding, in English and Spanish.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { applyWorkspaceEdit, diagnosticsOf, openWorkspace, type Workspace } from './lsp-workspace.js';

const english = `persona Ana "Ana"
persona Ben "Ben"
team T "Team"
channel web "Web"
journey J "J" {
  persona Ana, Ben, Ana
  phase P "P" {
    moment 0
    owner T
    touchpoint A "A" {
      channel web
      channel web
      emotion Ana 4 "calm"
    }
    touchpoint B "B" {
      channel web
      persona Ana
      emotion 3 "ok"
      emotion Ben 2 "far"
      emotion Ana 4 "again"
      emotion Ana 5 "and again"
    }
    touchpoint C "C" {
      channel web
      emotion 4
      emotion Ben 2 "lost"
      opportunity "Help" { horizon short }
    }
  }
}
`;

async function actionsFor(workspace: Workspace, name: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
    const document = workspace.documents[name];
    const result = await workspace.services.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.uri.toString() },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic] },
    });
    return (result ?? []) as CodeAction[];
}

const RULES = ['missing-emotion', 'persona-not-involved', 'repeated-reference'];

/** Applies each fix of each finding of these rules alone; the finding is gone and nothing else appears. */
async function checkEveryFix(files: Record<string, string>, name: string, locale: 'en' | 'es' = 'en'): Promise<Map<string, string[]>> {
    const workspace = await openWorkspace(files, { locale });
    const diagnostics = diagnosticsOf(workspace, name);
    const titles = new Map<string, string[]>();
    for (const diagnostic of diagnostics.filter(d => RULES.includes(String(d.code)))) {
        const actions = (await actionsFor(workspace, name, diagnostic)).filter(a => a.diagnostics?.length === 1);
        expect(actions.length, String(diagnostic.code)).toBeGreaterThan(0);
        for (const action of actions) {
            const after = applyWorkspaceEdit(workspace, action.edit!);
            const left = diagnosticsOf(await openWorkspace(after, { locale }), name);
            const context = `${diagnostic.code}: ${action.title}\n${after[name]}`;
            expect(
                left.filter(d => d.code === 'syntax-error'),
                context,
            ).toEqual([]);
            expect(left.filter(d => d.code === diagnostic.code).length, context).toBe(diagnostics.filter(d => d.code === diagnostic.code).length - 1);
            expect(left.length, context).toBeLessThanOrEqual(
                diagnostics.length - 1 + (action.title.startsWith('Add ') || action.title.startsWith('Agregar ') ? 1 : 0),
            );
            titles.set(String(diagnostic.code), [...(titles.get(String(diagnostic.code)) ?? []), action.title]);
        }
    }
    return titles;
}

describe('quick fixes for emotions per persona', () => {
    it('every fix removes its finding (English), with these titles', async () => {
        const titles = await checkEveryFix({ 'a.journey': english }, 'a.journey');
        expect(Object.fromEntries(titles)).toEqual({
            'missing-emotion': ['Insert emotion 3 ""', 'Insert an emotion for Ben'],
            'persona-not-involved': ['Add Ben to the personas of touchpoint "B"', 'Remove this emotion line'],
            'repeated-reference': ['Remove the repeated "Ana"', 'Remove the repeated "web"', 'Remove the repeated "Ana"'],
        });
    });

    it('the fixes write what is expected', async () => {
        const workspace = await openWorkspace({ 'a.journey': english });
        const diagnostics = diagnosticsOf(workspace, 'a.journey');
        const apply = async (rule: string, index: number, title: string) => {
            const diagnostic = diagnostics.filter(d => d.code === rule)[index];
            const action = (await actionsFor(workspace, 'a.journey', diagnostic)).find(a => a.title === title)!;
            return applyWorkspaceEdit(workspace, action.edit!)['a.journey'];
        };
        expect(await apply('repeated-reference', 0, 'Remove the repeated "Ana"')).toContain('  persona Ana, Ben\n  phase P');
        expect(await apply('repeated-reference', 1, 'Remove the repeated "web"')).toContain('      channel web\n      emotion Ana 4 "calm"\n');
        expect(await apply('repeated-reference', 2, 'Remove the repeated "Ana"')).toContain('      emotion Ana 4 "again"\n    }\n');
        expect(await apply('missing-emotion', 0, 'Insert an emotion for Ben')).toContain('      emotion Ana 4 "calm"\n      emotion Ben 3 ""\n    }');
        expect(await apply('persona-not-involved', 0, 'Add Ben to the personas of touchpoint "B"')).toContain('      persona Ana, Ben\n');
        expect(await apply('persona-not-involved', 0, 'Remove this emotion line')).toContain('      emotion 3 "ok"\n      emotion Ana 4 "again"\n');
        // A touchpoint without its own list: the journey's personas, and this one.
        const noList = english.replace('      persona Ana\n', '').replace('  persona Ana, Ben, Ana\n', '  persona Ana\n');
        const other = await openWorkspace({ 'a.journey': noList });
        const finding = diagnosticsOf(other, 'a.journey').find(d => d.code === 'persona-not-involved')!;
        const add = (await actionsFor(other, 'a.journey', finding))[0];
        expect(applyWorkspaceEdit(other, add.edit!)['a.journey']).toContain('    touchpoint B "B" {\n      persona Ana, Ben\n      channel web\n');
    });

    it('every fix removes its finding in farmacia/actual.journey (Spanish), with Spanish titles', async () => {
        const actual = readFileSync(new URL('../../examples/farmacia/actual.journey', import.meta.url), 'utf8');
        const titles = await checkEveryFix({ 'actual.journey': actual }, 'actual.journey', 'es');
        expect(Object.fromEntries(titles)).toEqual({
            'missing-emotion': ['Insertar emoción 3 ""', 'Insertar una emoción para Luis'],
            'persona-not-involved': ['Agregar Marta a las personas del contacto "Sigue el paquete"', 'Eliminar esta línea de emoción'],
            'repeated-reference': ['Eliminar el "Marta" repetido'],
        });
    });
});
