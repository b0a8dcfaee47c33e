// What the comparison of two versions of a journey reports: one change per thing that
// happened to the customer's journey (README "journey diff", docs/journey-diff.md for the JSON).
// Steps are named by id, the id of the newer version (a renamed step by its new id); the
// before and after of every change are the older and the newer version's values.
// Plain data, free of runtime imports: the CLI, the server and tests share it.

export type ElementKind = 'journey' | 'phase' | 'step';
export type KpiDirection = 'up' | 'down' | 'changed';

export type Change =
    | { kind: 'phase-added' | 'phase-removed'; phase: string; title: string }
    | { kind: 'step-added' | 'step-removed'; phase: string; step: string; title: string }
    | { kind: 'step-moved'; step: string; fromPhase: string; toPhase: string }
    /** The heuristic of match-steps.ts: an id changed, the content did not (much). */
    | { kind: 'step-renamed'; step: string; fromStep: string }
    | { kind: 'title-changed'; element: ElementKind; id: string; before: string; after: string }
    /** `persona` is '' for a journey that names no persona (everyone feels the shared emotion). */
    | { kind: 'emotion-changed'; step: string; persona: string; before?: number; after?: number; delta?: number }
    | { kind: 'pain-added' | 'pain-removed'; step: string; text: string }
    | { kind: 'gap-added' | 'gap-removed'; step: string; gap: string }
    | { kind: 'gap-changed'; step: string; gap: string; field: 'current' | 'target' | 'change' | 'owner'; before?: string; after?: string }
    | { kind: 'opportunity-added' | 'opportunity-removed'; step: string; opportunity: string; horizon?: string; owner?: string }
    | { kind: 'opportunity-changed'; step: string; opportunity: string; field: 'horizon' | 'owner'; before?: string; after?: string }
    | { kind: 'kpi-added' | 'kpi-removed'; step: string; kpi: string }
    | { kind: 'kpi-changed'; step: string; kpi: string; field: 'current' | 'target'; before?: string; after?: string; direction: KpiDirection }
    /** The step's owner as it applies: its own, else its phase's. */
    | { kind: 'owner-changed' | 'channel-changed'; step: string; before?: string; after?: string }
    | { kind: 'moment-of-truth'; step: string; marked: boolean }
    | { kind: 'finding-introduced' | 'finding-fixed'; rule: string; severity: string; message: string; at: FindingPlace };

export type ChangeKind = Change['kind'];

/** Where a finding is: the journey itself (nothing set), a phase, a step, or a gap/opportunity/KPI of a step. */
export interface FindingPlace {
    phase?: string;
    step?: string;
    element?: { kind: 'gap' | 'opportunity' | 'kpi'; title: string };
}

export interface PersonaAverage {
    /** '' when the journey names no persona. */
    persona: string;
    before?: number;
    after?: number;
}

export interface JourneySummary {
    stepsBefore: number;
    stepsAfter: number;
    stepsAdded: number;
    stepsRemoved: number;
    /** The mean of the steps' scores (one per step, as the diagram and the code lens count them). */
    averageBefore?: number;
    averageAfter?: number;
    /** Each persona's mean over the steps where they feel something, in the order first named. */
    personas: PersonaAverage[];
    findingsIntroduced: number;
    findingsFixed: number;
}

export interface JourneyDiff {
    /** The journey's id in the newer version (the older one's when removed). */
    id: string;
    /** Set when the older version's journey has another id (a future state against its current state). */
    beforeId?: string;
    title: string;
    status: 'added' | 'removed' | 'changed' | 'unchanged';
    changes: Change[];
    summary: JourneySummary;
    /** The Mermaid diagrams, when asked for (`journey diff --mermaid`). */
    mermaid?: { before?: string; after?: string };
}
