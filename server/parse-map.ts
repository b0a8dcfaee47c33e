// `journey/parseMap` (language/protocol/journey-protocol.ts): the map model of a text that is not
// the open document, e.g. a file's version at git's HEAD for "Journey: Compare with…". The text
// is read in a workspace of its own, beside the other files of the server's workspace as they
// are now and with the same lint rules and projects, so that its references resolve and its
// findings are what they would be in place of the file. The server's own workspace is not
// touched: no diagnostic, index entry or duplicate name comes from the other version.
import { EmptyFileSystem, URI } from 'langium';
import type { Model } from '../language/generated/ast.js';
import { createJourneyCoreServices } from '../language/journey-module.js';
import { buildMapModel } from '../language/model/build-map-model.js';
import type { MapModel } from '../language/model/map-model.js';
import type { JourneyLspServices, JourneyLspSharedServices } from './journey-lsp-module.js';

export async function parseMapApart(uri: string, text: string, shared: JourneyLspSharedServices, Journey: JourneyLspServices): Promise<MapModel> {
    const apart = createJourneyCoreServices(EmptyFileSystem);
    apart.Journey.preferences.locale = Journey.preferences.locale;
    apart.Journey.preferences.keywordLanguage = Journey.preferences.keywordLanguage;
    apart.Journey.preferences.lint.copyFrom(Journey.preferences.lint);
    apart.shared.workspace.Projects.setProjectRoots(shared.workspace.Projects.roots());
    const target = URI.parse(uri);
    const factory = apart.shared.workspace.LangiumDocumentFactory;
    const others = shared.workspace.LangiumDocuments.all
        .filter(document => document.uri.toString() !== target.toString())
        .map(document => factory.fromString<Model>(document.textDocument.getText(), document.uri))
        .toArray();
    const version = factory.fromString<Model>(text, target);
    for (const document of [...others, version]) apart.shared.workspace.LangiumDocuments.addDocument(document);
    await apart.shared.workspace.DocumentBuilder.build([...others, version], { validation: true });
    return buildMapModel(version, Journey.preferences.locale);
}
