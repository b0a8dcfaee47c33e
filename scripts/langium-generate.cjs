// Runs `langium generate` with the Node 20 polyfills loaded first (see polyfills.cjs).
'use strict';
const { spawnSync } = require('node:child_process');
const path = require('node:path');
const cli = path.join(__dirname, '..', 'node_modules', 'langium-cli', 'bin', 'langium.js');
const result = spawnSync(process.execPath, ['--require', path.join(__dirname, 'polyfills.cjs'), cli, 'generate'], {
    stdio: 'inherit',
    cwd: path.join(__dirname, '..'),
});
process.exit(result.status ?? 1);
