// A `.journeylint.json` makes its folder a project of its own, in the editor: the language server
// (dist/server.cjs over stdio, loading the folder from disk) resolves references and checks ids
// only among the files of one project, applies that project's configuration, and moves files
// between projects when a `.journeylint.json` is deleted.
import { rmSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { Range } from 'vscode-languageserver-protocol';
import type { CodeAction } from 'vscode-languageserver';
import { startServer, type ServerProcess } from '../robustness/lsp-process.js';
import { openWorkspace } from './lsp-workspace.js';
import { TWO_PROJECTS, writeTree } from '../helpers/two-projects.js';

let server: ServerProcess | undefined;
let folder: string | undefined;
afterEach(async () => {
    await server?.stop();
    if (folder) rmSync(folder, { recursive: true, force: true });
    server = folder = undefined;
});

describe('projects in one workspace', () => {
    it('keeps two projects declaring the same team apart, and a file outside both sees neither', async () => {
        folder = writeTree(TWO_PROJECTS);
        server = await startServer({ workspaceFolder: folder });
        const uri = (name: string) => pathToFileURL(path.join(folder!, name)).toString();
        const findings = async (name: string) =>
            (await server!.settledDiagnostics(uri(name))).map(d => `${d.code}@${d.range.start.line}:${d.range.start.character}`);

        expect(await findings('north/shared.journey')).toEqual([]);
        expect(await findings('south/shared.journey')).toEqual([]);
        expect(await findings('north/map.journey')).toEqual(['missing-emotion@4:15']);
        expect(await findings('south/map.journey')).toEqual([]);
        expect(await findings('outside.journey')).toEqual([
            'unresolved-reference@1:10',
            'unresolved-reference@5:14',
            'unresolved-reference@6:12',
            'missing-emotion@4:15',
        ]);

        // Each map's `owner Ops` goes to its own project's team.
        const definition = async (name: string) => {
            const locations = (await server!.connection.sendRequest('textDocument/definition', {
                textDocument: { uri: uri(name) },
                position: { line: 6, character: 13 },
            })) as { uri?: string; targetUri?: string; range?: Range; targetSelectionRange?: Range }[];
            return locations.map(
                location =>
                    `${path
                        .relative(folder!, new URL((location.targetUri ?? location.uri)!).pathname)
                        .split(path.sep)
                        .join('/')}@${(location.targetSelectionRange ?? location.range)!.start.line}`,
            );
        };
        expect(await definition('north/map.journey')).toEqual(['north/shared.journey@1']);
        expect(await definition('south/map.journey')).toEqual(['south/shared.journey@1']);

        // Without its `.journeylint.json`, south is part of the workspace's project: outside.journey now resolves to it.
        rmSync(path.join(folder, 'south/.journeylint.json'));
        void server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('south/.journeylint.json'), type: 3 }] });
        await expect.poll(() => findings('outside.journey'), { timeout: 30_000 }).toEqual(['missing-emotion@4:15']);
        await expect.poll(() => findings('south/map.journey'), { timeout: 30_000 }).toEqual(['missing-emotion@4:15']);
    }, 60_000);
});

describe('quick fixes in a project', () => {
    it("offer only the teams of the file's own project", async () => {
        const map = 'journey J "J" {\n  phase P "P" {\n    moment 0\n    touchpoint T "T" {\n      emotion 4\n    }\n  }\n}\n';
        const workspace = await openWorkspace(
            {
                'north/teams.journey': 'team North "North"\n',
                'north/map.journey': map,
                'south/teams.journey': 'team South "South"\n',
                'other.journey': 'team Other "Other"\n',
            },
            { projects: ['north', 'south'] },
        );
        const document = workspace.documents['north/map.journey'];
        const diagnostic = document.diagnostics!.find(d => d.code === 'missing-owner')!;
        const actions = (await workspace.services.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.uri.toString() },
            range: diagnostic.range,
            context: { diagnostics: [diagnostic] },
        })) as CodeAction[];
        expect(actions.map(action => action.title).filter(title => title.startsWith('Set owner'))).toEqual(['Set owner to North']);
    });
});
