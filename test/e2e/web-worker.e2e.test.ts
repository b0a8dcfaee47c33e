// The extension in the browser's web worker extension host, as on vscode.dev and github.dev:
// code-server runs it there with the user setting `remote.extensionKind` (see
// docs/testing.md), its language server in a Web Worker. Twice: on a folder on disk, and on a
// `memfs:` virtual workspace served by a test-only extension (fixtures/memfs-extension), where
// nothing can come from a disk. Each run checks what a user sees: the host is "web worker", the
// findings of taller.journey, completion with another file's teams, the preview and its update
// on typing, an SVG export written through the workspace's file system, a quick fix.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/vscode/provision.mjs';
import { pollFor, startWorkbench, type Workbench } from './harness';
import { collectMemfsWrites, type MemfsWrite } from './web-worker-workbench';

const EXTENSION_ID = 'journey-maps.journey-maps';
const IN_WEB_WORKER = { 'remote.extensionKind': { [EXTENSION_ID]: ['web'] } };
const TALLER_FINDINGS = [
    'empty-phase:133',
    'gap-without-owner:99',
    'missing-emotion:126',
    'missing-owner:94',
    'moment-of-truth-without-kpi:66',
    'opportunity-without-horizon:86',
    'unaddressed-pain:104',
];

/** examples/ as path → text, for the memfs workspace. */
function exampleFiles(folder: string, prefix: string): Record<string, string> {
    const files: Record<string, string> = {};
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
        const file = path.join(folder, entry.name);
        if (entry.isDirectory()) Object.assign(files, exampleFiles(file, `${prefix}/${entry.name}`));
        else files[`${prefix}/${entry.name}`] = fs.readFileSync(file, 'utf8');
    }
    return files;
}

const texts = (frame: Frame, selector: string) =>
    frame.locator(selector).evaluateAll(nodes => nodes.map(n => (n.textContent ?? '').replace(/\s+/g, ' ').trim()));

