// Syntax errors read in the display language and in words (language/i18n/syntax-messages.ts):
// what the Problems panel shows for typos that produce each of the parser's and the lexer's
// message formats, in English and Spanish.
import { describe, expect, it } from 'vitest';
import { lint } from '../helpers/lint.js';
import type { Locale } from '../../language/i18n/locale.js';

const TEAM = 'team Ops "Operations"\n';
const journey = (touchpointBody: string) => `${TEAM}journey J "J" {\n  phase P "P" {\n    touchpoint T "T" {\n${touchpointBody}    }\n  }\n}\n`;

async function syntaxErrors(text: string, locale: Locale): Promise<string[]> {
    return (await lint(text, { locale })).filter(d => d.code === 'syntax-error').map(d => `${d.range.start.line + 1}: ${d.message}`);
}

describe('syntax error messages', () => {
    const cases: { name: string; text: string; en: string[]; es: string[] }[] = [
        {
            name: 'a value of the wrong kind (a name for a quoted text)',
            text: journey('      pain unquoted\n'),
            en: ['5: Syntax error: expected a text in quotes, found `unquoted`.'],
            es: ['5: Error de sintaxis: se esperaba un texto entre comillas y se encontró `unquoted`.'],
        },
        {
            name: 'a quoted text for a name',
            text: journey('      owner "Ops"\n'),
            en: ['5: Syntax error: expected a name, found `"Ops"`.'],
            es: ['5: Error de sintaxis: se esperaba un nombre y se encontró `"Ops"`.'],
        },
        {
            name: 'a missing number',
            text: journey('      emotion "tense"\n'),
            en: ['5: Syntax error: expected a number, found `"tense"`.'],
            es: ['5: Error de sintaxis: se esperaba un número y se encontró `"tense"`.'],
        },
        {
            name: 'an unknown word where a property goes',
            text: journey('      ownr Ops\n'),
            en: ['5: Syntax error: expected `}`, found `ownr`.'],
            es: ['5: Error de sintaxis: se esperaba `}` y se encontró `ownr`.'],
        },
        {
            name: 'a block left open at the end of the file',
            text: `${TEAM}journey J "J" {\n  phase P "P" {\n`,
            en: ['3: Syntax error: expected `}`, found the end of the file.'],
            es: ['3: Error de sintaxis: se esperaba `}` y se encontró el final del archivo.'],
        },
        {
            name: 'text after the last declaration',
            text: `${TEAM}}\n`,
            en: ['2: Syntax error: expected the end of the file, found `}`.'],
            es: ['2: Error de sintaxis: se esperaba el final del archivo y se encontró `}`.'],
        },
        {
            name: 'a stray `}` that ends a touchpoint before its indented lines',
            text: journey('      }\n      channel web\n'),
            en: ['6: Syntax error: `channel` is indented inside a block that the `}` above already closed: is that `}` one too many?'],
            es: ['6: Error de sintaxis: `channel` está sangrado dentro de un bloque que la `}` de arriba ya cerró: ¿sobra esa `}`?'],
        },
        {
            name: 'a touchpoint whose `{` was deleted',
            text: journey('      channel web\n').replace('"T" {', '"T"'),
            en: ['5: Syntax error: `channel` is indented inside the line above, which opens no block: is a `{` missing?'],
            es: ['5: Error de sintaxis: `channel` está sangrado dentro de la línea de arriba, que no abre ningún bloque: ¿falta una `{`?'],
        },
        {
            name: 'a character the language does not use',
            text: `${TEAM}team Sales "Sales" ; \n`,
            en: ['2: Syntax error: unexpected character `;`.'],
            es: ['2: Error de sintaxis: carácter inesperado `;`.'],
        },
    ];
    for (const { name, text, en, es } of cases) {
        it(`${name}: in English and in Spanish`, async () => {
            expect(await syntaxErrors(text, 'en')).toEqual(en);
            expect(await syntaxErrors(text, 'es')).toEqual(es);
        });
    }

    it('points a stray `}` error at the brace too, as its related location', async () => {
        const text = journey('      }\n      channel web\n');
        for (const [locale, said] of [
            ['en', 'the `}` that closed the block'],
            ['es', 'la `}` que cerró el bloque'],
        ] as const) {
            const [error] = (await lint(text, { locale })).filter(d => d.code === 'syntax-error');
            // The error is on `channel` (line 6); the brace above it is line 5, column 7.
            expect(error.range.start).toEqual({ line: 5, character: 6 });
            expect(error.relatedInformation).toEqual([
                {
                    location: { uri: expect.stringMatching(/test\.journey$/), range: { start: { line: 4, character: 6 }, end: { line: 4, character: 7 } } },
                    message: said,
                },
            ]);
        }
        // Other syntax errors have none.
        expect((await lint(journey('      impact huge\n'))).find(d => d.code === 'syntax-error')?.relatedInformation).toBeUndefined();
    });

    it('names the alternatives when several may come', async () => {
        const text = journey('      impact huge\n');
        expect(await syntaxErrors(text, 'en')).toEqual(['5: Syntax error: expected `high`, `medium`, `low`, `alto`, `medio` or `bajo`, found `huge`.']);
        expect(await syntaxErrors(text, 'es')).toEqual([
            '5: Error de sintaxis: se esperaba `high`, `medium`, `low`, `alto`, `medio` o `bajo` y se encontró `huge`.',
        ]);
    });
});
