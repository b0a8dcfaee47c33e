// Shard 1 of the mutation fuzzer (see fuzz-run.ts).
import { fuzzShard } from './fuzz-run.js';

fuzzShard(0);
