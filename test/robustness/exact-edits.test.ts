// Quick fixes, rename and formatting change only what they should: each is
// applied to the examples and the whole resulting file is compared, byte for byte, with the
// expected text, written here as the original plus the one change (checked against the
// original's lines so the expectation cannot drift). The same with CRLF line endings.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { applyTextEdits, applyWorkspaceEdit, openWorkspace, type Workspace } from '../lsp/lsp-workspace.js';

const taller = readFileSync('examples/taller.journey', 'utf8');
const people = readFileSync('examples/equipo/people.journey', 'utf8');
const onboarding = readFileSync('examples/equipo/onboarding.journey', 'utf8');
const seguro = readFileSync('examples/seguro.journey', 'utf8');

/** The text with `lines` inserted before line `before` (1-based), whose content must be `expected`. */
function insertBefore(text: string, before: number, expected: string, lines: string[], eol = '\n'): string {
    const all = text.split(eol);
    expect(all[before - 1], `line ${before}`).toBe(expected);
    all.splice(before - 1, 0, ...lines);
    return all.join(eol);
}

function deleteLines(text: string, from: number, to: number, expectedFirst: string, eol = '\n'): string {
    const all = text.split(eol);
    expect(all[from - 1], `line ${from}`).toBe(expectedFirst);
    all.splice(from - 1, to - from + 1);
    return all.join(eol);
}

async function fixes(workspace: Workspace, name: string, rule: string, line: number): Promise<CodeAction[]> {
    const document = workspace.documents[name];
    const diagnostic = (document.diagnostics ?? []).find((d: Diagnostic) => d.code === rule && d.range.start.line + 1 === line);
    expect(diagnostic, `${rule} at ${name}:${line}`).toBeDefined();
    const actions = await workspace.services.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.uri.toString() },
        range: diagnostic!.range,
        context: { diagnostics: [diagnostic!] },
    });
    return (actions ?? []).filter((a): a is CodeAction => 'title' in a && 'edit' in a);
}

async function applyFix(workspace: Workspace, name: string, rule: string, line: number, title: string): Promise<string> {
    const action = (await fixes(workspace, name, rule, line)).find(a => a.title === title);
    expect(action, `"${title}" among ${(await fixes(workspace, name, rule, line)).map(a => a.title).join(' | ')}`).toBeDefined();
    return applyWorkspaceEdit(workspace, action!.edit!)[name];
}

for (const eol of ['\n', '\r\n']) {
    const label = eol === '\n' ? 'LF' : 'CRLF';
    const source = taller.replace(/\n/g, eol);
    const lines = (...texts: string[]) => texts;

    describe(`quick fixes on taller.journey (${label}) change exactly one place`, () => {
        const cases: { rule: string; line: number; title: string; expected: () => string }[] = [
            {
                rule: 'unused-declaration',
                line: 24,
                title: 'Remove the unused declaration "correo"',
                expected: () => deleteLines(source, 24, 24, 'channel correo "Correo electrónico"', eol),
            },
            {
                rule: 'moment-of-truth-without-kpi',
                line: 66,
                title: 'Insert a KPI skeleton',
                expected: () =>
                    insertBefore(source, 79, '    }', lines('      kpi "" {', '        current ""', '        target ""', '        unit ""', '      }'), eol),
            },
            {
                rule: 'opportunity-without-horizon',
                line: 86,
                title: 'Set horizon to medium term',
                expected: () => insertBefore(source, 88, '      }', lines('        horizon medium'), eol),
            },
            {
                rule: 'missing-owner',
                line: 94,
                title: 'Set owner to Recepcion',
                expected: () => insertBefore(source, 103, '    }', lines('      owner Recepcion'), eol),
            },
            {
                rule: 'missing-owner',
                line: 94,
                title: 'Make Tecnicos the default owner of phase "Facturación y retiro"',
                expected: () => insertBefore(source, 94, '    touchpoint Pago "Paga y retira el auto" {', lines('    owner Tecnicos'), eol),
            },
            {
                rule: 'gap-without-owner',
                line: 99,
                title: 'Set owner to CallCenter',
                expected: () => insertBefore(source, 102, '      }', lines('        owner CallCenter'), eol),
            },
            {
                rule: 'missing-owner',
                line: 94,
                title: 'Declare a new team and make it the owner',
                expected: () => insertBefore(source, 103, '    }', lines('      owner NewTeam'), eol) + `${eol}team NewTeam "New team"${eol}`,
            },
            {
                rule: 'unaddressed-pain',
                line: 104,
                title: 'Insert an opportunity to address the pain',
                expected: () => insertBefore(source, 110, '    }', lines('      opportunity "" {', '        horizon short', '      }'), eol),
            },
            {
                rule: 'missing-emotion',
                line: 126,
                title: 'Insert emotion 3 ""',
                expected: () => insertBefore(source, 130, '    }', lines('      emotion 3 ""'), eol),
            },
            {
                rule: 'empty-phase',
                line: 133,
                title: 'Insert a touchpoint skeleton',
                expected: () =>
                    insertBefore(source, 135, '  }', lines('    touchpoint NewTouchpoint "" {', '      action ""', '      emotion 3 ""', '    }'), eol),
            },
        ];
        for (const fix of cases) {
            it(`${fix.rule}: ${fix.title}`, async () => {
                const workspace = await openWorkspace({ 'taller.journey': source });
                const result = await applyFix(workspace, 'taller.journey', fix.rule, fix.line, fix.title);
                expect(result).toBe(fix.expected());
                // And the finding it fixes is gone, with no new error.
                const after = await openWorkspace({ 'taller.journey': result });
                const diagnostics = after.documents['taller.journey'].diagnostics ?? [];
                expect(diagnostics.filter(d => d.severity === 1)).toEqual([]);
                expect(diagnostics.some(d => d.code === fix.rule && d.range.start.line + 1 === fix.line)).toBe(false);
            });
        }
    });
}

