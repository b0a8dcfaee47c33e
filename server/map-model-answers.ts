// The answers to `journey/mapModel` (language/protocol/journey-protocol.ts). The server remembers the last model it
// answered for each document, so the next answer can be a patch of it when that is the model the
// client holds: after a keystroke, a few kilobytes cross the connection instead of the whole
// model (16 MB of JSON at 10,000 touchpoints, ~0.3 s to write and read).
import type { MapModel } from '../language/model/map-model.js';
import { diffModel } from '../language/model/model-patch.js';
import type { MapModelResult } from '../language/protocol/journey-protocol.js';

export class MapModelAnswers {
    /**
     * Numbers start at random: after the server restarts, a number the client still holds from
     * the server before must not name a model this server answered.
     */
    private lastId = Math.floor(Math.random() * 2 ** 40);
    private readonly last = new Map<string, { id: number; model: MapModel }>();

    /** `model` numbered, as a patch of `base` when `base` is the last model answered for `uri`. */
    answer(uri: string, model: MapModel, base: unknown): MapModelResult {
        const previous = this.last.get(uri);
        const id = ++this.lastId;
        this.last.set(uri, { id, model });
        if (previous && previous.id === base) return { id, patch: diffModel(previous.model, previous.id, model) };
        return { id, model };
    }

    /** Drops the model remembered for a closed or deleted document. */
    forget(uri: string): void {
        this.last.delete(uri);
    }
}
