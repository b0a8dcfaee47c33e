// Findings introduced and fixed between two versions of a journey. A finding is known by its
// rule and its place (journey, phase, step, or a gap/opportunity/KPI of a step, by id or
// title), never by line: a line added above it must not make it new. Renamed steps count as
// their newer id on both sides. Where a place has more findings of a rule than before, the
// extra ones are introduced; fewer, the missing ones are fixed.
import type { Finding, JourneyView } from '../model/map-model.js';
import type { Change, FindingPlace } from './journey-changes.js';

export interface PlacedFinding {
    finding: Finding;
    at: FindingPlace;
}

/** Every finding of the journey with its place; `stepId` maps a step's id to the one it is reported under. */
export function placedFindings(journey: JourneyView | undefined, stepId: (id: string) => string = id => id): PlacedFinding[] {
    if (!journey) return [];
    const placed: PlacedFinding[] = journey.findings.map(finding => ({ finding, at: {} }));
    for (const phase of journey.phases) {
        placed.push(...phase.findings.map(finding => ({ finding, at: { phase: phase.id } })));
        for (const touchpoint of phase.touchpoints) {
            const step = stepId(touchpoint.id);
            placed.push(...touchpoint.findings.map(finding => ({ finding, at: { step } })));
            const inner = (kind: 'gap' | 'opportunity' | 'kpi', elements: readonly { title: string; findings: Finding[] }[]) => {
                for (const element of elements)
                    placed.push(...element.findings.map(finding => ({ finding, at: { step, element: { kind, title: element.title } } })));
            };
            inner('gap', touchpoint.gaps);
            inner('opportunity', touchpoint.opportunities);
            inner('kpi', touchpoint.kpis);
        }
    }
    return placed;
}

/** `byMessage`: findings without a place (outside any journey) are told apart by their message. */
export function compareFindings(before: readonly PlacedFinding[], after: readonly PlacedFinding[], byMessage = false): Change[] {
    const left = groupByKey(before, byMessage);
    const right = groupByKey(after, byMessage);
    const changes: Change[] = [];
    for (const [key, olds] of left) {
        const news = right.get(key) ?? [];
        for (const { finding, at } of olds.slice(news.length))
            changes.push({ kind: 'finding-fixed', rule: finding.rule, severity: finding.severity, message: finding.message, at });
    }
    for (const [key, news] of right) {
        const olds = left.get(key) ?? [];
        for (const { finding, at } of news.slice(olds.length))
            changes.push({ kind: 'finding-introduced', rule: finding.rule, severity: finding.severity, message: finding.message, at });
    }
    return changes;
}

function groupByKey(findings: readonly PlacedFinding[], byMessage: boolean): Map<string, PlacedFinding[]> {
    const groups = new Map<string, PlacedFinding[]>();
    for (const placed of findings) {
        const key = JSON.stringify([
            placed.finding.rule,
            placed.at.phase ?? null,
            placed.at.step ?? null,
            placed.at.element?.kind ?? null,
            placed.at.element?.title ?? null,
            byMessage ? placed.finding.message : null,
        ]);
        const group = groups.get(key);
        if (group) group.push(placed);
        else groups.set(key, [placed]);
    }
    return groups;
}
