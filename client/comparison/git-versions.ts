// Other versions of a file, read through VS Code's built-in Git extension (its API, version 1):
// the refs to offer (HEAD, branches, tags) and a file's text at one of them. Absent in the
// browser (vscode.dev, github.dev) and where Git is disabled: then `gitRepositoryOf` says why.
import * as vscode from 'vscode';

/** The part of the Git extension's API used here (extensions/git/src/api/git.d.ts). */
interface GitRef {
    /** 0 a local branch, 1 a remote branch, 2 a tag. */
    type: number;
    name?: string;
    commit?: string;
    remote?: string;
}
interface GitRepository {
    rootUri: vscode.Uri;
    state: { HEAD?: GitRef; refs?: GitRef[] };
    show(ref: string, path: string): Promise<string>;
    getRefs?(query?: unknown): Promise<GitRef[]>;
}
interface GitApi {
    state?: 'uninitialized' | 'initialized';
    repositories: GitRepository[];
    getRepository(uri: vscode.Uri): GitRepository | null;
    onDidOpenRepository(listener: (repository: GitRepository) => void): vscode.Disposable;
}

export interface GitRevision {
    /** What `git show` takes: HEAD, a branch or tag name. */
    ref: string;
    kind: 'head' | 'branch' | 'remote' | 'tag';
    /** The short commit it points at. */
    commit?: string;
}

export class GitFile {
    constructor(
        private readonly repository: GitRepository,
        readonly uri: vscode.Uri,
    ) {}

    /** The file's path from the repository's root, with `/` (as `journey diff --git` prints it). */
    get path(): string {
        const root = this.repository.rootUri.path.replace(/\/$/, '');
        return this.uri.path.startsWith(`${root}/`) ? this.uri.path.slice(root.length + 1) : this.uri.path;
    }

    /** HEAD, then the local branches, the tags and the remote branches. */
    async revisions(): Promise<GitRevision[]> {
        const refs = (await this.repository.getRefs?.().catch(() => undefined)) ?? this.repository.state.refs ?? [];
        const short = (commit?: string) => commit?.slice(0, 7);
        const kinds: GitRevision['kind'][] = ['branch', 'remote', 'tag'];
        const listed = refs
            .filter(ref => ref.name)
            .map(ref => ({
                ref: ref.type === 1 && ref.remote && !ref.name!.startsWith(`${ref.remote}/`) ? `${ref.remote}/${ref.name}` : ref.name!,
                kind: kinds[ref.type] ?? 'branch',
                commit: short(ref.commit),
            }));
        const order: GitRevision['kind'][] = ['branch', 'tag', 'remote'];
        listed.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || a.ref.localeCompare(b.ref));
        return [{ ref: 'HEAD', kind: 'head', commit: short(this.repository.state.HEAD?.commit) }, ...listed];
    }

    /** The file's text at `ref`; undefined when the file is not in that revision (it is new). */
    async textAt(ref: string): Promise<string | undefined> {
        try {
            return await this.repository.show(ref, this.uri.fsPath);
        } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            if (/does not exist|exists on disk, but not in|path .* does not exist|fatal: path/i.test(message)) return undefined;
            throw new Error(vscode.l10n.t('Git could not read {0} at {1}: {2}', this.path, ref, message), { cause: error });
        }
    }
}

/** The file in its Git repository, or why there is none. */
export async function gitFileOf(uri: vscode.Uri): Promise<GitFile | { reason: string }> {
    const extension = vscode.extensions.getExtension<{ getAPI(version: 1): GitApi }>('vscode.git');
    if (!extension) return { reason: vscode.l10n.t('the Git extension is not available here') };
    if (uri.scheme !== 'file') return { reason: vscode.l10n.t('the file is not on a local disk') };
    let api: GitApi;
    try {
        api = (extension.isActive ? extension.exports : await extension.activate()).getAPI(1);
    } catch {
        return { reason: vscode.l10n.t('the Git extension is disabled') };
    }
    const repository = api.getRepository(uri) ?? (await openedRepository(api, uri));
    return repository ? new GitFile(repository, uri) : { reason: vscode.l10n.t('the file is not in a Git repository') };
}

/** Git opens the workspace's repositories shortly after start-up: waits a few seconds for one holding the file. */
function openedRepository(api: GitApi, uri: vscode.Uri): Promise<GitRepository | undefined> {
    return new Promise(resolve => {
        const done = (repository: GitRepository | undefined) => {
            clearTimeout(timer);
            subscription.dispose();
            resolve(repository);
        };
        const subscription = api.onDidOpenRepository(() => {
            const repository = api.getRepository(uri);
            if (repository) done(repository);
        });
        const timer = setTimeout(() => done(api.getRepository(uri) ?? undefined), 5000);
    });
}
