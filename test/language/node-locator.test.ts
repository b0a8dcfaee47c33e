// language/workspace/journey-node-locator.ts: the paths of every node are Langium's, and lead back to the node.
import { readFileSync } from 'node:fs';
import { AstUtils, DefaultAstNodeLocator, EmptyFileSystem } from 'langium';
import { describe, expect, it } from 'vitest';
import { createJourneyCoreServices } from '../../language/journey-module.js';
import { JourneyAstNodeLocator } from '../../language/workspace/journey-node-locator.js';

const { Journey } = createJourneyCoreServices(EmptyFileSystem);

describe('the node locator', () => {
    it('is the service the language uses', () => {
        expect(Journey.workspace.AstNodeLocator).toBeInstanceOf(JourneyAstNodeLocator);
    });

    it("gives every node of a map Langium's path, which leads back to the node", () => {
        const root = Journey.parser.LangiumParser.parse(readFileSync('examples/taller.journey', 'utf8')).value;
        const langium = new DefaultAstNodeLocator();
        const nodes = AstUtils.streamAst(root).toArray();
        expect(nodes.length).toBeGreaterThan(30);
        for (const node of nodes) {
            const path = Journey.workspace.AstNodeLocator.getAstNodePath(node);
            expect(path).toBe(langium.getAstNodePath(node));
            expect(Journey.workspace.AstNodeLocator.getAstNode(root, path)).toBe(node);
        }
        expect(Journey.workspace.AstNodeLocator.getAstNodePath(root)).toBe('');
        expect(Journey.workspace.AstNodeLocator.getAstNodePath(nodes.find(node => node.$type === 'Emotion')!)).toMatch(
            /^\/declarations@\d+\/phases@\d+\/touchpoints@\d+\/emotions@\d+$/,
        );
    });
});
