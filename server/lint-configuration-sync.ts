// Keeps the server's lint severities in step with `.journeylint.json` at the workspace
// root(s) and the `journey.lint.rules` setting, and revalidates every document when they change.
// Mistakes in a `.journeylint.json` (checked against its schema) are published as diagnostics
// on that file; its valid entries still apply.
import { DocumentState, URI, UriUtils } from 'langium';
import { DiagnosticSeverity, type Connection, type Diagnostic } from 'vscode-languageserver';
import { checkLintConfig } from '../language/lint/lint-config-check.js';
import { CONFIG_FILE_NAME, readRuleSeverities, type RuleSeverities } from '../language/lint/lint-config.js';
import type { JourneyLspServices, JourneyLspSharedServices } from './journey-lsp-module.js';
import { toLocale } from '../language/i18n/locale.js';

export function watchLintConfiguration(connection: Connection, shared: JourneyLspSharedServices, Journey: JourneyLspServices): void {
    let rootFolders: URI[] = [];

    shared.lsp.LanguageServer.onInitialize(params => {
        rootFolders = (params.workspaceFolders ?? []).map(folder => URI.parse(folder.uri));
        if (rootFolders.length === 0 && params.rootUri) rootFolders = [URI.parse(params.rootUri)];
    });

    // Files whose problems were published, so that fixing or deleting one clears them.
    let filesWithProblems = new Set<string>();

    const loadFile = async (): Promise<RuleSeverities> => {
        const merged: RuleSeverities = {};
        const nowWithProblems = new Set<string>();
        for (const folder of rootFolders) {
            const file = UriUtils.joinPath(folder, CONFIG_FILE_NAME);
            let text: string;
            try {
                // Through Langium's file system: the disk on Node, the extension's copies in a web worker.
                text = await shared.workspace.FileSystemProvider.readFile(file);
            } catch {
                continue;
            }
            const { rules, problems } = checkLintConfig(text, Journey.preferences.locale);
            if (problems.length > 0) {
                nowWithProblems.add(file.toString());
                const diagnostics: Diagnostic[] = problems.map(problem => ({
                    range: problem.range, message: problem.message, severity: DiagnosticSeverity.Error, source: 'journey',
                }));
                void connection.sendDiagnostics({ uri: file.toString(), diagnostics });
            }
            Object.assign(merged, rules);
        }
        for (const uri of filesWithProblems) if (!nowWithProblems.has(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
        filesWithProblems = nowWithProblems;
        return merged;
    };

    const revalidateAll = async () => {
        const builder = shared.workspace.DocumentBuilder;
        await shared.workspace.WorkspaceManager.ready;
        await shared.workspace.WorkspaceLock.write(async token => {
            for (const document of shared.workspace.LangiumDocuments.all) {
                if (document.state >= DocumentState.Validated) builder.resetToState(document, DocumentState.IndexedReferences);
            }
            await builder.update([], [], token);
        });
    };

    // Once the workspace is loaded: read the file, and revalidate only if it changes anything.
    void shared.workspace.WorkspaceManager.ready.then(async () => {
        const rules = await loadFile();
        if (Object.keys(rules).length === 0) return;
        Journey.preferences.lint.setFileRules(rules);
        await revalidateAll();
    });

    shared.lsp.DocumentUpdateHandler.onWatchedFilesChange(async params => {
        if (params.changes.some(change => change.uri.endsWith('/' + CONFIG_FILE_NAME))) {
            Journey.preferences.lint.setFileRules(await loadFile());
            await revalidateAll();
        }
    });

    shared.workspace.ConfigurationProvider.onConfigurationSectionUpdate(async update => {
        if (update.section !== 'journey') return;
        const settings = update.configuration as { lint?: { rules?: unknown }; keywordLanguage?: string } | undefined;
        Journey.preferences.lint.setSettingRules(readRuleSeverities(settings?.lint?.rules));
        // Unset: completion follows the display language again.
        Journey.preferences.keywordLanguage = settings?.keywordLanguage === 'en' || settings?.keywordLanguage === 'es'
            ? toLocale(settings.keywordLanguage)
            : Journey.preferences.locale;
        await revalidateAll();
    });
}
