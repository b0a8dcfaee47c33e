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
        // `<mode> <type> <object>\t<path>` per entry; the objects are then read by one git process, not one each.
        const listing = await git(this.root, ['ls-tree', '-r', '-z', revision]);
        const objects = new Map<string, string>();
        for (const entry of listing.split('\0')) {
            const tab = entry.indexOf('\t');
            const [, type, object] = entry.slice(0, tab).split(' ');
            if (type === 'blob') objects.set(entry.slice(tab + 1), object);
        }
        const paths = this.journeyFiles([...objects.keys()].join('\0'), pathspecs);
        const texts = await readBlobs(
            this.root,
            paths.map(name => objects.get(name)!),
        );
        return paths.map((name, index) => ({ path: name, text: texts[index] }));
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

/** The contents of git objects, in order, read by one `git cat-file --batch`. */
function readBlobs(cwd: string, objects: string[]): Promise<string[]> {
    if (objects.length === 0) return Promise.resolve([]);
    return new Promise((resolve, reject) => {
        const child = execFile('git', ['cat-file', '--batch'], { cwd, encoding: 'buffer', maxBuffer: 1 << 30 }, (error, stdout, stderr) => {
            if (error) return reject(gitFailure(error, ['cat-file'], stderr.toString('utf8')));
            // Each object: `<object> <type> <size>\n`, its <size> bytes, then `\n`.
            const texts: string[] = [];
            let at = 0;
            for (const object of objects) {
                const headerEnd = stdout.indexOf(0x0a, at);
                const [, type, size] = stdout.toString('latin1', at, headerEnd).split(' ');
                if (type !== 'blob') return reject(new GitError(`git cat-file: ${object} is not a file`));
                const start = headerEnd + 1;
                texts.push(stdout.toString('utf8', start, start + Number(size)));
                at = start + Number(size) + 1;
            }
            resolve(texts);
        });
        child.stdin?.end(`${objects.join('\n')}\n`);
    });
}

function git(cwd: string, args: string[], failure?: string): Promise<string> {
    return new Promise((resolve, reject) => {
        execFile('git', args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 }, (error, stdout, stderr) => {
            if (!error) return resolve(stdout);
            reject(gitFailure(error, args, stderr, failure));
        });
    });
}

function gitFailure(error: Error, args: string[], stderr: string, failure?: string): GitError {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new GitError('git is not installed or not on the PATH');
    return new GitError(failure ?? `git ${args[0]} failed: ${stderr.trim() || error.message}`);
}
