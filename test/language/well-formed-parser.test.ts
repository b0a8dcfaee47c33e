// language/parser/well-formed-parser.ts: the parser for text without syntax errors must build
// exactly the tree Langium's parser builds, and give every other text to Langium's parser. Each
// text here is parsed by the journey parser (which tries the well-formed parser first) and by
// one whose well-formed parser is switched off, and the whole results are compared: every AST
// node with its properties in order, references, containers and CST node; every CST node with
// its kind, position, token type, grammar element, AST node and place in the tree; the errors.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { AstUtils, CstUtils, EmptyFileSystem, isAstNode, isLeafCstNode, isReference, type AstNode, type CstNode, type ParseResult } from 'langium';
import { describe, expect, it } from 'vitest';
import { journeyText, singleFileText } from '../../bench/generate.mjs';
import { createJourneyCoreServices } from '../../language/journey-module.js';
import type { Model } from '../../language/generated/ast.js';
import type { WellFormedParser } from '../../language/parser/well-formed-parser.js';
import { exampleFiles } from '../helpers/example-files.js';

const withFastPath = createJourneyCoreServices(EmptyFileSystem).Journey;
const langiumOnly = createJourneyCoreServices(EmptyFileSystem).Journey;
(langiumOnly.parser.LangiumParser as unknown as { wellFormed: undefined }).wellFormed = undefined;
const wellFormed = (withFastPath.parser.LangiumParser as unknown as { wellFormed: WellFormedParser }).wellFormed;

/** The grammar elements of a grammar, numbered in document order (two service sets, two grammars). */
function grammarIndex(services: typeof withFastPath): Map<unknown, number> {
    return new Map(
        AstUtils.streamAst(services.Grammar)
            .toArray()
            .map((element, index) => [element, index]),
    );
}
const grammarOf = new Map([
    [withFastPath, grammarIndex(withFastPath)],
    [langiumOnly, grammarIndex(langiumOnly)],
]);

/** The whole parse result as JSON, objects named by their place in the trees. */
function describeParse(result: ParseResult<AstNode>, services: typeof withFastPath): string {
    const grammar = grammarOf.get(services)!;
    const root = result.value;
    const astNodes = AstUtils.streamAst(root).toArray();
    const astId = new Map(astNodes.map((node, index) => [node, index]));
    const cstNodes = root.$cstNode ? CstUtils.streamCst(root.$cstNode).toArray() : [];
    const cstId = new Map<CstNode, number>(cstNodes.map((node, index) => [node, index]));
    const astOf = (node: CstNode) => {
        try {
            return astId.get(node.astNode) ?? 'outside';
        } catch {
            return 'none';
        }
    };
    const value = (item: unknown): unknown =>
        isAstNode(item)
            ? `ast ${astId.get(item)}`
            : isReference(item)
              ? { ref: item.$refText, node: item.$refNode && cstId.get(item.$refNode) }
              : Array.isArray(item)
                ? item.map(value)
                : item;
    const ast = astNodes.map(node => ({
        keys: Object.keys(node),
        container: node.$container && astId.get(node.$container),
        property: node.$containerProperty,
        index: node.$containerIndex,
        cst: node.$cstNode && cstId.get(node.$cstNode),
        values: Object.entries(node)
            .filter(([key]) => !key.startsWith('$') || key === '$type')
            .map(([key, item]) => [key, value(item)]),
    }));
    const cst = cstNodes.map(node => ({
        leaf: isLeafCstNode(node),
        at: [node.offset, node.length, node.end],
        range: node.range,
        text: node.text,
        hidden: node.hidden,
        token: isLeafCstNode(node) ? node.tokenType.name : undefined,
        grammar: node.grammarSource && grammar.get(node.grammarSource),
        ast: astOf(node),
        container: node.container && cstId.get(node.container),
        content: 'content' in node ? (node.content as CstNode[]).map(child => cstId.get(child)) : undefined,
    }));
    return JSON.stringify({
        ast,
        cst,
        rootText: root.$cstNode?.text,
        lexerErrors: result.lexerErrors.map(error => [error.offset, error.length, error.line, error.column, error.message]),
        lexerReport: result.lexerReport,
        parserErrors: result.parserErrors.map(error => [error.token.startOffset, error.token.image, error.message]),
    });
}

const parseBoth = (text: string, rule?: string) => {
    const options = rule ? { rule } : undefined;
    return {
        fast: describeParse(withFastPath.parser.LangiumParser.parse(text, options), withFastPath),
        langium: describeParse(langiumOnly.parser.LangiumParser.parse(text, options), langiumOnly),
        wellFormed: wellFormed.parse(text, rule) !== undefined,
    };
};

const taller = readFileSync(join('examples', 'taller.journey'), 'utf8');

