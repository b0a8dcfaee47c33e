// Shard 2 of the mutation fuzzer (see fuzz-run.ts).
import { fuzzShard } from './fuzz-run.js';

fuzzShard(1);
