// The TextMate grammar as VS Code runs it (vscode-textmate + Oniguruma, taken from the
// provisioned code-server when present) and the language configuration's patterns.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const vscodeModules = '.cache/vscode/code-server-4.100.3/node_modules/code-server/lib/vscode/node_modules';
const available = existsSync(join(vscodeModules, 'vscode-textmate')) && existsSync(join(vscodeModules, 'vscode-oniguruma'));
const grammarJson = JSON.parse(readFileSync('syntaxes/journey.tmLanguage.json', 'utf8'));

type Token = { text: string; scopes: string[] };

async function tokenizer(): Promise<(text: string) => Token[][]> {
    const require = createRequire(join(process.cwd(), vscodeModules, 'x.js'));
    const textmate = require('vscode-textmate');
    const oniguruma = require('vscode-oniguruma');
    await oniguruma.loadWASM(readFileSync(join(vscodeModules, 'vscode-oniguruma/release/onig.wasm')).buffer);
    const registry = new textmate.Registry({
        onigLib: Promise.resolve({
            createOnigScanner: (s: string[]) => new oniguruma.OnigScanner(s),
            createOnigString: (s: string) => new oniguruma.OnigString(s),
        }),
        loadGrammar: async () => grammarJson,
    });
    const grammar = await registry.loadGrammar('source.journey');
    return (text: string) => {
        let state = textmate.INITIAL;
        return text.split('\n').map(line => {
            const result = grammar.tokenizeLine(line, state);
            state = result.ruleStack;
            return result.tokens.map((t: { startIndex: number; endIndex: number; scopes: string[] }) => ({
                text: line.slice(t.startIndex, t.endIndex),
                scopes: t.scopes,
            }));
        });
    };
}

function scopeOf(lines: Token[][], text: string): string {
    for (const line of lines) for (const token of line) if (token.text === text) return token.scopes.at(-1)!;
    throw new Error(`no token ${text}`);
}

describe('TextMate grammar', () => {
    it('compiles its regular expressions (as JavaScript, with the u flag)', () => {
        const walk = (value: unknown): void => {
            if (Array.isArray(value)) value.forEach(walk);
            else if (value && typeof value === 'object') {
                for (const [key, inner] of Object.entries(value)) {
                    if (['match', 'begin', 'end'].includes(key)) expect(() => new RegExp(inner as string, 'u')).not.toThrow();
                    else walk(inner);
                }
            }
        };
        walk(grammarJson);
        const configuration = JSON.parse(readFileSync('language-configuration.json', 'utf8'));
        const word = new RegExp(configuration.wordPattern.pattern, configuration.wordPattern.flags);
        expect('preocupación'.match(word)?.[0]).toBe('preocupación');
        expect(new RegExp(configuration.indentationRules.increaseIndentPattern).test('  touchpoint A "a" {')).toBe(true);
        expect(new RegExp(configuration.indentationRules.decreaseIndentPattern).test('  }')).toBe(true);
    });

    it.skipIf(!available)('scopes keywords in both languages, names, references, strings, comments and numbers', async () => {
        const tokenize = await tokenizer();
        const lines = tokenize(
            [
                '// comment',
                'persona Jorge "Jorge \\"J\\" Paredes" {',
                '  preocupación "x"',
                '}',
                'equipo Ventas /* block */',
                'canal sitio "Sitio"',
                'recorrido R {',
                '  persona Jorge, Ana',
                '  fase F {',
                '    contacto C {',
                '      canal sitio',
                '      responsable Ventas',
                '      emoción 4 "ok"',
                '      indicador "i" { actual 3.2 }',
                '      horizonte mediano',
                '      momento-de-verdad',
                '    }',
                '  }',
                '}',
            ].join('\n'),
        );
        expect(lines[0][1].scopes).toContain('comment.line.double-slash.journey');
        expect(scopeOf(lines, ' block ')).toBe('comment.block.journey');
        expect(scopeOf(lines, 'Jorge')).toBe('entity.name.type.persona.journey');
        expect(scopeOf(lines, '\\"')).toBe('constant.character.escape.journey');
        expect(scopeOf(lines, 'preocupación')).toBe('keyword.other.property.journey');
        expect(scopeOf(lines, 'Ventas')).toBe('entity.name.type.team.journey');
        expect(scopeOf(lines, 'emoción')).toBe('keyword.other.property.journey');
        expect(scopeOf(lines, '4')).toBe('constant.numeric.journey');
        expect(scopeOf(lines, '3.2')).toBe('constant.numeric.journey');
        expect(scopeOf(lines, 'mediano')).toBe('constant.language.enum.journey');
        expect(scopeOf(lines, 'momento-de-verdad')).toBe('keyword.other.moment-of-truth.journey');
        expect(scopeOf(lines, 'Ana')).toBe('variable.other.persona.journey');
        expect(lines[11].find(t => t.text === 'Ventas')!.scopes.at(-1)).toBe('variable.other.team.journey');
        expect(lines[10].find(t => t.text === 'sitio')!.scopes.at(-1)).toBe('variable.other.channel.journey');
        expect(lines[5].find(t => t.text === 'sitio')!.scopes.at(-1)).toBe('entity.name.type.channel.journey');
    });

    it.skipIf(!available)('scopes the persona of an emotion line and the journey an improves names as references', async () => {
        const tokenize = await tokenizer();
        const lines = tokenize(
            [
                'recorrido F {',
                '  mejora Reposicion',
                '  fase A {',
                '    contacto C {',
                '      emoción Marta 2 "irritada"',
                '      emotion 4',
                '    }',
                '  }',
                '}',
            ].join('\n'),
        );
        expect(lines[1].find(t => t.text === 'mejora')!.scopes.at(-1)).toBe('keyword.other.property.journey');
        expect(lines[1].find(t => t.text === 'Reposicion')!.scopes.at(-1)).toBe('variable.other.journey.journey');
        expect(lines[4].find(t => t.text === 'emoción')!.scopes.at(-1)).toBe('keyword.other.property.journey');
        expect(lines[4].find(t => t.text === 'Marta')!.scopes.at(-1)).toBe('variable.other.persona.journey');
        expect(lines[4].find(t => t.text === '2')!.scopes.at(-1)).toBe('constant.numeric.journey');
        expect(lines[5].find(t => t.text === '4')!.scopes.at(-1)).toBe('constant.numeric.journey');
    });
});
