// One Langium workspace holding every file of a command-line run, so that references
// between files resolve exactly as in the editor.
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import type { LangiumDocument } from 'langium';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import type { Model } from '../language/generated/ast.js';
import { createJourneyCoreServices, type JourneyServices } from '../language/journey-module.js';
import type { Locale } from '../language/i18n/locale.js';
import type { RuleSeverities } from '../language/lint/lint-config.js';
import { projectKey, WORKSPACE_PROJECT } from '../language/workspace/journey-projects.js';
import { findProjectConfigs } from './find-config.js';

export class UnreadableFileError extends Error {}

export interface LoadedWorkspace {
    services: JourneyServices;
    documents: LangiumDocument<Model>[];
}

/**
 * With `validation: false`, the files are only indexed and linked (enough to know their declarations).
 * Each file is in the project of its nearest `.journeylint.json`, as in the editor; `rules` apply to
 * every file (`--config`), else `projectRules` reads those of each project's `.journeylint.json`.
 */
export async function loadWorkspace(
    files: string[],
    options: { locale: Locale; rules?: RuleSeverities; projectRules?: (configFile: string) => RuleSeverities; validation?: boolean },
): Promise<LoadedWorkspace> {
    const { shared, Journey } = createJourneyCoreServices(NodeFileSystem);
    Journey.preferences.locale = options.locale;
    // Messages name other files as the command's output does: relative to the working folder.
    shared.workspace.Projects.setWorkspaceRoots([URI.file(process.cwd())]);
    const configFiles = [...new Set([...findProjectConfigs(files).values()].filter(config => config !== undefined))].sort();
    shared.workspace.Projects.setProjectRoots(configFiles.map(config => URI.file(path.dirname(config))));
    Journey.preferences.lint.setFileRules(options.rules ?? {}, WORKSPACE_PROJECT);
    for (const config of configFiles) {
        Journey.preferences.lint.setFileRules(options.rules ?? options.projectRules?.(config) ?? {}, projectKey(URI.file(path.dirname(config))));
    }
    const documents: LangiumDocument<Model>[] = [];
    for (const file of files) {
        let text: string;
        try {
            text = await readFile(file, 'utf8');
        } catch (error) {
            throw new UnreadableFileError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
        }
        const document = shared.workspace.LangiumDocumentFactory.fromString<Model>(text, URI.file(path.resolve(file)));
        shared.workspace.LangiumDocuments.addDocument(document);
        documents.push(document);
    }
    await shared.workspace.DocumentBuilder.build(documents, { validation: options.validation ?? true });
    return { services: Journey, documents };
}
