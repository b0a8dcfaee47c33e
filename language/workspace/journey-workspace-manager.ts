// Langium's loading of the workspace's files, noting on the way the folders that hold a
// `.journeylint.json`: each is a project of its own (journey-projects.ts), known before any
// file is linked and before the workspace is ready.
import type { FileSystemNode, LangiumDocument, LangiumSharedCoreServices, Stream, URI, WorkspaceFolder } from 'langium';
import { DefaultWorkspaceManager, URI as Uri, UriUtils } from 'langium';
import { CONFIG_FILE_NAME } from '../lint/lint-config.js';
import type { JourneyProjects } from './journey-projects.js';

export class JourneyWorkspaceManager extends DefaultWorkspaceManager {
    private readonly projects: JourneyProjects;
    private configFolders: URI[] = [];

    constructor(services: LangiumSharedCoreServices & { workspace: { Projects: JourneyProjects } }) {
        super(services);
        this.projects = services.workspace.Projects;
    }

    protected override performStartup(folders: WorkspaceFolder[]): Promise<LangiumDocument[]> {
        this.configFolders = [];
        this.projects.setWorkspaceRoots(folders.map(folder => Uri.parse(folder.uri)));
        return super.performStartup(folders);
    }

    /** Called once every folder has been traversed. */
    protected override loadWorkspaceDocuments(uris: Stream<URI>, collector: (document: LangiumDocument) => void): Promise<void> {
        this.projects.setProjectRoots(this.configFolders);
        return super.loadWorkspaceDocuments(uris, collector);
    }

    override shouldIncludeEntry(entry: FileSystemNode): boolean {
        if (entry.isFile && UriUtils.basename(entry.uri) === CONFIG_FILE_NAME) this.configFolders.push(UriUtils.dirname(entry.uri));
        return super.shouldIncludeEntry(entry);
    }
}
