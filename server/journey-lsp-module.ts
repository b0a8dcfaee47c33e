// The language server's services: the language (../language) plus the LSP features.
import type { DefaultSharedModuleContext, LangiumServices, LangiumSharedServices, PartialLangiumServices, PartialLangiumSharedServices } from 'langium/lsp';
import { createDefaultModule, createDefaultSharedModule } from 'langium/lsp';
import type { Module } from 'langium';
import { inject } from 'langium';
import { JourneyLanguageGeneratedModule, JourneyLanguageGeneratedSharedModule } from '../language/generated/module.js';
import { JourneyModule, JourneySharedModule, type JourneyAddedServices, type JourneySharedServices } from '../language/journey-module.js';
import { registerLintChecks } from '../language/lint/journey-validator.js';
import { JourneyCodeActionProvider } from './features/code-actions.js';
import { JourneyFormatter } from './features/formatter.js';
import { JourneyCompletionProvider } from './features/completion.js';
import { JourneyHoverProvider } from './features/hover.js';

export type JourneyLspServices = LangiumServices & JourneyAddedServices & { shared: JourneyLspSharedServices };
export type JourneyLspSharedServices = LangiumSharedServices & JourneySharedServices;

/** LSP features of this language; each lives in its own file under features/. */
export const JourneyLspModule: Module<JourneyLspServices, PartialLangiumServices> = {
    lsp: {
        CodeActionProvider: services => new JourneyCodeActionProvider(services),
        Formatter: services => new JourneyFormatter(services),
        CompletionProvider: services => new JourneyCompletionProvider(services),
        HoverProvider: services => new JourneyHoverProvider(services),
    },
};

export function createJourneyLspServices(context: DefaultSharedModuleContext): { shared: JourneyLspSharedServices; Journey: JourneyLspServices } {
    const shared = inject(createDefaultSharedModule(context), JourneyLanguageGeneratedSharedModule, JourneySharedModule as unknown as Module<LangiumSharedServices, PartialLangiumSharedServices>) as unknown as JourneyLspSharedServices;
    const Journey = inject(createDefaultModule({ shared }), JourneyLanguageGeneratedModule, JourneyModule, JourneyLspModule) as unknown as JourneyLspServices;
    shared.ServiceRegistry.register(Journey);
    registerLintChecks(Journey);
    return { shared, Journey };
}
