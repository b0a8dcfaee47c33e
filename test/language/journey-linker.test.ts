// The journey linker (workspace/journey-linker.ts) walks less than Langium's, but must link the
// same references, to the same targets, and list them in the document in the same order.
import { DefaultLinker, EmptyFileSystem, URI, type Reference } from 'langium';
import * as fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Model } from '../../language/generated/ast.js';
import { createJourneyCoreServices } from '../../language/journey-module.js';
import { JourneyLinker } from '../../language/workspace/journey-linker.js';

describe('the journey linker', () => {
    it('links every reference Langium links, in the same order, to the same targets', async () => {
        const { shared, Journey } = createJourneyCoreServices(EmptyFileSystem);
        expect(Journey.references.Linker).toBeInstanceOf(JourneyLinker);
        const files = fs.readdirSync('examples').filter(name => name.endsWith('.journey'));
        const documents = files.map(name => {
            const document = shared.workspace.LangiumDocumentFactory.fromString<Model>(
                fs.readFileSync(`examples/${name}`, 'utf8'),
                URI.file(`/examples/${name}`),
            );
            shared.workspace.LangiumDocuments.addDocument(document);
            return document;
        });
        await shared.workspace.DocumentBuilder.build(documents, { validation: false });
        // The grammar has single references only.
        const listed = () =>
            documents.flatMap(document =>
                (document.references as Reference[]).map(
                    reference =>
                        `${document.uri.path} ${reference.$refNode?.offset} ${reference.$refText} → ${reference.ref ? `${reference.ref.$type} ${(reference.ref as { name?: string }).name}` : `unresolved: ${reference.error?.message}`}`,
                ),
            );
        const ours = listed();
        expect(ours.length).toBeGreaterThan(20);
        expect(ours.some(line => line.includes('unresolved'))).toBe(false);

        const langium = new DefaultLinker(Journey);
        for (const document of documents) {
            langium.unlink(document);
            await langium.link(document);
        }
        expect(listed()).toEqual(ours);
    });
});
