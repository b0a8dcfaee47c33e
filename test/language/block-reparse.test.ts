// An edit inside a touchpoint or a phase re-parses only that block and splices it into the
// tree; the result must be exactly what a fresh parse of the new text gives: the AST, every
// token (type, position, order), and the diagnostics.
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { CstUtils, EmptyFileSystem, isLeafCstNode, TextDocument, URI, type AstNode, type LangiumDocument } from 'langium';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { singleFileText } from '../../bench/generate.mjs';
import type { Model } from '../../language/generated/ast.js';
import { isJourney } from '../../language/generated/ast.js';
import { createJourneyCoreServices } from '../../language/journey-module.js';
import { blockReparseStats, reparseBlock } from '../../language/parser/block-reparse.js';
import { makeTempFolder } from '../helpers/temp-folder.js';

const services = createJourneyCoreServices(EmptyFileSystem);
const parser = services.Journey.parser.LangiumParser;
const parse = (text: string) => parser.parse<Model>(text);

function astJson(node: AstNode): string {
    return JSON.stringify(node, (key, value) =>
        (key.startsWith('$') && key !== '$type') || key === '_ref' || key === '_nodeDescription'
            ? undefined
            : value && typeof value === 'object' && '$refText' in value
              ? value.$refText
              : value,
    );
}

/** Every CST node with its position: leaves with their token, composites with their (cached) range. */
function leaves(node: AstNode): string[] {
    return CstUtils.streamCst(node.$cstNode!)
        .map(cst => {
            const { start, end } = cst.range;
            const at = `${cst.offset}+${cst.length}@${start.line}:${start.character}-${end.line}:${end.character}`;
            return isLeafCstNode(cst) ? `${cst.tokenType.name} ${at}=${cst.text}` : `composite ${at}`;
        })
        .toArray();
}

/** Every composite node's range and containment, and every AST node's CST link: what features navigate by. */
function structure(node: AstNode): string[] {
    const result: string[] = [];
    for (const cst of CstUtils.streamCst(node.$cstNode!)) {
        if (isLeafCstNode(cst)) continue;
        const { start, end } = cst.range;
        result.push(`${cst.astNode.$type} ${cst.offset}-${cst.end} ${start.line}:${start.character}-${end.line}:${end.character}`);
        for (const child of (cst as unknown as { content: { container: unknown }[] }).content) expect(child.container).toBe(cst);
    }
    return result;
}

type Parsed = Pick<LangiumDocument<Model>['parseResult'], 'lexerErrors' | 'parserErrors'>;
const hasErrors = (result: Parsed) => result.lexerErrors.length > 0 || result.parserErrors.length > 0;

/** The syntax errors with every position the diagnostics are made from. */
function syntaxErrors(result: Parsed): string[] {
    type Token = Parsed['parserErrors'][number]['token'];
    const token = (t: Token | undefined) => t && `${t.image}@${t.startOffset}-${t.endOffset} ${t.startLine}:${t.startColumn}-${t.endLine}:${t.endColumn}`;
    return [
        ...result.lexerErrors.map(e => `lexer ${e.offset}+${e.length} ${e.line}:${e.column} ${e.message}`),
        ...result.parserErrors.map(e => `${e.name} ${e.message} at ${token(e.token)} after ${token((e as { previousToken?: Token }).previousToken)}`),
    ];
}

/** The document's tree and syntax errors are exactly those of a fresh parse of `text`. */
function expectFreshParse(document: LangiumDocument<Model>, text: string): void {
    const fresh = parse(text);
    expect(document.parseResult.value.$cstNode!.root.fullText).toBe(text);
    expect(astJson(document.parseResult.value)).toBe(astJson(fresh.value));
    expect(leaves(document.parseResult.value)).toEqual(leaves(fresh.value));
    expect(structure(document.parseResult.value)).toEqual(structure(fresh.value));
    expect(syntaxErrors(document.parseResult)).toEqual(syntaxErrors(fresh));
}

