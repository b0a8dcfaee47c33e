// The map models the language server answered, one per document, shared by every preview of it.
// The server answers a pull with a patch of the model the client names, and remembers only the
// last model it answered for each document (server/map-model-answers.ts): two previews of one
// file, each naming its own model, were each answered the whole model after every keystroke
// (16 MB of JSON at 10,000 touchpoints). Here the pulls of a document go one at a time, each
// naming the last answer, so every answer after the first is a patch whatever the previews.
import { MapModelRequest, type MapModelParams, type MapModelResult } from '../../language/protocol/journey-protocol.js';
import type { MapModel } from '../../language/model/map-model.js';
import { applyModelPatchTo } from '../../language/model/model-patch.js';

/** What of the language client this needs (vscode-languageclient's LanguageClient has it). */
export interface ModelRequester {
    sendRequest(type: typeof MapModelRequest, params: MapModelParams): Promise<MapModelResult>;
}

export class ServerModels {
    private readonly held = new Map<string, { id: number; model: MapModel }>();
    private readonly queues = new Map<string, Promise<unknown>>();

    /** The document's model as last validated; undefined while the server has not validated it. */
    latest(client: ModelRequester, uri: string): Promise<MapModel | undefined> {
        const before = this.queues.get(uri) ?? Promise.resolve();
        const pull = before.then(
            () => this.pull(client, uri),
            () => this.pull(client, uri),
        );
        this.queues.set(uri, pull);
        const done = () => {
            if (this.queues.get(uri) === pull) this.queues.delete(uri);
        };
        pull.then(done, done);
        return pull;
    }

    /** Forgets the models of the documents no preview shows any longer. */
    keepOnly(uris: ReadonlySet<string>): void {
        for (const uri of [...this.held.keys()]) if (!uris.has(uri)) this.held.delete(uri);
    }

    private async pull(client: ModelRequester, uri: string, retry = true): Promise<MapModel | undefined> {
        const held = this.held.get(uri);
        const result = await client.sendRequest(MapModelRequest, { uri, base: held?.id });
        if (!result) return undefined;
        const model = 'model' in result ? result.model : applyModelPatchTo(held?.model, held?.id, result.patch);
        if (!model) {
            // A patch of a model not held here (the server restarted in between): ask for the whole model.
            this.held.delete(uri);
            return retry ? this.pull(client, uri, false) : undefined;
        }
        this.held.set(uri, { id: result.id, model });
        return model;
    }
}
