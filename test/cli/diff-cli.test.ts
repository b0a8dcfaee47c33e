// `journey diff` on the command line, against a scripted git history of taller.journey made
// in a temporary repository: three commits after the first (an emotion drop, a new
// touchpoint, a fixed owner), each pair of commits giving the expected output.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { main } from '../../cli/main.js';
import type { Io } from '../../cli/io.js';

// js-yaml: the YAML parser already installed (through @vscode/vsce), untyped here.
const parseYaml = (createRequire(import.meta.url)('js-yaml') as { load(text: string): { jobs: { diff: { steps: unknown } } } }).load;

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

const TALLER = readFileSync('examples/taller.journey', 'utf8');
const EMOTION_DROP = TALLER.replace('emotion 5 "mágica"', 'emotion 3 "conforme"');
const NEW_TOUCHPOINT = EMOTION_DROP.replace(
    '    moment 4\n',
    '    moment 4\n    owner Marketing\n    touchpoint Recomienda "Recomienda el taller" {\n      channel redes\n      emotion 4 "orgullosa"\n    }\n',
);
const FIXED_OWNER = NEW_TOUCHPOINT.replace(
    '      channel mostrador\n      action "Espera la factura en caja"',
    '      channel mostrador\n      owner Recepcion\n      action "Espera la factura en caja"',
);

let repo: string;
let taller: string;
const commits: string[] = [];

function git(...args: string[]): string {
    return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], {
        cwd: repo,
        encoding: 'utf8',
    }).trim();
}

function commit(text: string, message: string): void {
    writeFileSync(taller, text);
    git('add', '-A');
    git('commit', '-q', '-m', message);
    commits.push(git('rev-parse', 'HEAD'));
}

beforeAll(() => {
    repo = mkdtempSync(path.join(tmpdir(), 'journey-diff-'));
    taller = path.join(repo, 'taller.journey');
    git('init', '-q');
    commit(TALLER, 'taller');
    commit(EMOTION_DROP, 'emotion drop');
    commit(NEW_TOUCHPOINT, 'new touchpoint');
    commit(FIXED_OWNER, 'fixed owner');
});

afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('journey diff --git on a scripted history', () => {
    it('first → second commit: the emotion drop', async () => {
        const { code, stdout } = await run('diff', '--git', `${commits[0]}..${commits[1]}`, repo, '--lang', 'en');
        expect(code).toBe(0);
        expect(stdout).toBe(
            [
                'taller.journey',
                '  Mantenimiento "Mantenimiento programado del auto": 8 steps (0 added, 0 removed); findings: 0 introduced, 0 fixed',
                '    average emotion 2.7 → 2.4 · Carla 2.7 → 2.4',
                '    ~ emotion of Carla at Seguimiento: 5 → 3 (−2)',
                '',
            ].join('\n'),
        );
    });

    it('second → third commit: the new touchpoint (the empty phase is no longer empty)', async () => {
        const { code, stdout } = await run('diff', '--git', `${commits[1]}..${commits[2]}`, repo, '--lang', 'en');
        expect(code).toBe(0);
        expect(stdout).toBe(
            [
                'taller.journey',
                '  Mantenimiento "Mantenimiento programado del auto": 8 → 9 steps (1 added, 0 removed); findings: 0 introduced, 1 fixed',
                '    average emotion 2.4 → 2.6 · Carla 2.4 → 2.6',
                '    + step Recomienda "Recomienda el taller" added in phase Lealtad',
                '    ✓ finding fixed: empty-phase "Phase "Lealtad y recomendación" has no touchpoint: a hole in the journey." (phase Lealtad)',
                '',
            ].join('\n'),
        );
    });

    it('third → fourth commit: the fixed owner', async () => {
        const { code, stdout } = await run('diff', '--git', `${commits[2]}..${commits[3]}`, repo, '--lang', 'en');
        expect(code).toBe(0);
        expect(stdout).toBe(
            [
                'taller.journey',
                '  Mantenimiento "Mantenimiento programado del auto": 9 steps (0 added, 0 removed); findings: 0 introduced, 2 fixed',
                '    average emotion 2.6 → 2.6 · Carla 2.6 → 2.6',
                '    ~ step Pago got an owner: Recepcion',
                '    ✓ finding fixed: missing-owner "Touchpoint "Paga y retira el auto" has no owner: set `owner` on it or a default owner on its phase." (Pago)',
                // The gap's owner is its touchpoint's: it has one now too.
                '    ✓ finding fixed: gap-without-owner "Gap "Espera para la facturación" has no owner, and neither does its touchpoint." (gap "Espera para la facturación" of Pago)',
                '',
            ].join('\n'),
        );
    });

    it('first → fourth commit as JSON: every change, the summary', async () => {
        const { stdout } = await run('diff', '--git', `${commits[0]}..${commits[3]}`, repo, '--format', 'json');
        const report = JSON.parse(stdout);
        expect(report.version).toBe(1);
        const [journey] = report.files[0].diff.journeys;
        expect(journey.changes.map((change: { kind: string }) => change.kind).sort()).toEqual([
            'emotion-changed',
            'finding-fixed',
            'finding-fixed',
            'finding-fixed',
            'owner-changed',
            'step-added',
        ]);
        expect(journey.summary).toMatchObject({ stepsBefore: 8, stepsAfter: 9, stepsAdded: 1, stepsRemoved: 0, findingsIntroduced: 0, findingsFixed: 3 });
    });

    it('--fail-on exits 1 for an emotion drop, 0 when there is none; introduced findings likewise', async () => {
        expect((await run('diff', '--git', `${commits[0]}..${commits[1]}`, repo, '--fail-on', 'emotion-drop')).code).toBe(1);
        expect((await run('diff', '--git', `${commits[2]}..${commits[3]}`, repo, '--fail-on', 'emotion-drop,introduced-findings')).code).toBe(0);
        // The other way round the owner is taken away: a finding introduced.
        expect((await run('diff', '--git', `${commits[3]}..${commits[2]}`, repo, '--fail-on', 'introduced-findings')).code).toBe(1);
        const bad = await run('diff', '--git', 'HEAD', repo, '--fail-on', 'typos');
        expect(bad.code).toBe(2);
        expect(bad.stderr).toContain('Use introduced-findings or emotion-drop.');
    });

    it('--git REF compares the working tree, untracked, renamed and deleted files included; identical says "no change"', async () => {
        expect((await run('diff', '--git', 'HEAD', repo, '--lang', 'en')).stdout).toBe('no change\n');
        const moved = path.join(repo, 'mapas');
        mkdirSync(moved);
        try {
            git('mv', 'taller.journey', 'mapas/taller.journey');
            writeFileSync(
                path.join(repo, 'nuevo.journey'),
                'journey Nuevo "Nuevo" {\n  phase Uno "Uno" {\n    touchpoint Paso "Paso" {\n      emotion 3 "bien"\n    }\n  }\n}\n',
            );
            const { stdout } = await run('diff', '--git', 'HEAD', repo, '--lang', 'en');
            expect(stdout).toContain('mapas/taller.journey (renamed from taller.journey)\n');
            expect((await run('diff', '--git', 'HEAD', repo, '--format', 'markdown', '--lang', 'en')).stdout).toContain(
                '- `mapas/taller.journey` (renamed from `taller.journey`)',
            );
            expect(stdout).not.toContain('Mantenimiento "Mantenimiento programado del auto"');
            expect(stdout).toContain('nuevo.journey (new file)\n  Nuevo "Nuevo" (new journey): 0 → 1 steps (1 added, 0 removed)');
            unlinkSync(path.join(moved, 'taller.journey'));
            const deleted = await run('diff', '--git', 'HEAD', repo, '--lang', 'en');
            expect(deleted.stdout).toContain(
                'taller.journey (file deleted)\n  Mantenimiento "Mantenimiento programado del auto" (journey removed): 9 → 0 steps (0 added, 9 removed)',
            );
        } finally {
            git('reset', '-q', '--hard');
            rmSync(path.join(repo, 'nuevo.journey'), { force: true });
            rmSync(moved, { recursive: true, force: true });
        }
    });

    it('a version with syntax errors is compared on what could be read, and named', async () => {
        try {
            writeFileSync(
                taller,
                FIXED_OWNER.replace('emotion 3 "conforme"', 'emotion 1 "enojada"').replace('    touchpoint Recordatorio', '    touchpoint Recordatorio {{ '),
            );
            const { code, stdout, stderr } = await run('diff', '--git', 'HEAD', repo, '--lang', 'en');
            expect(code).toBe(0);
            expect(stdout).toContain('  ! taller.journey has syntax errors: compared on what could be read');
            expect(stdout).toContain('    ~ emotion of Carla at Seguimiento: 3 → 1 (−2)');
            expect(stderr).toContain('journey: taller.journey (working tree) has syntax errors; compared on what could be read');
        } finally {
            git('checkout', '-q', '--', 'taller.journey');
        }
    });

    it('git problems are clear messages with exit 2: unknown revision, a folder outside any repository', async () => {
        const unknown = await run('diff', '--git', 'no-such-branch', repo);
        expect(unknown).toMatchObject({ code: 2, stdout: '' });
        expect(unknown.stderr).toBe('journey: unknown git revision "no-such-branch"\n');
        const outside = mkdtempSync(path.join(tmpdir(), 'journey-diff-norepo-'));
        try {
            // GIT_CEILING_DIRECTORIES keeps git from finding a repository above the temporary folder.
            process.env.GIT_CEILING_DIRECTORIES = path.dirname(outside);
            const result = await run('diff', '--git', 'HEAD', outside);
            expect(result.code).toBe(2);
            expect(result.stderr).toBe(`journey: ${outside} is not inside a git repository\n`);
        } finally {
            delete process.env.GIT_CEILING_DIRECTORIES;
            rmSync(outside, { recursive: true, force: true });
        }
    });

    it('says so when git is missing, exit 2', async () => {
        const saved = process.env.PATH;
        try {
            process.env.PATH = path.join(repo, 'no-bin');
            const result = await run('diff', '--git', 'HEAD', repo);
            expect(result).toMatchObject({ code: 2, stderr: 'journey: git is not installed or not on the PATH\n' });
        } finally {
            process.env.PATH = saved;
        }
    });
});

