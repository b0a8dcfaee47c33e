// Runs once before the end-to-end tests: Debian packages (chromium, code-server's build
// dependencies), code-server itself, and a fresh build + journey-maps.vsix.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { BROWSER_PACKAGES, ensureDebianPackages, provisionCodeServer, repoRoot } from '../../scripts/vscode/provision.mjs';

function npmRun(script: string): void {
    const res = spawnSync('npm', ['run', script], { cwd: repoRoot, encoding: 'utf8' });
    if (res.status !== 0) {
        throw new Error(`npm run ${script} failed (exit ${res.status}):\n${res.stdout}\n${res.stderr}`);
    }
}

export default function setup(): void {
    const t0 = Date.now();
    ensureDebianPackages(BROWSER_PACKAGES);
    provisionCodeServer();
    const t1 = Date.now();
    if (!process.env.JOURNEY_E2E_SKIP_BUILD) {
        npmRun('build');
        npmRun('package');
    }
    const t2 = Date.now();
    process.stderr.write(
        `[e2e] code-server ready in ${((t1 - t0) / 1000).toFixed(1)} s; build + package in ${((t2 - t1) / 1000).toFixed(1)} s ` +
            `(${path.join(repoRoot, 'journey-maps.vsix')})\n`,
    );
}
