// Writing files (language/node/safe-write.ts, shared by the command line and the desktop
// extension): the command line's export never replaces a file without --force,
// and an export that fails or is killed half-way leaves no partial file: the target is absent
// (or keeps its old content) or complete. Needs `npm run build` (dist/cli.cjs).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, promises as fsPromises, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { FileExistsError, writeFileSafely } from '../../language/node/safe-write.js';
import { manyTouchpoints } from '../helpers/fuzz/huge.js';

const CLI = resolve('bin/journey.cjs');
let folder: string;

beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'journey-write-'));
});
afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
});

function fresh(name: string): string {
    const dir = join(folder, name);
    rmSync(dir, { recursive: true, force: true });
    spawnSync('mkdir', ['-p', dir]);
    return dir;
}

function journey(args: string[], options: { shell?: string } = {}) {
    const result = options.shell
        ? spawnSync('bash', ['-c', `${options.shell}; exec "${process.execPath}" "${CLI}" ${args.map(a => `'${a}'`).join(' ')}`], {
              encoding: 'utf8',
              maxBuffer: 256 * 1024 * 1024,
          })
        : spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the export never overwrites without consent', () => {
    it('refuses an existing -o file without --force and leaves it byte for byte', () => {
        const dir = fresh('consent');
        const target = join(dir, 'map.mmd');
        const before = 'my own diagram, not to be lost\r\n\u00e9\u{1F697}';
        writeFileSync(target, before);
        const result = journey(['export', 'examples/taller.journey', '--format', 'mermaid', '-o', target]);
        expect(result.status).toBe(2);
        expect(result.stderr).toMatch(/exists.*--force/);
        expect(readFileSync(target, 'utf8')).toBe(before);
        expect(readdirSync(dir)).toEqual(['map.mmd']);
    });

    it('replaces it with --force, and writes a new file without', () => {
        const dir = fresh('force');
        const target = join(dir, 'map.mmd');
        writeFileSync(target, 'old');
        const expected = journey(['export', 'examples/taller.journey', '--format', 'mermaid']).stdout;
        expect(journey(['export', 'examples/taller.journey', '--format', 'mermaid', '-o', target, '--force']).status).toBe(0);
        expect(readFileSync(target, 'utf8')).toBe(expected);
        const other = join(dir, 'new.json');
        expect(journey(['export', 'examples/taller.journey', '--format', 'json', '-o', other]).status).toBe(0);
        expect(JSON.parse(readFileSync(other, 'utf8')).journeys[0].id).toBe('Mantenimiento');
        expect(readdirSync(dir).sort()).toEqual(['map.mmd', 'new.json']);
    });

    it('writeFileSafely: refuses an existing file, even one that appears between a check and the write', async () => {
        const dir = fresh('api');
        const target = join(dir, 'out.txt');
        writeFileSync(target, 'first');
        await expect(writeFileSafely(target, 'second', { replace: false })).rejects.toBeInstanceOf(FileExistsError);
        expect(readFileSync(target, 'utf8')).toBe('first');
        // Ten writers race for one new name: exactly one wins, the others are refused.
        const racing = join(dir, 'race.txt');
        const results = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => writeFileSafely(racing, `writer ${i}`, { replace: false })));
        expect(results.filter(r => r.status === 'fulfilled')).toHaveLength(1);
        expect(readFileSync(racing, 'utf8')).toMatch(/^writer \d$/);
        expect(readdirSync(dir).sort()).toEqual(['out.txt', 'race.txt']);
    });
});

describe('writeFileSafely, the one writer of the command line and the extension', () => {
    it('replaces an existing file whole when replacing was confirmed, and leaves no temporary file', async () => {
        const dir = fresh('replace');
        const target = join(dir, 'map.svg');
        writeFileSync(target, 'old');
        await writeFileSafely(target, 'new content', { replace: true });
        expect(readFileSync(target, 'utf8')).toBe('new content');
        await expect(writeFileSafely(join(dir, 'missing-dir', 'x.txt'), 'data', { replace: false })).rejects.toMatchObject({ code: 'ENOENT' });
        expect(readdirSync(dir)).toEqual(['map.svg']);
    });

    it('on a file system without hard links (FAT, exFAT) still writes new files whole and refuses existing ones', async () => {
        const dir = fresh('no-links');
        const noLinks = vi.spyOn(fsPromises, 'link').mockRejectedValue(Object.assign(new Error('operation not permitted'), { code: 'EPERM' }));
        try {
            const target = join(dir, 'map.journey');
            await writeFileSafely(target, 'first', { replace: false });
            expect(readFileSync(target, 'utf8')).toBe('first');
            await expect(writeFileSafely(target, 'second', { replace: false })).rejects.toBeInstanceOf(FileExistsError);
            expect(readFileSync(target, 'utf8')).toBe('first');
            expect(noLinks).toHaveBeenCalledTimes(2);
            expect(readdirSync(dir)).toEqual(['map.journey']);
        } finally {
            noLinks.mockRestore();
        }
    });
});

