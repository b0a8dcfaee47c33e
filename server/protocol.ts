// Custom LSP messages between the extension client and the language server.
// One typed definition imported by both sides (no untyped string protocol).
import type { MapModel } from '../language/model/map-model.js';

/** Client → server request: the map model of a `.journey` document as last validated. */
export const MapModelRequest = 'journey/mapModel';
export interface MapModelParams {
    uri: string;
}
export type MapModelResult = MapModel | null;

/** Server → client notification: a document was validated anew; the preview may pull its model. */
export const ModelChangedNotification = 'journey/modelChanged';
export interface ModelChangedParams {
    uri: string;
    version: number;
}

/** Client → server: the editor's settings that change the server's answers. */
export interface JourneyInitializationOptions {
    /** VS Code's display language (vscode.env.language). */
    locale?: string;
}
