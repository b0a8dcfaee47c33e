// `journey lint` over a tree with two projects (folders with a `.journeylint.json`) that declare
// the same team: the same findings as the language server gives for that tree opened in the editor.
import { rmSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../cli/main.js';
import { startServer, type ServerProcess } from '../robustness/lsp-process.js';
import { TWO_PROJECTS, writeTree } from '../helpers/two-projects.js';

let server: ServerProcess | undefined;
let folder: string | undefined;
afterEach(async () => {
    await server?.stop();
    if (folder) rmSync(folder, { recursive: true, force: true });
    server = folder = undefined;
});

interface Finding {
    file: string;
    line: number;
    column: number;
    rule: string;
    severity: string;
    message: string;
}

describe('journey lint with projects', () => {
    it('keeps two projects declaring the same team apart, as the editor does', async () => {
        folder = writeTree(TWO_PROJECTS);
        let stdout = '';
        const code = await main(['lint', folder, '--format', 'json'], {
            stdout: text => {
                stdout += String(text);
            },
            stderr: () => undefined,
        });
        const cli = (JSON.parse(stdout) as Finding[]).map(f => ({ ...f, file: path.relative(folder!, path.resolve(f.file)).split(path.sep).join('/') }));
        expect(cli.map(f => `${f.file} ${f.rule}@${f.line}:${f.column}`)).toEqual([
            'north/map.journey missing-emotion@5:16',
            'outside.journey unresolved-reference@2:11',
            'outside.journey missing-emotion@5:16',
            'outside.journey unresolved-reference@6:15',
            'outside.journey unresolved-reference@7:13',
        ]);
        expect(code).toBe(1);

        server = await startServer({ workspaceFolder: folder });
        const severities = ['', 'error', 'warning', 'info', 'hint'];
        const editor: Finding[] = [];
        for (const name of Object.keys(TWO_PROJECTS).filter(name => name.endsWith('.journey'))) {
            for (const d of await server.settledDiagnostics(pathToFileURL(path.join(folder, name)).toString())) {
                editor.push({
                    file: name,
                    line: d.range.start.line + 1,
                    column: d.range.start.character + 1,
                    rule: String(d.code),
                    severity: severities[d.severity ?? 1],
                    message: String(d.message),
                });
            }
        }
        const sorted = (findings: Finding[]) =>
            findings
                .map(({ file, line, column, rule, severity, message }) => ({ file, line, column, rule, severity, message }))
                .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
        expect(sorted(editor)).toEqual(sorted(cli));
    }, 60_000);
});
