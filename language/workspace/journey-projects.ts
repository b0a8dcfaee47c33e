// Which project each file belongs to. A folder holding a `.journeylint.json` is a project of its
// own, as a folder holding a tsconfig.json is for TypeScript: a file belongs to the nearest such
// folder at or above it, and files under none belong to the workspace's project. Declarations are
// shared, and ids must be unique, only among the files of one project; the project's
// `.journeylint.json` sets the severities of its files. The server fills this in from the files it
// finds in the workspace (journey-workspace-manager.ts), the command line from the files' folders.
import { URI, UriUtils } from 'langium';

/** The key of the files that are in no folder with a `.journeylint.json`. */
export const WORKSPACE_PROJECT = '';

export class JourneyProjects {
    private workspaceRoots: URI[] = [];
    private readonly projectRoots = new Set<string>();
    private readonly projectOfFile = new Map<string, string>();
    /** Increases whenever a project root comes or goes: what was computed per project is outdated. */
    revision = 0;

    /** The folders a workspace-relative path starts from (the editor's workspace folders, the command line's working folder). */
    setWorkspaceRoots(folders: URI[]): void {
        this.workspaceRoots = [...folders];
    }

    /** The folders holding a `.journeylint.json`; true when that changed anything. */
    setProjectRoots(folders: Iterable<URI>): boolean {
        const keys = new Set([...folders].map(folder => projectKey(folder)));
        if (keys.size === this.projectRoots.size && [...keys].every(key => this.projectRoots.has(key))) return false;
        this.projectRoots.clear();
        for (const key of keys) this.projectRoots.add(key);
        this.projectOfFile.clear();
        this.revision++;
        return true;
    }

    roots(): URI[] {
        return [...this.projectRoots].map(key => URI.parse(key));
    }

    /** The project of a file: the key of the nearest folder above it with a `.journeylint.json`, else WORKSPACE_PROJECT. */
    projectOf(uri: URI): string {
        const file = uri.toString();
        let project = this.projectOfFile.get(file);
        if (project === undefined) {
            project = WORKSPACE_PROJECT;
            if (this.projectRoots.size > 0) {
                for (let folder = UriUtils.dirname(uri); ; folder = UriUtils.dirname(folder)) {
                    const key = projectKey(folder);
                    if (this.projectRoots.has(key)) {
                        project = key;
                        break;
                    }
                    if (UriUtils.dirname(folder).path === folder.path) break;
                }
            }
            this.projectOfFile.set(file, project);
        }
        return project;
    }

    /**
     * Where a user finds a file: its path relative to the workspace folder holding it, with `/`
     * (as the editor's Problems panel and `journey lint` show files); its full path when it is in
     * none.
     */
    displayPath(uri: URI): string {
        for (const root of this.workspaceRoots) {
            if (uri.scheme !== root.scheme || uri.authority !== root.authority) continue;
            const relative = UriUtils.relative(root, uri);
            if (relative !== '' && !relative.startsWith('../') && !relative.startsWith('/')) return relative;
        }
        return uri.scheme === 'file' ? uri.fsPath : uri.toString();
    }
}

/** A folder's key: its URI without a trailing slash, however it was written. */
export function projectKey(folder: URI): string {
    return folder.with({ path: folder.path.replace(/\/+$/, '') || '/' }).toString();
}
