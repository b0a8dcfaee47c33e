// The extension's activation time in the real VS Code of the end-to-end tests (code-server with
// journey-maps.vsix, driven in Debian's Chromium by test/e2e/harness.ts): opens a .journey file,
// runs "Developer: Show Running Extensions" and reads the extension's activation time there.
//   node bench/activation-vscode.mjs   → prints one JSON line { activationMs, row }
// bench/run.mjs calls it with --vscode-activation (it needs code-server: npm test's setup provisions it).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundle, NODE_COMMONJS } from './bundle.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const work = path.join(here, '.work');

export async function measureVsCodeActivation({ timeoutMs = 180_000 } = {}) {
    const outfile = path.join(work, 'harness.mjs');
    fs.mkdirSync(work, { recursive: true });
    await bundle(path.join(root, 'test', 'e2e', 'harness.ts'), outfile, { ...NODE_COMMONJS, format: 'esm', packages: 'external' });
    const { startWorkbench } = await import(pathToFileURL(outfile).href);
    const wb = await startWorkbench({ fixture: path.join(root, 'examples') });
    try {
        await wb.openFile('taller.journey');
        await wb.problems({ minCount: 1, timeoutMs: 120_000 }).catch(() => undefined);
        await wb.runCommand('Developer: Show Running Extensions');
        const row = wb.page.locator('.runtime-extensions-editor .monaco-list-row', { hasText: /journey/i }).first();
        await row.waitFor({ timeout: timeoutMs });
        // The activation time cell reads e.g. "123ms" or "Activation: 123ms" depending on the version.
        let text = '';
        for (let i = 0; i < 30; i++) {
            text = (await row.innerText()).replace(/\s+/g, ' ');
            if (/\d+\s*ms/.test(text)) break;
            await wb.page.waitForTimeout(500);
        }
        const ms = /(\d+(?:\.\d+)?)\s*ms/.exec(text);
        return { activationMs: ms ? Number(ms[1]) : undefined, row: text };
    } finally {
        await wb.stop();
    }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
    measureVsCodeActivation().then(
        r => {
            process.stdout.write(JSON.stringify(r) + '\n');
            process.exit(0);
        },
        e => {
            console.error(e?.stack ?? e);
            process.exit(1);
        },
    );
}