/** Well-formed texts that exercise the scanner: every kind of space, comment, escape and number. */
const WELL_FORMED: [string, string][] = [
    ['a generated map of 100 touchpoints', singleFileText(100)],
    ['a generated journey with Spanish keywords', journeyText('Recorrido', 30, 3)],
    ['CRLF line ends', taller.replace(/\n/g, '\r\n')],
    ['CR line ends and tabs', taller.replace(/\n/g, '\r').replace(/ {4}/g, '\t')],
    ['comments everywhere', taller.replace(/\{\n/g, '{ // opens\n/* a block\r\n comment */\n').replace(/\n\}/g, '\n/* last */ }') + '\n// trailing\n/* end */'],
    ['only comments', '// nothing yet\n/* still\nnothing */'],
    ['an empty file', ''],
    ['Unicode spaces', taller.replace(/ touchpoint /g, '\u00a0touchpoint\u2028').replace(/ owner /g, '\u3000owner\ufeff')],
    [
        'identifiers that start with keywords, accents, escapes and signs',
        `persona personas "Los \\"otros\\" \\\\ y más" { rol "a\\tb" }\nequipo Diseño\ncanal canales\nrecorrido R "x" {\n  persona personas\n  fase F {\n    momento 1\n    contacto momentos "y" {\n      canal canales\n      responsable Diseño\n      emoción personas -2.5 "mal"\n      emoción +3\n      momento-de-verdad\n      moment-of-truth\n      impacto alto\n      oportunidad "o" { horizonte corto responsable Diseño }\n      indicador "k" { actual 1.25 objetivo "2" unidad "%" }\n      brecha "b" { actual "1" objetivo 2 cambio "c" }\n    }\n    contacto Vacío\n  }\n}\n`,
    ],
    ['a description-only journey', 'journey J { description "d" descripción "e" descripcion "f" }'],
];

/** Texts with lexer or syntax errors: the well-formed parser gives them up to Langium's. */
const BROKEN: [string, string][] = [
    ['a wrong value', taller.replace(/owner \w+/, 'owner "Ops"')],
    ['a missing brace', taller.replace(/\n {2}\}\n/, '\n')],
    ['a stray token', taller.replace(/(touchpoint \w+ "[^"]*" \{)/, '$1 } }')],
    ['an unterminated string', taller.replace(/pain "([^"]*)"/, 'pain "$1')],
    ['an unterminated comment', `${taller}\n/* never closed`],
    ['an unknown character', taller.replace('owner', '#owner')],
    ['a number without digits after its point', taller.replace(/emotion (\d)/, 'emotion $1.')],
    ['a lone sign', taller.replace(/emotion (\d)/, 'emotion -')],
    ['a hyphenated keyword run on', taller.replace('{\n', '{\n moment-of \n')],
    ['a string across lines', taller.replace(/pain "([^"]*)"/, 'pain "$1\n"')],
    ['an escaped line break', taller.replace(/pain "([^"]*)"/, 'pain "$1\\\n"')],
    ['a letter outside the Basic Multilingual Plane', taller.replace('owner', 'owner 𝒜')],
];

describe('the well-formed parser', () => {
    it('is used for this grammar', () => {
        expect(wellFormed).toBeDefined();
        const result = wellFormed.parse<Model>(taller, undefined);
        expect(result?.value.declarations.map(declaration => declaration.name)).toEqual([
            'Carla',
            'CallCenter',
            'Recepcion',
            'Tecnicos',
            'Marketing',
            'telefono',
            'mostrador',
            'redes',
            'whatsapp',
            'correo',
            'Mantenimiento',
        ]);
    });

    for (const [name, text] of [...exampleFiles(), ...WELL_FORMED]) {
        it(`parses ${name} exactly as Langium does`, () => {
            const { fast, langium, wellFormed: accepted } = parseBoth(text);
            expect(fast).toBe(langium);
            expect(JSON.parse(fast).parserErrors).toEqual([]);
            expect(accepted).toBe(true);
        });
    }

    it('parses a block alone exactly as Langium does', () => {
        const touchpoint = /touchpoint \w+ "[^"]*" \{[^]*?\n {4}\}/.exec(taller)![0];
        const { fast, langium, wellFormed: accepted } = parseBoth(touchpoint, 'Touchpoint');
        expect(accepted).toBe(true);
        expect(fast).toBe(langium);
        // A touchpoint is not a phase: Langium's parser reports it.
        expect(parseBoth(touchpoint, 'Phase').wellFormed).toBe(false);
    });

    for (const [name, text] of BROKEN) {
        it(`gives ${name} to Langium's parser, errors and recovery unchanged`, () => {
            const { fast, langium, wellFormed: accepted } = parseBoth(text);
            expect(accepted).toBe(false);
            expect(fast).toBe(langium);
            const errors = JSON.parse(fast) as { lexerErrors: unknown[]; parserErrors: unknown[] };
            expect(errors.lexerErrors.length + errors.parserErrors.length).toBeGreaterThan(0);
        });
    }

    it('parses any edit of a map as Langium does, or leaves it to Langium', () => {
        const source = readFileSync(join('examples', 'farmacia', 'futuro.journey'), 'utf8');
        const pieces = [
            '',
            ' ',
            '\n',
            '"',
            '{',
            '}',
            ',',
            '/',
            '*',
            '-',
            '+',
            '.',
            '1',
            'a',
            'é',
            '\\',
            'persona ',
            'owner ',
            'moment-of-truth',
            '\u00a0',
            '\r',
        ];
        let accepted = 0;
        fc.assert(
            fc.property(fc.nat(source.length), fc.nat(12), fc.constantFrom(...pieces), (at, removed, inserted) => {
                const text = source.slice(0, at) + inserted + source.slice(at + removed);
                const { fast, langium, wellFormed: wasWellFormed } = parseBoth(text);
                if (wasWellFormed) accepted++;
                expect(fast).toBe(langium);
            }),
            { numRuns: 300, seed: 20261206 },
        );
        // Both kinds were met: edits that keep the map well-formed, and edits that break it.
        expect(accepted).toBeGreaterThan(10);
        expect(accepted).toBeLessThan(290);
    });
});
