// An edit inside a touchpoint or a phase re-parses only that block and splices it into the
// tree; the result must be exactly what a fresh parse of the new text gives: the AST, every
// token (type, position, order), and the diagnostics.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { CstUtils, EmptyFileSystem, isLeafCstNode, TextDocument, URI, type AstNode, type LangiumDocument } from 'langium';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
// @ts-expect-error: plain JavaScript module without types
import { singleFileText } from '../../bench/generate.mjs';
import type { Model } from '../../language/generated/ast.js';
import { isJourney } from '../../language/generated/ast.js';
import { createJourneyCoreServices } from '../../language/journey-module.js';
import { blockReparseStats, reparseBlock } from '../../language/parser/block-reparse.js';

const services = createJourneyCoreServices(EmptyFileSystem);
const parser = services.Journey.parser.LangiumParser;
const parse = (text: string) => parser.parse<Model>(text);

function astJson(node: AstNode): string {
    return JSON.stringify(node, (key, value) => (key.startsWith('$') && key !== '$type') || key === '_ref' || key === '_nodeDescription' ? undefined
        : value && typeof value === 'object' && '$refText' in value ? value.$refText : value);
}

/** Every CST node with its position: leaves with their token, composites with their (cached) range. */
function leaves(node: AstNode): string[] {
    return CstUtils.streamCst(node.$cstNode!).map(cst => {
        const { start, end } = cst.range;
        const at = `${cst.offset}+${cst.length}@${start.line}:${start.character}-${end.line}:${end.character}`;
        return isLeafCstNode(cst) ? `${cst.tokenType.name} ${at}=${cst.text}` : `composite ${at}`;
    }).toArray();
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

function documentOf(text: string): LangiumDocument<Model> {
    return services.shared.workspace.LangiumDocumentFactory.fromString<Model>(text, URI.file('/edit.journey'));
}

const EXAMPLES = ['taller.journey', 'seguro.journey'].map(name => readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8'));
const GENERATED: string = singleFileText(6);

/** Seeded edits inside a touchpoint or a phase of the current text: the kinds a user makes there. */
function editor(seed: number) {
    // mulberry32: a small generator whose low bits are as random as its high ones.
    const random = (n: number) => {
        seed = (seed + 0x6D2B79F5) | 0;
        let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return ((t ^ (t >>> 14)) >>> 0) % n;
    };
    const pick = <T>(items: readonly T[]) => items[random(items.length)];
    return (text: string, model: Model): string => {
        const blocks = model.declarations.filter(isJourney).flatMap(journey => journey.phases.flatMap(phase => [phase, ...phase.touchpoints]));
        const block = pick(blocks);
        const cst = block.$cstNode!;
        const inside = cst.offset + 1 + random(cst.length - 2);   // neither its first nor its last character
        const lineStart = text.lastIndexOf('\n', inside) + 1;
        const lineEnd = text.indexOf('\n', inside);
        const nameNode = CstUtils.streamCst(cst).find(leaf => isLeafCstNode(leaf) && leaf.tokenType.name === 'ID')!;
        switch (random(8)) {
            case 0: // rename its id
                return text.slice(0, nameNode.offset) + pick(['Renamed', nameNode.text + 'x', 'Ñandú2', nameNode.text.slice(1) || 'Z']) + text.slice(nameNode.end);
            case 1: { // add a property (or a touchpoint, in a phase) before its closing brace
                const closing = cst.end - 1;
                const line = block.$type === 'Phase'
                    ? pick(['touchpoint Added "Added" {\n  action "a"\n  emotion 2\n}\n', 'contacto Nuevo\n', 'moment 7\n', 'owner Ghost\n', 'description "d"\n'])
                    : pick(['pain "It hurts"\n', 'emotion 6 "too happy"\n', 'channel web\n', 'channel nowhere\n', 'moment-of-truth\n', 'gap "g" { current 1 target 2 }\n']);
                return text.slice(0, closing) + line + text.slice(closing);
            }
            case 2: // delete a line inside it (may leave a brace unmatched: a syntax error)
                if (lineStart <= cst.offset || lineEnd < 0 || lineEnd >= cst.end - 1) return text;
                return text.slice(0, lineStart) + text.slice(lineEnd + 1);
            case 3: // insert a line
                return text.slice(0, lineStart) + pick(['  // a note\n', '  /* a\n  block */\n', '  pain "p"\n', '\n', '  emotion -3\n']) + text.slice(lineStart);
            case 4: // add a comment at the end of a line
                return lineEnd < 0 ? text : text.slice(0, lineEnd) + ' // comment' + text.slice(lineEnd);
            default: { // type or delete a few characters anywhere inside
                const insert = pick(['x', ' ', '\n', '"', '{', '}', '1', 'é', '/', '']);
                return text.slice(0, inside) + insert + text.slice(inside + random(3));
            }
        }
    };
}

describe('block re-parse', () => {
    it.each([['taller', EXAMPLES[0]], ['seguro', EXAMPLES[1]], ['generated', GENERATED]])('splices re-parsed blocks of %s exactly like a fresh parse', (_, original) => {
        const edit = editor(original.length);
        const document = documentOf(original);
        let text = original;
        let spliced = 0;
        for (let i = 0; i < 150; i++) {
            const next = edit(text, document.parseResult.value);
            if (next === text) continue;
            const modelBefore = document.parseResult.value;
            if (reparseBlock(document, next, parser)) {
                spliced++;
                const fresh = parse(next);
                expect(fresh.lexerErrors).toEqual([]);
                expect(fresh.parserErrors).toEqual([]);
                expect(document.parseResult.value).toBe(modelBefore);
                expect(document.parseResult.value.$cstNode!.root.fullText).toBe(next);
                expect(astJson(document.parseResult.value)).toBe(astJson(fresh.value));
                expect(leaves(document.parseResult.value)).toEqual(leaves(fresh.value));
                expect(structure(document.parseResult.value)).toEqual(structure(fresh.value));
                text = next;
            } else {
                // Refused: the caller parses the whole file; keep the document in step, back to a valid text after a syntax error.
                document.parseResult = parse(next);
                text = next;
                if (document.parseResult.parserErrors.length > 0 || document.parseResult.lexerErrors.length > 0) {
                    document.parseResult = parse(original);
                    text = original;
                }
            }
        }
        expect(spliced).toBeGreaterThan(60);
    });

    it('refuses edits that touch the block keyword or closing brace, or break the syntax', () => {
        const text = 'channel web\njourney J {\n  phase P {\n    touchpoint A "A" {\n      channel web\n    }\n  }\n}\n';
        const refused = [
            text.replace('touchpoint A', 'touchpoints A'),        // the keyword's last character: the phase is re-parsed
            text.replace('    }\n  }', '    }}\n  }'),            // an extra brace
            text.replace('channel web\n    }', 'channel web\n    '), // the touchpoint's closing brace removed
            text.replace('touchpoint A "A" {', 'touchpoint A "A {'),  // an unterminated string
            text.replace('phase P', 'xphase P'),                 // before the phase's keyword
        ];
        for (const next of refused) {
            const document = documentOf(text);
            const model = document.parseResult.value;
            const applied = reparseBlock(document, next, parser);
            if (applied) {
                // Only legitimate when the enclosing phase could take the edit: then the result must be right.
                expect(astJson(document.parseResult.value)).toBe(astJson(parse(next).value));
                expect(next).toBe(refused[0]);
            } else {
                expect(document.parseResult.value).toBe(model);
                expect(document.parseResult.value.$cstNode!.root.fullText).toBe(text); // untouched, for the full parse
            }
        }
        const before = blockReparseStats.applied;
        const document = documentOf(text);
        expect(reparseBlock(document, text.replace('touchpoint A', 'touchpoint B'), parser)).toBe(true);
        expect(blockReparseStats.applied).toBe(before + 1);
        expect(reparseBlock(document, text.replace('    }\n  }', '    }}\n  }'), parser)).toBe(false);
        expect(reparseBlock(document, text.replace('touchpoint A "A" {', 'touchpoint B "A {'), parser)).toBe(false);
        // A touchpoint without braces can go on after its last token: its phase is re-parsed instead.
        const bare = 'journey J {\n  phase P {\n    touchpoint A "A"\n  }\n}\n';
        const bareDocument = documentOf(bare);
        expect(reparseBlock(bareDocument, bare.replace('touchpoint A', 'touchpoint AB'), parser)).toBe(true);
        expect(astJson(bareDocument.parseResult.value)).toBe(astJson(parse(bare.replace('touchpoint A', 'touchpoint AB')).value));
        // An edit outside any phase is not for this path.
        expect(reparseBlock(documentOf(text), text.replace('journey J', 'journey K'), parser)).toBe(false);
        // A document whose last parse had errors is always parsed again.
        const broken = text.replace('channel web\n    }', 'channel web }\n    }');
        expect(reparseBlock(documentOf(broken), broken.replace('touchpoint A', 'touchpoint B'), parser)).toBe(false);
    });

    it('gives the diagnostics of a fresh lint through the document builder, with the same tree object', async () => {
        const dir = mkdtempSync(path.join(tmpdir(), 'journey-block-'));
        const file = path.join(dir, 'map.journey');
        const original = EXAMPLES[0];
        writeFileSync(file, original);
        const { createJourneyLspServices } = await import('../../server/journey-lsp-module.js');
        const { NodeFileSystem } = await import('langium/node');
        const { lint } = await import('../helpers/lint.js');
        const live = createJourneyLspServices(NodeFileSystem);
        const uri = URI.file(file);
        let version = 1;
        let text = original;
        live.shared.workspace.TextDocuments.set(TextDocument.create(uri.toString(), 'journey', version, text));
        const document = await live.shared.workspace.LangiumDocuments.getOrCreateDocument(uri) as LangiumDocument<Model>;
        await live.shared.workspace.DocumentBuilder.build([document], { validation: true });
        const edit = editor(11);
        const show = (d: Diagnostic) =>
            `${d.code}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.message}`;
        let spliced = 0;
        for (let i = 0; i < 25; i++) {
            const next = edit(text, document.parseResult.value);
            const fresh = parse(next);
            if (next === text || fresh.lexerErrors.length > 0 || fresh.parserErrors.length > 0) continue;
            const model = document.parseResult.value;
            const applied = blockReparseStats.applied;
            text = next;
            live.shared.workspace.TextDocuments.set(TextDocument.create(uri.toString(), 'journey', ++version, text));
            await live.shared.workspace.DocumentBuilder.update([uri], []);
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
});
