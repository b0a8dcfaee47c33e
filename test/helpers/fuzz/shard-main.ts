// Child-process entry of a fuzz shard (bundled by test/robustness/fuzz.test.ts with esbuild):
// `node shard.cjs <options.json> <result.json>`.
import '../../../scripts/polyfills.cjs';
import { readFileSync, writeFileSync } from 'node:fs';
import { runShard, type ShardOptions } from './run-shard.js';

const [optionsFile, resultFile] = process.argv.slice(2);
const options = JSON.parse(readFileSync(optionsFile, 'utf8')) as ShardOptions;
runShard(options).then(
    result => {
        writeFileSync(resultFile, JSON.stringify(result));
    },
    error => {
        console.error(error);
        process.exitCode = 1;
    },
);
