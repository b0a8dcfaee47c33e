// Keeps the server's lint severities in step with the `.journeylint.json` files of the workspace
// (each makes its folder a project: language/workspace/journey-projects.ts) and the
// `journey.lint.rules` setting, and revalidates every document when they change; when a
// `.journeylint.json` comes or goes, files change projects and every document is linked again.
// Mistakes in a `.journeylint.json` (checked against its schema) are published as diagnostics
// on that file; its valid entries still apply.
import { DocumentState, URI, UriUtils } from 'langium';
import { DiagnosticSeverity, FileChangeType, type Connection, type Diagnostic } from 'vscode-languageserver';
import { checkLintConfig } from '../language/lint/lint-config-check.js';
import { CONFIG_FILE_NAME, readRuleSeverities, type RuleSeverities } from '../language/lint/lint-config.js';
import { projectKey } from '../language/workspace/journey-projects.js';
import type { JourneyLspServices, JourneyLspSharedServices } from './journey-lsp-module.js';
import { toLocale } from '../language/i18n/locale.js';

export function watchLintConfiguration(connection: Connection, shared: JourneyLspSharedServices, Journey: JourneyLspServices): void {
    const projects = shared.workspace.Projects;

    // Files whose problems were published, so that fixing or deleting one clears them.
    let filesWithProblems = new Set<string>();

    /** Reads every project's `.journeylint.json`; true when any sets a rule. */
    const loadFiles = async (): Promise<boolean> => {
        const rulesByProject = new Map<string, RuleSeverities>();
        const nowWithProblems = new Set<string>();
        for (const folder of projects.roots()) {
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
                    range: problem.range,
                    message: problem.message,
                    severity: DiagnosticSeverity.Error,
                    source: 'journey',
                }));
                void connection.sendDiagnostics({ uri: file.toString(), diagnostics });
            }
            rulesByProject.set(projectKey(folder), rules);
        }
        for (const uri of filesWithProblems) if (!nowWithProblems.has(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
        filesWithProblems = nowWithProblems;
        Journey.preferences.lint.replaceFileRules(rulesByProject);
        return [...rulesByProject.values()].some(rules => Object.keys(rules).length > 0);
    };

    /** Validates every document again; from linking on when files changed projects. */
    const rebuildAll = async (relink = false) => {
        const builder = shared.workspace.DocumentBuilder;
        await shared.workspace.WorkspaceManager.ready;
        await shared.workspace.WorkspaceLock.write(async token => {
            for (const document of shared.workspace.LangiumDocuments.all) {
                if (relink && document.state >= DocumentState.ComputedScopes) builder.resetToState(document, DocumentState.ComputedScopes);
                else if (document.state >= DocumentState.Validated) builder.resetToState(document, DocumentState.IndexedReferences);
            }
            await builder.update([], [], token);
        });
    };

    // Once the workspace is loaded (its projects found): read the files, and revalidate only if they change anything.
    void shared.workspace.WorkspaceManager.ready.then(async () => {
        if (await loadFiles()) await rebuildAll();
    });

    shared.lsp.DocumentUpdateHandler.onWatchedFilesChange(async params => {
        const configs = params.changes.filter(change => UriUtils.basename(URI.parse(change.uri)) === CONFIG_FILE_NAME);
        if (configs.length === 0) return;
        const roots = new Map(projects.roots().map(folder => [projectKey(folder), folder]));
        for (const change of configs) {
            const folder = UriUtils.dirname(URI.parse(change.uri));
            if (change.type === FileChangeType.Deleted) roots.delete(projectKey(folder));
            else if (isInWorkspace(folder)) roots.set(projectKey(folder), folder);
        }
        const projectsChanged = projects.setProjectRoots(roots.values());
        await loadFiles();
        await rebuildAll(projectsChanged);
    });

    /** A folder the workspace's files are loaded from: in a workspace folder, not hidden or in node_modules (as Langium skips them). */
    const isInWorkspace = (folder: URI): boolean =>
        (shared.workspace.WorkspaceManager.workspaceFolders ?? []).some(root => {
            const relative = UriUtils.relative(URI.parse(root.uri), folder);
            return (
                !relative.startsWith('../') &&
                relative.split('/').every(name => name === '' || (!name.startsWith('.') && name !== 'node_modules' && name !== 'out'))
            );
        });

    shared.workspace.ConfigurationProvider.onConfigurationSectionUpdate(async update => {
        if (update.section !== 'journey') return;
        const settings = update.configuration as { lint?: { rules?: unknown }; keywordLanguage?: string } | undefined;
        Journey.preferences.lint.setSettingRules(readRuleSeverities(settings?.lint?.rules));
        // Unset: completion follows the display language again.
        Journey.preferences.keywordLanguage =
            settings?.keywordLanguage === 'en' || settings?.keywordLanguage === 'es' ? toLocale(settings.keywordLanguage) : Journey.preferences.locale;
        await rebuildAll();
    });
}
