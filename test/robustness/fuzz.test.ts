// Mutation fuzzing over the examples. Seeded and reproducible:
//   FUZZ_SEED=1234 npx vitest run test/robustness/fuzz.test.ts     replays a run
//   FUZZ_COUNT=50000 …                                              scales it (default 10,000)
//   FUZZ_CASE=417 …                                                 replays one case of the run
//   FUZZ_WORKERS=1 …                                                in-process, one shard (debugging)
// Every case replaces one example of a workspace holding all of them with a mutant and runs
// it through what the editor does (test/helpers/fuzz/harness.ts). Vitest runs one test file at
// a time on two cores, so the cases are split into shards run by child processes (a bundle
// of test/helpers/fuzz/shard-main.ts), one per core.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { countFromEnvironment, seedFromEnvironment } from '../helpers/fuzz/random.js';
import { runShard, type ShardOptions, type ShardResult } from '../helpers/fuzz/run-shard.js';

const EXAMPLES = ['taller.journey', 'seguro.journey', 'equipo/onboarding.journey', 'equipo/people.journey'];
const examples = Object.fromEntries(EXAMPLES.map(name => [name, readFileSync(`examples/${name}`, 'utf8')]));

const SEED = seedFromEnvironment();
const COUNT = countFromEnvironment(10_000);
const ONLY_CASE = process.env.FUZZ_CASE === undefined ? undefined : Number(process.env.FUZZ_CASE);
const WORKERS = countFromEnvironment(Math.max(1, Math.min(4, availableParallelism())), 'FUZZ_WORKERS') || 1;
/** Per operation on one document of a few kB: generous, to stay meaningful on a loaded CI machine. */
const BOUND_MS = 2_000;
/** A shard stops (and the test fails) rather than hang CI past this. */
const BUDGET_MS = 240_000;

async function runInChildren(options: Omit<ShardOptions, 'shard'>): Promise<ShardResult[]> {
    const folder = mkdtempSync(join(tmpdir(), 'journey-fuzz-'));
    try {
        const bundle = join(folder, 'shard.cjs');
        buildSync({ entryPoints: ['test/helpers/fuzz/shard-main.ts'], bundle: true, platform: 'node', format: 'cjs', outfile: bundle, logLevel: 'silent' });
        return await Promise.all(
            Array.from(
                { length: options.shards },
                (_, shard) =>
                    new Promise<ShardResult>((resolve, reject) => {
                        const optionsFile = join(folder, `options-${shard}.json`);
                        const resultFile = join(folder, `result-${shard}.json`);
                        writeFileSync(optionsFile, JSON.stringify({ ...options, shard }));
                        let stderr = '';
                        const child = spawn(process.execPath, [bundle, optionsFile, resultFile], { stdio: ['ignore', 'inherit', 'pipe'] });
                        child.stderr!.on('data', chunk => {
                            stderr += String(chunk);
                        });
                        child.on('exit', (code, signal) => {
                            if (code === 0) resolve(JSON.parse(readFileSync(resultFile, 'utf8')) as ShardResult);
                            else reject(new Error(`fuzz shard ${shard} exited with ${code ?? signal}:\n${stderr.slice(-4000)}`));
                        });
                    }),
            ),
        );
    } finally {
        rmSync(folder, { recursive: true, force: true });
    }
}

describe('mutation fuzzing of the examples', () => {
    it(
        `parses, links, validates, formats, completes, hovers, lists symbols and exports ${COUNT} mutants without a throw or a hang`,
        async () => {
            console.log(
                `[fuzz] seed ${SEED} (FUZZ_SEED=${SEED} to reproduce), ${COUNT} documents, ${WORKERS} processes${ONLY_CASE !== undefined ? `, case ${ONLY_CASE} only` : ''}`,
            );
            const options = { seed: SEED, count: COUNT, shards: WORKERS, onlyCase: ONLY_CASE, budgetMs: BUDGET_MS, boundMs: BOUND_MS, examples };
            const started = performance.now();
            const results = WORKERS === 1 ? [await runShard({ ...options, shard: 0 })] : await runInChildren(options);
            const seconds = (performance.now() - started) / 1000;
            const sum = (f: (r: ShardResult) => number) => results.reduce((total, r) => total + f(r), 0);
            const totals: Record<string, number> = {};
            const byMutation: Record<string, number> = {};
            for (const result of results) {
                for (const [key, value] of Object.entries(result.totals)) totals[key] = (totals[key] ?? 0) + value;
                for (const [key, value] of Object.entries(result.byMutation)) byMutation[key] = (byMutation[key] ?? 0) + value;
            }
            const done = sum(r => r.done);
            const failed = results.flatMap(r => r.failed).sort((a, b) => a.index - b.index);
            console.log(
                `[fuzz] ${done} documents in ${seconds.toFixed(1)} s (${(done / seconds).toFixed(0)}/s over ${WORKERS} processes); ${sum(r => r.syntaxErrorFree)} without syntax errors, ${sum(r => r.formatChecked)} reformatted and checked for meaning, comments, strings and idempotence`,
            );
            console.log(
                `[fuzz] time per operation (total ms): ${Object.entries(totals)
                    .map(([op, ms]) => `${op} ${ms.toFixed(0)}`)
                    .join(', ')}`,
            );
            console.log(
                `[fuzz] mutations applied: ${Object.entries(byMutation)
                    .sort()
                    .map(([name, n]) => `${name} ${n}`)
                    .join(', ')}`,
            );
            for (const failure of failed.slice(0, 5)) {
                console.log(
                    `[fuzz] FAILED case ${failure.index} (FUZZ_SEED=${SEED} FUZZ_CASE=${failure.index}) of ${failure.example} after ${failure.applied.join(' + ')}:\n` +
                        failure.failures.map(f => `  ${f.operation}: ${f.message.split('\n').slice(0, 6).join('\n    ')}`).join('\n') +
                        `\n  text: ${JSON.stringify(failure.text.length > 600 ? failure.text.slice(0, 600) + '…' : failure.text)}`,
                );
            }
            expect(
                failed.map(f => `case ${f.index} (${f.applied.join(' + ')}): ${f.failures.map(x => `${x.operation}: ${x.message.split('\n')[0]}`).join('; ')}`),
            ).toEqual([]);
            expect(done, `the fuzz run ran out of its ${BUDGET_MS / 1000} s budget`).toBe(sum(r => r.planned));
            if (ONLY_CASE === undefined) expect(done).toBe(COUNT);
        },
        BUDGET_MS + 60_000,
    );
});
