// The server's own messages beyond LSP (language/protocol/journey-protocol.ts), the same on Node and in a web
// worker: the preview's map model, another version's model (parse-map.ts), New Journey Map's text, and "model changed" notifications.
import { DocumentState, URI } from 'langium';
import type { Connection } from 'vscode-languageserver';
import type { Model } from '../language/generated/ast.js';
import { buildMapModel } from '../language/model/build-map-model.js';
import { toLocale } from '../language/i18n/locale.js';
import type { JourneyLspServices, JourneyLspSharedServices } from './journey-lsp-module.js';
import {
    MapModelRequest,
    ModelChangedNotification,
    NewJourneyTextRequest,
    ParseMapRequest,
    type JourneyInitializationOptions,
} from '../language/protocol/journey-protocol.js';
import { newJourneyText, workspaceNames } from '../language/templates/new-journey.js';
import { MapModelAnswers } from './map-model-answers.js';
import { watchLintConfiguration } from './lint-configuration-sync.js';
import { parseMapApart } from './parse-map.js';

export function registerJourneyRequests(connection: Connection, shared: JourneyLspSharedServices, Journey: JourneyLspServices): void {
    shared.lsp.LanguageServer.onInitialize(params => {
        const options = params.initializationOptions as JourneyInitializationOptions | undefined;
        Journey.preferences.locale = toLocale(options?.locale ?? params.locale);
        Journey.preferences.keywordLanguage = Journey.preferences.locale;
    });

    watchLintConfiguration(connection, shared, Journey);

    // The preview pulls the model of a document after being told it changed.
    const answers = new MapModelAnswers();
    connection.onRequest(MapModelRequest, async params => {
        const uri = URI.parse(params.uri);
        const document = shared.workspace.LangiumDocuments.getDocument(uri);
        if (!document) return null;
        await shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, uri);
        const model = buildMapModel(document as typeof document & { parseResult: { value: Model } }, Journey.preferences.locale);
        return answers.answer(document.uri.toString(), model, params.base);
    });
    // "Journey: Compare with…": another version of a file, read apart from the workspace.
    connection.onRequest(ParseMapRequest, async params => {
        await shared.workspace.WorkspaceManager.ready;
        return { model: await parseMapApart(params.uri, params.text, shared, Journey) };
    });
    // "New Journey Map": a starter map that uses the workspace's declarations once they are indexed.
    connection.onRequest(NewJourneyTextRequest, async () => {
        await shared.workspace.WorkspaceManager.ready;
        await shared.workspace.DocumentBuilder.waitUntil(DocumentState.IndexedContent);
        return newJourneyText(Journey.preferences.keywordLanguage, workspaceNames(shared.workspace.IndexManager));
    });
    shared.workspace.TextDocuments.onDidClose(event => answers.forget(URI.parse(event.document.uri).toString()));
    shared.workspace.DocumentBuilder.onUpdate((_changed, deleted) => deleted.forEach(uri => answers.forget(uri.toString())));
    shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Validated, document => {
        void connection.sendNotification(ModelChangedNotification, { uri: document.uri.toString(), version: document.textDocument.version });
    });
}
