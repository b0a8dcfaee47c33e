// Drives a real VS Code (code-server with journey-maps.vsix installed) in Debian's Chromium.
//
//   const wb = await startWorkbench();
//   await wb.openFile('taller.journey');
//   const problems = await wb.problems();
//   await wb.stop();
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { launchCodeServer, type CodeServer } from '../../scripts/vscode/launch.mjs';
import { repoRoot } from '../../scripts/vscode/provision.mjs';

export const CHROMIUM_ARGS = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
];
// Ignored by git: a test run never changes the README's pictures (`npm run screenshots` copies
// those into docs/screenshots/, scripts/screenshots.mjs).
export const SCREENSHOT_DIR = path.join(repoRoot, 'test-results', 'screenshots');
export const DEFAULT_VSIX = path.join(repoRoot, 'journey-maps.vsix');

export interface Problem {
    /** The file the problem is in, e.g. `taller.journey`. */
    file: string;
    severity: 'error' | 'warning' | 'info' | 'unknown';
    message: string;
    /** The diagnostic code, e.g. `missing-owner` (from `source(code)`). */
    code?: string;
    source?: string;
    line?: number;
    column?: number;
    /** The row's raw text, for debugging. */
    text: string;
}

export interface WorkbenchOptions {
    /** Default: journey-maps.vsix at the repository root. */
    vsix?: string;
    /** The folder to copy into a temp workspace (default: examples/). */
    fixture?: string;
    /** Extra VS Code user settings. */
    settings?: Record<string, unknown>;
    /** Extension folders to copy into the extensions dir as-is (e.g. a test runner). */
    extraExtensions?: { folder: string; id: string }[];
    /** Environment for code-server and its extension host. */
    env?: Record<string, string>;
    viewport?: { width: number; height: number };
    /** Forward code-server's output to this file. */
    log?: string;
    /**
     * Open this folder URI instead of the fixture's copy on disk (e.g. `memfs:/ws`, a virtual
     * workspace served by an extension of `extraExtensions`).
     */
    folderUri?: string;
}

export interface Workbench {
    page: Page;
    browser: Browser;
    codeServer: CodeServer;
    /** The temp copy of the fixture folder that the workbench has open. */
    workspace: string;
    /** Timings in ms: code-server start, browser launch, workbench ready. */
    timings: { codeServerMs: number; browserMs: number; workbenchMs: number };
    openFile(name: string): Promise<void>;
    runCommand(label: string): Promise<void>;
    problems(opts?: { minCount?: number; timeoutMs?: number }): Promise<Problem[]>;
    languageMode(): Promise<string>;
    gotoLine(line: number, column?: number): Promise<void>;
    typeInEditor(text: string): Promise<void>;
    editorText(): Promise<string>;
    /** Ctrl+Space and the suggestion labels; retried until `until(labels)` holds when given. */
    completionLabels(opts?: { timeoutMs?: number; until?: (labels: string[]) => boolean }): Promise<string[]>;
    /** Hovers the first visible whole-word `text`; with `onCursorLine`, only on the cursor's line. */
    hover(text: string, opts?: { timeoutMs?: number; onCursorLine?: boolean }): Promise<string>;
    /** The cursor as the status bar shows it (`Ln 80, Col 5`). */
    cursorPosition(opts?: { timeoutMs?: number }): Promise<{ line: number; column: number }>;
    /** Ctrl+. at the cursor: the titles of the code actions offered (the menu stays open). */
    codeActions(opts?: { timeoutMs?: number; until?: (titles: string[]) => boolean }): Promise<string[]>;
    /** Chooses the open code action menu's entry whose title is `title`. */
    applyCodeAction(title: string): Promise<void>;
    webviewFrame(opts?: { timeoutMs?: number }): Promise<Frame>;
    screenshot(name: string): Promise<string>;
    stop(): Promise<void>;
}

/** Polls `read` until `check` holds or `timeoutMs` passes; returns the last value (the caller asserts on it). */
export async function pollFor<T>(read: () => Promise<T> | T, check: (value: T) => boolean, timeoutMs = 60_000, stepMs = 500): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    let value = await read();
    while (!check(value) && Date.now() < deadline) {
        await new Promise(r => setTimeout(r, stepMs));
        value = await read();
    }
    return value;
}

/** Polls `check` every 100 ms until it holds (true) or `timeoutMs` passes (false). */
async function pollUntil(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
        if (await check()) return true;
        await new Promise(r => setTimeout(r, 100));
    }
    return false;
}

