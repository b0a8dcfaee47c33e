// A test's own temporary folder, removed when that test finishes (passed or failed), so that
// runs leave nothing behind (test/helpers/leftover-temp-guard.ts fails the run when one does).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';

/** A new empty folder under the system's temp folder; call it inside a test. */
export function makeTempFolder(prefix: string): string {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    return dir;
}