describe('journey diff OLD NEW', () => {
    it('compares two files; Markdown for a pull request, with --mermaid', async () => {
        const folder = mkdtempSync(path.join(tmpdir(), 'journey-diff-files-'));
        try {
            const [a, b] = [path.join(folder, 'a.journey'), path.join(folder, 'b.journey')];
            writeFileSync(a, TALLER);
            writeFileSync(b, FIXED_OWNER);
            const { code, stdout } = await run('diff', a, b, '--format', 'markdown', '--mermaid', '--lang', 'en');
            expect(code).toBe(0);
            expect(stdout).toContain('| Carla | 2.7 | 2.6 | ↓ −0.1 |'.replace('Carla', '`Carla`'));
            expect(stdout).toContain('**Steps added**\n\n- step `Recomienda` “Recomienda el taller” added in phase `Lealtad`');
            expect(stdout.match(/```mermaid/g)).toHaveLength(2);
        } finally {
            rmSync(folder, { recursive: true, force: true });
        }
    });

    it('compares two folders file by file; -o never replaces a file without --force', async () => {
        const folder = mkdtempSync(path.join(tmpdir(), 'journey-diff-folders-'));
        try {
            for (const [name, text] of [
                ['old', TALLER],
                ['new', EMOTION_DROP],
            ] as const) {
                mkdirSync(path.join(folder, name));
                writeFileSync(path.join(folder, name, 'taller.journey'), text);
                copyFileSync('examples/seguro.journey', path.join(folder, name, 'seguro.journey'));
            }
            const output = path.join(folder, 'diff.md');
            writeFileSync(output, 'mine');
            const refused = await run('diff', path.join(folder, 'old'), path.join(folder, 'new'), '-o', output, '--format', 'markdown');
            expect(refused.code).toBe(2);
            expect(refused.stderr).toContain('exists; use --force to replace it');
            expect(readFileSync(output, 'utf8')).toBe('mine');
            const forced = await run('diff', path.join(folder, 'old'), path.join(folder, 'new'), '-o', output, '--force', '--lang', 'en');
            expect(forced.code).toBe(0);
            expect(forced.stdout).toBe('');
            expect(readFileSync(output, 'utf8')).toContain('taller.journey\n  Mantenimiento');
            expect(readFileSync(output, 'utf8')).not.toContain('seguro.journey');
        } finally {
            rmSync(folder, { recursive: true, force: true });
        }
    });

    it('bad usage exits 2 with a clear message', async () => {
        expect(await run('diff', 'examples/taller.journey')).toMatchObject({ code: 2, stderr: expect.stringContaining('journey diff needs OLD and NEW') });
        expect(await run('diff', 'examples/taller.journey', 'examples/nothing.journey')).toMatchObject({
            code: 2,
            stderr: 'journey: cannot read examples/nothing.journey: ENOENT\n',
        });
        expect((await run('diff', 'examples/taller.journey', 'examples/taller.journey', '--format', 'html')).code).toBe(2);
    });
});

describe("the README's GitHub Actions workflow", () => {
    it('is valid YAML whose steps check out the full history and run a journey diff this command accepts', async () => {
        const readme = readFileSync('README.md', 'utf8');
        const block = /```yaml\n(# \.github\/workflows\/journey-diff\.yml[\s\S]*?)```/.exec(readme);
        expect(block).not.toBeNull();
        const workflow = parseYaml(block![1]);
        const steps = workflow.jobs.diff.steps as { uses?: string; with?: Record<string, unknown>; run?: string }[];
        expect(steps[0]).toMatchObject({ uses: 'actions/checkout@v4', with: { 'fetch-depth': 0 } });
        const command = steps.find(step => step.run?.includes('journey diff'))!.run!;
        const args = /journey diff (.*?)(?:\n|$)/
            .exec(command)![1]
            .replace(/"\$\{\{ github\.event\.pull_request\.base\.sha \}\}"/, commits[0])
            .split(/\s+/);
        expect(args.includes('-o')).toBe(true);
        const outputFile = path.join(repo, args[args.indexOf('-o') + 1]);
        try {
            const result = await run('diff', ...args.map(arg => (arg === '.' ? repo : arg === args[args.indexOf('-o') + 1] ? outputFile : arg)));
            expect(result.code).toBe(0);
            expect(readFileSync(outputFile, 'utf8')).toContain('| `taller.journey` | Mantenimiento programado del auto | 8 → 9 |');
        } finally {
            rmSync(outputFile, { force: true });
        }
        expect(existsSync(outputFile)).toBe(false);
        expect(steps.some(step => step.uses?.startsWith('marocchino/sticky-pull-request-comment') || step.run?.includes('gh pr comment'))).toBe(true);
    });
});