for (const mode of ['disk', 'memfs'] as const) {
    describe(`the extension in the web worker extension host (${mode} workspace)`, () => {
        let wb: Workbench;
        let tmp: string;
        /** Files the memfs provider wrote (from its console messages). */
        let memfsWrites: Map<string, MemfsWrite>;

        beforeAll(async () => {
            tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-web-worker-'));
            const memfs = path.join(tmp, 'memfs-extension');
            fs.cpSync(path.join(repoRoot, 'test', 'e2e', 'fixtures', 'memfs-extension'), memfs, { recursive: true });
            fs.writeFileSync(path.join(memfs, 'files.json'), JSON.stringify(exampleFiles(path.join(repoRoot, 'examples'), '/ws')));
            wb = await startWorkbench({
                settings: IN_WEB_WORKER,
                ...(mode === 'memfs' ? { folderUri: 'memfs:/ws', extraExtensions: [{ folder: memfs, id: 'journey-maps-tests.memfs-workspace-0.0.1' }] } : {}),
            });
            wb.page.on('console', message => {
                const text = message.text();
                // What goes wrong in the extension host or the worker, for the test's log.
                if (message.type() === 'error' && /journey|worker/i.test(text)) process.stderr.write(`[e2e] ${mode} console: ${text.slice(0, 2000)}\n`);
            });
            memfsWrites = collectMemfsWrites(wb.page);
            process.stderr.write(`[e2e] ${mode} timings: ${JSON.stringify(wb.timings)}\n`);
        });
        afterAll(async () => {
            await wb?.stop();
            fs.rmSync(tmp, { recursive: true, force: true });
        });

        /** Opens a file of the workspace (`equipo/onboarding.journey`). */
        async function open(file: string): Promise<void> {
            if (mode === 'disk') return wb.openFile(file);
            // memfs has no file search, so quick open (Ctrl+P) finds nothing: through the explorer.
            const row = (name: string) =>
                wb.page
                    .locator('.explorer-folders-view .monaco-list-row', {
                        has: wb.page.locator('.label-name', { hasText: new RegExp(`^${name.replace(/\./g, '\\.')}$`) }),
                    })
                    .first();
            const parts = file.split('/');
            for (const folder of parts.slice(0, -1)) {
                if ((await row(folder).getAttribute('aria-expanded')) !== 'true') await row(folder).click();
            }
            await row(parts[parts.length - 1]).dblclick();
            await wb.page
                .locator(`.tabs-container .tab.active[aria-label*="${parts[parts.length - 1]}"]`)
                .first()
                .waitFor({ timeout: 30_000 });
            await wb.page.locator('.editor-group-container.active .monaco-editor .view-lines').first().waitFor();
        }

        it('shows the findings of taller.journey, with the teams of another file resolved', async () => {
            await open('taller.journey');
            const problems = await pollFor(
                () => wb.problems({ minCount: 7, timeoutMs: 120_000 }),
                ps => ps.filter(p => p.file === 'taller.journey').length >= 7,
                60_000,
            );
            await wb.screenshot(`web-worker-${mode}-problems`);
            const taller = problems
                .filter(p => p.file === 'taller.journey')
                .map(p => `${p.code}:${p.line}`)
                .sort();
            expect(taller, JSON.stringify(problems, null, 2)).toEqual(TALLER_FINDINGS);
            // equipo/onboarding.journey refers to the teams of equipo/people.journey: nothing unresolved.
            expect(problems.filter(p => p.code === 'unresolved-reference' || p.severity === 'error')).toEqual([]);
        });

        it('runs in the web worker host ("Developer: Show Running Extensions")', async () => {
            await wb.runCommand('Developer: Show Running Extensions');
            const rows = wb.page.locator('.runtime-extensions-editor .monaco-list-row');
            await rows.first().waitFor({ timeout: 30_000 });
            const ours = rows.filter({ hasText: 'Journey Maps as Code' }).first();
            // The list is virtualised: scroll until our row is drawn.
            const list = wb.page.locator('.runtime-extensions-editor .monaco-list').first();
            for (let i = 0; i < 40 && (await ours.count()) === 0; i++) {
                const box = await list.boundingBox();
                if (box) await wb.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
                await wb.page.mouse.wheel(0, 200);
                await wb.page.waitForTimeout(200);
            }
            const text = await ours.innerText();
            await wb.screenshot(`web-worker-${mode}-running-extensions`);
            expect(text).toContain('web worker');
            await wb.runCommand('View: Close Editor');
        });

        it('completes the teams declared in another file after `owner `', async () => {
            await open('equipo/onboarding.journey');
            // Line 11: `      owner Growth`: right after `owner `.
            await wb.gotoLine(11, 13);
            const labels = await wb.completionLabels({ until: l => l.includes('Support'), timeoutMs: 60_000 });
            await wb.screenshot(`web-worker-${mode}-completion`);
            await wb.page.keyboard.press('Escape');
            expect(labels).toEqual(expect.arrayContaining(['Growth', 'Sales', 'Success', 'Support']));
        });

        it('shows the preview with the map and follows typing', async () => {
            await open('taller.journey');
            await wb.runCommand('Journey: Open Preview to the Side');
            const frame = await wb.webviewFrame({ timeoutMs: 90_000 });
            await frame.locator('.stage svg').first().waitFor({ timeout: 90_000 });
            expect(await texts(frame, 'h1.journey-title')).toEqual(['Mantenimiento programado del auto']);
            const titles = await pollFor(
                () => texts(frame, 'th.touchpoint .touchpoint-title'),
                t => t.includes('Recibe una llamada de seguimiento'),
            );
            expect(titles).toContain('Busca un taller de confianza');
            await wb.screenshot(`web-worker-${mode}-preview`);

            await wb.runCommand('View: Focus First Editor Group');
            // Line 115: `    touchpoint Seguimiento "Recibe una llamada de seguimiento" {`; the title starts at column 29.
            await wb.gotoLine(115, 29);
            await wb.typeInEditor('Hoy: ');
            const updated = 'Hoy: Recibe una llamada de seguimiento';
            expect(
                await pollFor(
                    () => texts(frame, 'th.touchpoint .touchpoint-title'),
                    t => t.includes(updated),
                ),
            ).toContain(updated);
            const svg = await pollFor(
                () => texts(frame, '.stage svg text, .stage svg foreignObject'),
                t => t.includes(updated),
            );
            expect(svg).toContain(updated);
            await wb.screenshot(`web-worker-${mode}-preview-edited`);
        });

        it('exports the journey as SVG through the workspace file system', async () => {
            await wb.runCommand('Journey: Export Journey Diagram as SVG');
            const input = wb.page.locator('.quick-input-widget input');
            const value = await pollFor(
                () => input.inputValue({ timeout: 1000 }).catch(() => ''),
                v => v.endsWith('.svg'),
                90_000,
            );
            expect(value).toMatch(/taller\.svg$/);
            await wb.page.waitForTimeout(300);
            await input.press('Enter');
            const read =
                mode === 'disk'
                    ? () => (fs.existsSync(path.join(wb.workspace, 'taller.svg')) ? fs.readFileSync(path.join(wb.workspace, 'taller.svg'), 'utf8') : '')
                    : () => memfsWrites.get('/ws/taller.svg')?.text ?? '';
            const svg = await pollFor(read, t => t.length > 0, 90_000);
            await wb.screenshot(`web-worker-${mode}-exported`);
            expect(svg).toMatch(/^(<\?xml[^>]*>\s*)?<svg[\s>]/);
            const text = svg.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
            expect(text).toContain('Hoy: Recibe una llamada de seguimiento');
            expect(text).toContain('Paga y retira el auto');
        });

        it('fixes missing-owner with a quick fix', async () => {
            await open('taller.journey');
            // Line 94: `    touchpoint Pago "Paga y retira el auto" {`; Pago starts at column 16.
            await wb.gotoLine(94, 17);
            const titles = await wb.codeActions({ until: t => t.includes('Set owner to Tecnicos'), timeoutMs: 60_000 });
            await wb.screenshot(`web-worker-${mode}-quick-fix`);
            await wb.applyCodeAction('Set owner to Tecnicos');
            expect(titles).toContain('Set owner to Tecnicos');
            const edited = await pollFor(
                () => wb.editorText(),
                t => t.includes('owner Tecnicos'),
                30_000,
            );
            expect(edited).toContain('owner Tecnicos');
            const after = await pollFor(
                () => wb.problems({ minCount: 0 }),
                ps => !ps.some(p => p.code === 'missing-owner'),
                60_000,
            );
            expect(after.filter(p => p.code === 'missing-owner')).toEqual([]);
        });
    });
}
