// No message, hover, fix title or label shows a placeholder: every template of
// language/i18n, in English and Spanish, reads as a sentence when its values are empty or
// missing (a name not typed yet), and the lint of a half-typed map shows none.
import { describe, expect, it } from 'vitest';
import { format, type Locale } from '../../language/i18n/locale.js';
import { message, MESSAGE_KEYS } from '../../language/i18n/messages.js';
import { SYNTAX_WORDS } from '../../language/i18n/syntax-messages.js';
import { main } from '../../cli/main.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { openWorkspace } from '../lsp/lsp-workspace.js';

const LOCALES: Locale[] = ['en', 'es'];

/** What a user must never read: a placeholder, empty quotes, a doubled space, a space before punctuation, empty parentheses. */
function flaws(text: string): string[] {
    const found: string[] = [];
    if (/\{\d+\}/.test(text)) found.push('placeholder');
    if (/""|''|``|“”/.test(text)) found.push('empty quotes');
    if (/ {2}/.test(text)) found.push('doubled space');
    if (/ [.,:;!?)]/.test(text)) found.push('space before punctuation');
    if (/\(\)/.test(text)) found.push('empty parentheses');
    if (text !== text.trim()) found.push('untrimmed');
    if (/:$/.test(text)) found.push('dangling colon');
    return found;
}

const templates = LOCALES.flatMap(locale => [
    ...MESSAGE_KEYS.map(key => ({ name: `${locale} ${key}`, fill: (...args: (string | undefined)[]) => message(locale, key, ...args) })),
    // `or` joins alternatives; it is no message of its own.
    ...Object.entries(SYNTAX_WORDS[locale])
        .filter(([key]) => key !== 'or')
        .map(([key, template]) => ({ name: `${locale} syntax ${key}`, fill: (...args: (string | undefined)[]) => format(template, args) })),
]);

describe('messages with empty or missing values', () => {
    it.each(templates)('$name reads without a placeholder', ({ fill }) => {
        for (const args of [[], ['', '', ''], [undefined, undefined, undefined], ['', 'x', ''], ['x', '', 'y']]) {
            const text = fill(...args);
            expect(flaws(text), JSON.stringify({ args, text })).toEqual([]);
        }
    });

    it('says "Phase has no touchpoint" while the phase has no name, in English and Spanish', () => {
        expect(message('en', 'empty-phase', '')).toBe('Phase has no touchpoint: a hole in the journey.');
        expect(message('es', 'empty-phase', undefined)).toBe('La fase no tiene contactos: un hueco en el recorrido.');
        expect(message('en', 'unresolved-reference', 'team', '')).toBe('Unknown team: no team with this id is declared in the workspace.');
        expect(message('en', 'syntax-error', '')).toBe('Syntax error');
        expect(message('en', 'unused-declaration', '', '')).toBe('Is declared but never referred to in the workspace.');
    });

    it('keeps every value that is there, 0 included, and quotes it', () => {
        expect(message('en', 'empty-phase', 'Buy')).toBe('Phase "Buy" has no touchpoint: a hole in the journey.');
        expect(message('en', 'moment-order', 'Buy', 0, 2)).toBe('Phase "Buy" is at moment 0, before the previous phase (moment 2).');
    });
});

describe('the lint of a half-typed map', () => {
    const halfTyped = [
        'journey J {\n  persona \n  phase \n}\n',
        'journey J {\n  phase P {\n    touchpoint \n  }\n}\n',
        'journey J {\n  phase P {\n    touchpoint T {\n      gap \n      kpi \n      opportunity \n      owner \n      channel \n    }\n  }\n}\n',
        'team \nchannel \npersona \njourney ',
    ];

    it.each(LOCALES)('shows no placeholder in the editor (%s)', async locale => {
        for (const text of halfTyped) {
            const workspace = await openWorkspace({ 'map.journey': text }, { locale });
            const diagnostics = workspace.documents['map.journey'].diagnostics ?? [];
            expect(diagnostics.length).toBeGreaterThan(0);
            for (const diagnostic of diagnostics) {
                expect(flaws(String(diagnostic.message)), String(diagnostic.message)).toEqual([]);
                for (const related of diagnostic.relatedInformation ?? []) expect(flaws(related.message), related.message).toEqual([]);
            }
        }
    });

    it.each(LOCALES)('shows no placeholder from journey lint (%s)', async locale => {
        const dir = mkdtempSync(path.join(tmpdir(), 'journey-messages-'));
        try {
            const file = path.join(dir, 'map.journey');
            writeFileSync(file, 'journey J {\n  phase \n}\n');
            let stdout = '';
            await main(['lint', file, '--format', 'json', '--lang', locale], {
                stdout: text => {
                    stdout += String(text);
                },
                stderr: () => undefined,
            });
            const findings = JSON.parse(stdout) as { rule: string; message: string }[];
            expect(findings.map(finding => finding.rule)).toContain('empty-phase');
            for (const finding of findings) expect(flaws(finding.message), finding.message).toEqual([]);
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });
});
