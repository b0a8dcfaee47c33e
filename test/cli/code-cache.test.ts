// bin/journey.cjs compiles the command line from the V8 code cache the build writes
// (scripts/cli-code-cache.mjs), when that cache was made of this bundle by this Node, and
// ignores it otherwise. Each test runs a copy of bin/ and dist/cli.cjs in its own folder, makes
// its own cache with the Node running the tests, and reads V8's own report of what it
// deserialized (--profile-deserialization). Needs `npm run build` (dist/cli.cjs).
import { spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempFolder } from '../helpers/temp-folder.js';

const EXAMPLE = resolve('examples/taller.journey');

/** bin/journey.cjs and the built bundle, copied into a folder of their own. */
function installedCopy(): string {
    const root = makeTempFolder('journey-code-cache-');
    mkdirSync(join(root, 'bin'));
    mkdirSync(join(root, 'dist'));
    copyFileSync('bin/journey.cjs', join(root, 'bin', 'journey.cjs'));
    copyFileSync('dist/cli.cjs', join(root, 'dist', 'cli.cjs'));
    return root;
}

function lint(root: string, env: Record<string, string> = {}) {
    const result = spawnSync(process.execPath, ['--profile-deserialization', join(root, 'bin', 'journey.cjs'), 'lint', EXAMPLE, '--format', 'json'], {
        encoding: 'utf8',
        env: { ...process.env, ...env },
    });
    // V8 writes its report to standard output, one `[… took n ms]` line each; a rejected cache is
    // `[Cached code failed check]` (Node 20) or `[Cached code failed check: <why>]` (Node 22).
    const isReport = (line: string) => /^\[([A-Z].* took [\d.]+ ms|Cached code failed check.*)\]$/.test(line);
    const report = result.stdout.split('\n').filter(isReport);
    const deserialized = report.flatMap(line => /^\[Deserializing from (\d+) bytes/.exec(line)?.[1] ?? []).map(Number);
    const stdout = result.stdout
        .split('\n')
        .filter(line => !isReport(line))
        .join('\n');
    return { status: result.status, stdout, deserialized, rejected: report.some(line => line.startsWith('[Cached code failed check')) };
}

const cacheOf = (root: string) => join(root, 'dist', 'cli.cjs.cache');
/** The size of the compiled code in a cache: the file less its 32-byte key. */
const codeSize = (root: string) => statSync(cacheOf(root)).size - 32;

describe("the command line's code cache", () => {
    it('is written by a run that asks for it, keyed by a hash', () => {
        const root = installedCopy();
        const run = lint(root, { JOURNEY_WRITE_CODE_CACHE: '1' });
        expect(run.status).toBe(0);
        expect(existsSync(cacheOf(root))).toBe(true);
        expect(codeSize(root)).toBeGreaterThan(100_000);
    });

    it('is what the command line is compiled from, with the same output', () => {
        const root = installedCopy();
        const uncached = lint(root);
        lint(root, { JOURNEY_WRITE_CODE_CACHE: '1' });
        const cached = lint(root);
        expect(cached.deserialized).toContain(codeSize(root));
        expect(uncached.deserialized).not.toContain(codeSize(root));
        expect(cached.status).toBe(uncached.status);
        expect(cached.stdout).toBe(uncached.stdout);
        expect(JSON.parse(cached.stdout).map((finding: { rule: string }) => finding.rule)).toContain('unused-declaration');
    });

    it('is ignored once the bundle changed, or when it is damaged', () => {
        const root = installedCopy();
        const expected = lint(root);
        lint(root, { JOURNEY_WRITE_CODE_CACHE: '1' });
        const size = codeSize(root);

        // A damaged cache with the right key: V8 rejects the code and compiles the source.
        const cache = readFileSync(cacheOf(root));
        writeFileSync(cacheOf(root), Buffer.concat([cache.subarray(0, 32), Buffer.alloc(cache.length - 32, 7)]));
        const damaged = lint(root);
        expect(damaged.rejected).toBe(true);
        expect(damaged.stdout).toBe(expected.stdout);

        // The bundle rebuilt: the key no longer matches, and the cache is not even read.
        writeFileSync(cacheOf(root), cache);
        appendFileSync(join(root, 'dist', 'cli.cjs'), '\n// rebuilt\n');
        const stale = lint(root);
        expect(stale.deserialized).not.toContain(size);
        expect(stale.rejected).toBe(false);
        expect(stale.stdout).toBe(expected.stdout);
        expect(stale.status).toBe(expected.status);
    });
});
