// `journey lint` with mistakes in `.journeylint.json`: each is named with its file, line and
// column and what was expected, the exit code is 2 (bad usage), and the findings are still
// computed and printed with the valid part of the file.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../cli/main.js';

const made: string[] = [];
afterEach(() => made.splice(0).forEach(dir => rmSync(dir, { recursive: true, force: true })));

async function run(...args: string[]) {
    let stdout = '';
    let stderr = '';
    const code = await main(args, {
        stdout: text => {
            stdout += String(text);
        },
        stderr: text => {
            stderr += text;
        },
    });
    return { code, stdout, stderr };
}

describe('journey lint with a broken .journeylint.json', () => {
    it('names each mistake by line and what was expected, exits 2, and lints with the valid part', async () => {
        const dir = mkdtempSync(path.join(tmpdir(), 'journey-config-'));
        made.push(dir);
        const config = path.join(dir, '.journeylint.json');
        writeFileSync(
            config,
            '{\n  "rule": { "missing-owner": "off" },\n  "rules": { "unused-declaration": "error", "missing-ownr": "off", "missing-channel": "warn" }\n}\n',
        );
        writeFileSync(path.join(dir, 'map.journey'), 'team Ops "Ops"\n');
        const { code, stdout, stderr } = await run('lint', dir, '--format', 'json');
        expect(stderr.split('\n')).toEqual([
            `journey: ${config}:2:3 Unknown key "rule": expected "$schema" or "rules". Did you mean "rules"?`,
            `journey: ${config}:3:45 Unknown rule "missing-ownr". Did you mean "missing-owner"?`,
            `journey: ${config}:3:87 Rule "missing-channel": "warn" is not a severity; expected error, warning, info, hint or off.`,
            '',
        ]);
        // unused-declaration raised to an error by the valid entry.
        expect(JSON.parse(stdout).map((r: { rule: string; severity: string }) => [r.rule, r.severity])).toEqual([['unused-declaration', 'error']]);
        expect(code).toBe(2);
    });

    it('says where the JSON itself is broken', async () => {
        const dir = mkdtempSync(path.join(tmpdir(), 'journey-config-'));
        made.push(dir);
        const config = path.join(dir, '.journeylint.json');
        writeFileSync(config, '{\n  "rules": { "unused-declaration": "off" "missing-channel": "off" }\n}\n');
        writeFileSync(path.join(dir, 'map.journey'), 'team Ops "Ops"\n');
        const { code, stdout, stderr } = await run('lint', dir);
        expect(stderr).toBe(`journey: ${config}:2:42 Invalid JSON (CommaExpected).\n`);
        expect(stdout).toBe('1 file linted: no problems\n');
        expect(code).toBe(2);
    });
});
