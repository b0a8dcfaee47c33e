#!/usr/bin/env node
// Provisions a real VS Code (code-server from the npm registry) into .cache/vscode/; the
// comments below say why each step is needed offline. Offline-safe: only the npm registry and
// Debian packages are used. Reuses the cache when its marker file is present.
//
//   node scripts/vscode/provision.mjs          # install if needed, print the binary path
//   import { provisionCodeServer } from './provision.mjs'   // -> absolute path of bin/code-server
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '..', '..');
export const cacheRoot = process.env.JOURNEY_VSCODE_CACHE ? path.resolve(process.env.JOURNEY_VSCODE_CACHE) : path.join(repoRoot, '.cache', 'vscode');

// code-server's engines.node must match the running Node major. Looked up once with
// `npm view 'code-server@>=4.100.0' engines.node` (the newest 4.x per engines.node value):
//   4.100.3 (VS Code 1.100) -> "20"; 4.103.2 .. 4.117.0 -> "22"; 4.133.0 .. 4.139.1 -> "24".
export const CODE_SERVER_FOR_NODE = { 20: '4.100.3', 22: '4.117.0', 24: '4.139.1' };

// Debian packages: headers for code-server's native modules, ripgrep for VS Code's search
// (its npm package would download a binary), chromium for the end-to-end tests.
export const DEBIAN_PACKAGES = ['ripgrep', 'libkrb5-dev', 'libxkbfile-dev', 'libsecret-1-dev', 'pkg-config', 'python3', 'make', 'g++'];
export const BROWSER_PACKAGES = ['chromium'];

const MARKER = '.provisioned.json';

function log(msg) {
    process.stderr.write(`[provision] ${msg}\n`);
}

export class ProvisionError extends Error {}

export function codeServerVersion(nodeMajor = Number(process.versions.node.split('.')[0])) {
    if (process.env.JOURNEY_CODE_SERVER_VERSION) return process.env.JOURNEY_CODE_SERVER_VERSION;
    const v = CODE_SERVER_FOR_NODE[nodeMajor];
    if (!v) {
        throw new ProvisionError(
            `no code-server version known for Node ${nodeMajor} (known: ${Object.keys(CODE_SERVER_FOR_NODE).join(', ')}); ` +
                'set JOURNEY_CODE_SERVER_VERSION to override',
        );
    }
    return v;
}

function installDir(version) {
    return path.join(cacheRoot, `code-server-${version}`);
}

function binPath(dir) {
    return path.join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
}

/** Returns the path of a cached, complete install, or undefined. */
export function cachedCodeServer(version = codeServerVersion()) {
    const dir = installDir(version);
    try {
        const marker = JSON.parse(fs.readFileSync(path.join(dir, MARKER), 'utf8'));
        // The marker's own path may be stale when the checkout moved: recompute it.
        if (marker.version === version && fs.existsSync(binPath(dir))) return binPath(dir);
    } catch {
        /* not provisioned */
    }
    return undefined;
}

