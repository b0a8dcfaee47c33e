// The models the language server answers, shared by the previews of a file
// (client/preview/server-models.ts), against the server's own answers (server/map-model-answers.ts).
import { describe, expect, it } from 'vitest';
import { ServerModels, type ModelRequester } from '../../client/preview/server-models.js';
import { MapModelAnswers } from '../../server/map-model-answers.js';
import type { MapModelResult } from '../../language/protocol/journey-protocol.js';
import type { MapModel } from '../../language/model/map-model.js';
import { modelOf } from '../webview/models.js';
import { bigJourney } from '../webview/harness.js';

/** A server answering with the current model of each file, recording whether each answer was whole. */
function fakeServer() {
    const answers = new MapModelAnswers();
    const current = new Map<string, MapModel>();
    const sent: ('whole' | 'patch')[] = [];
    const client: ModelRequester = {
        async sendRequest(type, params) {
            expect(type.method).toBe('journey/mapModel');
            await new Promise(resolve => setTimeout(resolve, 5));
            const model = current.get(params.uri);
            const result: MapModelResult = model ? answers.answer(params.uri, model, params.base) : null;
            if (result) sent.push('model' in result ? 'whole' : 'patch');
            return result;
        },
    };
    return { client, current, sent, answers };
}

describe('the models shared by the previews of a file', () => {
    it("get patches after the first model, however many previews pull, and equal the server's model", async () => {
        const server = fakeServer();
        const models = new ServerModels();
        const source = bigJourney(30);
        const uri = (await modelOf(source, 'big.journey')).uri;
        for (const [step, text] of [
            source,
            source.replace('"Does thing 12"', '"Does thing twelve"'),
            source.replace('"Does thing 25"', '"Does 25"'),
        ].entries()) {
            server.current.set(uri, await modelOf(text, 'big.journey'));
            // Two previews of the file pull, one after the other and at once.
            const first = await models.latest(server.client, uri);
            const [second, third] = await Promise.all([models.latest(server.client, uri), models.latest(server.client, uri)]);
            for (const model of [first, second, third]) expect(model, `step ${step}`).toEqual(server.current.get(uri));
        }
        expect(server.sent).toEqual(['whole', ...Array(8).fill('patch')]);
    });

    it('follows the server when it answered someone else in between, and forgets files no preview shows', async () => {
        const server = fakeServer();
        const models = new ServerModels();
        const model = await modelOf(bigJourney(10), 'big.journey');
        server.current.set(model.uri, model);
        await models.latest(server.client, model.uri);
        // Another client's pull: the server's last model is no longer the one held here.
        server.answers.answer(model.uri, model, undefined);
        expect(await models.latest(server.client, model.uri)).toEqual(model);
        expect(await models.latest(server.client, model.uri)).toEqual(model);
        expect(server.sent).toEqual(['whole', 'whole', 'patch']);
        models.keepOnly(new Set());
        await models.latest(server.client, model.uri);
        expect(server.sent.at(-1)).toBe('whole');
        // A file the server has not validated yet.
        expect(await models.latest(server.client, 'file:///unknown.journey')).toBeUndefined();
    });

    it('asks for the whole model when a patch does not fit the model it holds', async () => {
        const model = await modelOf(bigJourney(10), 'big.journey');
        const asked: (number | undefined)[] = [];
        const client: ModelRequester = {
            async sendRequest(type, params) {
                expect(type.method).toBe('journey/mapModel');
                asked.push(params.base);
                const result: MapModelResult =
                    params.base === undefined && asked.length === 1
                        ? { id: 1, model }
                        : params.base === 1
                          ? { id: 2, patch: { ...model, base: 999, journeys: [] } }
                          : { id: 3, model };
                return result;
            },
        };
        const models = new ServerModels();
        await models.latest(client, model.uri);
        expect(await models.latest(client, model.uri)).toEqual(model);
        expect(asked).toEqual([undefined, 1, undefined]);
    });
});
