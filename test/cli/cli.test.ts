// The `journey` command line: outputs, exit codes, configuration and safe writing.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync, cpSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/main.js';
import type { Io } from '../../cli/io.js';
import { makeTempFolder } from '../helpers/temp-folder.js';
import { TALLER_RULES } from '../helpers/taller-findings.js';

async function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    let stdout = '';
    let stderr = '';
    const io: Io = {
        stdout: text => {
            stdout += String(text);
        },
        stderr: text => {
            stderr += text;
        },
    };
    const code = await main(args, io);
    return { code, stdout, stderr };
}

function tempCopyOfExamples(): string {
    const dir = makeTempFolder('journey-cli-');
    cpSync('examples', dir, { recursive: true });
    return dir;
}

describe('journey lint', () => {
    it('prints exactly the eight diagnostics of taller.journey as JSON, 1-based', async () => {
        const { code, stdout } = await run('lint', 'examples/taller.journey', '--format', 'json');
        const results = JSON.parse(stdout);
        expect(code).toBe(0);
        expect(results).toHaveLength(8);
        expect(results.map((r: { rule: string }) => r.rule).sort()).toEqual(TALLER_RULES);
        expect(results.find((r: { rule: string }) => r.rule === 'missing-owner')).toEqual({
            file: path.join('examples', 'taller.journey'),
            line: 94,
            column: 16,
            endLine: 94,
            endColumn: 20,
            severity: 'warning',
            rule: 'missing-owner',
            message: 'Touchpoint "Paga y retira el auto" has no owner: set `owner` on it or a default owner on its phase.',
        });
    });

    it('prints compiler-style text lines and a summary', async () => {
        const { stdout } = await run('lint', 'examples/taller.journey');
        const lines = stdout.trim().split('\n');
        expect(lines).toContain(
            `${path.join('examples', 'taller.journey')}:94:16 warning missing-owner Touchpoint "Paga y retira el auto" has no owner: set \`owner\` on it or a default owner on its phase.`,
        );
        expect(lines.at(-1)).toBe('1 file linted: 0 errors, 5 warnings, 2 info, 1 hint');
    });

    it('lints folders as one workspace: the Spanish and multi-file examples are clean', async () => {
        expect((await run('lint', 'examples/seguro.journey')).code).toBe(0);
        const equipo = await run('lint', 'examples/equipo', '--format', 'json');
        expect(JSON.parse(equipo.stdout)).toEqual([]);
        const all = await run('lint', 'examples', '--format', 'json');
        // The eight of taller.journey and the four of farmacia/ (LANGUAGE.md).
        expect(
            JSON.parse(all.stdout)
                .map((r: { file: string }) => r.file)
                .sort(),
        ).toEqual([
            ...Array(3).fill(path.join('examples', 'farmacia', 'actual.journey')),
            path.join('examples', 'farmacia', 'futuro.journey'),
            ...Array(8).fill(path.join('examples', 'taller.journey')),
        ]);
    });

    it('accepts globs', async () => {
        const { stdout } = await run('lint', 'examples/**/*.journey', '--format', 'json');
        expect(JSON.parse(stdout)).toHaveLength(12);
    });

    it('exits 1 over --max-warnings, 0 within', async () => {
        expect((await run('lint', 'examples/taller.journey', '--max-warnings', '4')).code).toBe(1);
        expect((await run('lint', 'examples/taller.journey', '--max-warnings', '5')).code).toBe(0);
    });

    it('exits 1 on errors, and lints a file full of garbage as syntax errors', async () => {
        const dir = makeTempFolder('journey-garbage-');
        const file = path.join(dir, 'garbage.journey');
        writeFileSync(file, Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256)));
        const { code, stdout } = await run('lint', file, '--format', 'json');
        expect(code).toBe(1);
        const results = JSON.parse(stdout);
        expect(results.length).toBeGreaterThan(0);
        expect(results.every((r: { rule: string; severity: string }) => r.rule === 'syntax-error' && r.severity === 'error')).toBe(true);
    });

    it('exits 2 on bad usage and on paths that match nothing, saying what is wrong', async () => {
        expect(await run('lint')).toEqual({
            code: 2,
            stdout: '',
            stderr: "journey: missing required argument 'patterns'\n(journey lint --help shows its options)\n",
        });
        expect(await run('lint', 'examples', '--format', 'xml')).toEqual({
            code: 2,
            stdout: '',
            stderr: "journey: option '-f, --format <format>' argument 'xml' is invalid. Allowed choices are text, json, sarif.\n(journey lint --help shows its options)\n",
        });
        expect((await run('lint', 'examples', '--max-warnings', 'many')).stderr).toMatch(
            /^journey: option '--max-warnings <n>' argument 'many' is invalid. It must be a whole number of 0 or more.\n/,
        );
        expect((await run('lint', 'examples', '--max-warnings', '-1')).code).toBe(2);
        expect((await run('lint', 'examples', '--lang', 'fr')).code).toBe(2);
        expect(await run('lint', 'no/such/file.journey')).toEqual({
            code: 2,
            stdout: '',
            stderr: 'journey: no such file, folder or matching .journey files: no/such/file.journey\n',
        });
        expect(await run('frobnicate')).toEqual({
            code: 2,
            stdout: '',
            stderr: "journey: unknown command 'frobnicate'\n(journey --help lists the commands)\n",
        });
        expect((await run('export', 'examples/taller.journey', 'examples/seguro.journey')).code).toBe(2);
        const bare = await run();
        expect(bare.code).toBe(2);
        expect(bare.stderr).toMatch(/^Usage: journey \[options\] \[command\]/);
    });

    it('reads -f as --format, and the --lang of any region of en or es', async () => {
        expect(JSON.parse((await run('lint', 'examples/taller.journey', '-f', 'json')).stdout)).toHaveLength(8);
        expect((await run('lint', 'examples/taller.journey', '--lang', 'es-MX')).stdout).toContain('El contacto "Paga y retira el auto" no tiene responsable');
    });

    it('names the rule a misspelt id in .journeylint.json was probably meant to be, lints on, and exits 2', async () => {
        const dir = tempCopyOfExamples();
        const config = path.join(dir, '.journeylint.json');
        writeFileSync(config, JSON.stringify({ rules: { 'missing-ownr': 'off', 'no-such-thing': 'off' } }));
        const { code, stdout, stderr } = await run('lint', path.join(dir, 'taller.journey'));
        expect(stderr.split('\n').filter(Boolean)).toEqual([
            `journey: ${config}:1:11 Unknown rule "missing-ownr". Did you mean "missing-owner"?`,
            `journey: ${config}:1:32 Unknown rule "no-such-thing".`,
        ]);
        expect(stdout).toContain(' warning missing-owner ');
        expect(code).toBe(2);
    });

    it('reads .journeylint.json from the nearest parent folder of the linted files', async () => {
        const dir = tempCopyOfExamples();
        writeFileSync(path.join(dir, '.journeylint.json'), JSON.stringify({ rules: { 'missing-owner': 'error', 'unused-declaration': 'off' } }));
        const { code, stdout } = await run('lint', path.join(dir, 'taller.journey'), '--format', 'json');
        const results = JSON.parse(stdout) as { rule: string; severity: string }[];
        expect(code).toBe(1);
        expect(results).toHaveLength(7);
        expect(results.find(r => r.rule === 'missing-owner')?.severity).toBe('error');
        expect(results.some(r => r.rule === 'unused-declaration')).toBe(false);
    });

    it('reports a suppression comment that names no rule, in text and in SARIF', async () => {
        const dir = makeTempFolder('journey-cli-');
        const file = path.join(dir, 'map.journey');
        writeFileSync(file, 'team Ops "Ops" // journey-lint-disable unused-declaratoin\n');
        const text = await run('lint', file);
        // Files are named relative to the working directory, as a compiler does.
        const shown = path.relative(process.cwd(), file);
        expect(text.stdout.split('\n')).toEqual([
            `${shown}:1:6 hint unused-declaration Team "Ops" is declared but never referred to in the workspace.`,
            `${shown}:1:40 warning unknown-rule Unknown rule "unused-declaratoin": this comment suppresses nothing with it.`,
            '1 file linted: 0 errors, 1 warning, 0 info, 1 hint',
            '',
        ]);
        const sarif = JSON.parse((await run('lint', file, '--format', 'sarif')).stdout);
        const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'unknown-rule');
        expect(sarif.runs[0].tool.driver.rules[result.ruleIndex].id).toBe('unknown-rule');
        expect(result.level).toBe('warning');
    });

    it('shows where a duplicate id was first declared: below the finding in text, as related places in JSON and SARIF', async () => {
        const dir = makeTempFolder('journey-cli-');
        const file = path.join(dir, 'map.journey');
        writeFileSync(file, '// journey-lint-disable unused-declaration\nteam Ops "Ops"\nteam Ops "Again"\n');
        const shown = path.relative(process.cwd(), file);
        expect((await run('lint', file)).stdout.split('\n')).toEqual([
            `${shown}:3:6 error duplicate-name Duplicate team "Ops": an earlier team of the workspace has this id.`,
            `  ${shown}:2:6 the first declaration of "Ops"`,
            '1 file linted: 1 error, 0 warnings, 0 info, 0 hints',
            '',
        ]);
        const [json] = JSON.parse((await run('lint', file, '--format', 'json')).stdout);
        expect(json.related).toEqual([{ line: 2, column: 6, endLine: 2, endColumn: 9, message: 'the first declaration of "Ops"' }]);
        const [sarif] = JSON.parse((await run('lint', file, '--format', 'sarif')).stdout).runs[0].results;
        expect(sarif.relatedLocations).toEqual([
            {
                id: 0,
                physicalLocation: {
                    artifactLocation: { uri: shown.split(path.sep).join('/'), uriBaseId: '%SRCROOT%' },
                    region: { startLine: 2, startColumn: 6, endLine: 2, endColumn: 9 },
                },
                message: { text: 'the first declaration of "Ops"' },
            },
        ]);
    });

    it('writes SARIF 2.1.0 with rules, levels and regions', async () => {
        const { stdout } = await run('lint', 'examples/taller.journey', '--format', 'sarif');
        const sarif = JSON.parse(stdout);
        expect(sarif.version).toBe('2.1.0');
        const run0 = sarif.runs[0];
        expect(run0.tool.driver.name).toBe('journey');
        expect(run0.tool.driver.rules.map((r: { id: string }) => r.id)).toContain('missing-owner');
        expect(run0.results).toHaveLength(8);
        const result = run0.results.find((r: { ruleId: string }) => r.ruleId === 'missing-owner');
        expect(result.level).toBe('warning');
        expect(run0.tool.driver.rules[result.ruleIndex].id).toBe('missing-owner');
        expect(result.locations[0].physicalLocation).toEqual({
            artifactLocation: { uri: 'examples/taller.journey', uriBaseId: '%SRCROOT%' },
            region: { startLine: 94, startColumn: 16, endLine: 94, endColumn: 20 },
        });
        expect(run0.results.find((r: { ruleId: string }) => r.ruleId === 'unused-declaration').level).toBe('note');
    });

    it('speaks Spanish with --lang es', async () => {
        const { stdout } = await run('lint', 'examples/taller.journey', '--lang', 'es');
        expect(stdout).toContain('El contacto "Paga y retira el auto" no tiene responsable: indique `responsable` en él o uno por defecto en su fase.');
    });
});

