// Node: the language server reading the team workspace from disk (dist/server.cjs) against the
// same Langium services fed by the client as in the browser (bench/client-sync-entry.ts: the
// files read here and sent in batches of 50 through journey/workspaceFiles, as
// client/browser/workspace-file-sync.ts does). Times `initialized` → the diagnostics of every
// file of the team workspace (bench/generate.mjs), alternating the two, and prints medians.
//
//   node bench/disk-vs-client-sync.mjs [--runs 5]      (after npm run build; docs/browser.md)
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { DEFAULT_OUT, generate } from './generate.mjs';
import { fileUri, LspSession } from './lsp-client.mjs';
import { bundle, NODE_COMMONJS } from './bundle.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg >= 0 ? Number(process.argv[runsArg + 1]) : 5;
const BATCH_SIZE = 50;

const { team } = generate(DEFAULT_OUT);
const files = [team.declarations, ...team.journeys];
const clientSyncServer = path.join(DEFAULT_OUT, 'client-sync-server.cjs');
await bundle(path.join(here, 'client-sync-entry.ts'), clientSyncServer, { ...NODE_COMMONJS, logLevel: 'error', minify: true });

/** ms from `initialized` to the diagnostics of every file. */
async function firstDiagnostics(server, sendFiles) {
    const session = new LspSession({ server, folder: team.folder });
    await session.start();
    try {
        const t0 = performance.now();
        void session.notify('initialized', {});
        if (sendFiles) {
            for (let start = 0; start < files.length; start += BATCH_SIZE) {
                const batch = files.slice(start, start + BATCH_SIZE);
                const changed = await Promise.all(batch.map(async file => ({ uri: fileUri(file), text: await fs.promises.readFile(file, 'utf8') })));
                void session.notify('journey/workspaceFiles', { changed, deleted: [], unreadable: [] });
            }
            void session.notify('journey/workspaceFiles', { changed: [], deleted: [], unreadable: [], initialLoadComplete: true });
        }
        let last = 0;
        for (const file of files) {
            const got = await session.waitForPublish(p => p.uri === fileUri(file), { timeoutMs: 180_000, what: `diagnostics of ${path.basename(file)}` });
            last = Math.max(last, got.t);
        }
        return last - t0;
    } finally {
        await session.stop();
    }
}

const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const disk = [];
const clientSync = [];
for (let i = 0; i < RUNS; i++) {
    disk.push(await firstDiagnostics(path.join(root, 'dist', 'server.cjs'), false));
    clientSync.push(await firstDiagnostics(clientSyncServer, true));
}
const bytes = files.reduce((sum, file) => sum + fs.statSync(file).size, 0);
console.log(
    JSON.stringify(
        {
            files: files.length,
            kb: Math.round(bytes / 1024),
            runs: RUNS,
            disk_first_diagnostics_ms: Math.round(median(disk)),
            client_sync_first_diagnostics_ms: Math.round(median(clientSync)),
            disk_samples: disk.map(Math.round),
            client_sync_samples: clientSync.map(Math.round),
        },
        null,
        2,
    ),
);
