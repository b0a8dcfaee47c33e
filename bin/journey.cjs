#!/usr/bin/env node
'use strict';
// The `journey` command line (lint, export, import, diff); see README "Command line".
//
// The build also writes dist/cli.cjs.cache (scripts/cli-code-cache.mjs): V8's compiled code of
// the bundle, made by the Node that built it. When the cache was made of this very bundle by this
// Node, the bundle is compiled from it instead of from its source, which saves ~35 ms of every
// start (docs/performance.md). Otherwise the bundle is required as usual.
const fs = require('node:fs');
const path = require('node:path');

const bundle = path.join(__dirname, '..', 'dist', 'cli.cjs');
const cacheFile = `${bundle}.cache`;
// Set by scripts/cli-code-cache.mjs only: run the bundle once and write its cache at exit.
const writing = process.env.JOURNEY_WRITE_CODE_CACHE === '1';

/** What a cache must start with: the hash of the bundle's source and of the Node that compiled it. */
function cacheKey(source) {
    const hash = require('node:crypto').createHash('sha256');
    return hash.update(`${process.version} ${process.arch} ${process.versions.v8}\0`).update(source).digest();
}

function cachedCode(key) {
    try {
        const cache = fs.readFileSync(cacheFile);
        return cache.subarray(0, key.length).equals(key) ? cache.subarray(key.length) : undefined;
    } catch {
        return undefined;
    }
}

function runBundle() {
    if (!writing && !fs.existsSync(cacheFile)) return require(bundle);
    const source = fs.readFileSync(bundle, 'utf8');
    const key = cacheKey(source);
    const cachedData = writing ? undefined : cachedCode(key);
    if (!writing && cachedData === undefined) return require(bundle);
    // What require() does for a CommonJS file, with V8's cached code (vm.Script checks it again).
    const vm = require('node:vm');
    const Module = require('node:module');
    const script = new vm.Script(Module.wrap(source), {
        filename: bundle,
        cachedData,
        // Used only when the script is compiled afresh: code from the cache gets no loader for a
        // dynamic import() (ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING), so the bundle requires instead.
        importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
    });
    if (writing) process.on('exit', () => fs.writeFileSync(cacheFile, Buffer.concat([key, script.createCachedData()])));
    const loaded = new Module(bundle, module);
    loaded.filename = bundle;
    require.cache[bundle] = loaded;
    script.runInThisContext().call(loaded.exports, loaded.exports, Module.createRequire(bundle), loaded, bundle, path.dirname(bundle));
    loaded.loaded = true;
    return loaded.exports;
}

runBundle();