describe('journey export', () => {
    it('prints the Mermaid journey to standard output', async () => {
        const { code, stdout } = await run('export', 'examples/taller.journey', '--format', 'mermaid');
        expect(code).toBe(0);
        expect(stdout.split('\n').slice(0, 5)).toEqual([
            'journey',
            '  title Mantenimiento programado del auto',
            '  section Prospección',
            '    Busca un taller de confianza: 3: Carla Ruiz',
            '    Agenda la cita: 2: Carla Ruiz',
        ]);
        expect(stdout).toContain('    Recibe el diagnóstico#58; presupuesto y plazo: 4: Carla Ruiz');
    });

    it('resolves personas from the other files of the folder', async () => {
        const { stdout } = await run('export', 'examples/equipo/onboarding.journey');
        expect(stdout).toContain('    Reads the pricing page: 4: Priya#44; operations lead');
    });

    it('writes JSON to a file and never overwrites without --force', async () => {
        const dir = makeTempFolder('journey-export-');
        const out = path.join(dir, 'map.json');
        expect((await run('export', 'examples/taller.journey', '--format', 'json', '-o', out)).code).toBe(0);
        const model = JSON.parse(readFileSync(out, 'utf8'));
        expect(model.journeys[0].phases.map((p: { id: string }) => p.id)).toEqual(['Prospeccion', 'Servicio', 'Retiro', 'Postventa', 'Lealtad']);
        writeFileSync(out, 'precious');
        const refused = await run('export', 'examples/taller.journey', '--format', 'json', '-o', out);
        expect(refused.code).toBe(2);
        expect(refused.stderr).toContain('exists; use --force');
        expect(readFileSync(out, 'utf8')).toBe('precious');
        expect((await run('export', 'examples/taller.journey', '-o', out, '--force')).code).toBe(0);
        expect(readFileSync(out, 'utf8')).toMatch(/^journey\n/);
        expect(readdirSync(dir)).toEqual(['map.json']);
    });

    it('refuses to export a file with syntax errors, naming the line', async () => {
        const dir = makeTempFolder('journey-broken-');
        writeFileSync(path.join(dir, 'broken.journey'), 'journey J "x" {\n  phase A {\n');
        const { code, stderr } = await run('export', path.join(dir, 'broken.journey'));
        expect(code).toBe(1);
        expect(stderr).toMatch(/broken\.journey:2:12 Syntax error: expected /);
    });

    it('asks which journey when the file has several', async () => {
        const dir = makeTempFolder('journey-two-');
        const file = path.join(dir, 'two.journey');
        writeFileSync(file, 'journey A "A" {}\njourney B "B" {}\n');
        expect((await run('export', file)).stderr).toContain('pick one with --journey');
        expect((await run('export', file, '--journey', 'B')).stdout).toContain('title B');
    });
});

