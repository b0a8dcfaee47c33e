// The comparison's exports: the Markdown is what `journey diff --format
// markdown` prints for the same two versions, and the HTML page, drawn by the canvas's renderer,
// has the comparison's marks, both curves and the changes, with hostile text kept as text.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../cli/main.js';
import { versionPairModels, type VersionFile } from '../../language/diff/version-models.js';
import type { MapModel } from '../../language/model/map-model.js';
import type { Io } from '../../cli/io.js';
import { comparisonReport } from '../../client/comparison/comparison-report.js';
import { renderMarkdown } from '../../language/diff/render-markdown.js';
import { buildComparisonHtml } from '../../language/export/comparison-html.js';
import { compareJourneys } from '../../language/diff/compare-journeys.js';

const HOSTILE = '<img src=x onerror=alert(1)> | **bold** </style><script>alert(2)</script>';
const version = (emotion: number, title: string, extra = '') => `persona Ana "Ana"
journey Visit "A visit" {
  persona Ana
  phase Arrive "Arrive" {
    touchpoint Door "${title}" {
      emotion ${emotion} "so so"
    }
${extra}  }
}
`;
const folder = mkdtempSync(path.join(tmpdir(), 'journey-comparison-export-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The map models of files read together, as the command line reads a version. */
async function versionModels(files: VersionFile[], options: { locale: 'en'; rules: Record<string, never> }): Promise<Map<string, MapModel>> {
    const models = await versionPairModels(
        files.map(file => ({ after: file.path })),
        [],
        files,
        options,
    );
    return new Map(files.map((file, index) => [file.path, models[index].after!]));
}

async function cli(...args: string[]): Promise<string> {
    let stdout = '';
    const io: Io = {
        stdout: text => {
            stdout += String(text);
        },
        stderr: () => undefined,
    };
    await main(args, io);
    return stdout;
}

describe('the exports of a comparison', () => {
    const oldText = version(2, 'Walks in', '    touchpoint Wait "Waits" {\n      emotion 1 "bored"\n    }\n');
    const newText = version(4, HOSTILE, '    touchpoint Desk "Checks in" {\n      emotion 5 "happy"\n    }\n');

    it('Markdown: exactly what journey diff --format markdown prints', async () => {
        const oldFile = path.join(folder, 'old.journey');
        const newFile = path.join(folder, 'new.journey');
        writeFileSync(oldFile, oldText);
        writeFileSync(newFile, newText);
        // Each version in a workspace of its own, as the command line reads them.
        const [before, after] = await Promise.all(
            [
                ['old.journey', oldText],
                ['new.journey', newText],
            ].map(async ([name, text]) => (await versionModels([{ path: name, text }], { locale: 'en', rules: {} })).get(name)!),
        );
        const report = comparisonReport(
            { before, label: oldFile, kind: 'version' },
            after,
            { beforeLabel: oldFile, afterLabel: newFile, beforePath: oldFile, afterPath: newFile },
            'Visit',
        );
        const printed = await cli('diff', oldFile, newFile, '--format', 'markdown', '--lang', 'en');
        expect(printed).toContain('emotion of `Ana` at `Door`: 2 → 4 (+2)');
        expect(renderMarkdown(report, 'en')).toBe(printed);
    });

    it('Markdown of a future state: its journey against the current state, named as such', async () => {
        const current = version(2, 'Walks in');
        const future =
            'journey Better "Better visit" {\n  improves Visit\n  persona Ana\n  phase Arrive "Arrive" {\n    touchpoint Door "Walks in" {\n      emotion 4 "fine"\n    }\n  }\n}\n';
        const models = await versionModels(
            [
                { path: 'now.journey', text: current },
                { path: 'next.journey', text: future },
            ],
            { locale: 'en', rules: {} },
        );
        const report = comparisonReport(
            { before: models.get('now.journey')!, label: 'A visit', kind: 'current-state' },
            models.get('next.journey')!,
            { beforeLabel: 'now.journey', afterLabel: 'next.journey', beforePath: 'now.journey', afterPath: 'next.journey', currentState: true },
            'Better',
        );
        const markdown = renderMarkdown(report, 'en');
        expect(markdown).toContain('`next.journey` · future state of `Visit`');
        expect(markdown).toContain('emotion of `Ana` at `Door`: 2 → 4 (+2)');
        expect(markdown).not.toContain('renamed from');
    });

    it('HTML: the marks, both curves and the changes; hostile text stays text', async () => {
        const models = await versionModels([{ path: 'visit.journey', text: oldText }], { locale: 'en', rules: {} });
        const after = (await versionModels([{ path: 'visit.journey', text: newText }], { locale: 'en', rules: {} })).get('visit.journey')!;
        const before = models.get('visit.journey')!.journeys[0];
        const journey = after.journeys[0];
        const html = buildComparisonHtml({
            model: after,
            journey,
            before,
            diff: compareJourneys(before, journey),
            beforeLabel: 'HEAD',
            css: '.grid { color: black; }',
        });
        expect(html).toContain('Comparing with HEAD');
        expect(html).toMatch(/<th class="touchpoint band-0 change-added"[^>]*>.*Checks in/);
        expect(html).toMatch(/<td class="cell cell-emotion band-0 change-changed"/);
        expect(html).toMatch(/<path class="curve-line curve-before"[^>]*data-version="before"/);
        expect(html).toMatch(/<path class="curve-line"[^>]*data-version="after"/);
        expect(html).toContain('step Wait “Waits” removed from phase Arrive');
        // The hostile title is text: no tag, no handler, no script outside the escaped text.
        expect(html).not.toContain('<img');
        expect(html).not.toContain('<script');
        expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
        expect(html).toContain("default-src 'none'");
    });
});