describe('quick fixes in a two-file workspace edit only the file they name', () => {
    it('removing an unused persona of people.journey leaves onboarding.journey untouched', async () => {
        // Alone, people.journey's declarations are unused: remove Tom (lines 10–14).
        const workspace = await openWorkspace({ 'people.journey': people });
        const result = await applyFix(workspace, 'people.journey', 'unused-declaration', 10, 'Remove the unused declaration "Tom"');
        const all = people.split('\n');
        expect(all[9]).toMatch(/^persona Tom /);
        expect(result).toBe([...all.slice(0, 9), ...all.slice(14)].join('\n'));
    });

    it('declaring a missing team appends one line at the end of the file', async () => {
        const workspace = await openWorkspace({ 'onboarding.journey': onboarding });
        const result = await applyFix(workspace, 'onboarding.journey', 'unresolved-reference', 11, 'Declare team "Growth"');
        expect(result).toBe(onboarding + '\nteam Growth\n');
    });
});

describe('rename changes exactly the references, across files', () => {
    it('renaming team Success in people.journey renames its declaration and every owner in onboarding.journey, nothing else', async () => {
        const workspace = await openWorkspace({ 'people.journey': people, 'onboarding.journey': onboarding });
        const document = workspace.documents['people.journey'];
        const line = people.split('\n').findIndex(l => l.startsWith('team Success'));
        const edit = await workspace.services.lsp.RenameProvider!.rename(document, {
            textDocument: { uri: document.uri.toString() },
            position: { line, character: 'team S'.length },
            newName: 'Éxito',
        });
        const result = applyWorkspaceEdit(workspace, edit!);
        // Identifiers only: `owner Success` lines and the declaration; never inside strings or comments.
        const renameOwner = (text: string) => text.replace(/^(\s*owner )Success$/gm, '$1Éxito');
        expect(result['people.journey']).toBe(people.replace(/^team Success /m, 'team Éxito '));
        expect(result['onboarding.journey']).toBe(renameOwner(onboarding));
        expect((onboarding.match(/^\s*owner Success$/gm) ?? []).length).toBeGreaterThan(0);
    });
});

describe('formatting changes only whitespace, and exactly the layout it promises', () => {
    it('formats taller.journey: a blank line after block declarations, the lone brace moved up; nothing else', async () => {
        const workspace = await openWorkspace({ 'taller.journey': taller });
        const document = workspace.documents['taller.journey'];
        const edits = await workspace.services.lsp.Formatter!.formatDocument(document, {
            textDocument: { uri: document.uri.toString() },
            options: { tabSize: 2, insertSpaces: true },
        });
        const formatted = applyTextEdits(taller, edits);
        let expected = taller.replace(
            'team Recepcion "Recepción de vehículos" {\n  lead "Jefe de taller"\n}\nteam Tecnicos',
            'team Recepcion "Recepción de vehículos" {\n  lead "Jefe de taller"\n}\n\nteam Tecnicos',
        );
        expected = expected.replace('touchpoint Lavado "Encuentra el auto sin lavar"\n    {', 'touchpoint Lavado "Encuentra el auto sin lavar" {');
        expected = expected.replace('team CallCenter "Central telefónica"\nteam Recepcion', 'team CallCenter "Central telefónica"\n\nteam Recepcion');
        expect(formatted).toBe(expected);
    });

    it('leaves the already formatted seguro.journey and onboarding.journey byte for byte', async () => {
        for (const [name, text] of [
            ['seguro.journey', seguro],
            ['onboarding.journey', onboarding],
        ] as const) {
            const workspace = await openWorkspace({ [name]: text });
            const document = workspace.documents[name];
            const edits = await workspace.services.lsp.Formatter!.formatDocument(document, {
                textDocument: { uri: document.uri.toString() },
                options: { tabSize: 2, insertSpaces: true },
            });
            expect(applyTextEdits(text, edits), name).toBe(text);
        }
    });

    it('brings a scrambled copy of seguro.journey (tabs, CRLF, odd indentation, trailing blanks) back to the original exactly', async () => {
        const scrambled = seguro
            .split('\n')
            .map((line, i) => `${i % 3 === 0 ? '\t' : ' '.repeat(i % 7)}${line.trimStart()}${i % 4 === 0 ? '  ' : ''}`)
            .join('\r\n');
        const workspace = await openWorkspace({ 'seguro.journey': scrambled });
        const document = workspace.documents['seguro.journey'];
        const edits = await workspace.services.lsp.Formatter!.formatDocument(document, {
            textDocument: { uri: document.uri.toString() },
            options: { tabSize: 2, insertSpaces: true },
        });
        const formatted = applyTextEdits(scrambled, edits);
        expect(formatted.replace(/\r\n/g, '\n')).toBe(seguro);
    });

    it('keeps a CRLF file in CRLF', async () => {
        const crlf = seguro
            .split('\n')
            .map(line => `   ${line.trimStart()}`)
            .join('\r\n');
        const workspace = await openWorkspace({ 'seguro.journey': crlf });
        const document = workspace.documents['seguro.journey'];
        const edits = await workspace.services.lsp.Formatter!.formatDocument(document, {
            textDocument: { uri: document.uri.toString() },
            options: { tabSize: 2, insertSpaces: true },
        });
        const formatted = applyTextEdits(crlf, edits);
        expect(formatted).toBe(seguro.replace(/\n/g, '\r\n'));
    });
});