function copyFixture(fixture: string): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-e2e-ws-'));
    const workspace = path.join(dir, path.basename(fixture));
    fs.cpSync(fixture, workspace, { recursive: true });
    return workspace;
}

export async function startWorkbench(opts: WorkbenchOptions = {}): Promise<Workbench> {
    const vsix = opts.vsix ?? DEFAULT_VSIX;
    if (!fs.existsSync(vsix)) throw new Error(`${vsix} is missing: run npm run build && npm run package`);
    const workspace = copyFixture(opts.fixture ?? path.join(repoRoot, 'examples'));
    const base = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-e2e-vscode-'));
    const extensionsDir = path.join(base, 'ext');
    fs.mkdirSync(extensionsDir, { recursive: true });
    for (const ext of opts.extraExtensions ?? []) {
        fs.cpSync(ext.folder, path.join(extensionsDir, ext.id), { recursive: true });
    }

    const t0 = Date.now();
    const codeServer = await launchCodeServer({
        vsix,
        folder: workspace,
        userDataDir: path.join(base, 'user'),
        extensionsDir,
        settings: {
            'workbench.colorTheme': 'Default Light Modern',
            'editor.minimap.enabled': false,
            'window.commandCenter': false,
            'workbench.layoutControl.enabled': false,
            'editor.quickSuggestions': { other: false, comments: false, strings: false },
            'editor.hover.delay': 200,
            'files.autoSave': 'off',
            ...opts.settings,
        },
        env: opts.env,
        log: opts.log,
    });
    const t1 = Date.now();
    let browser: Browser | undefined;
    try {
        browser = await chromium.launch({
            executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
            headless: true,
            args: CHROMIUM_ARGS,
        });
        const t2 = Date.now();
        const context = await browser.newContext({ viewport: opts.viewport ?? { width: 1400, height: 900 } });
        const page = await context.newPage();
        await page.goto(`${codeServer.url}?folder=${encodeURIComponent(opts.folderUri ?? workspace)}`);
        await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
        // The explorer lists the workspace once the workbench has restored (an empty folder: its empty list).
        const empty = !opts.folderUri && fs.readdirSync(workspace).length === 0;
        await page
            .locator(empty ? '.explorer-folders-view' : '.explorer-folders-view .monaco-list-row')
            .first()
            .waitFor({ timeout: 60_000 });
        const t3 = Date.now();
        return makeWorkbench({
            page,
            browser,
            codeServer,
            workspace,
            timings: { codeServerMs: t1 - t0, browserMs: t2 - t1, workbenchMs: t3 - t2 },
            cleanup: () => {
                fs.rmSync(base, { recursive: true, force: true });
                fs.rmSync(path.dirname(workspace), { recursive: true, force: true });
            },
        });
    } catch (err) {
        await browser?.close().catch(() => undefined);
        await codeServer.stop();
        throw err;
    }
}

const SEVERITY_CLASSES: [string, Problem['severity']][] = [
    ['codicon-error', 'error'],
    ['codicon-warning', 'warning'],
    ['codicon-info', 'info'],
];

