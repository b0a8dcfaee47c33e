// A file the server loaded from the workspace folder, then opened in the editor with the same
// text: the server keeps its tree, but its model and diagnostics must carry the editor's
// version (the editor and the preview wait for it; they carried the version-0 copy read from disk).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { TextEdit } from 'vscode-languageserver';
import { applyTextEdits } from '../lsp/lsp-workspace.js';
import { startServer, type ServerProcess } from '../robustness/lsp-process.js';

describe('a file opened after the workspace loaded it', () => {
    let server: ServerProcess | undefined;
    let folder: string | undefined;
    afterAll(async () => {
        await server?.stop();
        if (folder) rmSync(folder, { recursive: true, force: true });
    });

    it("is validated at the editor's version, and edits after that are too", async () => {
        folder = mkdtempSync(join(tmpdir(), 'journey-open-'));
        // Not laid out canonically, so that formatting has edits to make after the typed letter.
        const text = 'team T "Team"\n\njourney J "J" {\n  phase A "A" {\n    owner T\n    touchpoint X "X" {emotion 3    pain "slow"}\n  }\n}\n';
        writeFileSync(join(folder, 'map.journey'), text);
        const uri = pathToFileURL(join(folder, 'map.journey')).toString();
        server = await startServer({ workspaceFolder: folder });
        await server.validated(uri, 0, 30_000); // loaded from disk
        server.open(uri, text, 1);
        await server.validated(uri, 1, 10_000);
        const at = text.indexOf('"X"') + 2;
        server.change(uri, 2, [
            {
                range: { start: { line: 5, character: at - text.lastIndexOf('\n', at) - 1 }, end: { line: 5, character: at - text.lastIndexOf('\n', at) - 1 } },
                text: 'Y',
            },
        ]);
        await server.validated(uri, 2, 10_000);
        const model = await server.connection.sendRequest<{ model: { version: number; journeys: { phases: { touchpoints: { title: string }[] }[] }[] } }>(
            'journey/mapModel',
            { uri },
        );
        expect(model.model.version).toBe(2);
        expect(model.model.journeys[0].phases[0].touchpoints[0].title).toBe('XY');
        // Formatting reads the editor's text, not the copy loaded from disk: its edits fit the text as typed.
        const typed = text.slice(0, at) + 'Y' + text.slice(at);
        const edits = await server.connection.sendRequest<TextEdit[]>('textDocument/formatting', {
            textDocument: { uri },
            options: { tabSize: 2, insertSpaces: true },
        });
        expect(edits.length).toBeGreaterThan(0);
        const formatted = applyTextEdits(typed, edits);
        expect(formatted).toContain('touchpoint X "XY" {\n      emotion 3\n      pain "slow"\n    }');
    });
});
