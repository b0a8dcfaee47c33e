// The map models of two versions of a set of files (two git revisions, two folders, two
// files), built the way the editor builds an edit: one workspace holds the older version,
// then the files that changed are updated in it. Unchanged files are parsed and validated
// once, not twice; the update re-parses only the changed blocks of a changed file and
// revalidates exactly the files the language server would (journey-document-builder.ts),
// so every finding is the one a full build of the newer version gives.
import type { LangiumDocument, TextDocumentProvider } from 'langium';
import { DocumentState, EmptyFileSystem, TextDocument, URI } from 'langium';
import type { Model } from '../generated/ast.js';
import type { Locale } from '../i18n/locale.js';
import { createJourneyCoreServices, type JourneyServices, type JourneySharedServices } from '../journey-module.js';
import type { RuleSeverities } from '../lint/lint-config.js';
import { buildMapModel } from '../model/build-map-model.js';
import type { MapModel } from '../model/map-model.js';

export interface VersionFile {
    /** Relative to the version's root, with `/`. */
    path: string;
    text: string;
}

/** A file of the older version and the file it became (either side absent: added or deleted). */
export interface FilePair {
    before?: string;
    after?: string;
}

export interface PairModels {
    before?: MapModel;
    after?: MapModel;
}

/** The language services that build the two versions, and the texts they read. */
export interface VersionWorkspace {
    texts: Map<string, TextDocument>;
    shared: JourneySharedServices;
    Journey: JourneyServices;
}

/**
 * A workspace for one comparison. Its grammar, lexer and parser are made here (~50 ms), so that
 * a caller can make it while the files are still being read (`journey diff --git` reads them
 * through git processes).
 */
export function versionWorkspace(): VersionWorkspace {
    const texts = new Map<string, TextDocument>();
    const provider: TextDocumentProvider = { get: uri => texts.get(uri.toString()) };
    const { shared, Journey } = createJourneyCoreServices(EmptyFileSystem, provider);
    void Journey.parser.LangiumParser;
    return { texts, shared, Journey };
}

/** The models of each pair, in the order of `pairs`. */
export async function versionPairModels(
    pairs: readonly FilePair[],
    before: readonly VersionFile[],
    after: readonly VersionFile[],
    options: { locale: Locale; rules: RuleSeverities; mermaid?: boolean },
    workspace: VersionWorkspace = versionWorkspace(),
): Promise<PairModels[]> {
    const beforeText = new Map(before.map(file => [file.path, file.text]));
    const afterText = new Map(after.map(file => [file.path, file.text]));
    // One location per pair: a file and the file it became are one document, changed.
    const uriOf = (pair: FilePair) => URI.file(`/version/${pair.after ?? pair.before!}`).toString();
    const { texts, shared, Journey } = workspace;
    Journey.preferences.locale = options.locale;
    Journey.preferences.lint.setFileRules(options.rules);
    const documents = shared.workspace.LangiumDocuments;
    const factory = shared.workspace.LangiumDocumentFactory;
    const builder = shared.workspace.DocumentBuilder;
    const add = (uri: string, text: string, version: number) => {
        const textDocument = TextDocument.create(uri, 'journey', version, text);
        texts.set(uri, textDocument);
        const document = factory.fromTextDocument<Model>(textDocument);
        documents.addDocument(document);
        return document;
    };

    // The older version, built whole.
    const older = pairs.filter(pair => pair.before !== undefined).map(pair => add(uriOf(pair), beforeText.get(pair.before!)!, 0));
    await builder.build(older, { validation: true });
    const models = pairs.map((pair): PairModels => {
        const document = pair.before === undefined ? undefined : (documents.getDocument(URI.parse(uriOf(pair))) as LangiumDocument<Model>);
        return { before: document && buildMapModel(document, options.locale, { mermaid: options.mermaid ?? true }) };
    });

    // The newer version: only what differs goes through the builder's update.
    const changed: URI[] = [];
    const deleted: URI[] = [];
    for (const pair of pairs) {
        const uri = uriOf(pair);
        if (pair.after === undefined) {
            deleted.push(URI.parse(uri));
            texts.delete(uri);
        } else if (pair.before === undefined) {
            add(uri, afterText.get(pair.after)!, 0);
            changed.push(URI.parse(uri));
        } else if (afterText.get(pair.after) !== beforeText.get(pair.before)) {
            texts.set(uri, TextDocument.create(uri, 'journey', 0, afterText.get(pair.after)!));
            changed.push(URI.parse(uri));
        }
    }
    const revalidated = new Set<string>();
    const listening = builder.onDocumentPhase(DocumentState.Validated, document => {
        revalidated.add(document.uri.toString());
    });
    try {
        if (changed.length > 0 || deleted.length > 0) await builder.update(changed, deleted);
    } finally {
        listening.dispose();
    }
    const changedUris = new Set(changed.map(uri => uri.toString()));
    return pairs.map((pair, index) => {
        const model = models[index];
        if (pair.after === undefined) return model;
        const uri = uriOf(pair);
        const document = documents.getDocument(URI.parse(uri)) as LangiumDocument<Model>;
        // A file neither revalidated nor referring to a changed one reads as before: same text, same findings, same references.
        const same =
            pair.before !== undefined &&
            !revalidated.has(uri) &&
            !changedUris.has(uri) &&
            ((changedUris.size === 0 && deleted.length === 0) ||
                !shared.workspace.IndexManager.isAffected(document, new Set([...changedUris, ...deleted.map(d => d.toString())])));
        const afterModel = same ? model.before : buildMapModel(document, options.locale, { mermaid: options.mermaid ?? true });
        return { before: model.before, after: afterModel };
    });
}