function run(cmd, args, opts = {}) {
    const { cwd, env, logFile, allowFail } = opts;
    const started = Date.now();
    log(`$ ${[cmd, ...args].join(' ')}${cwd ? `   (in ${path.relative(repoRoot, cwd) || '.'})` : ''}`);
    const res = spawnSync(cmd, args, {
        cwd,
        env: { ...process.env, ...env },
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
        stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out = `${res.stdout ?? ''}${res.stderr ?? ''}`;
    if (logFile) fs.appendFileSync(logFile, `\n$ ${cmd} ${args.join(' ')}\n${out}`);
    if (res.error || res.status !== 0) {
        if (allowFail) return { ok: false, out };
        const tail = out.split('\n').slice(-40).join('\n');
        throw new ProvisionError(`command failed (${res.error?.message ?? `exit ${res.status}`}): ${cmd} ${args.join(' ')}\n${tail}`);
    }
    log(`  done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return { ok: true, out };
}

function isInstalled(pkg) {
    const r = spawnSync('dpkg', ['-s', pkg], { encoding: 'utf8' });
    return r.status === 0 && /Status: install ok installed/.test(r.stdout);
}

/** Installs the Debian packages that are missing (apt-get as root, or via sudo). */
export function ensureDebianPackages(pkgs) {
    const missing = pkgs.filter(p => !isInstalled(p));
    if (missing.length === 0) return;
    log(`installing Debian packages: ${missing.join(' ')}`);
    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    const sudo = isRoot ? [] : ['sudo', '-n'];
    const apt = args => {
        const [cmd, ...rest] = [...sudo, 'apt-get', ...args];
        return run(cmd, rest, { env: { DEBIAN_FRONTEND: 'noninteractive' }, allowFail: true });
    };
    let r = apt(['install', '-y', '--no-install-recommends', ...missing]);
    if (!r.ok) {
        apt(['update']);
        r = apt(['install', '-y', '--no-install-recommends', ...missing]);
    }
    if (!r.ok) {
        throw new ProvisionError(`apt-get could not install ${missing.join(' ')}:\n${r.out.split('\n').slice(-20).join('\n')}`);
    }
}

/**
 * What `npm rebuild <package> --build-from-source` did, without the flag that npm 11 warns it will
 * stop passing on to scripts (as it warns for an npm_config_build_from_source it is given): `npm
 * exec` runs the package's install script with npm's environment for scripts (node-gyp on PATH,
 * npm's configuration such as nodedir), and the variable is set for the script alone.
 * node-pre-gyp (argon2 0.31) and node-gyp-build (argon2 0.44) both read it and download nothing.
 */
function buildFromSource(packageDir, env, logFile) {
    const script = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8')).scripts?.install;
    if (!script) throw new ProvisionError(`${packageDir} has no install script to build it from source`);
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    run(npm, ['exec', '--call', `npm_config_build_from_source=true ${script}`], { cwd: packageDir, env, logFile });
}

/**
 * Makes sure code-server is installed in the cache and returns the absolute path of its
 * entry script (run it with `node <path>`; the path works as a command too).
 */
export function provisionCodeServer({ version = codeServerVersion(), force = false } = {}) {
    if (!force) {
        const cached = cachedCodeServer(version);
        if (cached) return cached;
    }
    const started = Date.now();
    ensureDebianPackages(DEBIAN_PACKAGES);
    const rg = spawnSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' }).stdout.trim();
    if (!rg) throw new ProvisionError('ripgrep (rg) is not on PATH after installing the Debian package ripgrep');

    fs.mkdirSync(cacheRoot, { recursive: true });
    const dir = installDir(version);
    const staging = `${dir}.partial`;
    fs.rmSync(staging, { recursive: true, force: true });
    fs.mkdirSync(staging, { recursive: true });
    const logFile = path.join(cacheRoot, `provision-${version}.log`);
    fs.writeFileSync(logFile, `provisioning code-server@${version} at ${new Date().toISOString()}\n`);
    log(`installing code-server@${version} into ${path.relative(repoRoot, dir)} (log: ${path.relative(repoRoot, logFile)})`);

    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    // npm_config_yes: node-pty's install script calls `npx node-gyp`, which npx refuses without it.
    const npmEnv = { npm_config_yes: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };
    fs.writeFileSync(path.join(staging, 'package.json'), JSON.stringify({ name: 'vscode-cache', private: true }, null, 2));
    run(npm, ['install', '--ignore-scripts', '--no-package-lock', `code-server@${version}`], { cwd: staging, env: npmEnv, logFile });

    // VS Code's own dependencies without install scripts: @vscode/ripgrep's would download its
    // binary, so Debian's rg is put in its place, then the native modules are rebuilt.
    const vscodeDir = path.join(staging, 'node_modules', 'code-server', 'lib', 'vscode');
    // No --unsafe-perm: since npm 7 scripts run as the user running npm, and npm 11 warns that it
    // will stop accepting the flag.
    run(npm, ['install', '--omit=dev', '--ignore-scripts'], { cwd: vscodeDir, env: npmEnv, logFile });
    const rgDir = path.join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin');
    fs.mkdirSync(rgDir, { recursive: true });
    fs.copyFileSync(rg, path.join(rgDir, 'rg'));
    fs.chmodSync(path.join(rgDir, 'rg'), 0o755);
    run(npm, ['rebuild'], { cwd: vscodeDir, env: npmEnv, logFile });
    const asar = path.join(vscodeDir, 'node_modules.asar');
    fs.rmSync(asar, { force: true, recursive: true });
    fs.symlinkSync('node_modules', asar);
    run(npm, ['install', '--omit=dev'], { cwd: path.join(vscodeDir, 'extensions'), env: npmEnv, logFile });
    buildFromSource(path.join(staging, 'node_modules', 'argon2'), npmEnv, logFile);

    // Smoke check: the binary prints its version.
    const entry = binPath(staging);
    const v = run(process.execPath, [entry, '--version'], { logFile, env: { XDG_CONFIG_HOME: path.join(staging, '.config') } });
    log(`code-server --version: ${v.out.trim().split('\n').pop()}`);

    fs.rmSync(dir, { recursive: true, force: true });
    fs.renameSync(staging, dir);
    const bin = binPath(dir);
    const seconds = (Date.now() - started) / 1000;
    fs.writeFileSync(path.join(dir, MARKER), JSON.stringify({ version, bin, node: process.version, seconds, at: new Date().toISOString() }, null, 2));
    log(`code-server@${version} provisioned in ${seconds.toFixed(0)} s`);
    return bin;
}

/** The path of the code-server entry script, provisioning it when needed. */
export function codeServerPath() {
    return provisionCodeServer();
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
    const args = process.argv.slice(2);
    try {
        if (args.includes('--browser')) ensureDebianPackages(BROWSER_PACKAGES);
        const bin = provisionCodeServer({ force: args.includes('--force') });
        process.stdout.write(`${bin}\n`);
    } catch (err) {
        process.stderr.write(
            `\n[provision] ERROR: code-server (a real VS Code for the tests and \`npm start\`) could not be installed.\n` +
                `${err instanceof Error ? err.message : String(err)}\n` +
                `See the comments in scripts/vscode/provision.mjs; the cache folder is ${cacheRoot}.\n`,
        );
        process.exit(1);
    }
}
