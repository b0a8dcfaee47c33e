// "Journey: New Journey Map" in a real VS Code (code-server), as a person starts a map: the
// untitled starter map uses the workspace's declarations and has no problem, the preview draws
// it, and exporting it proposes a file in the workspace named after the journey.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorkbench, type Workbench } from './harness';

async function pollFor<T>(read: () => Promise<T> | T, check: (value: T) => boolean, timeoutMs = 60_000, stepMs = 500): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!check(value) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, stepMs));
    value = await read();
  }
  return value;
}

describe('New Journey Map in code-server', () => {
  let wb: Workbench;

  beforeAll(async () => {
    wb = await startWorkbench();
  });
  afterAll(async () => {
    await wb?.stop();
  });

  it('opens a starter map that the preview draws and that exports beside the workspace', async () => {
    await wb.runCommand('Journey: New Journey Map');
    const text = await pollFor(() => wb.editorText(), (t) => t.includes('journey FirstPurchase'), 60_000);
    expect(text).toMatch(/^journey FirstPurchase "First purchase" \{$/m);
    // examples/ declares personas, teams and channels: the new map refers to them.
    expect(text).not.toMatch(/^(persona|team|channel) /m);

    await wb.runCommand('Journey: Open Preview to the Side');
    const frame = await wb.webviewFrame({ timeoutMs: 90_000 });
    await frame.locator('.stage svg').first().waitFor({ timeout: 90_000 });
    const titles = await frame.locator('th.touchpoint .touchpoint-title').allTextContents();
    expect(titles.map((t) => t.trim())).toEqual(['Searches for a solution']);
    expect((await frame.locator('h1.journey-title').textContent())?.trim()).toBe('First purchase');

    await wb.runCommand('Journey: Export Journey as Mermaid');
    const input = wb.page.locator('.quick-input-widget input');
    const value = await pollFor(() => input.inputValue({ timeout: 1000 }).catch(() => ''), (v) => v.endsWith('.mmd'), 60_000);
    expect(value).toBe(path.join(wb.workspace, 'FirstPurchase.mmd'));
    await input.press('Enter');
    const target = path.join(wb.workspace, 'FirstPurchase.mmd');
    const mermaid = await pollFor(() => (fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : ''), (t) => t.length > 0, 60_000);
    expect(mermaid).toMatch(/^journey\n {2}title First purchase\n {2}section Discover\n {4}Searches for a solution: 3: /);
  });
});
