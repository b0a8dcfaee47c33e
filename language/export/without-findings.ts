// Presentation mode in the text exports (Markdown): the journey as a stakeholder reads it, with
// no lint finding anywhere in it. The canvas hides them with CSS instead (webview/style.css).
import type { JourneyView } from '../model/map-model.js';

export function withoutFindings(journey: JourneyView): JourneyView {
    return {
        ...journey,
        findings: [],
        phases: journey.phases.map(phase => ({
            ...phase,
            findings: [],
            touchpoints: phase.touchpoints.map(touchpoint => ({
                ...touchpoint,
                findings: [],
                gaps: touchpoint.gaps.map(gap => ({ ...gap, findings: [] })),
                opportunities: touchpoint.opportunities.map(opportunity => ({ ...opportunity, findings: [] })),
                kpis: touchpoint.kpis.map(kpi => ({ ...kpi, findings: [] })),
            })),
        })),
    };
}
