// The validator walks the tree with AstNodeWalker instead of Langium's streamAst (faster); the
// walk must visit the same nodes in the same order, or findings would go missing or move.
import { AstUtils, EmptyFileSystem, URI } from 'langium';
import { describe, expect, it } from 'vitest';
import { AstNodeWalker } from '../../language/ast-node-walker.js';
import { createJourneyCoreServices } from '../../language/journey-module.js';
import { singleFileText } from '../../bench/generate.mjs';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const EXAMPLES = path.resolve(__dirname, '../../examples');

describe('AstNodeWalker', () => {
    const { shared, Journey } = createJourneyCoreServices(EmptyFileSystem);
    const walker = new AstNodeWalker(Journey.Grammar, shared.AstReflection);
    const texts: [string, string][] = [
        ...readdirSync(EXAMPLES, { recursive: true, encoding: 'utf8' })
            .filter(name => name.endsWith('.journey'))
            .map(name => [name, readFileSync(path.join(EXAMPLES, name), 'utf8')] as [string, string]),
        ['generated 100', singleFileText(100)],
        // Broken input: error recovery leaves partial nodes.
        ['broken', 'journey J "J" {\n  phase A "A" {\n    touchpoint T "T" { emotion gap "x" { current 1 }\n  }\n'],
    ];
    for (const [name, text] of texts) {
        it(`visits the nodes of ${name} exactly as streamAst does`, () => {
            const root = shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(`/x/${name.replace(/\W/g, '-')}.journey`)).parseResult.value;
            const expected = AstUtils.streamAst(root).toArray();
            expect(expected.length).toBeGreaterThan(1);
            const walked = walker.allAstNodes(root);
            expect(walked.map(node => node.$type)).toEqual(expected.map(node => node.$type));
            expect(walked.every((node, i) => node === expected[i])).toBe(true);
        });
    }
});
