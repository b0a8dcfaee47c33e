// Starts a real VS Code (code-server, provisioned by ./provision.mjs) on 127.0.0.1.
//
//   const cs = await launchCodeServer({ vsix: 'journey-maps.vsix', folder: 'examples' });
//   console.log(cs.url);      // http://127.0.0.1:PORT/   (opens `folder`)
//   await cs.stop();
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { provisionCodeServer } from './provision.mjs';

export const BASE_SETTINGS = {
    'security.workspace.trust.enabled': false,
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'telemetry.telemetryLevel': 'off',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'update.mode': 'none',
    'chat.disableAIFeatures': true,
};

/**
 * A TCP port that is free on 127.0.0.1 right now.
 * @returns {Promise<number>}
 */
export function freePort() {
    return new Promise((resolve, reject) => {
        const srv = net.createServer();
        srv.unref();
        srv.on('error', reject);
        srv.listen(0, '127.0.0.1', () => {
            const { port } = /** @type {import('node:net').AddressInfo} */ (srv.address());
            srv.close(() => resolve(port));
        });
    });
}

/**
 * @param {string} url
 * @param {number} timeoutMs
 * @param {import('node:child_process').ChildProcess} child
 */
async function waitForHttp(url, timeoutMs, child) {
    const deadline = Date.now() + timeoutMs;
    /** @type {Error | undefined} */
    let lastErr;
    while (Date.now() < deadline) {
        if (child.exitCode !== null) throw new Error(`code-server exited early with code ${child.exitCode}`);
        try {
            const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
            if (res.status < 500) return;
            lastErr = new Error(`HTTP ${res.status}`);
        } catch (err) {
            lastErr = /** @type {Error} */ (err);
        }
        await new Promise(r => setTimeout(r, 150));
    }
    throw new Error(`code-server did not answer at ${url} within ${timeoutMs} ms: ${lastErr?.message ?? ''}`);
}

