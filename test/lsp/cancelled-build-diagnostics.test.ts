// A build is cancelled whenever a change arrives (an editor opening a file while the workspace
// is being built, a keystroke in another file). If that happened just after a document was
// validated, Langium skipped the remaining listeners of that document's phase, among them the
// one that publishes its diagnostics; the document counted as validated, so no later build
// published them either, and the file showed no problems until it was edited.
import { Cancellation, DocumentState, EmptyFileSystem, URI } from 'langium';
import { addDiagnosticsHandler } from 'langium/lsp';
import type { Connection, PublishDiagnosticsParams } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import type { Model } from '../../language/generated/ast.js';
import { createJourneyLspServices } from '../../server/journey-lsp-module.js';

describe('a build cancelled just after a document was validated', () => {
    it("still publishes that document's diagnostics, and the next build publishes the rest", async () => {
        const { shared, Journey } = createJourneyLspServices(EmptyFileSystem);
        Journey.preferences.locale = 'en';
        const texts = {
            'a.journey': 'journey A "A" {\n  phase P "P" {}\n}\n',
            'b.journey': 'journey B "B" {\n  phase Q "Q" {}\n}\n',
        };
        const documents = Object.entries(texts).map(([name, text]) => {
            const document = shared.workspace.LangiumDocumentFactory.fromString<Model>(text, URI.file(`/workspace/${name}`));
            shared.workspace.LangiumDocuments.addDocument(document);
            return document;
        });
        const builder = shared.workspace.DocumentBuilder;
        const cancellation = new Cancellation.CancellationTokenSource();
        // Registered first, like the server's journey/modelChanged notification: a change arrives
        // (the update that follows cancels the running build) right after a.journey is validated.
        builder.onDocumentPhase(DocumentState.Validated, document => {
            if (document.uri.path.endsWith('a.journey')) cancellation.cancel();
        });
        const published: PublishDiagnosticsParams[] = [];
        addDiagnosticsHandler(
            {
                sendDiagnostics: async (params: PublishDiagnosticsParams) => {
                    published.push(params);
                },
            } as unknown as Connection,
            shared,
        );

        await expect(builder.build(documents, { validation: true }, cancellation.token)).rejects.toBeDefined();
        const names = () => published.map(params => params.uri.split('/').pop());
        expect(names()).toEqual(['a.journey']);
        expect(published[0].diagnostics.map(diagnostic => diagnostic.code)).toEqual(['missing-persona', 'empty-phase']);

        await builder.update([], []);
        expect(names()).toEqual(['a.journey', 'b.journey']);
        expect(published[1].diagnostics.map(diagnostic => diagnostic.code)).toEqual(['missing-persona', 'empty-phase']);
    });
});
