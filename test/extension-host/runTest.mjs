#!/usr/bin/env node
// Runs the extension-host suite in VS Code desktop with @vscode/test-electron.
//
//   npm run test:extension-host
//   VSCODE_EXECUTABLE=/path/to/code npm run test:extension-host   # use an installed VS Code
//
// Without VSCODE_EXECUTABLE, @vscode/test-electron downloads VS Code (VSCODE_VERSION, default
// "stable"), which needs the internet. Where only the npm registry is reachable, run the same
// suite inside code-server instead: npm run test:extension-host:code-server
// Extra arguments for VS Code (e.g. --no-sandbox when root): VSCODE_ARGS="--no-sandbox".
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { buildSuite, repoRoot } from './build.mjs';

if (!process.env.JOURNEY_SKIP_BUILD) {
    const res = spawnSync('npm', ['run', 'build'], { cwd: repoRoot, stdio: 'inherit' });
    if (res.status !== 0) process.exit(res.status ?? 1);
}
const extensionTestsPath = await buildSuite();

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-ext-host-'));
const workspace = path.join(tmp, 'examples');
fs.cpSync(path.join(repoRoot, 'examples'), workspace, { recursive: true });
fs.mkdirSync(path.join(tmp, 'user', 'User'), { recursive: true });
fs.writeFileSync(
    path.join(tmp, 'user', 'User', 'settings.json'),
    JSON.stringify({ 'security.workspace.trust.enabled': false, 'workbench.startupEditor': 'none' }, null, 2),
);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const launchArgs = [
    workspace,
    '--disable-extensions',
    '--disable-workspace-trust',
    '--skip-welcome',
    '--skip-release-notes',
    '--user-data-dir',
    path.join(tmp, 'user'),
    ...(isRoot ? ['--no-sandbox'] : []),
    ...(process.env.VSCODE_ARGS ? process.env.VSCODE_ARGS.split(' ').filter(Boolean) : []),
];

let code = 0;
try {
    await runTests({
        vscodeExecutablePath: process.env.VSCODE_EXECUTABLE || undefined,
        version: process.env.VSCODE_VERSION || undefined,
        extensionDevelopmentPath: repoRoot,
        extensionTestsPath,
        launchArgs,
        extensionTestsEnv: { JOURNEY_TEST_GREP: process.env.JOURNEY_TEST_GREP ?? '' },
    });
} catch (err) {
    code = 1;
    const msg = err instanceof Error ? err.message : String(err);
    console.error(`\nThe extension-host tests failed or VS Code could not start: ${msg}`);
    if (!process.env.VSCODE_EXECUTABLE) {
        console.error(
            'No VSCODE_EXECUTABLE was given, so @vscode/test-electron tried to download VS Code. Offline, run the\n' +
                'same suite inside code-server instead: npm run test:extension-host:code-server',
        );
    }
} finally {
    fs.rmSync(tmp, { recursive: true, force: true });
}
process.exit(code);
