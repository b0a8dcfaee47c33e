// Mistakes in `.journeylint.json`, as the editor shows them: the language server (the bundled
// dist/server.cjs over stdio) checks the file against its schema and publishes diagnostics on
// it, on the key or value at fault; the valid entries still apply to the .journey files.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer, type ServerProcess } from '../robustness/lsp-process.js';

let server: ServerProcess | undefined;
let folder: string | undefined;
afterEach(async () => {
    await server?.stop();
    if (folder) rmSync(folder, { recursive: true, force: true });
    server = folder = undefined;
});

describe('.journeylint.json in the editor', () => {
    it('gets a diagnostic on a misspelt key and on a wrong severity, and its valid rules still apply', async () => {
        folder = mkdtempSync(path.join(tmpdir(), 'journey-config-'));
        writeFileSync(
            path.join(folder, '.journeylint.json'),
            [
                '{',
                '  "rule": { "missing-owner": "off" },',
                '  "rules": {',
                '    "missing-channel": "warn",',
                '    "unused-declaration": "error"',
                '  }',
                '}',
                '',
            ].join('\n'),
        );
        writeFileSync(path.join(folder, 'map.journey'), 'team Ops "Ops"\n');
        server = await startServer({ workspaceFolder: folder });

        const config = await server.settledDiagnostics(pathToFileURL(path.join(folder, '.journeylint.json')).toString());
        expect(
            config.map(d => ({
                line: d.range.start.line,
                start: d.range.start.character,
                end: d.range.end.character,
                message: d.message,
                severity: d.severity,
            })),
        ).toEqual([
            { line: 1, start: 2, end: 8, severity: 1, message: 'Unknown key "rule": expected "$schema" or "rules". Did you mean "rules"?' },
            {
                line: 3,
                start: 23,
                end: 29,
                severity: 1,
                message: 'Rule "missing-channel": "warn" is not a severity; expected error, warning, info, hint or off.',
            },
        ]);
        const map = await server.settledDiagnostics(pathToFileURL(path.join(folder, 'map.journey')).toString());
        expect(map.map(d => [d.code, d.severity])).toEqual([['unused-declaration', 1]]);
    }, 60_000);
});
