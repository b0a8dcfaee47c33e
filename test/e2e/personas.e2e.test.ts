// Emotions per persona in a real VS Code (code-server), on examples/farmacia/: the preview's grid
// shows both personas' emotions, the persona filter switches the map and its Mermaid diagram to
// one persona, and an edit of one persona's emotion appears live.
import path from 'node:path';
import type { Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/vscode/provision.mjs';
import { pollFor, startWorkbench, type Workbench } from './harness';

const texts = (frame: Frame, selector: string) =>
    frame.locator(selector).evaluateAll(nodes => nodes.map(n => (n.textContent ?? '').replace(/\s+/g, ' ').trim()));
const svgTexts = (frame: Frame) => texts(frame, '.stage svg text, .stage svg foreignObject');
const gridTitles = (frame: Frame) => texts(frame, 'th.touchpoint .touchpoint-title');
const emotions = (frame: Frame) => texts(frame, 'tr.row-emotion td');

describe('emotions per persona in code-server', () => {
    let wb: Workbench;
    let frame: Frame;

    beforeAll(async () => {
        wb = await startWorkbench({ fixture: path.join(repoRoot, 'examples', 'farmacia') });
    });
    afterAll(async () => {
        await wb?.stop();
    });

    it("shows both personas' emotions in the grid", async () => {
        await wb.openFile('actual.journey');
        await wb.problems({ minCount: 3 });
        await wb.runCommand('Journey: Open Preview to the Side');
        frame = await wb.webviewFrame({ timeoutMs: 90_000 });
        await frame.locator('.stage svg').first().waitFor({ timeout: 90_000 });
        await frame.locator('tr.row-personas td').first().waitFor({ timeout: 60_000 });
        expect(await texts(frame, 'tr.row-personas td')).toEqual([
            'Marta, 58, diabética',
            'Marta, 58, diabéticaLuis, 34, padre primerizo',
            'Marta, 58, diabéticaLuis, 34, padre primerizo',
            'Luis, 34, padre primerizo',
            'Marta, 58, diabética',
        ]);
        const row = await emotions(frame);
        expect(row[1]).toBe('Marta, 58, diabética2 irritadaLuis, 34, padre primerizo3 con prisa');
        if (await wb.page.locator('.part.panel').isVisible()) await wb.page.keyboard.press('Control+J');
        if (await wb.page.locator('.part.sidebar').isVisible()) await wb.runCommand('View: Toggle Primary Side Bar Visibility');
        await frame
            .locator('tr.row-emotion td')
            .nth(1)
            .evaluate(cell => cell.scrollIntoView({ block: 'center', inline: 'center' }));
        await wb.page.waitForTimeout(500);
        await wb.screenshot('preview-personas');
    });

    it('the persona filter switches the grid and the diagram to one persona', async () => {
        await frame.locator('select.persona-filter').selectOption('Luis');
        const titles = await pollFor(
            () => gridTitles(frame),
            t => t.length === 3,
            30_000,
        );
        expect(titles).toEqual(['Pide la reposición en la aplicación', 'Se verifica la receta', 'Sigue el paquete']);
        const svg = await pollFor(
            () => svgTexts(frame),
            t => !t.includes('Recibe la nevera'),
            30_000,
        );
        expect(svg).toContain('Sigue el paquete');
        expect(svg).not.toContain('Recibe un recordatorio');
        await frame.locator('h1.journey-title').evaluate(h => h.scrollIntoView({ block: 'start' }));
        await wb.page.waitForTimeout(500);
        await wb.screenshot('preview-persona-filter');
        await frame.locator('select.persona-filter').selectOption('');
        await pollFor(
            () => gridTitles(frame),
            t => t.length === 5,
            30_000,
        );
    });

    it("an edit of one persona's emotion appears live", async () => {
        await wb.runCommand('View: Focus First Editor Group');
        // Line 45: `      emoción Marta 2 "irritada"`; the score is at column 21.
        await wb.gotoLine(45, 21);
        await wb.page.keyboard.press('Delete');
        await wb.typeInEditor('4');
        const row = await pollFor(
            () => emotions(frame),
            r => r[1]?.includes('Marta, 58, diabética4 irritada') ?? false,
            30_000,
        );
        expect(row[1]).toBe('Marta, 58, diabética4 irritadaLuis, 34, padre primerizo3 con prisa');
        await wb.runCommand('File: Revert File');
    });
});
