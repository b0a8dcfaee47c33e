// The language server's services: the language (../language) plus the LSP features.
import type { DefaultSharedModuleContext, LangiumServices, LangiumSharedServices, PartialLangiumServices, PartialLangiumSharedServices } from 'langium/lsp';
import { createDefaultModule, createDefaultSharedModule, NormalizedTextDocuments } from 'langium/lsp';
import { PieceTextDocuments } from './piece-text-document.js';
import type { Module } from 'langium';
import { inject } from 'langium';
import { JourneyLanguageGeneratedModule, JourneyLanguageGeneratedSharedModule } from '../language/generated/module.js';
import { JourneyModule, JourneySharedModule, type JourneyAddedServices, type JourneySharedServices } from '../language/journey-module.js';
import { registerLintChecks } from '../language/lint/journey-validator.js';
import { JourneyCodeActionProvider } from './features/code-actions.js';
import { JourneyFormatter } from './features/formatter.js';
import { JourneyCompletionProvider } from './features/completion.js';
import { JourneyHoverProvider } from './features/hover.js';
import { JourneyRenameProvider } from './features/rename.js';
import { JourneySemanticTokenProvider } from './features/semantic-tokens.js';
import { JourneyDocumentSymbolProvider, JourneyNodeKindProvider, JourneyWorkspaceSymbolProvider } from './features/symbols.js';
import { JourneyCodeLensProvider } from './features/code-lens.js';
import { JourneyFoldingRangeProvider } from './features/folding.js';
import { JourneyInlayHintProvider } from './features/inlay-hints.js';
import { JourneyLanguageServer } from './features/selection-ranges.js';
import { CoalescingDocumentUpdateHandler } from './coalescing-update-handler.js';

export type JourneyLspServices = LangiumServices & JourneyAddedServices & { shared: JourneyLspSharedServices };
export type JourneyLspSharedServices = LangiumSharedServices & JourneySharedServices;

/** LSP features of this language; each lives in its own file under features/. */
export const JourneyLspModule: Module<JourneyLspServices, PartialLangiumServices> = {
    lsp: {
        CodeActionProvider: services => new JourneyCodeActionProvider(services),
        Formatter: services => new JourneyFormatter(services),
        CompletionProvider: services => new JourneyCompletionProvider(services),
        HoverProvider: services => new JourneyHoverProvider(services),
        RenameProvider: services => new JourneyRenameProvider(services),
        SemanticTokenProvider: services => new JourneySemanticTokenProvider(services),
        DocumentSymbolProvider: services => new JourneyDocumentSymbolProvider(services),
        CodeLensProvider: services => new JourneyCodeLensProvider(services),
        FoldingRangeProvider: services => new JourneyFoldingRangeProvider(services),
        InlayHintProvider: services => new JourneyInlayHintProvider(services),
    },
};

/** Shared LSP services of this language: symbol and completion item kinds, coalesced document updates, piece-table text documents. */
export const JourneyLspSharedModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    workspace: {
        // Text kept in pieces between builds (see piece-text-document.ts).
        TextDocuments: () => new NormalizedTextDocuments(PieceTextDocuments) as unknown as LangiumSharedServices['workspace']['TextDocuments'],
    },
    lsp: {
        NodeKindProvider: () => new JourneyNodeKindProvider(),
        LanguageServer: services => new JourneyLanguageServer(services),
        WorkspaceSymbolProvider: services => new JourneyWorkspaceSymbolProvider(services),
        DocumentUpdateHandler: services => new CoalescingDocumentUpdateHandler(services),
    },
};

/** `runtimeModule`: what a runtime replaces in the shared services (the web worker: server/browser/). */
export function createJourneyLspServices(
    context: DefaultSharedModuleContext,
    runtimeModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {},
): { shared: JourneyLspSharedServices; Journey: JourneyLspServices } {
    const shared = inject(
        createDefaultSharedModule(context),
        JourneyLanguageGeneratedSharedModule,
        JourneySharedModule as unknown as Module<LangiumSharedServices, PartialLangiumSharedServices>,
        JourneyLspSharedModule,
        runtimeModule,
    ) as unknown as JourneyLspSharedServices;
    const Journey = inject(createDefaultModule({ shared }), JourneyLanguageGeneratedModule, JourneyModule, JourneyLspModule) as unknown as JourneyLspServices;
    shared.ServiceRegistry.register(Journey);
    registerLintChecks(Journey);
    // Lint the whole workspace when it loads, files not open included (Langium only links them).
    shared.workspace.WorkspaceManager.initialBuildOptions = { ...shared.workspace.WorkspaceManager.initialBuildOptions, validation: true };
    return { shared, Journey };
}
