// `journey/mapModel` over the server's stdio connection: the first answer is the whole model;
// after an edit, a request naming the model the client holds is answered with a patch of it
// that carries only the edited phase, and applying it gives the model a fresh request gets.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MapModel } from '../../language/model/map-model.js';
import { applyModelPatch } from '../../language/model/model-patch.js';
import { MapModelRequest, type MapModelResult } from '../../language/protocol/journey-protocol.js';
import { startServer, type ServerProcess } from '../robustness/lsp-process.js';
import { bigJourney } from '../webview/harness.js';

describe('map model answers', () => {
    let server: ServerProcess;
    beforeAll(async () => {
        server = await startServer();
    });
    afterAll(async () => {
        await server?.stop();
    });

    const request = (uri: string, base?: number) => server.connection.sendRequest(MapModelRequest, { uri, base });
    const wholeModel = (result: MapModelResult): MapModel => {
        if (!result || !('model' in result)) throw new Error(`expected a whole model, got ${JSON.stringify(result)?.slice(0, 200)}`);
        return result.model;
    };

    it('patches the model the client holds, and sends it whole otherwise', async () => {
        const uri = 'file:///answers/big.journey';
        const text = bigJourney(50);
        server.open(uri, text, 1);
        await server.validated(uri, 1);
        const first = await request(uri);
        const held = wholeModel(first);
        expect(held.journeys[0].phases).toHaveLength(5);

        // One character in phase 3's touchpoint 31, the way the editor sends it.
        const at = text.indexOf('Does thing 31') + 'Does thing 3'.length;
        const line = text.slice(0, at).split('\n').length - 1;
        const character = at - text.lastIndexOf('\n', at - 1) - 1;
        server.change(uri, 2, [{ range: { start: { line, character }, end: { line, character } }, text: '9' }]);
        await server.validated(uri, 2);

        const second = await request(uri, first!.id);
        if (!second || !('patch' in second)) throw new Error('expected a patch');
        expect(second.patch.base).toBe(first!.id);
        expect(second.patch.journeys[0].phases.map(phase => phase?.id ?? null)).toEqual([null, null, null, 'Ph3', null]);
        const patched = applyModelPatch(held, second.patch);
        expect(patched.journeys[0].phases[3].touchpoints[1].actions).toEqual(['Does thing 391']);

        // A request without a base, or with a base the server no longer holds, gets the whole model.
        const fresh = await request(uri);
        expect(wholeModel(fresh)).toEqual(patched);
        expect(wholeModel(await request(uri, second.id))).toEqual(patched);
    });

    it('forgets the model of a closed document', async () => {
        const uri = 'file:///answers/closed.journey';
        server.open(uri, bigJourney(20), 1);
        await server.validated(uri, 1);
        const first = await request(uri);
        void server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
        server.open(uri, bigJourney(20, ' again'), 3);
        await server.validated(uri, 3);
        expect(wholeModel(await request(uri, first!.id)).journeys[0].phases).toHaveLength(2);
    });
});