function documentOf(text: string): LangiumDocument<Model> {
    return services.shared.workspace.LangiumDocumentFactory.fromString<Model>(text, URI.file('/edit.journey'));
}

const EXAMPLES = ['taller.journey', 'seguro.journey'].map(name => readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8'));
const GENERATED: string = singleFileText(6);

/** Seeded edits inside a touchpoint or a phase of the current text: the kinds a user makes there. */
function editor(seed: number) {
    // mulberry32: a small generator whose low bits are as random as its high ones.
    const random = (n: number) => {
        seed = (seed + 0x6d2b79f5) | 0;
        let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return ((t ^ (t >>> 14)) >>> 0) % n;
    };
    const pick = <T>(items: readonly T[]) => items[random(items.length)];
    /** `near`: an offset to go on typing at (its innermost block), as after an edit that left an error. */
    return (text: string, model: Model, near?: number): string => {
        const blocks = model.declarations
            .filter(isJourney)
            .flatMap(journey => journey.phases.flatMap(phase => [phase, ...phase.touchpoints]))
            .filter(block => block.$cstNode && block.$cstNode.length > 2);
        const around = near === undefined ? [] : blocks.filter(block => block.$cstNode!.offset < near && near < block.$cstNode!.end - 1);
        if (blocks.length === 0) return text;
        const block = around.at(-1) ?? pick(blocks);
        const cst = block.$cstNode!;
        const inside = cst.offset + 1 + random(cst.length - 2); // neither its first nor its last character
        const lineStart = text.lastIndexOf('\n', inside) + 1;
        const lineEnd = text.indexOf('\n', inside);
        const nameNode = CstUtils.streamCst(cst).find(leaf => isLeafCstNode(leaf) && leaf.tokenType.name === 'ID');
        switch (random(9)) {
            case 0: // rename its id (a block recovered from an error may have none)
                if (!nameNode) return text;
                return (
                    text.slice(0, nameNode.offset) + pick(['Renamed', nameNode.text + 'x', 'Ñandú2', nameNode.text.slice(1) || 'Z']) + text.slice(nameNode.end)
                );
            case 1: {
                // add a property (or a touchpoint, in a phase) before its closing brace
                const closing = cst.end - 1;
                const line =
                    block.$type === 'Phase'
                        ? pick([
                              'touchpoint Added "Added" {\n  action "a"\n  emotion 2\n}\n',
                              'contacto Nuevo\n',
                              'moment 7\n',
                              'owner Ghost\n',
                              'description "d"\n',
                          ])
                        : pick([
                              'pain "It hurts"\n',
                              'emotion 6 "too happy"\n',
                              'channel web\n',
                              'channel nowhere\n',
                              'moment-of-truth\n',
                              'gap "g" { current 1 target 2 }\n',
                          ]);
                return text.slice(0, closing) + line + text.slice(closing);
            }
            case 2: // delete a line inside it (may leave a brace unmatched: a syntax error)
                if (lineStart <= cst.offset || lineEnd < 0 || lineEnd >= cst.end - 1) return text;
                return text.slice(0, lineStart) + text.slice(lineEnd + 1);
            case 3: // insert a line
                return (
                    text.slice(0, lineStart) + pick(['  // a note\n', '  /* a\n  block */\n', '  pain "p"\n', '\n', '  emotion -3\n']) + text.slice(lineStart)
                );
            case 4: // add a comment at the end of a line
                return lineEnd < 0 ? text : text.slice(0, lineEnd) + ' // comment' + text.slice(lineEnd);
            case 5: {
                // a property typed partway before its closing brace (errors the parser recovers from inside the block)
                const closing = cst.end - 1;
                const line = pick(
                    block.$type === 'Phase'
                        ? ['owner Ops', 'moment 3', 'description "d"']
                        : ['owner Ops', 'pain "It hurts"', 'emotion 4 "ok"', 'channel web', 'gap "g" { current 1 target 2 }'],
                );
                return text.slice(0, closing) + line.slice(0, 1 + random(line.length)) + '\n' + text.slice(closing);
            }
            default: {
                // type or delete a few characters anywhere inside
                const insert = pick(['x', ' ', '\n', '"', '{', '}', '1', 'é', '/', '']);
                return text.slice(0, inside) + insert + text.slice(inside + random(3));
            }
        }
    };
}

describe('block re-parse', () => {
    it.each([
        ['taller', EXAMPLES[0]],
        ['seguro', EXAMPLES[1]],
        ['generated', GENERATED],
    ])('splices re-parsed blocks of %s exactly like a fresh parse, syntax errors included', (_, original) => {
        const edit = editor(original.length + Number(process.env.BLOCK_FUZZ_SEED ?? 0));
        const document = documentOf(original);
        let text = original;
        let spliced = 0;
        let splicedWithErrors = 0;
        let fromErrors = 0;
        let statesWithErrors = 0;
        let near: number | undefined;
        // BLOCK_FUZZ_ROUNDS=5000 (and BLOCK_FUZZ_SEED=n) for a deeper search than the test run's.
        for (let i = 0; i < Number(process.env.BLOCK_FUZZ_ROUNDS ?? 200); i++) {
            const next = edit(text, document.parseResult.value, near);
            if (next === text) {
                if (hasErrors(document.parseResult)) [document.parseResult, text, near] = [parse(original), original, undefined];
                continue;
            }
            let changedAt = 0;
            while (text[changedAt] === next[changedAt]) changedAt++;
            const modelBefore = document.parseResult.value;
            const hadErrors = hasErrors(document.parseResult);
            if (reparseBlock(document, next, parser)) {
                spliced++;
                if (hasErrors(document.parseResult)) splicedWithErrors++;
                if (hadErrors) fromErrors++;
                expect(document.parseResult.value).toBe(modelBefore);
                expectFreshParse(document, next);
            } else {
                // Refused: the caller parses the whole file.
                document.parseResult = parse(next);
            }
            text = next;
            // Typing goes on through a few states with errors, then starts again from a valid text.
            statesWithErrors = hasErrors(document.parseResult) ? statesWithErrors + 1 : 0;
            near = statesWithErrors > 0 ? changedAt : undefined;
            if (statesWithErrors > 3) {
                document.parseResult = parse(original);
                text = original;
                statesWithErrors = 0;
            }
        }
        expect(spliced).toBeGreaterThan(60);
        expect(splicedWithErrors).toBeGreaterThan(5);
        console.log(`[block re-parse] ${spliced} spliced, ${splicedWithErrors} with errors, ${fromErrors} from a tree with errors`);
        expect(fromErrors).toBeGreaterThan(3);
    });

    it('refuses edits that touch the block keyword or closing brace, or break the syntax', () => {
        const text = 'channel web\njourney J {\n  phase P {\n    touchpoint A "A" {\n      channel web\n    }\n  }\n}\n';
        const refused = [
            text.replace('touchpoint A', 'touchpoints A'), // the keyword's last character: the phase is re-parsed
            text.replace('    }\n  }', '    }}\n  }'), // an extra brace
            text.replace('channel web\n    }', 'channel web\n    '), // the touchpoint's closing brace removed
            text.replace('touchpoint A "A" {', 'touchpoint A "A {'), // an unterminated string
            text.replace('phase P', 'xphase P'), // before the phase's keyword
        ];
        for (const next of refused) {
            const document = documentOf(text);
            const model = document.parseResult.value;
            if (reparseBlock(document, next, parser)) {
                // Legitimate when the enclosing phase takes the edit, or the parser recovered inside the block: then the result must be right.
                expect(document.parseResult.value).toBe(model);
                expectFreshParse(document, next);
            } else {
                expect(document.parseResult.value).toBe(model);
                expect(document.parseResult.value.$cstNode!.root.fullText).toBe(text); // untouched, for the full parse
            }
        }
        const before = blockReparseStats.applied;
        const document = documentOf(text);
        expect(reparseBlock(document, text.replace('touchpoint A', 'touchpoint B'), parser)).toBe(true);
        expect(blockReparseStats.applied).toBe(before + 1);
        // Recovering from the extra brace re-synchronises on what follows the phase: only a full parse knows.
        expect(reparseBlock(document, text.replace('    }\n  }', '    }}\n  }'), parser)).toBe(false);
        // A block comment left open could end anywhere after the block.
        expect(reparseBlock(document, text.replace('channel web\n    }', 'channel web /* x\n    }'), parser)).toBe(false);
        // A touchpoint without braces can go on after its last token: its phase is re-parsed instead.
        const bare = 'journey J {\n  phase P {\n    touchpoint A "A"\n  }\n}\n';
        const bareDocument = documentOf(bare);
        expect(reparseBlock(bareDocument, bare.replace('touchpoint A', 'touchpoint AB'), parser)).toBe(true);
        expect(astJson(bareDocument.parseResult.value)).toBe(astJson(parse(bare.replace('touchpoint A', 'touchpoint AB')).value));
        // An edit outside any phase is not for this path.
        expect(reparseBlock(documentOf(text), text.replace('journey J', 'journey K'), parser)).toBe(false);
        // A property half typed: the parser inserts the missing team inside the touchpoint; the error is where a full parse puts it.
        const halfTyped = text.replace('channel web\n    }', 'channel web\n      owner\n    }');
        const typing = documentOf(text);
        expect(reparseBlock(typing, halfTyped, parser)).toBe(true);
        expect(typing.parseResult.parserErrors.length).toBe(1);
        expectFreshParse(typing, halfTyped);
        // ... and typed on to the end: the tree has no error again.
        expect(reparseBlock(typing, halfTyped.replace('owner\n', 'owner Ops\n'), parser)).toBe(true);
        expectFreshParse(typing, halfTyped.replace('owner\n', 'owner Ops\n'));
        expect(hasErrors(typing.parseResult)).toBe(false);
        // A brace typed into a keyword: the parser skips ahead to the next token that may follow
        // the touchpoint. In the file as laid out, the touchpoint's own `}` (layout-recovery.ts):
        // the block is re-parsed, as the whole file would be.
        const braceTyped = (text: string) => {
            const dejaAuto = text.indexOf('touchpoint DejaAuto');
            return text.slice(0, dejaAuto) + text.slice(dejaAuto).replace('moment-of-truth', 'moment-of-tr{th');
        };
        const typedBrace = documentOf(EXAMPLES[0]);
        expect(reparseBlock(typedBrace, braceTyped(EXAMPLES[0]), parser)).toBe(true);
        expectFreshParse(typedBrace, braceTyped(EXAMPLES[0]));
        // With no indentation to go by, the whole file's parse leaves the touchpoint there. Parsed
        // alone, the touchpoint would come out different: refused, for the full parse.
        const flat = EXAMPLES[0].replace(/^[ \t]+/gm, '');
        expect(parse(braceTyped(flat)).parserErrors.length).toBeGreaterThan(1);
        expect(reparseBlock(documentOf(flat), braceTyped(flat), parser)).toBe(false);
        // Errors in another block than the edited one: the file is parsed again.
        const twoBlocks = 'journey J {\n  phase P {\n    touchpoint A "A" {\n      owner\n    }\n    touchpoint B "B" {\n    }\n  }\n}\n';
        const elsewhere = documentOf(twoBlocks);
        expect(hasErrors(elsewhere.parseResult)).toBe(true);
        expect(reparseBlock(elsewhere, twoBlocks.replace('"B" {\n', '"B" {\n      pain "p"\n'), parser)).toBe(false);
        expect(reparseBlock(elsewhere, twoBlocks.replace('owner\n', 'owner T\n'), parser)).toBe(true);
        expectFreshParse(elsewhere, twoBlocks.replace('owner\n', 'owner T\n'));
    });

    /** A language server's workspace holding `text` as an open, built file; `type` edits it as the editor does. */
    async function liveDocument(text: string) {
        const dir = makeTempFolder('journey-block-');
        const file = path.join(dir, 'map.journey');
        writeFileSync(file, text);
        const { createJourneyLspServices } = await import('../../server/journey-lsp-module.js');
        const { NodeFileSystem } = await import('langium/node');
        const live = createJourneyLspServices(NodeFileSystem);
        const uri = URI.file(file);
        let version = 1;
        live.shared.workspace.TextDocuments.set(TextDocument.create(uri.toString(), 'journey', version, text));
        const document = (await live.shared.workspace.LangiumDocuments.getOrCreateDocument(uri)) as LangiumDocument<Model>;
        await live.shared.workspace.DocumentBuilder.build([document], { validation: true });
        return {
            document,
            async type(next: string) {
                live.shared.workspace.TextDocuments.set(TextDocument.create(uri.toString(), 'journey', ++version, next));
                await live.shared.workspace.DocumentBuilder.update([uri], []);
            },
        };
    }
    const show = (d: Diagnostic) => `${d.code}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.message}`;

    it('gives the diagnostics of a fresh lint through the document builder, with the same tree object', async () => {
        const { lint } = await import('../helpers/lint.js');
        const original = EXAMPLES[0];
        const { document, type } = await liveDocument(original);
        let text = original;
        const edit = editor(11);
        let spliced = 0;
        for (let i = 0; i < 25; i++) {
            const next = edit(text, document.parseResult.value);
            const fresh = parse(next);
            if (next === text || fresh.lexerErrors.length > 0 || fresh.parserErrors.length > 0) continue;
            const model = document.parseResult.value;
            const applied = blockReparseStats.applied;
            text = next;
            await type(text);
            if (blockReparseStats.applied > applied) {
                spliced++;
                expect(document.parseResult.value).toBe(model);
                expect(document.textDocument.getText()).toBe(text);
            }
            const expected = (await lint(text)).map(show).sort();
            expect(document.diagnostics!.map(show).sort()).toEqual(expected);
        }
        expect(spliced).toBeGreaterThan(5);
    });

    it('follows properties typed letter by letter through their syntax errors, re-parsing only the touchpoint', async () => {
        const { lint } = await import('../helpers/lint.js');
        const original = EXAMPLES[0];
        const { document, type } = await liveDocument(original);
        const model = document.parseResult.value;
        const at = original.indexOf('\n', original.indexOf('action "Explica el problema al asesor"'));
        let syntaxErrorStates = 0;
        for (const property of ['\n      owner Recepcion', '\n      pain "Nadie le avisa"', '\n      emotion 2 "tenso"']) {
            const before = document.textDocument.getText();
            for (let length = 1; length <= property.length; length++) {
                // VS Code closes a quote as it is typed (language-configuration.json), and types over the closing one.
                const typed = property.slice(0, length);
                const text = before.slice(0, at) + typed + ((typed.split('"').length - 1) % 2 === 1 ? '"' : '') + before.slice(at);
                const applied = blockReparseStats.applied;
                await type(text);
                expect(document.parseResult.value, JSON.stringify(typed)).toBe(model);
                const diagnostics = document.diagnostics!.map(show).sort();
                expect(diagnostics).toEqual((await lint(text)).map(show).sort());
                // Spaces between tokens are patched in place; everything else re-parses the touchpoint alone.
                if (!/[\s"]/.test(property[length - 1]) && (typed.split('"').length - 1) % 2 === 0) expect(blockReparseStats.applied, typed).toBe(applied + 1);
                if (diagnostics.some(line => line.startsWith('undefined@') || line.startsWith('syntax'))) syntaxErrorStates++;
            }
        }
        expect(document.parseResult.parserErrors).toEqual([]);
        expect(syntaxErrorStates).toBeGreaterThan(10);
    });
});
