// The normative examples of LANGUAGE.md yield exactly the diagnostics it lists, no more.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintFiles, SEVERITY } from '../helpers/lint.js';

const read = (name: string) => readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8');
const EXAMPLES = {
    'taller.journey': read('taller.journey'),
    'seguro.journey': read('seguro.journey'),
    'equipo/onboarding.journey': read('equipo/onboarding.journey'),
    'equipo/people.journey': read('equipo/people.journey'),
    'farmacia/actual.journey': read('farmacia/actual.journey'),
    'farmacia/futuro.journey': read('farmacia/futuro.journey'),
};

/** The eight findings of taller.journey: rule, severity, and the text the range covers. */
const TALLER = [
    ['missing-owner', 'warning', 'Pago'],
    ['gap-without-owner', 'warning', '"Espera para la facturación"'],
    ['unaddressed-pain', 'warning', 'Lavado'],
    ['missing-emotion', 'warning', 'Recordatorio'],
    ['empty-phase', 'warning', 'Lealtad'],
    ['opportunity-without-horizon', 'info', '"Capacitación técnica de asesores"'],
    ['moment-of-truth-without-kpi', 'info', 'DejaAuto'],
    ['unused-declaration', 'hint', 'correo'],
] as const;

/** The four findings of farmacia/ (the two files together), by file. */
const FARMACIA = {
    'farmacia/actual.journey': [
        ['missing-emotion', 'warning', 'Verificacion'],
        ['persona-not-involved', 'warning', 'Marta'],
        ['repeated-reference', 'warning', 'Marta'],
    ],
    'farmacia/futuro.journey': [['unimproved-pain', 'info', 'Recepcion']],
} as const;

const sorted = (rows: readonly (readonly string[])[]) => rows.map(row => [...row]).sort((a, b) => a.join().localeCompare(b.join()));

function described(file: {
    document: { textDocument: { getText(range?: unknown): string } };
    diagnostics: import('vscode-languageserver-types').Diagnostic[];
}) {
    return file.diagnostics
        .map(d => [String(d.code), Object.entries(SEVERITY).find(([, v]) => v === d.severity)![0], file.document.textDocument.getText(d.range)])
        .sort((a, b) => a.join().localeCompare(b.join()));
}

describe('normative examples', () => {
    it('taller.journey alone yields exactly its eight findings, on the right elements', async () => {
        const files = await lintFiles({ 'taller.journey': EXAMPLES['taller.journey'] });
        expect(described(files['taller.journey'])).toEqual([...TALLER].map(t => [...t]).sort((a, b) => a.join().localeCompare(b.join())));
    });

    it('taller.journey findings are at the lines of LANGUAGE.md elements', async () => {
        const files = await lintFiles({ 'taller.journey': EXAMPLES['taller.journey'] });
        const lines = files['taller.journey'].diagnostics.map(d => `${d.code}:${d.range.start.line + 1}`).sort();
        expect(lines).toEqual([
            'empty-phase:133',
            'gap-without-owner:99',
            'missing-emotion:126',
            'missing-owner:94',
            'moment-of-truth-without-kpi:66',
            'opportunity-without-horizon:86',
            'unaddressed-pain:104',
            'unused-declaration:24',
        ]);
    });

    it('seguro.journey (Spanish keywords) alone yields none', async () => {
        const files = await lintFiles({ 'seguro.journey': EXAMPLES['seguro.journey'] });
        expect(files['seguro.journey'].document.parseResult.parserErrors).toEqual([]);
        expect(files['seguro.journey'].diagnostics).toEqual([]);
    });

    it('the two files of equipo/ together yield none', async () => {
        const files = await lintFiles({
            'equipo/onboarding.journey': EXAMPLES['equipo/onboarding.journey'],
            'equipo/people.journey': EXAMPLES['equipo/people.journey'],
        });
        expect(files['equipo/onboarding.journey'].diagnostics).toEqual([]);
        expect(files['equipo/people.journey'].diagnostics).toEqual([]);
    });

    it('one file of equipo/ alone has unresolved references and unused declarations', async () => {
        const onboarding = await lintFiles({ 'onboarding.journey': EXAMPLES['equipo/onboarding.journey'] });
        const codes = new Set(onboarding['onboarding.journey'].diagnostics.map(d => d.code));
        expect(codes).toEqual(new Set(['unresolved-reference']));
        const people = await lintFiles({ 'people.journey': EXAMPLES['equipo/people.journey'] });
        expect(people['people.journey'].diagnostics.map(d => d.code)).toEqual(Array(10).fill('unused-declaration'));
    });

    it('the two files of farmacia/ together yield exactly its four findings, on the lines LANGUAGE.md names', async () => {
        const files = await lintFiles({
            'farmacia/actual.journey': EXAMPLES['farmacia/actual.journey'],
            'farmacia/futuro.journey': EXAMPLES['farmacia/futuro.journey'],
        });
        for (const name of ['farmacia/actual.journey', 'farmacia/futuro.journey'] as const) {
            expect(files[name].document.parseResult.parserErrors, name).toEqual([]);
            expect(described(files[name]), name).toEqual(sorted(FARMACIA[name]));
        }
        const lines = files['farmacia/actual.journey'].diagnostics.map(d => `${d.code}:${d.range.start.line + 1}:${d.range.start.character + 1}`).sort();
        // The second Marta of Recordatorio's list, Verificacion, the `emoción Marta` line of Seguimiento.
        expect(lines).toEqual(['missing-emotion:58:14', 'persona-not-involved:84:15', 'repeated-reference:35:22']);
        expect(files['farmacia/futuro.journey'].diagnostics.map(d => d.range.start.line + 1)).toEqual([53]);
    });

    it('farmacia/actual.journey alone: its three; futuro.journey alone cannot resolve what it improves', async () => {
        const actual = await lintFiles({ 'actual.journey': EXAMPLES['farmacia/actual.journey'] });
        expect(described(actual['actual.journey'])).toEqual(sorted(FARMACIA['farmacia/actual.journey']));
        const futuro = await lintFiles({ 'futuro.journey': EXAMPLES['farmacia/futuro.journey'] });
        const unresolved = futuro['futuro.journey'].diagnostics.filter(d => d.code === 'unresolved-reference');
        expect(unresolved.map(d => futuro['futuro.journey'].document.textDocument.getText(d.range))).toContain('Reposicion');
        expect(unresolved.find(d => String(d.message).includes('Reposicion'))!.message).toBe(
            'Unknown journey "Reposicion": no journey with this id is declared in the workspace.',
        );
    });

    it('all examples as one workspace: only the eight of taller.journey and the four of farmacia/', async () => {
        const files = await lintFiles(EXAMPLES);
        expect(described(files['taller.journey'])).toHaveLength(8);
        expect(described(files['farmacia/actual.journey'])).toEqual(sorted(FARMACIA['farmacia/actual.journey']));
        expect(described(files['farmacia/futuro.journey'])).toEqual(sorted(FARMACIA['farmacia/futuro.journey']));
        for (const name of ['seguro.journey', 'equipo/onboarding.journey', 'equipo/people.journey'] as const) {
            expect(files[name].diagnostics, name).toEqual([]);
        }
    });
});