describe('an interrupted export leaves no partial file', () => {
    let bigFile: string;
    let fullJson: string;
    beforeAll(() => {
        bigFile = join(folder, 'big.journey');
        writeFileSync(bigFile, manyTouchpoints(3_000));
        fullJson = journey(['export', bigFile, '--format', 'json']).stdout;
        expect(fullJson.length).toBeGreaterThan(128 * 1024);
    });

    it('a write that fails half-way (file size limit) leaves neither the target nor a temporary file', () => {
        for (const force of [false, true]) {
            const dir = fresh(`efbig-${force}`);
            const target = join(dir, 'out.json');
            if (force) writeFileSync(target, 'previous');
            // `ulimit -f 64`: writes past 64 kB fail with EFBIG, as on a full disk.
            const result = journey(['export', bigFile, '--format', 'json', '-o', target, ...(force ? ['--force'] : [])], { shell: 'ulimit -f 64' });
            expect(result.status).not.toBe(0);
            expect(result.stderr).toMatch(/EFBIG|too large/i);
            expect(readdirSync(dir)).toEqual(force ? ['out.json'] : []);
            if (force) expect(readFileSync(target, 'utf8')).toBe('previous');
        }
    });

    it('a process killed while writing leaves the target absent (or as it was) or complete, never partial', async () => {
        // A bundled copy of language/node/safe-write.ts, run by a child that writes 64 MB and is killed meanwhile.
        const module = join(folder, 'safe-write.cjs');
        buildSync({ entryPoints: ['language/node/safe-write.ts'], bundle: true, platform: 'node', format: 'cjs', outfile: module, logLevel: 'silent' });
        const size = 64 * 1024 * 1024;
        const outcomes: string[] = [];
        for (let trial = 0; trial < 8; trial++) {
            const force = trial % 2 === 1;
            const dir = fresh(`kill-${trial}`);
            const target = join(dir, 'out.bin');
            if (force) writeFileSync(target, 'previous');
            const child = spawn(
                process.execPath,
                [
                    '-e',
                    `
                const { writeFileSafely } = require(${JSON.stringify(module)});
                const content = Buffer.alloc(${size}, 120);
                process.stdout.write('start\\n');
                writeFileSafely(${JSON.stringify(target)}, content, { replace: ${force} }).then(() => process.stdout.write('done\\n'));
            `,
                ],
                { stdio: ['ignore', 'pipe', 'inherit'] },
            );
            // Listen for the exit from the start: a fast writer may finish before it is killed.
            const exited = new Promise(r => child.once('exit', r));
            await new Promise<void>(resolvePromise => child.stdout!.once('data', () => resolvePromise()));
            await new Promise(r => setTimeout(r, trial * 15));
            child.kill('SIGKILL');
            await exited;
            const present = existsSync(target);
            const content = present ? readFileSync(target) : undefined;
            if (force) {
                expect(present).toBe(true);
                expect(content!.length === size || content!.toString() === 'previous', `trial ${trial}: ${content!.length} bytes`).toBe(true);
            } else if (present) {
                expect(content!.length, `trial ${trial}: the target exists, so it must be complete`).toBe(size);
            }
            const leftovers = readdirSync(dir).filter(name => name !== 'out.bin');
            // A killed process cannot clean up: its temporary file may stay, hidden and never under the target's name.
            for (const name of leftovers) expect(name).toMatch(/^\.out\.bin\.\d+\.[0-9a-f]+\.tmp$/);
            outcomes.push(
                `${force ? 'force' : 'new'}@${trial * 15}ms: ${present ? (content!.length === size ? 'complete' : 'previous') : 'absent'}${leftovers.length ? ' (+temporary)' : ''}`,
            );
        }
        console.log(`[safe-write] killed writers: ${outcomes.join(', ')}`);
    }, 120_000);

    it('a killed command line export leaves no partial target', async () => {
        const outcomes: string[] = [];
        for (let trial = 0; trial < 6; trial++) {
            const dir = fresh(`cli-kill-${trial}`);
            const target = join(dir, 'out.json');
            const child = spawn(process.execPath, [CLI, 'export', bigFile, '--format', 'json', '-o', target], { stdio: 'ignore' });
            const exited = new Promise(r => child.once('exit', r));
            await new Promise(r => setTimeout(r, 150 + trial * 120));
            child.kill('SIGKILL');
            await exited;
            if (existsSync(target)) {
                expect(readFileSync(target, 'utf8')).toBe(fullJson);
                outcomes.push('complete');
            } else outcomes.push('absent');
        }
        console.log(`[safe-write] killed exports: ${outcomes.join(', ')}`);
    }, 120_000);
});
