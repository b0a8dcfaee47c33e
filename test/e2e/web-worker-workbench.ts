// A code-server workbench whose extension host for journey-maps is the browser's web worker (as
// on vscode.dev and github.dev), on a `memfs:` virtual workspace served by the test-only
// extension fixtures/memfs-extension: nothing of the workspace is on a disk. What the provider
// writes is collected from its console messages.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../../scripts/vscode/provision.mjs';
import type { Page } from 'playwright-core';
import { startWorkbench, type Workbench } from './harness';

export const EXTENSION_ID = 'journey-maps.journey-maps';
/** The user setting that moves an extension to the web worker host (docs/testing.md). */
export const IN_WEB_WORKER = { 'remote.extensionKind': { [EXTENSION_ID]: ['web'] } };

/** A folder's files as path → text, under `prefix` (`/ws`), for the memfs workspace. */
export function folderFiles(folder: string, prefix: string): Record<string, string> {
    const files: Record<string, string> = {};
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
        const file = path.join(folder, entry.name);
        if (entry.isDirectory()) Object.assign(files, folderFiles(file, `${prefix}/${entry.name}`));
        else files[`${prefix}/${entry.name}`] = fs.readFileSync(file, 'utf8');
    }
    return files;
}

export interface MemfsWrite {
    text: string;
    /** The bytes, for binary files such as PNG. */
    base64: string;
}

/**
 * Files the memfs provider wrote, path → content, from its console messages: each file's
 * base64 in parts (fixtures/memfs-extension says why), complete once every part arrived.
 */
export function collectMemfsWrites(page: Page): Map<string, MemfsWrite> {
    const writes = new Map<string, MemfsWrite>();
    const parts = new Map<string, string[]>();
    page.on('console', message => {
        const text = message.text();
        // The workbench prefixes the extension host's messages (`%c[Extension Host] %c…` and style arguments).
        const start = text.indexOf('memfs-wrote {');
        if (start < 0) return;
        const written = JSON.parse(text.slice(start + 'memfs-wrote '.length, text.lastIndexOf('}') + 1)) as {
            path: string;
            part: number;
            parts: number;
            base64: string;
        };
        // Part 0 starts a new write of the file (a file can be written again).
        const received = written.part === 0 ? [] : (parts.get(written.path) ?? []);
        received[written.part] = written.base64;
        parts.set(written.path, received);
        if (received.filter(part => part !== undefined).length < written.parts) return;
        const base64 = received.join('');
        parts.delete(written.path);
        writes.set(written.path, { text: Buffer.from(base64, 'base64').toString('utf8'), base64 });
    });
    return writes;
}

export interface MemfsWorkbench {
    wb: Workbench;
    /** Files the memfs provider wrote: path → text, and base64 for binary files. */
    writes: Map<string, MemfsWrite>;
    /** Opens a file of the workspace (`equipo/onboarding.journey`) through the explorer. */
    open(file: string): Promise<void>;
    stop(): Promise<void>;
}

export async function startMemfsWorkbench(opts: {
    files: Record<string, string>;
    /** Paths whose reading the provider refuses (`/ws/lote/bloqueado.journey`). */
    unreadable?: string[];
    settings?: Record<string, unknown>;
    name: string;
}): Promise<MemfsWorkbench> {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-web-worker-'));
    const memfs = path.join(tmp, 'memfs-extension');
    fs.cpSync(path.join(repoRoot, 'test', 'e2e', 'fixtures', 'memfs-extension'), memfs, { recursive: true });
    fs.writeFileSync(path.join(memfs, 'files.json'), JSON.stringify(opts.files));
    if (opts.unreadable) fs.writeFileSync(path.join(memfs, 'unreadable.json'), JSON.stringify(opts.unreadable));
    let wb: Workbench;
    try {
        wb = await startWorkbench({
            settings: { ...IN_WEB_WORKER, ...opts.settings },
            folderUri: 'memfs:/ws',
            extraExtensions: [{ folder: memfs, id: 'journey-maps-tests.memfs-workspace-0.0.1' }],
        });
    } catch (error) {
        fs.rmSync(tmp, { recursive: true, force: true });
        throw error;
    }
    wb.page.on('console', message => {
        const text = message.text();
        if (message.type() === 'error' && /journey|worker/i.test(text)) process.stderr.write(`[e2e] ${opts.name} console: ${text.slice(0, 2000)}\n`);
    });
    const writes = collectMemfsWrites(wb.page);
    process.stderr.write(`[e2e] ${opts.name} timings: ${JSON.stringify(wb.timings)}\n`);

    const row = (name: string) =>
        wb.page
            .locator('.explorer-folders-view .monaco-list-row', {
                has: wb.page.locator('.label-name', { hasText: new RegExp(`^${name.replace(/\./g, '\\.')}$`) }),
            })
            .first();
    return {
        wb,
        writes,
        async open(file) {
            // memfs has no file search, so quick open (Ctrl+P) finds nothing: through the explorer.
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
        },
        async stop() {
            await wb.stop();
            fs.rmSync(tmp, { recursive: true, force: true });
        },
    };
}
