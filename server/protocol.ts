// Custom LSP messages between the extension client and the language server.
// One typed definition imported by both sides (no untyped string protocol).
import type { MapModel } from '../language/model/map-model.js';
import type { ModelPatch } from '../language/model/model-patch.js';

/** Client → server request: the map model of a `.journey` document as last validated. */
export const MapModelRequest = 'journey/mapModel';
export interface MapModelParams {
    uri: string;
    /** The `id` of the model of `uri` the client holds: the server may answer with a patch of it. */
    base?: number;
}
/**
 * The model, numbered by `id`: whole, or as a patch of the client's `base`
 * (language/model/model-patch.ts) when the server still holds that model. Null when the
 * document is unknown.
 */
export type MapModelResult = { id: number; model: MapModel } | { id: number; patch: ModelPatch } | null;

/** Server → client notification: a document was validated anew; the preview may pull its model. */
export const ModelChangedNotification = 'journey/modelChanged';
export interface ModelChangedParams {
    uri: string;
    version: number;
}

/**
 * Client → server request: the text of a new journey map that fits the workspace (the
 * personas, teams and channels it declares, a free journey id), in the keyword language.
 */
export const NewJourneyTextRequest = 'journey/newJourneyText';
export type NewJourneyTextResult = string;

/** Client → server: the editor's settings that change the server's answers. */
export interface JourneyInitializationOptions {
    /** VS Code's display language (vscode.env.language). */
    locale?: string;
}
