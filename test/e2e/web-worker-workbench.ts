// A code-server workbench whose extension host for journey-maps is the browser's web worker (as
// on vscode.dev and github.dev), on a `memfs:` virtual workspace served by the test-only
// extension fixtures/memfs-extension: nothing of the workspace is on a disk. What the provider
// writes is collected from its console messages.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../../scripts/vscode/provision.mjs';
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

export interface MemfsWorkbench {
  wb: Workbench;
  /** Files the memfs provider wrote: path → text, and base64 for binary files. */
  writes: Map<string, { text: string; base64: string }>;
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
  const writes = new Map<string, { text: string; base64: string }>();
  wb.page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' && /journey|worker/i.test(text)) process.stderr.write(`[e2e] ${opts.name} console: ${text.slice(0, 2000)}\n`);
    // The workbench prefixes the extension host's messages (`%c[Extension Host] %c…` and style arguments).
    const start = text.indexOf('memfs-wrote {');
    if (start < 0) return;
    const written = JSON.parse(text.slice(start + 'memfs-wrote '.length, text.lastIndexOf('}') + 1)) as { path: string; text: string; base64: string };
    writes.set(written.path, { text: written.text, base64: written.base64 });
  });
  process.stderr.write(`[e2e] ${opts.name} timings: ${JSON.stringify(wb.timings)}\n`);

  const row = (name: string) => wb.page.locator('.explorer-folders-view .monaco-list-row', { has: wb.page.locator('.label-name', { hasText: new RegExp(`^${name.replace(/\./g, '\\.')}$`) }) }).first();
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
      await wb.page.locator(`.tabs-container .tab.active[aria-label*="${parts[parts.length - 1]}"]`).first().waitFor({ timeout: 30_000 });
      await wb.page.locator('.editor-group-container.active .monaco-editor .view-lines').first().waitFor();
    },
    async stop() {
      await wb.stop();
      fs.rmSync(tmp, { recursive: true, force: true });
    },
  };
}
