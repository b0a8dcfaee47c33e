// The project needs nothing outside its own clone: no tracked test, script, benchmark or CI
// file names a folder beside the clone or an absolute path of a development machine. What the
// tests read lives in the repository (the Mermaid corpus is test/fixtures/mermaid-journeys/).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const CHECKED_FOLDERS = ['test', 'scripts', 'bench', '.ci'];

// Written so that this file does not match them itself.
const OUTSIDE_PATHS: { name: string; pattern: RegExp }[] = [
    { name: 'the shared folder beside the clone', pattern: new RegExp(['\\.\\.', 'shared\\b'].join('/')) },
    { name: 'a folder of the shared folder', pattern: new RegExp(['(?<![\\w./-])shared', '(?:corpus|notes|spec|seeds)\\b'].join('/')) },
    // An absolute path: not part of a longer path, URL or word (`bench/.work/` is fine).
    { name: 'an absolute path of a development machine', pattern: /(?<![\w.~-])\/(?:work|root)(?![\w.-])/ },
];

/** Every line of a tracked file in the checked folders that names a path outside the clone. */
function outsideReferences(): string[] {
    const files = execFileSync('git', ['ls-files', '-z', '--', ...CHECKED_FOLDERS], { encoding: 'utf8' })
        .split('\0')
        .filter(Boolean);
    const found: string[] = [];
    for (const file of files) {
        const text = readFileSync(file, 'utf8');
        if (text.includes('\0')) continue; // binary
        text.split('\n').forEach((line, index) => {
            for (const { name, pattern } of OUTSIDE_PATHS) if (pattern.test(line)) found.push(`${file}:${index + 1}: ${name}: ${line.trim()}`);
        });
    }
    return found;
}

describe('the repository is self-contained', () => {
    it('no tracked file under test/, scripts/, bench/ or .ci/ refers to a path outside the clone', () => {
        expect(outsideReferences()).toEqual([]);
    });

    it('recognises the references it forbids, and not look-alikes', () => {
        const forbidden = (line: string) => OUTSIDE_PATHS.some(({ pattern }) => pattern.test(line));
        for (const line of [
            `const CORPUS = '/${'work'}/shared/corpus';`,
            `readFileSync('../${'shared'}/corpus/x.mmd')`,
            `cd /${'root'}/project`,
            `"/${'work'}"`,
            `following ${'shared'}/notes/x.md`,
        ])
            expect(forbidden(line), line).toBe(true);
        for (const line of [
            "path.join(here, '.work')",
            'bench/.work/results.json',
            "'/bench-work/model.json'",
            'http://127.0.0.1/working',
            'shared.workspace.DocumentBuilder',
            'test/shared/corpus',
            '/rooted',
        ])
            expect(forbidden(line), line).toBe(false);
    });
});
