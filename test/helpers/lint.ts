// Lints in-memory files as one workspace, the way the editor and the command line do.
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Model } from '../../language/generated/ast.js';
import { createJourneyCoreServices, type JourneyServices } from '../../language/journey-module.js';
import type { RuleSeverities } from '../../language/lint/lint-config.js';
import type { Locale } from '../../language/i18n/locale.js';

export interface LintedFile {
    document: LangiumDocument<Model>;
    diagnostics: Diagnostic[];
}

export async function lintFiles(
    files: Record<string, string>,
    options: { rules?: RuleSeverities; locale?: Locale } = {},
): Promise<Record<string, LintedFile> & { services?: JourneyServices }> {
    const { shared, Journey } = createJourneyCoreServices(EmptyFileSystem);
    Journey.preferences.lint.setFileRules(options.rules ?? {});
    Journey.preferences.locale = options.locale ?? 'en';
    shared.workspace.Projects.setWorkspaceRoots([URI.file('/workspace')]);
    const documents = Object.entries(files).map(([name, text]) => {
        const document = shared.workspace.LangiumDocumentFactory.fromString<Model>(text, URI.file(`/workspace/${name}`));
        shared.workspace.LangiumDocuments.addDocument(document);
        return [name, document] as const;
    });
    await shared.workspace.DocumentBuilder.build(
        documents.map(([, document]) => document),
        { validation: true },
    );
    const result: Record<string, LintedFile> = {};
    for (const [name, document] of documents) result[name] = { document, diagnostics: document.diagnostics ?? [] };
    return result;
}

export async function lint(text: string, options: { rules?: RuleSeverities; locale?: Locale } = {}): Promise<Diagnostic[]> {
    return (await lintFiles({ 'test.journey': text }, options))['test.journey'].diagnostics;
}

/** `rule@line:col` (1-based) of each diagnostic, sorted: what a user reads in the Problems panel. */
export function codes(diagnostics: Diagnostic[]): string[] {
    return diagnostics.map(d => `${d.code}@${d.range.start.line + 1}:${d.range.start.character + 1}`).sort();
}

export function rulesOf(diagnostics: Diagnostic[]): string[] {
    return diagnostics.map(d => String(d.code)).sort();
}

export const SEVERITY = { error: 1, warning: 2, info: 3, hint: 4 } as const;
