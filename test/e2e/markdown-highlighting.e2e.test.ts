// ```journey fences in VS Code's Markdown editor (code-server) are highlighted as journey code,
// through the injection grammar syntaxes/journey-markdown-injection.tmLanguage.json: a keyword,
// a name and a string of the fence get different colours, as in a .journey file, where the same
// words in a ```text fence and in the paragraphs around it stay plain.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pollFor, startWorkbench, type Workbench } from './harness';

const NOTES = [
    '# Our journeys', //                     1
    '',
    'The phase "Arrive" comes first.', //    3
    '',
    '```journey', //                         5
    'journey Visit "Visit" {',
    '  phase Arrive "Arrive" {', //          7
    '    moment 0',
    '  }',
    '}',
    '```', //                               11
    '',
    '```text',
    '  phase Leave "Leave" {', //           14
    '```',
    '',
].join('\n');

/** The tokens Monaco drew for the line whose text is `text`: each span's text and colour class. */
async function tokensOf(wb: Workbench, text: string): Promise<{ text: string; colour: string }[]> {
    return wb.page.locator('.editor-group-container.active .view-line').evaluateAll((lines, wanted) => {
        const line = lines.find(l => (l.textContent ?? '').replace(/\u00a0/g, ' ') === wanted);
        return Array.from(line?.querySelectorAll(':scope > span > span') ?? [])
            .map(span => ({ text: (span.textContent ?? '').replace(/\u00a0/g, ' '), colour: Array.from(span.classList).find(c => /^mtk\d+$/.test(c)) ?? '' }))
            .filter(token => token.text.trim() !== '');
    }, text);
}

/** The colour class of the token that starts with `word`. */
function colourOf(tokens: { text: string; colour: string }[], word: string): string | undefined {
    return tokens.find(token => token.text.trim().startsWith(word))?.colour;
}

describe('```journey fences in the Markdown editor', () => {
    let wb: Workbench;
    let fixture: string;

    beforeAll(async () => {
        fixture = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-e2e-markdown-'));
        fs.writeFileSync(path.join(fixture, 'notes.md'), NOTES);
        wb = await startWorkbench({ fixture });
    });
    afterAll(async () => {
        await wb?.stop();
        fs.rmSync(fixture, { recursive: true, force: true });
    });

    it('colours the journey code of a ```journey fence, and nothing else', async () => {
        await wb.openFile('notes.md');
        // Tokenization may come a moment after the text.
        const fenced = await pollFor(
            () => tokensOf(wb, '  phase Arrive "Arrive" {'),
            tokens => new Set(tokens.map(t => t.colour)).size >= 3,
            30_000,
        );
        const keyword = colourOf(fenced, 'phase');
        const name = colourOf(fenced, 'Arrive');
        const title = colourOf(fenced, '"');
        expect(new Set([keyword, name, title]).size).toBe(3);

        // The same words in a ```text fence: one colour.
        const plain = await tokensOf(wb, '  phase Leave "Leave" {');
        expect(plain.length).toBeGreaterThan(0);
        expect(new Set(plain.map(t => t.colour)).size).toBe(1);
        expect(plain[0].colour).not.toBe(keyword);

        // VS Code's token inspector names the language and scopes of the fence's keyword.
        await wb.gotoLine(7, 4);
        await wb.runCommand('Developer: Inspect Editor Tokens and Scopes');
        const inspector = wb.page.locator('.token-inspect-widget');
        await inspector.waitFor({ timeout: 30_000 });
        const scopes = await pollFor(
            () => inspector.innerText(),
            t => t.includes('keyword.declaration.journey'),
            10_000,
        );
        expect(scopes).toContain('keyword.declaration.journey');
        expect(scopes).toContain('meta.embedded.block.journey');
        expect(scopes).toMatch(/\bjourney\b/);
    });
});
