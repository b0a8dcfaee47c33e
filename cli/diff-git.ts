// The versions `journey diff --git` compares, read through git itself: the `.journey` files
// of a revision (`git ls-tree`, `git show`), of the working tree (tracked and untracked, not
// ignored), and which file became which (`git diff --name-status -M`: added, deleted, renamed).
import { execFile } from 'node:child_process';
import { readFile, stat } from 'node:fs/promises';
import * as path from 'node:path';
import type { FilePair, VersionFile } from '../language/diff/version-models.js';

/** Git is missing, the folder is not in a repository, or a revision is unknown: exit 2. */
export class GitError extends Error {}

export type { FilePair, VersionFile } from '../language/diff/version-models.js';

export class GitRepository {
    private constructor(readonly root: string) {}

    static async at(folder: string): Promise<GitRepository> {
        if (!(await stat(folder).catch(() => undefined))?.isDirectory()) throw new GitError(`${folder} is not a folder of a git repository`);
        const root = (await git(folder, ['rev-parse', '--show-toplevel'], `${folder} is not inside a git repository`)).trim();
        return new GitRepository(root);
    }

    /** The commit a revision names; a GitError naming it when there is none. */
    async verify(revision: string): Promise<void> {
        await git(this.root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`], `unknown git revision "${revision}"`);
    }

    async filesAt(revision: string, pathspecs: string[]): Promise<VersionFile[]> {
        const listing = await git(this.root, ['ls-tree', '-r', '-z', '--name-only', revision]);
        const paths = this.journeyFiles(listing, pathspecs);
        return Promise.all(paths.map(async name => ({ path: name, text: await git(this.root, ['show', `${revision}:${name}`]) })));
    }

    async workingTreeFiles(pathspecs: string[]): Promise<VersionFile[]> {
        const listing = await git(this.root, ['ls-files', '-z', '--cached', '--others', '--exclude-standard']);
        const paths = [...new Set(this.journeyFiles(listing, pathspecs))];
        const files = await Promise.all(
            paths.map(async name => {
                // A tracked file deleted from the working tree is listed but gone: it is a deletion.
                const text = await readFile(path.join(this.root, name), 'utf8').catch(() => undefined);
                return text === undefined ? [] : [{ path: name, text }];
            }),
        );
        return files.flat();
    }

    /** Renamed files as git detects them (-M); every other path pairs with itself. */
    async renames(before: string, after: string | undefined, pathspecs: string[]): Promise<Map<string, string>> {
        const revisions = after === undefined ? [before] : [before, after];
        const status = await git(this.root, ['diff', '--name-status', '-z', '-M', ...revisions, '--']);
        const fields = status.split('\0');
        const renamed = new Map<string, string>();
        for (let i = 0; i < fields.length;) {
            const code = fields[i];
            if (!code) break;
            if (code.startsWith('R') || code.startsWith('C')) {
                if (code.startsWith('R') && this.journeyFiles(`${fields[i + 1]}\0${fields[i + 2]}`, pathspecs).length === 2)
                    renamed.set(fields[i + 1], fields[i + 2]);
                i += 3;
            } else {
                i += 2;
            }
        }
        return renamed;
    }

    /**
     * The `.journey` files of a NUL-separated git listing that lie in the command's paths (files
     * or folders, relative to the current folder; none: the whole repository). Filtered here,
     * not by git pathspecs, which `git ls-tree` does not read as the other commands do.
     */
    private journeyFiles(listing: string, paths: string[]): string[] {
        const scopes = paths.map(file => path.relative(this.root, path.resolve(file)).split(path.sep).join('/'));
        const inScope = (name: string) => scopes.length === 0 || scopes.some(scope => scope === '' || name === scope || name.startsWith(`${scope}/`));
        return listing.split('\0').filter(name => name.endsWith('.journey') && inScope(name));
    }
}

/** Pairs the files of two versions: renamed ones as git says, the rest by path. */
export function pairFiles(before: readonly VersionFile[], after: readonly VersionFile[], renamed: ReadonlyMap<string, string>): FilePair[] {
    const afterPaths = new Set(after.map(file => file.path));
    const beforePaths = new Set(before.map(file => file.path));
    const pairs: FilePair[] = [];
    const taken = new Set<string>();
    for (const file of before) {
        const target = renamed.get(file.path);
        if (target !== undefined && afterPaths.has(target) && !beforePaths.has(target)) {
            pairs.push({ before: file.path, after: target });
            taken.add(target);
        } else {
            pairs.push({ before: file.path, ...(afterPaths.has(file.path) ? { after: file.path } : {}) });
            taken.add(file.path);
        }
    }
    for (const file of after) if (!taken.has(file.path)) pairs.push({ after: file.path });
    return pairs.sort((a, b) => (a.after ?? a.before!).localeCompare(b.after ?? b.before!));
}

function git(cwd: string, args: string[], failure?: string): Promise<string> {
    return new Promise((resolve, reject) => {
        execFile('git', args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 }, (error, stdout, stderr) => {
            if (!error) return resolve(stdout);
            const code = (error as NodeJS.ErrnoException).code;
            if (code === 'ENOENT') return reject(new GitError('git is not installed or not on the PATH'));
            reject(new GitError(failure ?? `git ${args[0]} failed: ${stderr.trim() || error.message}`));
        });
    });
}
