// A file's map model straight from the language server, for the commands that need the model
// of a file no preview shows yet (the exports, the comparison with the current state). The
// server validates a document once it is opened and answers no model before that.
import * as vscode from 'vscode';
import type { MapModel } from '../../language/model/map-model.js';
import { MapModelRequest } from '../../language/protocol/journey-protocol.js';
import type { Previews } from './current-preview.js';

/** Asks every quarter second, `attempts` times at most; undefined when the server is not running or has no model by then. */
export async function validatedModel(previews: Previews, uri: vscode.Uri, attempts: number): Promise<MapModel | undefined> {
    const client = await previews.client();
    if (!client) return undefined;
    await vscode.workspace.openTextDocument(uri);
    for (let attempt = 0; attempt < attempts; attempt++) {
        // No base: the answer is the whole model.
        const result = await client.sendRequest(MapModelRequest, { uri: uri.toString() });
        if (result && 'model' in result) return result.model;
        await new Promise(resolve => setTimeout(resolve, 250));
    }
    return undefined;
}