function makeWorkbench(w: {
    page: Page;
    browser: Browser;
    codeServer: CodeServer;
    workspace: string;
    timings: Workbench['timings'];
    cleanup: () => void;
}): Workbench {
    const { page } = w;
    const quickInput = page.locator('.quick-input-widget');

    async function pickFromQuickInput(text: string, prefix: string): Promise<void> {
        const input = quickInput.locator('input');
        await input.waitFor({ state: 'visible' });
        await input.fill(prefix + text);
        const row = quickInput.locator('.monaco-list-row').first();
        await row.waitFor({ state: 'visible' });
        // Let the list settle on the filtered result before accepting it.
        await page.waitForTimeout(300);
        await input.press('Enter');
        await quickInput.waitFor({ state: 'hidden' }).catch(() => undefined);
    }

    const activeEditor = page.locator('.editor-group-container.active .monaco-editor').first();

    const wb: Workbench = {
        page,
        browser: w.browser,
        codeServer: w.codeServer,
        workspace: w.workspace,
        timings: w.timings,

        async openFile(name) {
            await page.keyboard.press('Control+P');
            await pickFromQuickInput(name, '');
            await page
                .locator(`.tabs-container .tab.active[aria-label*="${path.basename(name)}"], .tabs-container .tab.active:has-text("${path.basename(name)}")`)
                .first()
                .waitFor({ timeout: 30_000 });
            await activeEditor.locator('.view-lines').waitFor();
        },

        async runCommand(label) {
            // Right after the workbench opens, an extension's commands may not be listed yet; and the
            // palette's fuzzy ranking may put another command first ("View: Close All Editor Groups"
            // before "View: Close Editor"). Pick the row whose title is the label (else the first that
            // starts with it, else contains it), reopening the palette until it is listed.
            const wanted = label.toLowerCase();
            const deadline = Date.now() + 60_000;
            for (;;) {
                await page.keyboard.press('F1');
                const input = quickInput.locator('input');
                // F1 can go unheard while a new editor takes focus: press it again on the next round.
                if (
                    !(await input.waitFor({ state: 'visible', timeout: 5_000 }).then(
                        () => true,
                        () => false,
                    ))
                ) {
                    if (Date.now() > deadline) throw new Error(`the command palette did not open to run "${label}"`);
                    continue;
                }
                // The palette can also close again right away (focus moving to a page that just opened): retry.
                if (
                    !(await input.fill('>' + label, { timeout: 5_000 }).then(
                        () => true,
                        () => false,
                    ))
                ) {
                    if (Date.now() > deadline) throw new Error(`the command palette closed before "${label}" could be typed`);
                    continue;
                }
                const rows = quickInput.locator('.monaco-list-row');
                let index = -1;
                await pollUntil(async () => {
                    const labels = await rows.evaluateAll(nodes => nodes.map(n => n.getAttribute('aria-label') ?? '')).catch(() => [] as string[]);
                    const titles = labels.map(l => l.split(',')[0].trim().toLowerCase());
                    index = titles.indexOf(wanted);
                    if (index < 0) index = titles.findIndex(t => t.startsWith(wanted));
                    if (index < 0) index = titles.findIndex(t => t.includes(wanted));
                    return index >= 0;
                }, 3_000);
                if (index >= 0) {
                    await page.waitForTimeout(300);
                    for (let i = 0; i < index; i++) await input.press('ArrowDown');
                    // A page that takes the focus late (the walkthrough focuses its first step) closes the
                    // palette: Enter would then go to that page. Start again.
                    if (!(await input.isVisible())) {
                        if (Date.now() > deadline) throw new Error(`the command palette kept closing before "${label}" could be run`);
                        continue;
                    }
                    await input.press('Enter');
                    break;
                }
                await page.keyboard.press('Escape');
                if (Date.now() > deadline) throw new Error(`the command "${label}" is not in the command palette`);
                await page.waitForTimeout(1_000);
            }
            // A command that asks something (a walkthrough to open, a file to save) keeps the quick input open.
            await quickInput.waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => undefined);
        },

        async problems({ minCount = 1, timeoutMs = 60_000 } = {}) {
            const panel = page.locator('.markers-panel');
            if (!(await panel.isVisible())) {
                await page.keyboard.press('Control+Shift+M');
                await panel.waitFor({ state: 'visible' });
            }
            const deadline = Date.now() + timeoutMs;
            let result: Problem[] = [];
            while (Date.now() < deadline) {
                result = await readProblems(page);
                if (result.length >= minCount) return result;
                await page.waitForTimeout(500);
            }
            return result;
        },

        async languageMode() {
            const item = page.locator('[id="status.editor.mode"]');
            await item.waitFor({ state: 'visible', timeout: 30_000 });
            return (await item.innerText()).trim();
        },

        async gotoLine(line, column = 1) {
            await activeEditor.locator('.view-lines').click();
            await page.keyboard.press('Control+G');
            await pickFromQuickInput(`${line}:${column}`, ':');
        },

        async typeInEditor(text) {
            await activeEditor.locator('textarea, .native-edit-context').first().focus();
            await page.keyboard.type(text, { delay: 10 });
        },

        async editorText() {
            // Monaco renders some spaces as no-break spaces.
            return (await activeEditor.locator('.view-lines').innerText()).replace(/\u00a0/g, ' ');
        },

        async completionLabels({ timeoutMs = 30_000, until } = {}) {
            const widget = page.locator('.editor-widget.suggest-widget.visible');
            const deadline = Date.now() + timeoutMs;
            let last: string[] = [];
            while (Date.now() < deadline) {
                await page.keyboard.press('Control+Space');
                try {
                    await widget.locator('.monaco-list-row').first().waitFor({ timeout: 3000 });
                    // Loading… rows are replaced by the real items.
                    await page.waitForTimeout(300);
                    last = (await widget.locator('.monaco-list-row .label-name').allInnerTexts()).map(l => l.trim());
                    if (last.length > 0 && (!until || until(last))) return last;
                } catch {
                    /* retry: the language server may still be starting */
                }
                await page.keyboard.press('Escape');
            }
            throw new Error(`no matching completion list appeared; last labels: ${JSON.stringify(last)}`);
        },

        async hover(text, { timeoutMs = 20_000, onCursorLine = false } = {}) {
            const hoverWidget = page.locator('.monaco-hover:not(.hidden) .monaco-hover-content, .monaco-hover:not(.hidden) .hover-contents').first();
            const deadline = Date.now() + timeoutMs;
            while (Date.now() < deadline) {
                const point = await wordCenter(activeEditor, text, onCursorLine);
                if (!point) throw new Error(`"${text}" is not visible in the editor`);
                await page.mouse.move(point.x - 3, point.y);
                await page.mouse.move(point.x, point.y, { steps: 3 });
                try {
                    await hoverWidget.waitFor({ state: 'visible', timeout: 3000 });
                    const content = (await hoverWidget.innerText()).trim();
                    if (content && !/^Loading/.test(content)) return content;
                } catch {
                    /* retry */
                }
                await page.mouse.move(0, 0);
                await page.waitForTimeout(300);
            }
            throw new Error(`no hover appeared over "${text}"`);
        },

        async cursorPosition({ timeoutMs = 20_000 } = {}) {
            const item = page.locator('[id="status.editor.selection"]');
            await item.waitFor({ state: 'visible', timeout: timeoutMs });
            const m = /Ln\s*(\d+),\s*Col\s*(\d+)/.exec(await item.innerText());
            if (!m) throw new Error(`unexpected status bar selection: ${await item.innerText()}`);
            return { line: Number(m[1]), column: Number(m[2]) };
        },

        async codeActions({ timeoutMs = 30_000, until } = {}) {
            const rows = page.locator('.action-widget .monaco-list-row.action');
            const deadline = Date.now() + timeoutMs;
            let last: string[] = [];
            while (Date.now() < deadline) {
                await activeEditor.locator('textarea, .native-edit-context').first().focus();
                await page.keyboard.press('Control+.');
                try {
                    await rows.first().waitFor({ state: 'visible', timeout: 3000 });
                    last = (await rows.allInnerTexts()).map(t => t.trim()).filter(Boolean);
                    if (last.length > 0 && (!until || until(last))) return last;
                } catch {
                    /* retry: the language server may still be validating */
                }
                await page.keyboard.press('Escape');
                await page.waitForTimeout(500);
            }
            throw new Error(`no matching code actions appeared; last: ${JSON.stringify(last)}`);
        },

        async applyCodeAction(title) {
            // By keyboard: the menu blocks the pointer until the mouse moves.
            const rows = page.locator('.action-widget .monaco-list-row.action');
            await rows.first().waitFor({ state: 'visible' });
            const count = await rows.count();
            for (let i = 0; i <= count; i++) {
                const focused = page.locator('.action-widget .monaco-list-row.action.focused').first();
                if ((await focused.count()) > 0 && (await focused.innerText()).trim() === title) {
                    await page.keyboard.press('Enter');
                    await page
                        .locator('.action-widget')
                        .waitFor({ state: 'hidden' })
                        .catch(() => undefined);
                    return;
                }
                await page.keyboard.press('ArrowDown');
                await page.waitForTimeout(100);
            }
            throw new Error(`no code action titled "${title}"`);
        },

        async webviewFrame({ timeoutMs = 30_000 } = {}) {
            const deadline = Date.now() + timeoutMs;
            while (Date.now() < deadline) {
                for (const outer of page.frames()) {
                    if (!outer.url().includes('contrib/webview/browser/pre')) continue;
                    // The outer pre/index.html hosts the webview's document in a child iframe (#active-frame).
                    for (const inner of outer.childFrames()) {
                        if (!inner.url().includes('contrib/webview/browser/pre') || inner.isDetached()) continue;
                        const ready = await inner.evaluate(() => document.readyState === 'complete' && !!document.body?.childElementCount).catch(() => false);
                        if (ready) return inner;
                    }
                }
                await page.waitForTimeout(250);
            }
            throw new Error('no webview frame (contrib/webview/browser/pre) with a document appeared');
        },

        async screenshot(name) {
            fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
            const file = path.join(SCREENSHOT_DIR, name.endsWith('.png') ? name : `${name}.png`);
            // Fade-ins (hovers, menus) finished, not caught halfway.
            await page.screenshot({ path: file, animations: 'disabled' });
            return file;
        },

        async stop() {
            await w.browser.close().catch(() => undefined);
            await w.codeServer.stop();
            w.cleanup();
        },
    };
    return wb;
}

