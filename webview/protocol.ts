// The messages between the extension (client/preview/) and the preview webview (webview/).
// One typed definition imported by both sides; no untyped string protocol.
// Keep it free of runtime imports from `vscode` or the DOM.
import type { MapModel, SourceRange } from '../language/model/map-model.js';
import type { ModelPatch } from '../language/model/model-patch.js';

/** `svg` and `png`: the Mermaid diagram alone; `map-svg` and `map-png`: the whole map (header, persona cards, canvas, curve). */
export type ExportFormat = 'svg' | 'png' | 'map-svg' | 'map-png' | 'mermaid' | 'markdown' | 'html' | 'pdf';
export const EXPORT_FORMATS: ExportFormat[] = ['svg', 'png', 'map-svg', 'map-png', 'mermaid', 'markdown', 'html', 'pdf'];

/** What an export request tells the webview besides the format. */
export interface ExportRequestOptions {
    /** The preview's stylesheet (dist/webview.css), inlined into the whole-map SVG. */
    css?: string;
    /** Leave the Mermaid diagram out of the whole map (`journey.export.mermaidDiagram` off, `--no-mermaid`). */
    withoutDiagram?: boolean;
    /** Pixels per CSS pixel of a PNG (`journey.export.pngScale`, `--scale`); 2 by default. */
    scale?: number;
}

export interface Position {
    line: number;
    character: number;
}

/** Extension → webview. */
export type ToWebview =
    /** A new validated model of the previewed file; `seq` numbers it for the patches that follow. */
    | { type: 'model'; model: MapModel; seq?: number; locked: boolean }
    /** The next model as a patch of model `patch.base` (language/model/model-patch.ts). */
    | { type: 'modelPatch'; patch: ModelPatch; seq: number; locked: boolean }
    /** The editor's cursor moved: highlight the element there (and show its journey). */
    | { type: 'highlight'; uri: string; position: Position }
    /** The extension wants export data (for a command run while the preview is open). */
    | { type: 'exportRequest'; requestId: number; format: ExportFormat; journeyId?: string; options?: ExportRequestOptions }
    /** The lock state changed. */
    | { type: 'locked'; locked: boolean }
    /** The `journey.preview.*` settings, sent when the webview is ready and when they change. */
    | { type: 'settings'; settings: PreviewSettings }
    /** Comparison mode on (the older version to compare with) or off (undefined). */
    | { type: 'comparison'; comparison: ComparisonInput | undefined };

/** What the preview compares the shown journey with (webview/comparison/). */
export interface ComparisonInput {
    /** The older version's model: another version of the file, or the file holding the current state. */
    before: MapModel;
    /** Its name as the user knows it: "HEAD", a branch, a file's name, the current state's journey. */
    label: string;
    /**
     * `version`: the same file at another time, journeys matched by id. `current-state`: a
     * future-state journey against the journey it `improves`.
     */
    kind: 'version' | 'current-state';
}

/** The settings the preview draws with (package.json contributes.configuration). */
export interface PreviewSettings {
    /** `journey.preview.showEmptyLanes`: draw lanes with nothing in them. */
    showEmptyLanes: boolean;
    /** `journey.preview.presentation`: presentation mode by default. */
    presentation: boolean;
    /** `journey.preview.labelLanguage`: the canvas's and exports' labels, `map` for the map's keywords' language. */
    labelLanguage: 'map' | 'en' | 'es';
}
export const DEFAULT_PREVIEW_SETTINGS: PreviewSettings = { showEmptyLanes: false, presentation: false, labelLanguage: 'map' };

/** Webview → extension. */
export type FromWebview =
    | { type: 'ready' }
    /** A patch did not apply to the model the webview holds: send the whole model again. */
    | { type: 'resync' }
    /** Reveal a source position; `uri` is set when the element is declared in another file. */
    | { type: 'reveal'; range: SourceRange; uri?: string }
    /** The user picked another journey in the picker. */
    | { type: 'journeySelected'; journeyId: string }
    /** The user clicked an export button; the payload holds what only the webview can make. */
    | { type: 'export'; format: ExportFormat; payload: ExportPayload }
    /** The answer to an `exportRequest`. */
    | { type: 'exportResponse'; requestId: number; payload?: ExportPayload; error?: string }
    /** The toolbar's "Leave comparison". */
    | { type: 'leaveComparison' }
    /** The toolbar's toggle of a future-state journey: compare it with its current state, or stop. */
    | { type: 'compareWithCurrentState'; on: boolean; journeyId: string }
    /** The comparison's export buttons. */
    | { type: 'exportComparison'; format: ComparisonExportFormat; journeyId: string };

export type ComparisonExportFormat = 'markdown' | 'html';

export interface ExportPayload {
    journeyId: string;
    /** A standalone SVG (light theme): the Mermaid diagram (svg, html, pdf), or the whole map (map-svg). */
    svg?: string;
    /** A PNG of the diagram (png) or the whole map (map-png) as a `data:image/png;base64,…` URL. */
    png?: string;
    /** Presentation mode was on: the export leaves the findings out too. */
    presentation?: boolean;
}

/** What the webview keeps with `vscode.setState`, so a restored preview comes back as it was. */
export interface WebviewState {
    /** The previewed file (the serializer reopens it). */
    uri?: string;
    locked?: boolean;
    journeyId?: string;
    /** The persona filter: the journey as this persona lives it; absent for all personas. */
    persona?: string;
    /** The diagram's zoom and scroll per document (by uri); absent: fitted to the pane. */
    zoomByDocument?: Record<string, { scale: number; x: number; y: number; fit?: boolean }>;
    /** The Mermaid section folded away. */
    diagramCollapsed?: boolean;
    /** Presentation mode as toggled in this preview (absent: the setting's). */
    presentation?: boolean;
    /** A future-state journey is shown compared with its current state (the toolbar toggle). */
    compareCurrentState?: boolean;
}

/** Above this many touchpoints the Mermaid diagram is not drawn (the grid still is). */
export const MAX_MERMAID_TOUCHPOINTS = 1500;