describe('journey import and the rendered export formats', () => {
    it('imports a Mermaid journey into a .journey file that lints and exports back', async () => {
        const dir = makeTempFolder('journey-import-');
        const source = path.join(dir, 'day.mmd');
        writeFileSync(source, 'journey\n  title My day\n  section Morning\n    Coffee: 5: Me\n    Bus#58; late: 2: Me, Cat\n');
        expect((await run('import', source)).code).toBe(0);
        const out = path.join(dir, 'day.journey');
        expect(readFileSync(out, 'utf8')).toContain('"Bus: late"');
        const back = await run('export', out, '--format', 'mermaid');
        expect(back.stdout).toContain('    Bus#58; late: 2: Me, Cat');
        const again = await run('import', source);
        expect(again.code).toBe(2);
        expect(again.stderr).toBe(`journey: ${out} exists; use --force to replace it\n`);
    });

    it('exports Markdown with the Mermaid block and the grid as tables', async () => {
        const { code, stdout } = await run('export', 'examples/taller.journey', '--format', 'markdown');
        expect(code).toBe(0);
        expect(stdout).toContain('```mermaid\njourney\n  title Mantenimiento programado del auto');
        expect(stdout).toContain('| Carla Ruiz |');
    });

    it("labels an export in the map's language, or in the one --lang names", async () => {
        // seguro.journey is written with Spanish keywords (recorrido, fase…).
        const spanish = await run('export', 'examples/seguro.journey', '--format', 'markdown');
        expect(spanish.code).toBe(0);
        expect(spanish.stdout).toContain('| Responsable |');
        const english = await run('export', 'examples/seguro.journey', '--format', 'markdown', '--lang', 'en');
        expect(english.stdout).toContain('| Owner |');
        expect(english.stdout).not.toContain('| Responsable |');
        // taller.journey's keywords are English: English labels, whatever the environment's language.
        expect((await run('export', 'examples/taller.journey', '--format', 'markdown')).stdout).toContain('| Owner |');
    });
});

