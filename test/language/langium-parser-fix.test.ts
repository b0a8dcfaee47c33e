// scripts/langium-parser-fix.mjs: the esbuild plugin that takes two allocations out of every
// Langium parse. The journey parser is bundled with and without it, as the extension and the
// command line are bundled, and both must give the same trees (every node's type, values,
// references, container and text range), the same syntax errors and the same recovery.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { langiumParserFix, withParserFixes } from '../../scripts/langium-parser-fix.mjs';
import { exampleFiles } from '../helpers/example-files.js';

/** The entry bundled: parses a text and describes the whole result as JSON. */
const ENTRY = `
import { EmptyFileSystem, isAstNode, isReference } from 'langium';
import { createJourneyCoreServices } from './language/journey-module.js';
const { Journey } = createJourneyCoreServices(EmptyFileSystem);
const describeNode = node => {
    const out = { type: node.$type, in: node.$containerProperty, at: node.$containerIndex, range: node.$cstNode?.range, text: node.$cstNode?.text };
    for (const [name, value] of Object.entries(node)) {
        if (name.startsWith('$')) continue;
        const one = item => (isAstNode(item) ? describeNode(item) : isReference(item) ? { ref: item.$refText, range: item.$refNode?.range } : item);
        out[name] = Array.isArray(value) ? value.map(one) : one(value);
    }
    return out;
};
export function describeParse(text) {
    const result = Journey.parser.LangiumParser.parse(text);
    return JSON.stringify({
        tree: describeNode(result.value),
        lexerErrors: result.lexerErrors.map(error => [error.offset, error.message]),
        parserErrors: result.parserErrors.map(error => [error.token.startOffset, error.message]),
    });
}
`;

type Parse = (text: string) => string;

/** The journey parser bundled for Node as esbuild.mjs bundles the server, with or without the plugin. */
async function parserBundle(fixed: boolean): Promise<{ code: string; describeParse: Parse }> {
    const result = await build({
        stdin: { contents: ENTRY, resolveDir: process.cwd(), loader: 'ts' },
        bundle: true,
        platform: 'node',
        format: 'cjs',
        write: false,
        logLevel: 'silent',
        plugins: fixed ? [langiumParserFix()] : [],
    });
    const code = result.outputFiles[0].text;
    const module = { exports: {} as { describeParse: Parse } };
    new Function('module', 'exports', 'require', code)(module, module.exports, createRequire(import.meta.url));
    return { code, describeParse: module.exports.describeParse };
}

const taller = readFileSync(join('examples', 'taller.journey'), 'utf8');
const BROKEN: [string, string][] = [
    // A value of the wrong kind, a missing brace, a stray token and an unterminated string: recovery at work.
    ['a wrong value', taller.replace(/owner \w+/, 'owner "Ops"')],
    ['a missing brace', taller.replace(/\n {2}\}\n/, '\n')],
    ['a stray token', taller.replace(/(touchpoint \w+ "[^"]*" \{)/, '$1 } }')],
    ['an unterminated string', taller.replace(/pain "([^"]*)"/, 'pain "$1')],
];

let stock: Awaited<ReturnType<typeof parserBundle>>;
let fixed: Awaited<ReturnType<typeof parserBundle>>;
beforeAll(async () => {
    [stock, fixed] = await Promise.all([parserBundle(false), parserBundle(true)]);
}, 120_000);

describe('the Langium parser fix', () => {
    it('is in the bundle it builds, and only there', () => {
        expect(fixed.code).toContain('currentArgs = args');
        expect(fixed.code).toContain('for (const name in node)');
        expect(stock.code).not.toContain('currentArgs = args');
        expect(stock.code).not.toContain('for (const name in node)');
    });

    it('fails the build, naming itself, when a Langium release changed that code', () => {
        expect(() => withParserFixes('export function linkContentToContainer(node) {}', '/x/node_modules/langium/lib/utils/ast-utils.js')).toThrow(
            /ast-utils\.js: Langium's code changed \(export function linkContentToContainer.*\); review scripts\/langium-parser-fix\.mjs/,
        );
        expect(() => withParserFixes('function buildAlternatives() {}', '/x/node_modules/langium/lib/parser/parser-builder-base.js')).toThrow(
            /parser-builder-base\.js: Langium's code changed \(function buildAlternatives.*\)/,
        );
        expect(withParserFixes('anything else', '/x/node_modules/langium/lib/index.js')).toBe('anything else');
    });

    for (const [name, text] of [...exampleFiles(), ...BROKEN]) {
        it(`parses ${name} exactly as Langium without it`, () => {
            const described = fixed.describeParse(text);
            expect(described).toBe(stock.describeParse(text));
            // The description is not empty: nodes with their containers and ranges.
            expect(described).toMatch(/"in":"\w+","at":\d+,"range":\{"start":\{"line":\d+/);
        });
    }

    it('gives the broken texts their syntax errors, the same with and without it', () => {
        for (const [, text] of BROKEN)
            expect(JSON.parse(fixed.describeParse(text)).parserErrors.length + JSON.parse(fixed.describeParse(text)).lexerErrors.length).toBeGreaterThan(0);
    });
});
