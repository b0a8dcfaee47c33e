// Entry point of the extension-host suite, loaded inside VS Code's extension host either by
// @vscode/test-electron (`run()`) or by the runner extension in code-server (`runSuite()`).
import fs from 'node:fs';
import path from 'node:path';
import Mocha from 'mocha';

export interface TestResult {
    title: string;
    state: 'passed' | 'failed' | 'pending';
    durationMs?: number;
    error?: string;
}

export interface SuiteResults {
    passed: number;
    failed: number;
    pending: number;
    durationMs: number;
    tests: TestResult[];
}

export function runSuite(opts: { grep?: string; timeoutMs?: number; reporter?: string } = {}): Promise<SuiteResults> {
    const mocha = new Mocha({
        ui: 'bdd',
        color: false,
        timeout: opts.timeoutMs ?? 120_000,
        reporter: opts.reporter ?? 'spec',
        grep: opts.grep,
    });
    for (const f of fs
        .readdirSync(__dirname)
        .filter(n => n.endsWith('.suite.cjs'))
        .sort()) {
        mocha.addFile(path.join(__dirname, f));
    }
    const started = Date.now();
    const tests: TestResult[] = [];
    return new Promise((resolve, reject) => {
        try {
            const runner = mocha.run(() => {
                resolve({
                    passed: tests.filter(t => t.state === 'passed').length,
                    failed: tests.filter(t => t.state === 'failed').length,
                    pending: tests.filter(t => t.state === 'pending').length,
                    durationMs: Date.now() - started,
                    tests,
                });
            });
            runner.on('pass', t => tests.push({ title: t.fullTitle(), state: 'passed', durationMs: t.duration }));
            runner.on('pending', t => tests.push({ title: t.fullTitle(), state: 'pending' }));
            runner.on('fail', (t, err: Error) =>
                tests.push({ title: t.fullTitle(), state: 'failed', durationMs: t.duration, error: String(err?.stack ?? err) }),
            );
        } catch (err) {
            reject(err);
        }
    });
}

/** The @vscode/test-electron convention: resolve when all pass, reject otherwise. */
export async function run(): Promise<void> {
    const results = await runSuite({ grep: process.env.JOURNEY_TEST_GREP });
    if (results.failed > 0) throw new Error(`${results.failed} extension-host test(s) failed`);
}
