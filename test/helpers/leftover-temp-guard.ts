// Global setup of both vitest configurations (unit and end-to-end). The run gets a temp folder
// of its own: TMPDIR, inherited by the test workers and by every process they start (language
// servers, Chromium, code-server), so that other programs' files in the system's temp folder
// don't count. The run fails, naming them, when entries remain in it at the end: each test
// removes what it made (makeTempFolder in temp-folder.ts does it for you).
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const TEMP_VARIABLES = ['TMPDIR', 'TMP', 'TEMP'] as const;
// Node's own module compile cache: vitest turns it on (module.enableCompileCache, Node 22.1+),
// and Node puts it in the temp folder. No test makes it; it goes with the run's folder.
const NOT_MADE_BY_TESTS = new Set(['node-compile-cache']);

export default function setup(): () => void {
    const runTemp = mkdtempSync(join(tmpdir(), 'journey-test-run-'));
    const previous = TEMP_VARIABLES.map(name => [name, process.env[name]] as const);
    for (const name of TEMP_VARIABLES) process.env[name] = runTemp;
    return () => {
        for (const [name, value] of previous) {
            if (value === undefined) delete process.env[name];
            else process.env[name] = value;
        }
        const leftovers = readdirSync(runTemp)
            .filter(entry => !NOT_MADE_BY_TESTS.has(entry))
            .sort();
        // Removed even when the run fails: the failure is the report, the machine stays clean.
        rmSync(runTemp, { recursive: true, force: true });
        if (leftovers.length > 0) {
            // Vitest ignores errors thrown here (the run would still pass): fail it explicitly.
            process.exitCode = 1;
            process.stderr.write(
                `\nFAIL: the tests left ${leftovers.length} entr${leftovers.length === 1 ? 'y' : 'ies'} in the temp folder: ${leftovers.join(', ')}.\n` +
                    'Each test must remove what it makes there (makeTempFolder in test/helpers/temp-folder.ts does), and what the programs it starts make.\n',
            );
        }
    };
}
