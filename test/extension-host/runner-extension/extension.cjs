// Test-only extension: runs the extension-host suite inside code-server's extension host.
// Its config.json (written next to it when it is copied into an extensions dir) says
// { "index": "<out/extension-host/index.cjs>", "results": "<file to write>", "grep"?: "..." }.
const fs = require('node:fs');
const path = require('node:path');

function writeResults(file, data) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(`${file}.tmp`, JSON.stringify(data, null, 2));
    fs.renameSync(`${file}.tmp`, file);
}

async function activate() {
    const config = JSON.parse(fs.readFileSync(path.join(__dirname, 'config.json'), 'utf8'));
    try {
        const suite = require(config.index);
        const results = await suite.runSuite({ grep: config.grep, reporter: 'spec' });
        writeResults(config.results, results);
    } catch (err) {
        writeResults(config.results, { passed: 0, failed: 1, pending: 0, tests: [], error: String(err && err.stack ? err.stack : err) });
    }
}

module.exports = { activate, deactivate() {} };
