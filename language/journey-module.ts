// The language's services: Langium's defaults plus what this language changes. The editor-
// independent part (used by the command line and tests); the language server adds its
// LSP features on top in server/journey-lsp-module.ts.
import type {
    DefaultSharedCoreModuleContext,
    TextDocumentProvider,
    LangiumCoreServices,
    LangiumSharedCoreServices,
    Module,
    PartialLangiumCoreServices,
    PartialLangiumSharedCoreServices,
} from 'langium';
import { createDefaultCoreModule, createDefaultSharedCoreModule, inject } from 'langium';
import { JourneyLanguageGeneratedModule, JourneyLanguageGeneratedSharedModule } from './generated/module.js';
import { JourneyDocumentValidator } from './lint/journey-document-validator.js';
import { registerLintChecks } from './lint/journey-validator.js';
import { JourneyValidationRegistry } from './lint/journey-validation-registry.js';
import { JourneyPreferences } from './preferences.js';
import { AstNodeWalker } from './ast-node-walker.js';
import { JourneyLinker } from './workspace/journey-linker.js';
import { JourneyIndexManager } from './workspace/journey-index-manager.js';
import { JourneyProjects } from './workspace/journey-projects.js';
import { JourneyWorkspaceManager } from './workspace/journey-workspace-manager.js';
import { JourneyDocumentBuilder } from './workspace/journey-document-builder.js';
import { JourneyDocumentFactory } from './workspace/journey-document-factory.js';
import { JourneyScopeComputation } from './workspace/journey-scope-computation.js';
import { JourneyScopeProvider } from './workspace/journey-scope-provider.js';
import { JourneyTokenBuilder } from './parser/journey-token-builder.js';
import { createJourneyParser } from './parser/journey-parser.js';
import { JourneyValueConverter } from './parser/journey-value-converter.js';
import { JourneyAstNodeLocator } from './workspace/journey-node-locator.js';
import { JourneyReferenceDescriptionProvider } from './workspace/journey-reference-descriptions.js';

export type JourneyAddedServices = {
    preferences: JourneyPreferences;
    /** One walk of each tree, shared by the linker and the validator. */
    ast: { NodeWalker: AstNodeWalker };
};

export type JourneySharedServices = LangiumSharedCoreServices & {
    workspace: { IndexManager: JourneyIndexManager; Projects: JourneyProjects };
};

export type JourneyServices = LangiumCoreServices & JourneyAddedServices & { shared: JourneySharedServices };

export const JourneyModule: Module<JourneyServices, PartialLangiumCoreServices & JourneyAddedServices> = {
    preferences: () => new JourneyPreferences(),
    parser: {
        TokenBuilder: () => new JourneyTokenBuilder(),
        LangiumParser: services => createJourneyParser(services),
        ValueConverter: () => new JourneyValueConverter(),
        // Every choice in the grammar is decided by its first keyword, so classic LL(k)
        // lookahead suffices and parses faster than Langium's default ALL(*) strategy.
        ParserConfig: () => ({ maxLookahead: 3 }),
    },
    ast: {
        NodeWalker: services => new AstNodeWalker(services.Grammar, services.shared.AstReflection),
    },
    references: {
        ScopeComputation: services => new JourneyScopeComputation(services),
        Linker: services => new JourneyLinker(services),
        ScopeProvider: services => new JourneyScopeProvider(services),
    },
    workspace: {
        ReferenceDescriptionProvider: services => new JourneyReferenceDescriptionProvider(services),
        AstNodeLocator: () => new JourneyAstNodeLocator(),
    },
    validation: {
        DocumentValidator: services => new JourneyDocumentValidator(services),
        ValidationRegistry: services => new JourneyValidationRegistry(services),
    },
};

export const JourneySharedModule: Module<JourneySharedServices, PartialLangiumSharedCoreServices & { workspace: { Projects: JourneyProjects } }> = {
    workspace: {
        Projects: () => new JourneyProjects(),
        IndexManager: services => new JourneyIndexManager(services),
        WorkspaceManager: services => new JourneyWorkspaceManager(services),
        DocumentBuilder: services => new JourneyDocumentBuilder(services),
        LangiumDocumentFactory: services => new JourneyDocumentFactory(services),
    },
};

/**
 * Services without an editor: for the command line, the benchmark and tests. `textDocuments`
 * gives the texts a document update reads (as an editor's open files do), for a caller that
 * updates documents in memory (language/diff/version-models.ts).
 */
export function createJourneyCoreServices(
    context: DefaultSharedCoreModuleContext,
    textDocuments?: TextDocumentProvider,
): { shared: JourneySharedServices; Journey: JourneyServices } {
    const texts: Module<JourneySharedServices, PartialLangiumSharedCoreServices> = textDocuments ? { workspace: { TextDocuments: () => textDocuments } } : {};
    const shared = inject(createDefaultSharedCoreModule(context), JourneyLanguageGeneratedSharedModule, JourneySharedModule, texts) as JourneySharedServices;
    const Journey = inject(createDefaultCoreModule({ shared }), JourneyLanguageGeneratedModule, JourneyModule) as JourneyServices;
    shared.ServiceRegistry.register(Journey);
    registerLintChecks(Journey);
    return { shared, Journey };
}
