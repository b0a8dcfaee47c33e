// Closing an editor drops its unsaved text from the server's workspace: an untitled file's
// declarations no longer clash with the same declarations opened elsewhere.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type ServerProcess } from '../robustness/lsp-process.js';

describe('closing a document', () => {
    let server: ServerProcess;
    beforeAll(async () => {
        server = await startServer();
    });
    afterAll(async () => {
        await server?.stop();
    });

    it('forgets a closed file that is not on disk', async () => {
        const a = 'untitled:Untitled-1';
        const b = 'file:///nowhere/b.journey';
        server.open(a, 'team T "t"\n', 1);
        await server.validated(a, 1);
        void server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: a } });
        server.open(b, 'team T "t"\n', 1);
        await server.validated(b, 1);
        const diagnostics = await server.settledDiagnostics(b);
        expect(diagnostics.map(d => d.code)).toEqual(['unused-declaration']);
        expect(await server.settledDiagnostics(a)).toEqual([]);
    });
});
