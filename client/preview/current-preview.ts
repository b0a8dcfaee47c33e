// What the commands outside the preview (the exports) need of the previews: the preview of a
// file, the one in front, a way to open one, and the language server they pull models from.
// The preview's manager (register.ts) implements it; the exports depend on this alone, so the
// preview does not know the commands that use it.
import type * as vscode from 'vscode';
import type { MapModel } from '../../language/model/map-model.js';
import type { ExportFormat, ExportPayload, ExportRequestOptions } from '../../webview/protocol.js';
import type { ModelRequester } from './server-models.js';

export interface CurrentPreview {
    readonly resource: vscode.Uri;
    /** The model it shows; undefined until the server has validated the file. */
    readonly currentModel: MapModel | undefined;
    /** The journey picked in it. */
    readonly selectedJourneyId: string | undefined;
    /** The diagram of a journey as Mermaid drew it in the webview (SVG, and PNG when asked for). */
    requestExport(format: ExportFormat, journeyId: string | undefined, options?: ExportRequestOptions): Promise<ExportPayload>;
}

export interface Previews {
    /** The preview whose panel is active, if any. */
    readonly activePreview: CurrentPreview | undefined;
    previewFor(uri: vscode.Uri): CurrentPreview | undefined;
    open(resource: vscode.Uri, toSide: boolean): CurrentPreview;
    /** The running language client; undefined when the server could not start. */
    client(): Promise<ModelRequester | undefined>;
}
