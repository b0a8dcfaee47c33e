// Getting started in a real VS Code (code-server): the extension's walkthrough lists its steps,
// and "Journey: New Journey Map", as a person starts a map: the untitled starter map uses the
// workspace's declarations, the preview draws it, and exporting it proposes a file in the
// workspace named after the journey.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pollFor, SCREENSHOT_DIR, startWorkbench, type Workbench } from './harness';

describe('getting started in code-server', () => {
    let wb: Workbench;

    beforeAll(async () => {
        wb = await startWorkbench();
    });
    afterAll(async () => {
        await wb?.stop();
    });

    it('offers the walkthrough, with its steps and their media', async () => {
        await wb.runCommand('Welcome: Open Walkthrough...');
        const input = wb.page.locator('.quick-input-widget input');
        await input.waitFor({ state: 'visible' });
        await input.fill('Journey maps as code');
        await wb.page.locator('.quick-input-widget .monaco-list-row').first().waitFor({ state: 'visible' });
        await wb.page.waitForTimeout(300);
        await input.press('Enter');
        const steps = wb.page.locator('.gettingStartedContainer .getting-started-step .step-title');
        await steps.first().waitFor({ timeout: 30_000 });
        expect((await steps.allTextContents()).map(t => t.trim())).toEqual([
            'Start a journey map',
            'See the map as you type',
            'Find what the map is missing',
            'Agree on the rules as a team',
            'Bring your Mermaid journeys',
            'Check maps in pull requests',
        ]);
        // The first step is open, with its image from the extension.
        const image = wb.page.locator('.gettingStartedContainer .getting-started-media img').first();
        await image.waitFor({ timeout: 30_000 });
        expect(
            await pollFor(
                () => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth),
                w => Number(w) > 0,
                30_000,
            ),
        ).toBeGreaterThan(0);
    });

    it('opens a starter map that the preview draws and that exports beside the workspace', async () => {
        // On its own, not beside the walkthrough of the test before (which can keep the focus).
        await wb.runCommand('View: Close All Editors');
        await wb.runCommand('Journey: New Journey Map');
        const text = await pollFor(
            () => wb.editorText().catch(() => ''),
            t => t.includes('journey FirstPurchase'),
            60_000,
        );
        expect(text).toMatch(/^journey FirstPurchase "First purchase" \{$/m);
        // examples/ declares personas, teams and channels: the new map refers to them.
        expect(text).not.toMatch(/^(persona|team|channel) /m);
        // The walkthrough's first step shows it: give the semantic colours a moment to arrive.
        await wb.page.waitForTimeout(2_000);
        // Only the editor's text, so that the walkthrough's small pane shows it legibly.
        const box = (await wb.page.locator('.editor-group-container.active').first().boundingBox())!;
        await wb.page.screenshot({
            path: path.join(SCREENSHOT_DIR, 'new-journey-map.png'),
            clip: { x: box.x, y: box.y, width: Math.min(box.width, 760), height: Math.min(box.height, 420) },
        });

        await wb.runCommand('Journey: Open Preview to the Side');
        const frame = await wb.webviewFrame({ timeoutMs: 90_000 });
        await frame.locator('.stage svg').first().waitFor({ timeout: 90_000 });
        const titles = await frame.locator('th.touchpoint .touchpoint-title').allTextContents();
        expect(titles.map(t => t.trim())).toEqual(['Searches for a solution', 'Pays for the order']);
        expect((await frame.locator('h1.journey-title').textContent())?.trim()).toBe('First purchase');

        await wb.runCommand('Journey: Export Journey as Mermaid');
        const input = wb.page.locator('.quick-input-widget input');
        const value = await pollFor(
            () => input.inputValue({ timeout: 1000 }).catch(() => ''),
            v => v.endsWith('.mmd'),
            60_000,
        );
        expect(value).toBe(path.join(wb.workspace, 'FirstPurchase.mmd'));
        await input.press('Enter');
        const target = path.join(wb.workspace, 'FirstPurchase.mmd');
        const mermaid = await pollFor(
            () => (fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : ''),
            t => t.length > 0,
            60_000,
        );
        expect(mermaid).toMatch(/^journey\n {2}title First purchase\n {2}section Discover\n {4}Searches for a solution: 4: /);
    });
});

// "New Journey Map" once kept "Writing a new journey map…" in the status bar for minutes in a
// fresh empty folder, and a second run opened two maps: right after activation, here, it opens
// one map, which declares what it uses (the folder declares nothing), and the progress ends.
describe('New Journey Map right after activation, in an empty folder', () => {
    let wb: Workbench;
    let emptyFolder: string;

    beforeAll(async () => {
        emptyFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-e2e-empty-'));
        wb = await startWorkbench({ fixture: emptyFolder });
    });
    afterAll(async () => {
        await wb?.stop();
        fs.rmSync(emptyFolder, { recursive: true, force: true });
    });

    it('opens one starter map that declares its persona, team and channel, and the progress ends', async () => {
        // Nothing in the folder activates the extension: the command does.
        await wb.runCommand('Journey: New Journey Map');
        const text = await pollFor(
            () => wb.editorText().catch(() => ''),
            t => t.includes('journey FirstPurchase'),
            60_000,
        );
        expect(text).toMatch(/^journey FirstPurchase "First purchase" \{$/m);
        expect(text).toMatch(/^persona Customer "New customer" \{$/m);
        expect(text).toMatch(/^team Support "Customer support"$/m);
        expect(text).toMatch(/^channel web "Website"$/m);
        const statusBar = wb.page.locator('.part.statusbar');
        expect(
            await pollFor(
                () => statusBar.innerText(),
                t => !t.includes('Writing a new journey map'),
                30_000,
            ),
        ).not.toContain('Writing a new journey map');
        // One map for one request (an untitled editor is named after its first line).
        const tabs = await wb.page
            .locator('.tabs-container .tab')
            .evaluateAll(nodes => nodes.map(n => `${n.getAttribute('aria-label') ?? ''} ${n.textContent ?? ''}`));
        expect(tabs.filter(t => /First purchase|Untitled/i.test(t))).toHaveLength(1);
        expect((await wb.languageMode()).toLowerCase()).toContain('journey');
    });
});