/** The screen centre of the first whole-word occurrence of `word` on the editor's visible lines. */
async function wordCenter(editor: ReturnType<Page['locator']>, word: string, onCursorLine = false): Promise<{ x: number; y: number } | undefined> {
    return editor.evaluate(
        (editorRoot, [w, cursorOnly]) => {
            const root = editorRoot.querySelector('.view-lines')!;
            // The cursor's line: the view-line at the same height as the current-line highlight.
            const current = editorRoot.querySelector('.view-overlays .current-line')?.getBoundingClientRect();
            const re = new RegExp(`(^|[^\\p{L}\\p{N}_])(${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})(?![\\p{L}\\p{N}_])`, 'u');
            const lines = Array.from(root.querySelectorAll('.view-line')).sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
            for (const line of lines) {
                if (cursorOnly) {
                    const r = line.getBoundingClientRect();
                    if (!current || Math.abs(r.top - current.top) > 2) continue;
                }
                const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                    const m = re.exec(node.textContent ?? '');
                    if (!m) continue;
                    const start = m.index + m[1].length;
                    const range = document.createRange();
                    range.setStart(node, start);
                    range.setEnd(node, start + w.length);
                    const r = range.getBoundingClientRect();
                    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
                }
            }
            return undefined;
        },
        [word, onCursorLine] as const,
    );
}

