// Mutation fuzzing over the examples (issue 8, item 1). Seeded and reproducible:
//   FUZZ_SEED=1234 npx vitest run test/robustness/fuzz            replays a run
//   FUZZ_COUNT=50000 …                                              scales it (default 10,000)
//   FUZZ_CASE=417 …                                                 replays one case of the run
// Every case replaces one example of a workspace holding all of them with a mutant and runs
// it through what the editor does (see test/helpers/fuzz/harness.ts). The run is split in
// shards (fuzz-shard-*.test.ts; cases 0–3 in shard 1, 4–7 in shard 2, …) that vitest runs in parallel.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
export const SHARDS = 2;
import { FuzzWorkspace, type Failure } from '../helpers/fuzz/harness.js';
import { mutate } from '../helpers/fuzz/mutate.js';
import { countFromEnvironment, Random, seedFromEnvironment } from '../helpers/fuzz/random.js';

const EXAMPLES = ['taller.journey', 'seguro.journey', 'equipo/onboarding.journey', 'equipo/people.journey'];
const texts = Object.fromEntries(EXAMPLES.map(name => [name, readFileSync(`examples/${name}`, 'utf8')]));

const SEED = seedFromEnvironment();
const COUNT = countFromEnvironment(10_000);
const ONLY_CASE = process.env.FUZZ_CASE === undefined ? undefined : Number(process.env.FUZZ_CASE);
/** Per operation on one document of a few kB: generous, to stay meaningful on a loaded CI machine. */
const BOUND_MS = 2_000;
/** The run stops (and fails) rather than hang CI past this. */
const BUDGET_MS = 240_000;

interface FailedCase {
    index: number;
    example: string;
    applied: string[];
    failures: Failure[];
    text: string;
}

export function fuzzShard(shard: number): void {
    describe(`mutation fuzzing of the examples, shard ${shard + 1}/${SHARDS}`, () => {
        it(`parses, links, validates, formats, completes, hovers, lists symbols and exports its share of ${COUNT} mutants without a throw or a hang`, async () => {
            console.log(`[fuzz] shard ${shard + 1}/${SHARDS}: seed ${SEED} (FUZZ_SEED=${SEED} to reproduce), ${COUNT} documents in all${ONLY_CASE !== undefined ? `, case ${ONLY_CASE} only` : ''}`);
            const workspace = new FuzzWorkspace(BOUND_MS);
            await workspace.open(texts);
            const failed: FailedCase[] = [];
            const totals: Record<string, number> = {};
            const byMutation: Record<string, number> = {};
            let syntaxErrorFree = 0;
            let formatChecked = 0;
            let done = 0;
            const started = performance.now();
            // Case i mutates example i mod 4; the cases run grouped by example so the workspace
            // rebuilds one file per case (each case is the examples with one file mutated).
            const order = EXAMPLES.flatMap((_, e) => Array.from({ length: Math.ceil((COUNT - e) / EXAMPLES.length) }, (_, k) => e + k * EXAMPLES.length))
                .filter(index => Math.floor(index / EXAMPLES.length) % SHARDS === shard);
            for (const index of order) {
                if (ONLY_CASE !== undefined && index !== ONLY_CASE) continue;
                if (performance.now() - started > BUDGET_MS) break;
                const random = new Random(Random.derive(SEED, index));
                const example = EXAMPLES[index % EXAMPLES.length];
                const { text, applied } = mutate(texts[example], random);
                for (const name of applied) byMutation[name] = (byMutation[name] ?? 0) + 1;
                const result = await workspace.check(example, text, random, 2);
                done++;
                if (!result.syntaxErrors) syntaxErrorFree++;
                if (result.formatChecked) formatChecked++;
                for (const [operation, ms] of Object.entries(result.timings)) totals[operation] = (totals[operation] ?? 0) + ms;
                if (result.failures.length > 0) {
                    failed.push({ index, example, applied, failures: result.failures, text });
                    if (failed.length >= 20) break;
                }
            }
            const seconds = (performance.now() - started) / 1000;
            console.log(`[fuzz] shard ${shard + 1}/${SHARDS}: ${done} documents in ${seconds.toFixed(1)} s (${(done / seconds).toFixed(0)}/s); ${syntaxErrorFree} without syntax errors, ${formatChecked} reformatted and checked for meaning, comments, strings and idempotence`);
            console.log(`[fuzz] time per operation (total ms): ${Object.entries(totals).map(([op, ms]) => `${op} ${ms.toFixed(0)}`).join(', ')}`);
            console.log(`[fuzz] mutations applied: ${Object.entries(byMutation).sort().map(([name, n]) => `${name} ${n}`).join(', ')}`);
            for (const failure of failed.slice(0, 5)) {
                console.log(`[fuzz] FAILED case ${failure.index} (FUZZ_SEED=${SEED} FUZZ_CASE=${failure.index}) of ${failure.example} after ${failure.applied.join(' + ')}:\n`
                    + failure.failures.map(f => `  ${f.operation}: ${f.message.split('\n').slice(0, 6).join('\n    ')}`).join('\n')
                    + `\n  text: ${JSON.stringify(failure.text.length > 600 ? failure.text.slice(0, 600) + '…' : failure.text)}`);
            }
            expect(failed.map(f => `case ${f.index} (${f.applied.join(' + ')}): ${f.failures.map(x => `${x.operation}: ${x.message.split('\n')[0]}`).join('; ')}`)).toEqual([]);
            if (ONLY_CASE === undefined) expect(done, `the fuzz run ran out of its ${BUDGET_MS / 1000} s budget`).toBe(order.length);
        }, 270_000);
    });
}
