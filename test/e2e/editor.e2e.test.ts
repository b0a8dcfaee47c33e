// The editor features of journey-maps in the real workbench: completion typed by a person,
// and the harness's webview access (proven on VS Code's own Markdown preview, then on the
// journey preview once its command exists).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/vscode/provision.mjs';
import { startWorkbench, type Workbench } from './harness';

const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
const nlsFile = path.join(repoRoot, 'package.nls.json');
const nls: Record<string, string> = fs.existsSync(nlsFile) ? JSON.parse(fs.readFileSync(nlsFile, 'utf8')) : {};
const localize = (s: string | undefined) => (s && /^%.+%$/.test(s) ? (nls[s.slice(1, -1)] ?? s) : s);
const previewCommand: { command: string; title: string; category?: string } | undefined = (pkg.contributes?.commands ?? []).find((c: { command: string }) =>
    /preview\.open$|preview/i.test(c.command),
);
const previewLabel = previewCommand ? [localize(previewCommand.category), localize(previewCommand.title)].filter(Boolean).join(': ') : '';

describe('editing taller.journey in code-server', () => {
    let wb: Workbench;

    beforeAll(async () => {
        wb = await startWorkbench();
        fs.writeFileSync(path.join(wb.workspace, 'NOTES.md'), '# Notes\n\nA *markdown* file for the webview check.\n');
    });
    afterAll(async () => {
        await wb?.stop();
    });

    it('completes team names after `owner `', async () => {
        await wb.openFile('taller.journey');
        await wb.problems({ minCount: 7 }); // the language server is up
        // Line 95 is `channel mostrador` inside the Pago touchpoint, which has no owner.
        await wb.gotoLine(95, 1);
        await wb.page.keyboard.press('End');
        await wb.page.keyboard.press('Enter');
        await wb.typeInEditor('owner ');
        const labels = await wb.completionLabels({ until: l => l.some(x => x.startsWith('CallCenter')) });
        await wb.screenshot('completion-owner');
        await wb.page.keyboard.press('Escape');
        await wb.runCommand('File: Revert File');
        for (const team of ['CallCenter', 'Recepcion', 'Tecnicos', 'Marketing']) {
            expect(
                labels.some(l => l.startsWith(team)),
                JSON.stringify(labels),
            ).toBe(true);
        }
    });

    it('hovers a touchpoint and shows its diagnostic', async () => {
        await wb.openFile('taller.journey');
        await wb.gotoLine(94, 1);
        const text = await wb.hover('Pago');
        expect(text).toMatch(/has no owner|missing-owner/);
        await wb.page.mouse.move(0, 0);
    });

    it('reaches the document inside a webview (Markdown preview)', async () => {
        await wb.openFile('NOTES.md');
        await wb.runCommand('Markdown: Open Preview to the Side');
        const frame = await wb.webviewFrame();
        await frame.locator('h1').waitFor();
        expect(await frame.locator('h1').innerText()).toBe('Notes');
        await wb.runCommand('View: Close All Editors');
    });

    it.skipIf(!previewCommand)('shows the journey preview with a Mermaid diagram', async () => {
        await wb.openFile('taller.journey');
        await wb.runCommand(previewLabel);
        const frame = await wb.webviewFrame({ timeoutMs: 60_000 });
        await frame.locator('svg').first().waitFor({ timeout: 60_000 });
        // Hide the bottom panel so the screenshot shows more of the preview.
        if (await wb.page.locator('.part.panel').isVisible()) await wb.page.keyboard.press('Control+J');
        await wb.page.waitForTimeout(500);
        await wb.screenshot('preview-taller');
        expect(await frame.locator('svg').count()).toBeGreaterThan(0);
    });
});
