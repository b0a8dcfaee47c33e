// Proves the harness: taller.journey opens in a real VS Code with the extension installed,
// and the language server reports its lint diagnostics in the Problems panel.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorkbench, type Workbench } from './harness';

describe('taller.journey in code-server', () => {
    let wb: Workbench;

    beforeAll(async () => {
        wb = await startWorkbench();
        process.stderr.write(`[e2e] timings: ${JSON.stringify(wb.timings)}\n`);
    });
    afterAll(async () => {
        await wb?.stop();
    });

    it('opens with the journey language mode', async () => {
        await wb.openFile('taller.journey');
        expect(await wb.languageMode()).toMatch(/journey/i);
    });

    it('shows the lint diagnostics in the Problems panel', async () => {
        // taller.journey has 8 diagnostics; the Problems panel lists 7 of them (the 8th,
        // an unused channel, is a hint: the editor fades it, the panel does not list hints).
        const problems = await wb.problems({ minCount: 7 });
        await wb.screenshot('problems-taller');
        const taller = problems.filter(p => p.file === 'taller.journey');
        const codes = taller.map(p => p.code);
        const dump = JSON.stringify(problems, null, 2);
        expect(codes, dump).toContain('missing-owner');
        expect(codes, dump).toContain('empty-phase');
        expect(taller.length, dump).toBeGreaterThanOrEqual(7);
        expect(
            taller.every(p => p.source === 'journey' && p.line !== undefined),
            dump,
        ).toBe(true);
    });
});
