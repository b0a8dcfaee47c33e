// One shard of the mutation fuzzer: the cases i of a run with floor(i / 4) mod shards = shard.
// Case i mutates example i mod 4 with a generator seeded by (seed, i), so any case is replayed
// alone from the run's seed and its number. Used in-process or in a child process
// (shard-main.ts) so that the shards use every core.
import { FuzzWorkspace, type Failure } from './harness.js';
import { mutate } from './mutate.js';
import { Random } from './random.js';

export interface ShardOptions {
    seed: number;
    count: number;
    shard: number;
    shards: number;
    onlyCase?: number;
    budgetMs: number;
    boundMs: number;
    /** Example name → text; the workspace holds them all, one of them mutated per case. */
    examples: Record<string, string>;
}

export interface FailedCase {
    index: number;
    example: string;
    applied: string[];
    failures: Failure[];
    text: string;
}

export interface ShardResult {
    shard: number;
    planned: number;
    done: number;
    seconds: number;
    syntaxErrorFree: number;
    formatChecked: number;
    totals: Record<string, number>;
    byMutation: Record<string, number>;
    failed: FailedCase[];
}

export async function runShard(options: ShardOptions): Promise<ShardResult> {
    const names = Object.keys(options.examples);
    const workspace = new FuzzWorkspace(options.boundMs);
    await workspace.open(options.examples);
    // Grouped by example, so each case rebuilds one file (the workspace is the examples with one mutated).
    const order = names
        .flatMap((_, e) => Array.from({ length: Math.ceil((options.count - e) / names.length) }, (_, k) => e + k * names.length))
        .filter(index => Math.floor(index / names.length) % options.shards === options.shard)
        .filter(index => options.onlyCase === undefined || index === options.onlyCase);
    const result: ShardResult = {
        shard: options.shard,
        planned: order.length,
        done: 0,
        seconds: 0,
        syntaxErrorFree: 0,
        formatChecked: 0,
        totals: {},
        byMutation: {},
        failed: [],
    };
    const started = performance.now();
    for (const index of order) {
        if (performance.now() - started > options.budgetMs) break;
        const random = new Random(Random.derive(options.seed, index));
        const example = names[index % names.length];
        const { text, applied } = mutate(options.examples[example], random);
        for (const name of applied) result.byMutation[name] = (result.byMutation[name] ?? 0) + 1;
        const outcome = await workspace.check(example, text, random, 2);
        result.done++;
        if (!outcome.syntaxErrors) result.syntaxErrorFree++;
        if (outcome.formatChecked) result.formatChecked++;
        for (const [operation, ms] of Object.entries(outcome.timings)) result.totals[operation] = (result.totals[operation] ?? 0) + ms;
        if (outcome.failures.length > 0) {
            result.failed.push({ index, example, applied, failures: outcome.failures, text });
            if (result.failed.length >= 20) break;
        }
    }
    result.seconds = (performance.now() - started) / 1000;
    return result;
}
