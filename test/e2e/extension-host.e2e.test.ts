// Runs test/extension-host's mocha suite inside code-server's extension host: a test-only
// runner extension (test/extension-host/runner-extension) is copied into the extensions dir
// next to journey-maps.vsix; opening the workbench in Chromium starts the extension host,
// the runner activates, runs the suite and writes its results to a JSON file read here.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSuite } from '../extension-host/build.mjs';
import { repoRoot } from '../../scripts/vscode/provision.mjs';
import { startWorkbench, type Workbench } from './harness';

interface SuiteResults {
    passed: number;
    failed: number;
    pending: number;
    durationMs?: number;
    error?: string;
    tests: { title: string; state: string; error?: string }[];
}

describe('extension-host suite inside code-server', () => {
    let wb: Workbench | undefined;
    let tmp: string;
    let resultsFile: string;

    beforeAll(async () => {
        const index: string = await buildSuite();
        tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-ext-runner-'));
        const runner = path.join(tmp, 'runner');
        fs.cpSync(path.join(repoRoot, 'test', 'extension-host', 'runner-extension'), runner, { recursive: true });
        resultsFile = path.join(tmp, 'results.json');
        fs.writeFileSync(path.join(runner, 'config.json'), JSON.stringify({ index, results: resultsFile, grep: process.env.JOURNEY_TEST_GREP || undefined }));
        wb = await startWorkbench({
            extraExtensions: [{ folder: runner, id: 'journey-maps-tests.journey-maps-test-runner-0.0.1' }],
            log: path.join(tmp, 'code-server.log'),
        });
    });

    afterAll(async () => {
        await wb?.stop();
        fs.rmSync(tmp, { recursive: true, force: true });
    });

    it('passes', async () => {
        const deadline = Date.now() + 150_000;
        while (!fs.existsSync(resultsFile) && Date.now() < deadline) await new Promise(r => setTimeout(r, 500));
        if (!fs.existsSync(resultsFile)) {
            const log = fs.existsSync(path.join(tmp, 'code-server.log')) ? fs.readFileSync(path.join(tmp, 'code-server.log'), 'utf8') : '';
            throw new Error(`the runner extension wrote no results within 150 s\n--- code-server log ---\n${log.slice(-5000)}`);
        }
        const results: SuiteResults = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
        for (const t of results.tests) process.stderr.write(`[extension-host] ${t.state.padEnd(7)} ${t.title}\n${t.error ? `${t.error}\n` : ''}`);
        process.stderr.write(`[extension-host] ${results.passed} passed, ${results.failed} failed in ${results.durationMs} ms\n`);
        expect(results.error, results.error).toBeUndefined();
        expect(
            results.failed,
            JSON.stringify(
                results.tests.filter(t => t.state === 'failed'),
                null,
                2,
            ),
        ).toBe(0);
        expect(results.passed).toBeGreaterThan(0);
    });
});
