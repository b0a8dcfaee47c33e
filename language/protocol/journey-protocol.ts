// The language server's own LSP messages (`journey/*`), between any client (the VS Code
// extension, another editor) and the server. Each is one vscode-jsonrpc RequestType or
// NotificationType: its method, parameters and result are declared once here, and the calls on
// either side (`sendRequest(MapModelRequest, …)`, `onRequest(MapModelRequest, …)`) infer their
// types from it. vscode-jsonrpc's platform-neutral entry: no Node or `vscode` API, so the
// server, the client and a browser build can all import this. docs/lsp-extensions.md describes
// the messages for the authors of other clients.
import { NotificationType, RequestType, RequestType0 } from 'vscode-jsonrpc';
import type { MapModel } from '../model/map-model.js';
import type { ModelPatch } from '../model/model-patch.js';

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
/** Client → server request: the map model of a `.journey` document as last validated. */
export const MapModelRequest = new RequestType<MapModelParams, MapModelResult, void>('journey/mapModel');

export interface ModelChangedParams {
    uri: string;
    version: number;
}
/** Server → client notification: a document was validated anew; the preview may pull its model. */
export const ModelChangedNotification = new NotificationType<ModelChangedParams>('journey/modelChanged');

/**
 * Client → server request: the text of a new journey map that fits the workspace (the
 * personas, teams and channels it declares, a free journey id), in the keyword language.
 */
export const NewJourneyTextRequest = new RequestType0<string, void>('journey/newJourneyText');

export interface WorkspaceFilesParams {
    /** Files created or changed, with their whole text. */
    changed: Array<{ uri: string; text: string }>;
    /** Files deleted (or folders: everything under them). */
    deleted: string[];
    /** Files that could not be read: each gets a diagnostic, the rest still loads. */
    unreadable: Array<{ uri: string; reason: string }>;
    /** Set on the last batch of the startup load: the server then indexes the workspace. */
    initialLoadComplete?: boolean;
}
/**
 * Client → server notification, for a server that reads no disk (the browser's, in a web
 * worker): the workspace's `.journey` files and `.journeylint.json` as the editor's file system
 * has them, at startup in batches (the last one marked `initialLoadComplete`) and on every
 * create, change or delete.
 */
export const WorkspaceFilesNotification = new NotificationType<WorkspaceFilesParams>('journey/workspaceFiles');

/** Client → server, in `initialize`'s `initializationOptions`: the editor's settings that change the server's answers. */
export interface JourneyInitializationOptions {
    /** The editor's display language (VS Code: vscode.env.language); else `initialize`'s `locale`. */
    locale?: string;
}

export interface ParseMapParams {
    /** Where the text comes from: the workspace file it is a version of (its references resolve as that file's would). */
    uri: string;
    /** The text to read: another version of the file (from git, another file, a diff editor's left side). */
    text: string;
}
/** The text's map model, findings included (linted as the file `uri` would be); syntax errors are in `model.syntaxErrors`. */
export interface ParseMapResult {
    model: MapModel;
}
/**
 * Client → server request: the map model of a text that is not the open document, e.g. the
 * version of a file at git's HEAD for "Journey: Compare with…". The workspace is not changed:
 * the text is read beside the other files of the workspace as they are now.
 */
export const ParseMapRequest = new RequestType<ParseMapParams, ParseMapResult, void>('journey/parseMap');
