// The PDF export: the HTML export printed by a local Chromium, Chrome or Edge (local-browser.ts)
// with its own print stylesheet (language/export/print-layout.ts): vector drawings, real text,
// the page size the stylesheet asks for. The browser runs headless on a copy of the page in a
// temporary folder, with a profile of its own there, and loads nothing else: the page's CSP
// forbids every other resource and script. docs/pdf-export.md weighs this against a pure-JS writer.
import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

export class PdfPrintError extends Error {
    override name = 'PdfPrintError';
}

/** Chrome's flags for a quiet, headless print (no header or footer, no network, no first-run). */
const PRINT_ARGS = [
    '--headless',
    '--disable-gpu',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-extensions',
    '--disable-sync',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-pdf-header-footer',
    '--print-to-pdf-no-header',
    '--hide-scrollbars',
];

/** A PDF of the HTML page, printed by the browser at `browserPath`. */
export async function printHtmlToPdf(html: string, browserPath: string, options: { timeoutMs?: number } = {}): Promise<Uint8Array> {
    const folder = await fs.mkdtemp(path.join(tmpdir(), 'journey-pdf-'));
    try {
        const page = path.join(folder, 'map.html');
        const pdf = path.join(folder, 'map.pdf');
        await fs.writeFile(page, html, 'utf8');
        // A sandbox needs privileges a container or CI user often lacks; the page runs no script (its CSP).
        const args = [...PRINT_ARGS, '--no-sandbox', `--user-data-dir=${path.join(folder, 'profile')}`, `--print-to-pdf=${pdf}`, pathToFileURL(page).href];
        const { code, output } = await run(browserPath, args, options.timeoutMs ?? 120_000);
        const bytes = await fs.readFile(pdf).catch(() => undefined);
        if (code !== 0 || !bytes || bytes.length === 0 || !isPdf(bytes)) {
            throw new PdfPrintError(`${path.basename(browserPath)} did not print the PDF (exit code ${code})${output ? `: ${lastLines(output)}` : ''}`);
        }
        return new Uint8Array(bytes);
    } finally {
        await fs.rm(folder, { recursive: true, force: true });
    }
}

const isPdf = (bytes: Uint8Array) => bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46;

function lastLines(text: string): string {
    return text
        .trim()
        .split('\n')
        .filter(line => !/dbus|Fontconfig/i.test(line))
        .slice(-3)
        .join(' ');
}

function run(command: string, args: string[], timeoutMs: number): Promise<{ code: number | null; output: string }> {
    return new Promise((resolve, reject) => {
        const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
        let output = '';
        child.stdout.on('data', chunk => {
            output += chunk;
        });
        child.stderr.on('data', chunk => {
            output += chunk;
        });
        const timer = setTimeout(() => child.kill(), timeoutMs);
        child.on('error', error => {
            clearTimeout(timer);
            reject(new PdfPrintError(`${command} could not be started: ${error.message}`));
        });
        child.on('close', code => {
            clearTimeout(timer);
            resolve({ code, output });
        });
    });
}