function writeSettings(userDataDir, settings) {
    const file = path.join(userDataDir, 'User', 'settings.json');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    let existing = {};
    try {
        existing = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch {
        /* fresh */
    }
    fs.writeFileSync(file, JSON.stringify({ ...existing, ...BASE_SETTINGS, ...settings }, null, 2));
}

/**
 * Installs a .vsix into an extensions dir with `code-server --install-extension`.
 */
export function installVsix({ bin, vsix, userDataDir, extensionsDir }) {
    const res = spawnSync(
        process.execPath,
        [bin, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, '--install-extension', path.resolve(vsix), '--force'],
        { encoding: 'utf8', timeout: 120_000 },
    );
    if (res.status !== 0) {
        throw new Error(`code-server --install-extension ${vsix} failed (exit ${res.status}):\n${res.stdout}\n${res.stderr}`);
    }
    return res.stdout;
}

/**
 * @typedef {object} CodeServer
 * @property {string} url
 * @property {number} port
 * @property {string} [folder]
 * @property {string} userDataDir
 * @property {string} extensionsDir
 * @property {number} startMs
 * @property {import('node:child_process').ChildProcess} process
 * @property {() => string} output   the last 20,000 characters code-server printed
 * @property {() => Promise<void>} stop
 */

/**
 * @typedef {object} LaunchOptions
 * @property {string} [vsix]          a .vsix to install before starting
 * @property {string} [folder]        the folder the workbench opens
 * @property {string} [userDataDir]   default: a fresh temp folder (removed by stop())
 * @property {string} [extensionsDir] default: <userDataDir>/../ext
 * @property {Record<string, unknown>} [settings] extra user settings
 * @property {number} [port]          default: a free port
 * @property {boolean|string} [log]   true: forward code-server output to stderr; a path: write it there
 * @property {Record<string,string>} [env] extra environment for code-server and its extension host
 * @property {number} [timeoutMs]     how long to wait for the port (default 60 s)
 */

/**
 * @param {LaunchOptions} [opts]
 * @returns {Promise<CodeServer>}
 */
export async function launchCodeServer(opts = {}) {
    const bin = provisionCodeServer();
    const started = Date.now();
    const ownsBase = !opts.userDataDir;
    const base = ownsBase ? fs.mkdtempSync(path.join(os.tmpdir(), 'journey-code-server-')) : undefined;
    const userDataDir = path.resolve(opts.userDataDir ?? path.join(/** @type {string} */ (base), 'user'));
    const extensionsDir = path.resolve(opts.extensionsDir ?? path.join(base ?? path.dirname(userDataDir), 'ext'));
    fs.mkdirSync(userDataDir, { recursive: true });
    fs.mkdirSync(extensionsDir, { recursive: true });
    writeSettings(userDataDir, opts.settings ?? {});
    // An explicit config file keeps code-server away from ~/.config/code-server/config.yaml.
    const config = path.join(userDataDir, 'code-server.yaml');
    fs.writeFileSync(config, 'auth: none\ncert: false\n');

    if (opts.vsix) installVsix({ bin, vsix: opts.vsix, userDataDir, extensionsDir });

    const port = opts.port ?? (await freePort());
    const args = [
        bin,
        '--config',
        config,
        '--auth',
        'none',
        '--bind-addr',
        `127.0.0.1:${port}`,
        '--disable-telemetry',
        '--disable-update-check',
        '--disable-workspace-trust',
        '--user-data-dir',
        userDataDir,
        '--extensions-dir',
        extensionsDir,
    ];
    if (opts.folder) args.push(path.resolve(opts.folder));
    const logTarget = typeof opts.log === 'string' ? fs.openSync(opts.log, 'a') : undefined;
    // VS Code leaves its IPC sockets (vscode-ipc-*.sock, vscode-git-*.sock) in the temp folder when
    // it is killed: give it one of its own, which stop() removes. A short name, because a socket's
    // path must fit in 107 bytes.
    const ownTemp = fs.mkdtempSync(path.join(os.tmpdir(), 'cs-'));
    const child = spawn(process.execPath, args, {
        detached: true, // own process group, so stop() ends the extension host and friends too
        stdio: ['ignore', logTarget ?? (opts.log ? 'inherit' : 'pipe'), logTarget ?? (opts.log ? 'inherit' : 'pipe')],
        env: { ...process.env, TMPDIR: ownTemp, XDG_RUNTIME_DIR: ownTemp, ...opts.env },
    });
    let output = '';
    for (const s of [child.stdout, child.stderr]) {
        s?.on('data', d => {
            output = (output + d.toString()).slice(-20_000);
        });
    }

    let stopped = false;
    /** @param {NodeJS.Signals} signal */
    const killGroup = signal => {
        try {
            process.kill(-(/** @type {number} */ (child.pid)), signal);
        } catch {
            /* already gone */
        }
    };
    const onExit = () => killGroup('SIGKILL');
    process.on('exit', onExit);

    const stop = async () => {
        if (stopped) return;
        stopped = true;
        process.off('exit', onExit);
        if (child.exitCode === null && child.signalCode === null) {
            const exited = new Promise(r => child.once('exit', r));
            killGroup('SIGTERM');
            const t = setTimeout(() => killGroup('SIGKILL'), 5000);
            await exited;
            clearTimeout(t);
            killGroup('SIGKILL'); // leftovers (extension host, file watcher)
        }
        if (logTarget !== undefined) fs.closeSync(logTarget);
        fs.rmSync(ownTemp, { recursive: true, force: true });
        if (base !== undefined) fs.rmSync(base, { recursive: true, force: true });
    };

    const url = `http://127.0.0.1:${port}/`;
    try {
        await waitForHttp(`${url}healthz`, opts.timeoutMs ?? 60_000, child);
    } catch (err) {
        await stop();
        throw new Error(`${/** @type {Error} */ (err).message}\n--- code-server output ---\n${output}`, { cause: err });
    }
    return {
        url,
        port,
        folder: opts.folder ? path.resolve(opts.folder) : undefined,
        userDataDir,
        extensionsDir,
        startMs: Date.now() - started,
        process: child,
        output: () => output,
        stop,
    };
}
