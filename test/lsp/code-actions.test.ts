import { describe, expect, it } from 'vitest';
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import { applyWorkspaceEdit, diagnosticsOf, openWorkspace, type Workspace } from './lsp-workspace.js';
import { TALLER_RULES } from '../helpers/taller-findings.js';

const english = `persona Ana "Ana"
persona Unused "Nobody"
team Ops "Operations"
channel web "Web"

journey J "J" {
  phase P1 "P1" {
    moment 0
    touchpoint A "A" {
      channel web
      emotion 2 ""
    }
    touchpoint B "B" {
      owner Ops
      channel web
      emotion 7 ""
      gap "g" {
      }
      opportunity "o" { owner Ops }
      kpi "k" { current 1 }
      kpi "k2" {
        current 2
      }
      moment-of-truth
    }
    touchpoint C "C" {
      owner Ops
      moment-of-truth
    }
    touchpoint D {
      channel nope
      owner Ops
      emotion 3
    }
    touchpoint E "E" {
      channel web
      emotion 4
      gap "ge" {
        current "1"
        target "2"
      }
    }
    touchpoint F "F"
  }

  phase Empty {
    moment 1
  }
}
`;

const spanish = `persona Jorge "Jorge"
equipo Ventas "Ventas"
canal sitio "Sitio"

recorrido R "R" {
  persona Jorge
  fase F1 {
    momento 0
    responsable Ventas
    contacto Uno "Uno" {
      canal sitio
      dolor "duele"
      momento-de-verdad
    }
    contacto Dos "Dos" {
      canal sitio
      emoción 4
      oportunidad "o"
      indicador "i" { actual 1 }
      brecha "b" {
        actual "1"
      }
    }
  }
  fase Vacia {
    momento 1
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

function countOf(diagnostics: Diagnostic[], rule: string): number {
    return diagnostics.filter(d => d.code === rule).length;
}

/** Applies every offered fix of every finding, one at a time, and checks that the finding is gone. */
async function checkEveryFix(files: Record<string, string>, name: string, locale: 'en' | 'es' = 'en') {
    const workspace = await openWorkspace(files, { locale });
    const diagnostics = diagnosticsOf(workspace, name);
    const fixed = new Set<string>();
    for (const diagnostic of diagnostics) {
        const actions = (await actionsFor(workspace, name, diagnostic)).filter(a => a.diagnostics?.length === 1);
        for (const action of actions) {
            const after = applyWorkspaceEdit(workspace, action.edit!);
            const relinted = await openWorkspace(after, { locale });
            const diagnosticsAfter = diagnosticsOf(relinted, name);
            expect(
                diagnosticsAfter.filter(d => d.code === 'syntax-error'),
                `${action.title}\n${after[name]}`,
            ).toEqual([]);
            const left = countOf(diagnosticsAfter, String(diagnostic.code));
            const before = countOf(diagnostics, String(diagnostic.code));
            // A phase's default owner fixes every touchpoint of the phase without one; any other fix, its finding only.
            if (/^(Make|Hacer de) /.test(action.title)) expect(left, `${diagnostic.code}: ${action.title}\n${after[name]}`).toBeLessThan(before);
            else expect(left, `${diagnostic.code}: ${action.title}\n${after[name]}`).toBe(before - 1);
            fixed.add(String(diagnostic.code));
        }
    }
    return { workspace, fixed, diagnostics };
}

describe('quick fixes', () => {
    it('every fix of every finding removes it (English)', async () => {
        const { fixed } = await checkEveryFix({ 'a.journey': english }, 'a.journey');
        expect([...fixed].sort()).toEqual([
            'emotion-out-of-range',
            'empty-phase',
            'gap-without-owner',
            'gap-without-target',
            'kpi-without-target',
            'missing-channel',
            'missing-emotion',
            'missing-owner',
            'missing-persona',
            'moment-of-truth-without-kpi',
            'opportunity-without-horizon',
            'unaddressed-pain',
            'unresolved-reference',
            'unused-declaration',
        ]);
    });

    it('every fix of every finding removes it (Spanish)', async () => {
        const { fixed } = await checkEveryFix({ 'b.journey': spanish }, 'b.journey', 'es');
        expect(fixed.size).toBeGreaterThanOrEqual(6);
    });

    it('offers one owner per declared team of the workspace, those owning things in the journey first, and a new team', async () => {
        const workspace = await openWorkspace({ 'a.journey': english, 'teams.journey': 'team Zeta "Z"\nteam Alpha\n' });
        const diagnostic = diagnosticsOf(workspace, 'a.journey').find(d => d.code === 'missing-owner')!;
        const titles = (await actionsFor(workspace, 'a.journey', diagnostic)).map(a => a.title);
        // Ops owns touchpoints of the journey; Alpha and Zeta own nothing there.
        expect(titles).toEqual([
            'Set owner to Ops',
            'Make Ops the default owner of phase "P1"',
            'Set owner to Alpha',
            'Set owner to Zeta',
            'Declare a new team and make it the owner',
        ]);
        const newTeam = (await actionsFor(workspace, 'a.journey', diagnostic)).at(-1)!;
        const after = applyWorkspaceEdit(workspace, newTeam.edit!)['a.journey'];
        expect(after).toContain('      owner NewTeam\n    }');
        expect(after.endsWith('}\n\nteam NewTeam "New team"\n')).toBe(true);
    });

    it('puts first, as the preferred fix, the team that owns the most in the phase (taller.journey)', async () => {
        const { readFileSync } = await import('node:fs');
        const workspace = await openWorkspace({ 'taller.journey': readFileSync('examples/taller.journey', 'utf8') });
        const findings = diagnosticsOf(workspace, 'taller.journey');
        // Pago (line 94) and its gap (line 99) are in phase Retiro, where Tecnicos owns Lavado. In the
        // journey, Tecnicos and Marketing own three things each, CallCenter two, Recepcion one.
        const gapActions = await actionsFor(
            workspace,
            'taller.journey',
            findings.find(d => d.code === 'gap-without-owner')!,
        );
        expect(gapActions.map(a => a.title)).toEqual([
            'Set owner to Tecnicos',
            'Set owner to Marketing',
            'Set owner to CallCenter',
            'Set owner to Recepcion',
            'Declare a new team and make it the owner',
        ]);
        expect(gapActions.map(a => a.isPreferred ?? false)).toEqual([true, false, false, false, false]);
        // The touchpoint also gets the other way its message names: a default owner on its phase.
        const actions = await actionsFor(
            workspace,
            'taller.journey',
            findings.find(d => d.code === 'missing-owner')!,
        );
        expect(actions.map(a => a.title)).toEqual([
            'Set owner to Tecnicos',
            'Make Tecnicos the default owner of phase "Facturación y retiro"',
            'Set owner to Marketing',
            'Set owner to CallCenter',
            'Set owner to Recepcion',
            'Declare a new team and make it the owner',
        ]);
        expect(actions.map(a => a.isPreferred ?? false)).toEqual([true, false, false, false, false, false]);
    });

    it("sets a phase's default owner after its moment: its touchpoints and their gaps then have an owner", async () => {
        const { readFileSync } = await import('node:fs');
        const workspace = await openWorkspace({ 'taller.journey': readFileSync('examples/taller.journey', 'utf8') });
        const finding = diagnosticsOf(workspace, 'taller.journey').find(d => d.code === 'missing-owner')!;
        const phaseFix = (await actionsFor(workspace, 'taller.journey', finding)).find(a => a.title.startsWith('Make '))!;
        const after = applyWorkspaceEdit(workspace, phaseFix.edit!)['taller.journey'];
        expect(after).toContain('  phase Retiro "Facturación y retiro" {\n    moment 2\n    owner Tecnicos\n    touchpoint Pago "Paga y retira el auto" {\n');
        const relinted = await openWorkspace({ 'taller.journey': after });
        const codes = diagnosticsOf(relinted, 'taller.journey').map(d => d.code);
        expect(codes).not.toContain('missing-owner');
        expect(codes).not.toContain('gap-without-owner');
        expect(codes.length).toBe(diagnosticsOf(workspace, 'taller.journey').length - 2);
    });

    it('offers the channels used in the phase first, then those of the journey (missing-channel)', async () => {
        const text = [
            'channel app "App"',
            'channel email "Email"',
            'channel phone "Phone"',
            'channel web "Website"',
            'journey J {',
            '  phase Before {',
            '    touchpoint A { channel email }',
            '    touchpoint B { channel email }',
            '  }',
            '  phase Now {',
            '    touchpoint C { channel phone }',
            '    touchpoint D { action "no channel" }',
            '  }',
            '}',
            '',
        ].join('\n');
        const workspace = await openWorkspace({ 'c.journey': text });
        const finding = diagnosticsOf(workspace, 'c.journey').find(d => d.code === 'missing-channel')!;
        const actions = await actionsFor(workspace, 'c.journey', finding);
        expect(actions.map(a => a.title)).toEqual(['Set channel to phone', 'Set channel to email', 'Set channel to app', 'Set channel to web']);
        expect(actions.map(a => a.isPreferred ?? false)).toEqual([true, false, false, false]);
    });

    it('offers the declared ids close to a misspelt reference before declaring a new one', async () => {
        const text = [
            'team Marketing "M"',
            'team Market "Small"',
            'equipo Atención "A"',
            'channel web "Web"',
            'persona Ana',
            'journey J {',
            '  persona Ana',
            '  phase P {',
            '    touchpoint A { owner Marketng channel WEB emotion 3 }',
            '    touchpoint B { owner Atencion channel web emotion 3 }',
            '    touchpoint C { owner Sales channel web emotion 3 }',
            '  }',
            '}',
            '',
        ].join('\n');
        const workspace = await openWorkspace({ 'd.journey': text });
        const unresolved = diagnosticsOf(workspace, 'd.journey').filter(d => d.code === 'unresolved-reference');
        const fixesOf = async (name: string) => {
            const finding = unresolved.find(d => String(d.message).includes(`"${name}"`))!;
            return (await actionsFor(workspace, 'd.journey', finding)).map(a => `${a.title}${a.isPreferred ? ' (preferred)' : ''}`);
        };
        // One edit from Marketing, two from Market: the closer one is the clear choice.
        expect(await fixesOf('Marketng')).toEqual(['Change to Marketing (preferred)', 'Change to Market', 'Declare team "Marketng"']);
        // Case and accents aside, the same id.
        expect(await fixesOf('WEB')).toEqual(['Change to web (preferred)', 'Declare channel "WEB"']);
        expect(await fixesOf('Atencion')).toEqual(['Change to Atención (preferred)', 'Declare team "Atencion"']);
        // Nothing close: declaring it is the fix.
        expect(await fixesOf('Sales')).toEqual(['Declare team "Sales" (preferred)']);
        const finding = unresolved.find(d => String(d.message).includes('"Marketng"'))!;
        const change = (await actionsFor(workspace, 'd.journey', finding))[0];
        const after = applyWorkspaceEdit(workspace, change.edit!)['d.journey'];
        expect(after).toContain('    touchpoint A { owner Marketing channel WEB emotion 3 }');
        const relinted = await openWorkspace({ 'd.journey': after });
        expect(
            diagnosticsOf(relinted, 'd.journey')
                .filter(d => d.code === 'unresolved-reference')
                .map(d => d.message),
        ).toEqual(unresolved.filter(d => d !== finding).map(d => d.message));
    });

    it('inserts Spanish keywords into Spanish blocks, properly indented', async () => {
        const workspace = await openWorkspace({ 'b.journey': spanish }, { locale: 'es' });
        const diagnostics = diagnosticsOf(workspace, 'b.journey');
        const emotion = diagnostics.find(d => d.code === 'missing-emotion')!;
        const [action] = await actionsFor(workspace, 'b.journey', emotion);
        expect(action.title).toBe('Insertar emoción 3 ""');
        expect(applyWorkspaceEdit(workspace, action.edit!)['b.journey']).toContain('      momento-de-verdad\n      emoción 3 ""\n    }');
        const horizon = diagnostics.find(d => d.code === 'opportunity-without-horizon')!;
        const horizonFixes = await actionsFor(workspace, 'b.journey', horizon);
        expect(horizonFixes.map(a => a.title)).toEqual([
            'Fijar el horizonte en corto plazo',
            'Fijar el horizonte en mediano plazo',
            'Fijar el horizonte en largo plazo',
        ]);
        expect(applyWorkspaceEdit(workspace, horizonFixes[1].edit!)['b.journey']).toContain('      oportunidad "o" {\n        horizonte mediano\n      }');
    });

    it('clamps an out-of-range emotion', async () => {
        const workspace = await openWorkspace({ 'a.journey': english });
        const diagnostic = diagnosticsOf(workspace, 'a.journey').find(d => d.code === 'emotion-out-of-range')!;
        const [action] = await actionsFor(workspace, 'a.journey', diagnostic);
        expect(action.title).toBe('Change the score to 5');
        expect(applyWorkspaceEdit(workspace, action.edit!)['a.journey']).toContain('emotion 5 ""');
    });

    it('removes an unused declaration with its line', async () => {
        const workspace = await openWorkspace({ 'a.journey': english });
        const diagnostic = diagnosticsOf(workspace, 'a.journey').find(d => d.code === 'unused-declaration' && String(d.message).includes('Unused'))!;
        const [action] = await actionsFor(workspace, 'a.journey', diagnostic);
        expect(applyWorkspaceEdit(workspace, action.edit!)['a.journey'].startsWith('persona Ana "Ana"\nteam Ops')).toBe(true);
    });

    it('fixes all findings of a rule, and everything fixable with source.fixAll', async () => {
        const workspace = await openWorkspace({ 'a.journey': english });
        const document = workspace.documents['a.journey'];
        const diagnostics = diagnosticsOf(workspace, 'a.journey');
        const missingEmotion = diagnostics.find(d => d.code === 'missing-emotion')!;
        const actions = await actionsFor(workspace, 'a.journey', missingEmotion);
        const fixAll = actions.find(a => a.title === 'Fix all missing-emotion findings in the file')!;
        expect(fixAll).toBeDefined();
        const relinted = await openWorkspace(applyWorkspaceEdit(workspace, fixAll.edit!));
        expect(countOf(diagnosticsOf(relinted, 'a.journey'), 'missing-emotion')).toBe(0);

        const source = (await workspace.services.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.uri.toString() },
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            context: { diagnostics: [], only: [CodeActionKind.SourceFixAll] },
        })) as CodeAction[];
        expect(source).toHaveLength(1);
        const all = await openWorkspace(applyWorkspaceEdit(workspace, source[0].edit!));
        const rules = diagnosticsOf(all, 'a.journey').map(d => d.code);
        for (const rule of [
            'missing-emotion',
            'kpi-without-target',
            'gap-without-target',
            'emotion-out-of-range',
            'moment-of-truth-without-kpi',
            'unaddressed-pain',
            'opportunity-without-horizon',
        ]) {
            expect(rules).not.toContain(rule);
        }
        expect(rules).not.toContain('syntax-error');
    });

    it('fixes the findings of taller.journey', async () => {
        const { readFileSync } = await import('node:fs');
        const { fixed } = await checkEveryFix({ 'taller.journey': readFileSync('examples/taller.journey', 'utf8') }, 'taller.journey', 'es');
        expect([...fixed].sort()).toEqual(TALLER_RULES);
    });
});
