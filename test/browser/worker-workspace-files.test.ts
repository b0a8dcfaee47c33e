// The language server of the web worker (server/browser/) gets the workspace's files from the
// extension, not from a disk: batches at startup, then changes and deletions, and files that
// could not be read. Checked on the services the worker runs, with the examples in a `memfs:`
// workspace: the same findings and cross-file resolution as on disk.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { DocumentState, URI } from 'langium';
import type { Connection, PublishDiagnosticsParams } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { createWorkerServices } from '../../server/browser/worker-services.js';
import { watchLintConfiguration } from '../../server/lint-configuration-sync.js';
import type { WorkspaceFilesParams } from '../../language/protocol/journey-protocol.js';
import { TWO_PROJECTS } from '../helpers/two-projects.js';

const ROOT = 'memfs:/ws';

function examples(folder = 'examples', prefix = ROOT): Array<{ uri: string; text: string }> {
    return readdirSync(folder).flatMap(name => {
        const file = path.join(folder, name);
        return statSync(file).isDirectory() ? examples(file, `${prefix}/${name}`) : [{ uri: `${prefix}/${name}`, text: readFileSync(file, 'utf8') }];
    });
}

async function startWorker() {
    const published: PublishDiagnosticsParams[] = [];
    // A connection that records published diagnostics and accepts every handler registration.
    const sendDiagnostics = async (params: PublishDiagnosticsParams) => void published.push(params);
    const ignore = () => ({ dispose: () => undefined });
    const connection = new Proxy(
        {},
        { get: (_target, name) => (name === 'sendDiagnostics' ? sendDiagnostics : name === 'then' ? undefined : ignore) },
    ) as Connection;
    const { shared, Journey, updateHandler } = createWorkerServices(connection);
    watchLintConfiguration(connection, shared, Journey);
    Journey.preferences.locale = 'en';
    await shared.lsp.LanguageServer.initialize({ processId: null, rootUri: null, capabilities: {}, workspaceFolders: [{ uri: ROOT, name: 'ws' }] });
    shared.lsp.LanguageServer.initialized({});
    const send = (params: Partial<WorkspaceFilesParams>) => updateHandler.applyWorkspaceFiles({ changed: [], deleted: [], unreadable: [], ...params }, 'en');
    /** Sends a change and waits until the documents it touches are validated again. */
    const sendAndBuild = async (params: Partial<WorkspaceFilesParams>) => {
        const built = new Promise<void>(resolve => {
            const listener = shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, () => {
                listener.dispose();
                resolve();
            });
        });
        send(params);
        await built;
    };
    const codes = (name: string) =>
        (shared.workspace.LangiumDocuments.getDocument(URI.parse(`${ROOT}/${name}`))?.diagnostics ?? []).map(d => `${d.code}:${d.range.start.line + 1}`).sort();
    const loaded = async () => {
        await shared.workspace.WorkspaceManager.ready;
        await shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated);
    };
    return { shared, published, send, sendAndBuild, codes, loaded };
}

const TALLER = [
    'empty-phase:133',
    'gap-without-owner:99',
    'missing-emotion:126',
    'missing-owner:94',
    'moment-of-truth-without-kpi:66',
    'opportunity-without-horizon:86',
    'unaddressed-pain:104',
    'unused-declaration:24',
];

describe('the web worker server and the files the extension sends', () => {
    it('indexes nothing before the last startup batch, then lints every file with cross-file references', async () => {
        const worker = await startWorker();
        const files = examples();
        // The extension lists and reads the files after the server started: a moment later.
        await new Promise(resolve => setTimeout(resolve, 50));
        worker.send({ changed: files.slice(0, 2) });
        worker.send({ changed: files.slice(2) });
        expect(worker.shared.workspace.LangiumDocuments.all.count()).toBe(0);
        worker.send({ initialLoadComplete: true });
        await worker.loaded();
        expect(
            worker.shared.workspace.LangiumDocuments.all
                .map(d => d.uri.toString())
                .toArray()
                .sort(),
        ).toEqual(files.map(f => f.uri).sort());
        expect(worker.codes('taller.journey')).toEqual(TALLER);
        // equipo/onboarding.journey uses the teams and personas of equipo/people.journey.
        expect(worker.codes('equipo/onboarding.journey')).toEqual([]);
    });

    it('applies changes and deletions of other files to the references', async () => {
        const worker = await startWorker();
        worker.send({ changed: examples(), initialLoadComplete: true });
        await worker.loaded();
        const people = examples().find(f => f.uri.endsWith('people.journey'))!;
        // The files that refer to a changed one are linked again in a build of their own: poll.
        worker.send({ changed: [{ uri: people.uri, text: people.text.replace('team Support "Support"', '') }] });
        await expect.poll(() => worker.codes('equipo/onboarding.journey')).toEqual(['unresolved-reference:58']);
        worker.send({ deleted: [people.uri] });
        await expect.poll(() => worker.codes('equipo/onboarding.journey').filter(code => code.startsWith('unresolved-reference')).length).toBeGreaterThan(5);
        expect(worker.shared.workspace.LangiumDocuments.hasDocument(URI.parse(people.uri))).toBe(false);
    });

    it('reports a file that could not be read and loads the rest', async () => {
        const worker = await startWorker();
        const broken = `${ROOT}/broken.journey`;
        worker.send({ changed: examples(), unreadable: [{ uri: broken, reason: 'permission denied' }], initialLoadComplete: true });
        await worker.loaded();
        await worker.shared.workspace.WorkspaceLock.read(() => undefined);
        expect(worker.codes('taller.journey')).toEqual(TALLER);
        const report = worker.published.find(p => p.uri === broken);
        expect(report?.diagnostics.map(d => d.message)).toEqual([
            'This file could not be read: permission denied. The other files of the workspace are loaded.',
        ]);
        // Readable again: the diagnostic goes, the file is linted.
        await worker.sendAndBuild({ changed: [{ uri: broken, text: 'team Solo "Solo"\n' }] });
        expect(worker.published.filter(p => p.uri === broken).at(-1)?.diagnostics).toEqual([]);
        expect(worker.codes('broken.journey')).toEqual(['unused-declaration:1']);
    });

    it('takes .journeylint.json from the files sent, at startup and when it changes', async () => {
        const worker = await startWorker();
        const config = { uri: `${ROOT}/.journeylint.json`, text: JSON.stringify({ rules: { 'missing-owner': 'off' } }) };
        worker.send({ changed: [...examples(), config], initialLoadComplete: true });
        await worker.loaded();
        await expect.poll(() => worker.codes('taller.journey')).not.toContain('missing-owner:94');
        await worker.sendAndBuild({ changed: [{ ...config, text: JSON.stringify({ rules: { 'empty-phase': 'off' } }) }] });
        await expect.poll(() => worker.codes('taller.journey')).toContain('missing-owner:94');
        expect(worker.codes('taller.journey')).not.toContain('empty-phase:133');
    });

    it('keeps two projects (folders with a .journeylint.json) apart, as the desktop server does', async () => {
        const worker = await startWorker();
        worker.send({ changed: Object.entries(TWO_PROJECTS).map(([name, text]) => ({ uri: `${ROOT}/${name}`, text })), initialLoadComplete: true });
        await worker.loaded();
        // Both declare team Ops: no duplicate within a project; south turns missing-emotion off.
        expect(worker.codes('north/shared.journey')).toEqual([]);
        expect(worker.codes('south/shared.journey')).toEqual([]);
        expect(worker.codes('north/map.journey')).toEqual(['missing-emotion:5']);
        expect(worker.codes('south/map.journey')).toEqual([]);
    });
});