describe('journey new', () => {
    it("writes a starter map that uses the folder's declarations, lints clean with it, and never overwrites without --force", async () => {
        const dir = tempCopyOfExamples();
        const target = path.join(dir, 'equipo', 'checkout.journey');
        expect(await run('new', target)).toEqual({ code: 0, stdout: '', stderr: '' });
        const text = readFileSync(target, 'utf8');
        expect(text).toMatch(/^journey FirstPurchase "First purchase" \{$/m);
        expect(text).not.toMatch(/^(persona|team|channel) /m);
        expect(text).toMatch(/^ {2}persona (Priya|Tom)$/m);
        const lint = await run('lint', path.join(dir, 'equipo'), '--format', 'json');
        expect(JSON.parse(lint.stdout)).toEqual([]);
        const again = await run('new', target);
        expect(again.code).toBe(2);
        expect(again.stderr).toContain('exists; use --force to replace it');
        expect(readFileSync(target, 'utf8')).toBe(text);
        expect((await run('new', target, '--force', '--lang', 'es')).code).toBe(0);
        expect(readFileSync(target, 'utf8')).toMatch(/^recorrido PrimeraCompra "Primera compra" \{$/m);
    });

    it('declares its own personas, teams and channels in an empty folder, and prints to standard output with -', async () => {
        const dir = makeTempFolder('journey-new-');
        const written = await run('new', path.join(dir, 'map.journey'), '--lang', 'es');
        expect(written.code).toBe(0);
        expect(readFileSync(path.join(dir, 'map.journey'), 'utf8')).toMatch(/^equipo Soporte "Atención al cliente"$/m);
        expect((await run('lint', dir)).stdout).toBe('1 file linted: no problems\n');
        const printed = await run('new', '-', '--lang', 'en');
        expect(printed.stdout).toMatch(/^journey FirstPurchase/m);
        expect((await run('new', path.join(dir, 'map.txt'))).code).toBe(2);
    });
});

describe('help', () => {
    it('journey --help lists the commands and the exit codes, and exits 0', async () => {
        const { code, stdout, stderr } = await run('--help');
        expect(code).toBe(0);
        expect(stderr).toBe('');
        expect(stdout).toMatch(/^Usage: journey \[options\] \[command\]/);
        for (const command of ['lint', 'export', 'import', 'new']) expect(stdout).toMatch(new RegExp(`^  ${command} \\[options\\] <`, 'm'));
        expect(stdout).toContain('Exit codes: 0 clean, 1 errors (or warnings over --max-warnings), 2 bad usage or unreadable file.');
    });

    it("journey <command> --help and journey help <command> show that command's options, and exit 0", async () => {
        const lint = await run('lint', '--help');
        expect(lint.code).toBe(0);
        expect(lint.stdout).toMatch(/^Usage: journey lint \[options\] <patterns\.\.\.>/);
        expect(lint.stdout).toMatch(/^ {2}--max-warnings <n> /m);
        const importHelp = await run('help', 'import');
        expect(importHelp.code).toBe(0);
        expect(importHelp.stdout).toMatch(/^ {2}-o, --output <file> /m);
        expect(importHelp.stdout).toMatch(/^ {2}--force /m);
    });
});

describe('the installed bin', () => {
    it('runs as a separate process with exit codes', () => {
        if (!existsSync('dist/cli.cjs')) throw new Error('run `npm run build` first');
        const ok = spawnSync(process.execPath, ['bin/journey.cjs', 'lint', 'examples/seguro.journey'], { encoding: 'utf8' });
        expect(ok.status).toBe(0);
        expect(ok.stdout).toBe('1 file linted: no problems\n');
        const usage = spawnSync(process.execPath, ['bin/journey.cjs', 'lint'], { encoding: 'utf8' });
        expect(usage.status).toBe(2);
        expect(execFileSync(process.execPath, ['bin/journey.cjs', '--version'], { encoding: 'utf8' })).toMatch(/^\d+\.\d+\.\d+\n$/);
    });

    it('ends quietly when its reader stops reading (`journey diff … | head`)', async () => {
        if (!existsSync('dist/cli.cjs')) throw new Error('run `npm run build` first');
        const child = spawn(process.execPath, ['bin/journey.cjs', 'diff', 'examples/seguro.journey', 'examples/taller.journey'], {
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        // Closed before the command writes: its first write meets a pipe nobody reads.
        child.stdout.destroy();
        let stderr = '';
        child.stderr.on('data', chunk => (stderr += chunk));
        const code = await new Promise(resolve => child.on('close', resolve));
        expect(stderr).toBe('');
        expect(code).toBe(0);
    });
});
