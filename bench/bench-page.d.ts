// The globals of the benchmark's page (bench/run.mjs serves it): the preview's test hook
// (webview/main.ts), the model patcher (bench/.work/model-patch.js, language/model/model-patch.ts)
// and stock Mermaid.
import type Mermaid from 'mermaid';

declare global {
    interface Window {
        journeyPreview: { settled(): Promise<void> };
        /** language/model/model-patch.ts's diffModel, bundled for the page. */
        journeyModelPatch: { diffModel(previous: unknown, base: number, next: unknown): unknown };
        peerMermaid: typeof Mermaid;
    }
}