/**
 * Reads the Problems panel (tree view; file rows are expanded by default). The list is
 * virtualised, so it scrolls through it and collects the rows by their data-index.
 */
async function readProblems(page: Page): Promise<Problem[]> {
    const list = page.locator('.markers-panel .monaco-list').first();
    const byIndex = new Map<number, RawRow>();
    const box = await list.boundingBox();
    if (box) {
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        await page.mouse.wheel(0, -100_000);
        await page.waitForTimeout(100);
    }
    for (let i = 0; i < 200; i++) {
        const before = byIndex.size;
        for (const r of await readRawRows(page)) byIndex.set(r.index, r);
        if (!box || (i > 0 && byIndex.size === before)) break;
        await page.mouse.wheel(0, Math.max(100, box.height - 40));
        await page.waitForTimeout(100);
    }
    const rows = [...byIndex.entries()].sort((a, b) => a[0] - b[0]).map(([, r]) => r);
    return toProblems(rows);
}

interface RawRow {
    index: number;
    text: string;
    classes: string;
    message: string;
    source: string;
    code: string;
    line: string;
    fileName: string;
}

async function readRawRows(page: Page): Promise<RawRow[]> {
    return page.locator('.markers-panel .monaco-list-row').evaluateAll(els =>
        els.map(el => ({
            index: Number(el.getAttribute('data-index') ?? '-1'),
            text: (el as HTMLElement).innerText,
            classes: Array.from(el.querySelectorAll('.codicon'))
                .map(c => c.className)
                .join(' '),
            message: el.querySelector('.marker-message')?.textContent ?? '',
            source: el.querySelector('.marker-source')?.textContent ?? '',
            code: el.querySelector('.marker-code')?.textContent ?? '',
            line: el.querySelector('.marker-line')?.textContent ?? '',
            fileName: el.querySelector('.label-name')?.textContent ?? '',
        })),
    );
}

function toProblems(rows: RawRow[]): Problem[] {
    const problems: Problem[] = [];
    let file = '';
    for (const r of rows) {
        if (!r.message && r.fileName) {
            file = r.fileName.trim();
            continue;
        }
        if (!r.message) continue;
        const severity = SEVERITY_CLASSES.find(([cls]) => r.classes.includes(cls))?.[1] ?? 'unknown';
        const pos = /Ln\s*(\d+),\s*Col\s*(\d+)/.exec(r.line || r.text);
        const codeFromText = /\(([\w.-]+)\)\s*\[/.exec(r.text)?.[1];
        problems.push({
            file,
            severity,
            message: r.message.trim(),
            source: r.source.trim() || undefined,
            code: r.code.trim().replace(/^\(|\)$/g, '') || codeFromText,
            line: pos ? Number(pos[1]) : undefined,
            column: pos ? Number(pos[2]) : undefined,
            text: r.text,
        });
    }
    return problems;
}
