// Comparison mode in a real VS Code (code-server), on a git repository made for the test (the
// examples committed once): "Journey: Compare with…" HEAD after an emotion edit shows the changed
// cell and both emotion curves; farmacia's future-state journey shows its comparison with the
// current state one toggle away; a diff editor of two versions of a map offers "Open Journey
// Comparison". Screenshots to test-results/screenshots/.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/vscode/provision.mjs';
import { pollFor, startWorkbench, type Workbench } from './harness';

const texts = (frame: Frame, selector: string) =>
    frame.locator(selector).evaluateAll(nodes => nodes.map(n => (n.textContent ?? '').replace(/\s+/g, ' ').trim()));

describe('comparison mode in code-server', () => {
    let wb: Workbench;
    let frame: Frame;
    let repo: string;

    beforeAll(async () => {
        // A git repository of the examples, one commit: HEAD is the committed taller.journey.
        repo = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'journey-e2e-git-')), 'maps');
        fs.cpSync(path.join(repoRoot, 'examples'), repo, { recursive: true });
        const git = (...args: string[]) =>
            execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: repo });
        // An older copy of taller.journey (its first emotion 4, not 3) in a project of its own, so
        // that its declarations do not repeat those of taller.journey.
        fs.mkdirSync(path.join(repo, 'anterior'));
        fs.writeFileSync(path.join(repo, 'anterior', '.journeylint.json'), '{}\n');
        fs.writeFileSync(
            path.join(repo, 'anterior', 'taller.journey'),
            fs.readFileSync(path.join(repo, 'taller.journey'), 'utf8').replace('emotion 3 "indiferente"', 'emotion 4 "indiferente"'),
        );
        git('init', '-q', '-b', 'main');
        git('add', '.');
        git('commit', '-q', '-m', 'The maps');
        wb = await startWorkbench({ fixture: repo });
    });
    afterAll(async () => {
        await wb?.stop();
        if (repo) fs.rmSync(path.dirname(repo), { recursive: true, force: true });
    });

    it('offers Open Journey Comparison in a diff editor of two versions of a map', async () => {
        // First: on a fresh workbench, before the other tests' previews and comparisons.
        await wb.openFile('taller.journey');
        await wb.problems({ minCount: 7 }); // the language server is up
        await wb.runCommand('File: Compare Active File With...');
        const quickInput = wb.page.locator('.quick-input-widget');
        // The palette closes, then the same widget asks for the file: wait for that question.
        await pollFor(
            () => quickInput.locator('input').getAttribute('placeholder'),
            placeholder => placeholder !== null && !/command/i.test(placeholder),
            15_000,
        );
        await quickInput.locator('input').fill('anterior/taller.journey');
        await quickInput.locator('.monaco-list-row', { hasText: 'anterior' }).first().waitFor({ timeout: 30_000 });
        await quickInput.locator('input').press('Enter');
        await wb.page.locator('.monaco-diff-editor').first().waitFor({ timeout: 30_000 });
        await wb.runCommand('Journey: Open Journey Comparison');
        frame = await wb.webviewFrame({ timeoutMs: 90_000 });
        await frame.locator('.comparison-title').waitFor({ timeout: 90_000 });
        // Whichever side the older copy is on, the one change is that emotion.
        const changes = await pollFor(
            () => texts(frame, '.change-list .change'),
            list => list.length > 0,
            30_000,
        );
        expect(changes).toHaveLength(1);
        expect(changes[0]).toMatch(/^emotion of Carla at BuscaTaller: [34] → [34] \([+−-]1\)$/);
        expect(await frame.locator('svg.emotion-curve path.curve-before').count()).toBe(1);
        await wb.screenshot('comparison-diff-editor');
        await wb.runCommand('View: Close All Editors');
    });

    it('Compare with HEAD after editing an emotion shows the changed cell and both curves', async () => {
        await wb.openFile('taller.journey');
        await wb.problems({ minCount: 7 }); // the language server is up
        if (await wb.page.locator('.part.panel').isVisible()) await wb.page.keyboard.press('Control+J');
        // Line 36: `      emotion 3 "indiferente"`: 3 becomes 5.
        await wb.gotoLine(36, 15);
        await wb.page.keyboard.press('Delete');
        await wb.typeInEditor('5');

        await wb.runCommand('Journey: Compare with…');
        const quickInput = wb.page.locator('.quick-input-widget');
        const input = quickInput.locator('input');
        await quickInput.locator('.monaco-list-row', { hasText: 'HEAD' }).first().waitFor({ timeout: 60_000 });
        await input.fill('HEAD');
        await wb.page.waitForTimeout(300);
        await input.press('Enter');

        frame = await wb.webviewFrame({ timeoutMs: 90_000 });
        await frame.locator('.comparison-title').waitFor({ timeout: 90_000 });
        expect(await texts(frame, '.comparison-title')).toEqual(['Comparing with HEAD']);
        const changes = await pollFor(
            () => texts(frame, '.change-list .change'),
            list => list.some(text => text.includes('3 → 5')),
            30_000,
        );
        expect(changes).toEqual(['emotion of Carla at BuscaTaller: 3 → 5 (+2)']);
        // The changed cell: the emotion of the first touchpoint, and no other.
        expect(await frame.locator('[class*="change-"]:is(td, th)').count()).toBe(1);
        expect(await frame.locator('tr.row-emotion td').first().getAttribute('class')).toContain('change-changed');
        // Both curves: the older dashed, the newer solid.
        expect(await frame.locator('svg.emotion-curve path.curve-before').count()).toBe(1);
        expect(await frame.locator('svg.emotion-curve path.curve-line[data-version="after"]').count()).toBe(1);
        const dash = await frame.locator('path.curve-before').evaluate(p => getComputedStyle(p).strokeDasharray);
        expect(dash).not.toBe('none');
        await frame.locator('.comparison-panel').evaluate(panel => panel.scrollIntoView({ block: 'start' }));
        await wb.screenshot('comparison-head');
        await frame.locator('svg.emotion-curve').evaluate(curve => curve.scrollIntoView({ block: 'center' }));
        await wb.screenshot('comparison-head-curve');

        // Live: putting the emotion back leaves no change.
        await wb.runCommand('View: Focus First Editor Group');
        await wb.gotoLine(36, 15);
        await wb.page.keyboard.press('Delete');
        await wb.typeInEditor('3');
        expect(
            await pollFor(
                () => texts(frame, '.comparison-summary'),
                t => t[0] === 'no change',
                30_000,
            ),
        ).toEqual(['no change']);
        await frame.locator('button.leave-comparison').click();
        await frame.locator('.comparison-panel').waitFor({ state: 'hidden', timeout: 30_000 });
    });

    it('shows the farmacia future journey against its current state', async () => {
        await wb.runCommand('View: Focus First Editor Group');
        await wb.openFile('farmacia/futuro.journey');
        const toggle = frame.locator('button.current-state-toggle');
        await toggle.waitFor({ state: 'visible', timeout: 60_000 });
        await toggle.click();
        await frame.locator('.comparison-title').waitFor({ timeout: 60_000 });
        expect(await texts(frame, '.comparison-title')).toEqual(['Comparando con Reponer una receta en línea']);
        expect(await texts(frame, '.comparison-summary')).toEqual([expect.stringContaining('emoción media 2,6 → 3,4')]);
        expect(await texts(frame, '.change-list .change')).toContain('emoción de Marta en Pedido: 2 → 4 (+2)');
        expect(await frame.locator('td.cell-emotion.change-changed').count()).toBeGreaterThanOrEqual(3);
        expect(await frame.locator('svg.emotion-curve path.curve-before').count()).toBe(2);
        expect(await toggle.getAttribute('aria-pressed')).toBe('true');
        await frame.locator('.comparison-panel').evaluate(panel => panel.scrollIntoView({ block: 'start' }));
        await wb.screenshot('comparison-future-state');
    });
});
