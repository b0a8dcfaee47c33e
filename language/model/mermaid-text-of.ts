// The whole Mermaid text of a journey of the map model: its head and every phase's section
// (language/mermaid/mermaid-journey.ts makes them). Shared by the client, the webview and the
// exports: keep it free of runtime imports.
import type { JourneyView } from './map-model.js';

export function mermaidTextOf(journey: JourneyView): string {
    return [journey.mermaidHead, ...journey.phases.map(phase => phase.mermaidSection)].join('');
}
