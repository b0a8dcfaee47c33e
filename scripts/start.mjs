#!/usr/bin/env node
// `npm start`: builds the extension, packages journey-maps.vsix, installs it into a real
// VS Code (code-server, provisioned into .cache/vscode/) and serves it on 127.0.0.1 with
// examples/ open. Stays running until Ctrl+C.
//
//   npm start                       # build + package + serve on a free port
//   npm start -- --port 8080        # a fixed port
//   npm start -- --no-build         # reuse the existing journey-maps.vsix
//   npm start -- --folder some/dir  # open another folder
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { launchCodeServer } from './vscode/launch.mjs';
import { provisionCodeServer, repoRoot } from './vscode/provision.mjs';

function parseArgs(argv) {
    /** @type {{ build: boolean, port: number | undefined, folder: string, vsix: string }} */
    const out = { build: true, port: undefined, folder: path.join(repoRoot, 'examples'), vsix: path.join(repoRoot, 'journey-maps.vsix') };
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        if (a === '--no-build') out.build = false;
        else if (a === '--port') out.port = Number(argv[++i]);
        else if (a === '--folder') out.folder = path.resolve(argv[++i]);
        else if (a === '--vsix') out.vsix = path.resolve(argv[++i]);
        else if (a === '--help' || a === '-h') {
            console.log('usage: npm start -- [--port N] [--no-build] [--folder DIR] [--vsix FILE]');
            process.exit(0);
        } else {
            console.error(`unknown argument: ${a}`);
            process.exit(2);
        }
    }
    return out;
}

function npmRun(script) {
    const t = Date.now();
    console.log(`> npm run ${script}`);
    const res = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', script], { cwd: repoRoot, stdio: 'inherit' });
    if (res.status !== 0) {
        console.error(`npm run ${script} failed (exit ${res.status ?? res.signal}).`);
        process.exit(1);
    }
    console.log(`  (${((Date.now() - t) / 1000).toFixed(1)} s)`);
}

const args = parseArgs(process.argv.slice(2));
if (args.build) {
    npmRun('build');
    npmRun('package');
}
if (!fs.existsSync(args.vsix)) {
    console.error(`${path.relative(repoRoot, args.vsix)} is missing: run \`npm run build && npm run package\` (or drop --no-build).`);
    process.exit(1);
}

try {
    provisionCodeServer();
} catch (err) {
    console.error(`Cannot start VS Code: code-server could not be installed.\n${/** @type {Error} */ (err).message}`);
    process.exit(1);
}

// A persistent profile, so layout and open editors survive restarts; the extension is reinstalled each time.
const profile = path.join(repoRoot, '.cache', 'vscode', 'start-profile');
let cs;
try {
    cs = await launchCodeServer({
        vsix: args.vsix,
        folder: args.folder,
        port: args.port,
        userDataDir: path.join(profile, 'user'),
        extensionsDir: path.join(profile, 'ext'),
        log: path.join(profile, 'code-server.log'),
    });
} catch (err) {
    console.error(`code-server did not start: ${/** @type {Error} */ (err).message}`);
    process.exit(1);
}

console.log(`\nJourney Maps is running in VS Code (code-server) with ${path.relative(repoRoot, args.folder) || '.'}/ open:\n`);
console.log(`  http://127.0.0.1:${cs.port}/\n`);
console.log(`(started in ${(cs.startMs / 1000).toFixed(1)} s; log: ${path.relative(repoRoot, path.join(profile, 'code-server.log'))}; Ctrl+C to stop)`);

let stopping = false;
const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nstopping code-server...');
    await cs.stop();
    process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
cs.process.on('exit', code => {
    if (!stopping) {
        console.error(`code-server exited (code ${code}).`);
        process.exit(1);
    }
});
