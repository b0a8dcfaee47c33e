// Writes dist/cli.cjs.cache, the V8 code cache bin/journey.cjs compiles the command line from:
// the built command line compares the two farmacia examples once (which parses, links, lints,
// builds models and compares them) in a process that saves the code V8 compiled for it at exit.
// The cache holds bytecode for this Node version only; bin/journey.cjs ignores it under any other.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

export function writeCliCodeCache() {
    rmSync('dist/cli.cjs.cache', { force: true });
    execFileSync(process.execPath, ['bin/journey.cjs', 'diff', 'examples/farmacia/actual.journey', 'examples/farmacia/futuro.journey', '--format', 'json'], {
        env: { ...process.env, JOURNEY_WRITE_CODE_CACHE: '1' },
        stdio: ['ignore', 'ignore', 'inherit'],
    });
}
