// A refused rename over the server's stdio connection: the error the editor receives carries
// the sentence alone, not "Request textDocument/prepareRename failed with message: …".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type ServerProcess } from '../robustness/lsp-process.js';

describe('a refused rename', () => {
    let server: ServerProcess;
    beforeAll(async () => {
        server = await startServer();
    });
    afterAll(async () => {
        await server?.stop();
    });

    it("answers with the sentence the user reads, and renames from a gap's owner", async () => {
        const uri = 'file:///rename/map.journey';
        server.open(uri, 'team Ops\njourney J {\n  phase P {\n    touchpoint T {\n      gap "g" { owner Ops }\n    }\n  }\n}\n', 1);
        await server.validated(uri, 1);
        const refusal = await server.connection.sendRequest('textDocument/prepareRename', { textDocument: { uri }, position: { line: 4, character: 17 } }).then(
            () => undefined,
            (error: Error) => error,
        );
        expect(refusal?.message).toBe(
            'Only the id of a persona, team, channel, journey, phase or touchpoint can be renamed (not a keyword, string or number).',
        );
        const range = await server.connection.sendRequest('textDocument/prepareRename', { textDocument: { uri }, position: { line: 4, character: 23 } });
        expect(range).toEqual({ start: { line: 4, character: 22 }, end: { line: 4, character: 25 } });
        const invalid = await server.connection
            .sendRequest('textDocument/rename', { textDocument: { uri }, position: { line: 4, character: 23 }, newName: 'owner' })
            .then(
                () => undefined,
                (error: Error) => error,
            );
        expect(invalid?.message).toBe('"owner" is a keyword and cannot be an id.');
    });
});
