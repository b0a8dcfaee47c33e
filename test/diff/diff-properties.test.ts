// The comparison engine's laws, on generated maps: a map compared with itself has no change;
// comparing B with A gives the inverse of comparing A with B; and an edit made to a map is
// reported as exactly the changes that edit makes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareJourneys } from '../../language/diff/compare-journeys.js';
import { invertChanges } from '../../language/diff/inverse-changes.js';
import type { Change } from '../../language/diff/journey-changes.js';
import type { Finding, JourneyView, PhaseView, TouchpointView } from '../../language/model/map-model.js';

const PERSONAS = ['Ana', 'Ben'];
const TEAMS = ['Web', 'Ops', 'Care'];
const CHANNELS = ['app', 'phone', 'mail'];
const RULES = ['missing-owner', 'missing-channel', 'unaddressed-pain'];
const RANGE = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
const ref = (id: string) => ({ id, title: id, resolved: true });
const finding = (rule: string): Finding => ({ rule, severity: 'warning', message: `${rule} here`, range: RANGE });

const stepArbitrary = fc.record({
    channel: fc.option(fc.constantFrom(...CHANNELS), { nil: undefined }),
    owner: fc.option(fc.constantFrom(...TEAMS), { nil: undefined }),
    scores: fc.tuple(fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }), fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined })),
    pains: fc.uniqueArray(fc.constantFrom('slow', 'rude', 'lost', 'cold'), { maxLength: 2 }),
    gaps: fc.uniqueArray(fc.constantFrom('Wait', 'Cost'), { maxLength: 2 }),
    opportunities: fc.uniqueArray(fc.constantFrom('Chat', 'Bot'), { maxLength: 2 }),
    kpis: fc.uniqueArray(fc.constantFrom('CSAT', 'NPS'), { maxLength: 2 }),
    momentOfTruth: fc.boolean(),
    rules: fc.uniqueArray(fc.constantFrom(...RULES), { maxLength: 2 }),
});
type StepSeed = typeof stepArbitrary extends fc.Arbitrary<infer T> ? T : never;

function touchpoint(id: string, seed: StepSeed): TouchpointView {
    return {
        id,
        title: `Step ${id}`,
        channel: seed.channel ? ref(seed.channel) : undefined,
        owner: seed.owner ? ref(seed.owner) : undefined,
        ownerInherited: false,
        personas: [],
        actions: [`does ${id}`],
        backstages: [],
        thoughts: [],
        descriptions: [],
        personaEmotions: PERSONAS.map((persona, i) => ({ persona: ref(persona), score: seed.scores[i], own: true })),
        pains: [...seed.pains],
        gaps: seed.gaps.map(title => ({ title, current: '5', target: '1', ownerInherited: false, range: RANGE, findings: [] })),
        opportunities: seed.opportunities.map(title => ({ title, horizon: 'short' as const, range: RANGE, findings: [] })),
        kpis: seed.kpis.map(title => ({ title, current: '10', target: '20', range: RANGE, findings: [] })),
        momentOfTruth: seed.momentOfTruth,
        range: RANGE,
        findings: seed.rules.map(finding),
    };
}

const journeyArbitrary = fc.array(fc.array(stepArbitrary, { maxLength: 4 }), { minLength: 1, maxLength: 3 }).map(phases => {
    let n = 0;
    const journey: JourneyView = {
        id: 'J',
        title: 'Journey',
        descriptions: [],
        personas: [],
        mermaidHead: '',
        range: RANGE,
        findings: [],
        phases: phases.map((steps, p): PhaseView => ({
            id: `P${p}`,
            title: `Phase ${p}`,
            descriptions: [],
            range: RANGE,
            findings: [],
            mermaidSection: '',
            touchpoints: steps.map(seed => touchpoint(`S${n++}`, seed)),
        })),
    };
    return journey;
});

/** One edit of one step, and the changes it must give (steps named by their id after the edit). */
type Edit = (journey: JourneyView, phase: PhaseView, step: TouchpointView, fresh: string) => Change[];

const EDITS: Record<string, Edit> = {
    title: (_j, _p, step, fresh) => {
        const before = step.title;
        step.title = `Retitled ${fresh}`;
        return [{ kind: 'title-changed', element: 'step', id: step.id, before, after: step.title }];
    },
    owner: (_j, _p, step) => {
        const before = step.owner?.id;
        const after = TEAMS.find(team => team !== before)!;
        step.owner = ref(after);
        return [{ kind: 'owner-changed', step: step.id, ...(before ? { before } : {}), after }];
    },
    channel: (_j, _p, step) => {
        const before = step.channel?.id;
        step.channel = undefined;
        return before ? [{ kind: 'channel-changed', step: step.id, before }] : [];
    },
    emotion: (_j, _p, step) => {
        const felt = step.personaEmotions[1];
        const before = felt.score;
        const after = before === 5 ? 1 : (before ?? 0) + 1;
        felt.score = after;
        return [{ kind: 'emotion-changed', step: step.id, persona: 'Ben', ...(before !== undefined ? { before, delta: after - before } : {}), after }];
    },
    pain: (_j, _p, step, fresh) => {
        const removed = step.pains.shift();
        step.pains.push(`pain ${fresh}`);
        return [
            ...(removed ? [{ kind: 'pain-removed', step: step.id, text: removed } as Change] : []),
            { kind: 'pain-added', step: step.id, text: `pain ${fresh}` },
        ];
    },
    gap: (_j, _p, step, fresh) => {
        const changes: Change[] = [];
        if (step.gaps[0]) {
            step.gaps[0].target = '2';
            changes.push({ kind: 'gap-changed', step: step.id, gap: step.gaps[0].title, field: 'target', before: '1', after: '2' });
        }
        if (step.gaps[0]) {
            step.gaps[0].owner = ref('Ops');
            changes.push({ kind: 'gap-changed', step: step.id, gap: step.gaps[0].title, field: 'owner', after: 'Ops' });
        }
        step.gaps.push({ title: `gap ${fresh}`, ownerInherited: false, range: RANGE, findings: [] });
        changes.push({ kind: 'gap-added', step: step.id, gap: `gap ${fresh}` });
        return changes;
    },
    opportunity: (_j, _p, step, fresh) => {
        const changes: Change[] = [];
        const first = step.opportunities[0];
        if (first) {
            first.horizon = 'long';
            changes.push({ kind: 'opportunity-changed', step: step.id, opportunity: first.title, field: 'horizon', before: 'short', after: 'long' });
        }
        step.opportunities.push({ title: `opp ${fresh}`, horizon: 'medium', owner: ref('Web'), range: RANGE, findings: [] });
        changes.push({ kind: 'opportunity-added', step: step.id, opportunity: `opp ${fresh}`, horizon: 'medium', owner: 'Web' });
        return changes;
    },
    kpi: (_j, _p, step, fresh) => {
        const changes: Change[] = [];
        const removed = step.kpis.pop();
        if (removed) changes.push({ kind: 'kpi-removed', step: step.id, kpi: removed.title });
        if (step.kpis[0]) {
            step.kpis[0].current = '5';
            changes.push({ kind: 'kpi-changed', step: step.id, kpi: step.kpis[0].title, field: 'current', before: '10', after: '5', direction: 'down' });
        }
        step.kpis.push({ title: `kpi ${fresh}`, range: RANGE, findings: [] });
        changes.push({ kind: 'kpi-added', step: step.id, kpi: `kpi ${fresh}` });
        return changes;
    },
    momentOfTruth: (_j, _p, step) => {
        step.momentOfTruth = !step.momentOfTruth;
        return [{ kind: 'moment-of-truth', step: step.id, marked: step.momentOfTruth }];
    },
    findings: (_j, _p, step) => {
        const changes: Change[] = step.findings.map(f => ({
            kind: 'finding-fixed',
            rule: f.rule,
            severity: 'warning',
            message: f.message,
            at: { step: step.id },
        }));
        const rule = RULES.find(r => !step.findings.some(f => f.rule === r))!;
        step.findings = [finding(rule)];
        changes.push({ kind: 'finding-introduced', rule, severity: 'warning', message: `${rule} here`, at: { step: step.id } });
        return changes;
    },
    move: (journey, phase, step) => {
        const target = journey.phases.find(other => other !== phase);
        if (!target) return [];
        phase.touchpoints.splice(phase.touchpoints.indexOf(step), 1);
        target.touchpoints.push(step);
        return [{ kind: 'step-moved', step: step.id, fromPhase: phase.id, toPhase: target.id }];
    },
    remove: (_j, phase, step) => {
        phase.touchpoints.splice(phase.touchpoints.indexOf(step), 1);
        return [
            { kind: 'step-removed', phase: phase.id, step: step.id, title: step.title },
            ...step.findings.map((f): Change => ({ kind: 'finding-fixed', rule: f.rule, severity: 'warning', message: f.message, at: { step: step.id } })),
        ];
    },
    rename: (_j, _p, step, fresh) => {
        const fromStep = step.id;
        step.id = `R${fresh}`;
        return [{ kind: 'step-renamed', step: step.id, fromStep }];
    },
    add: (_j, phase, _s, fresh) => {
        phase.touchpoints.push({
            ...touchpoint(`N${fresh}`, {
                pains: [],
                gaps: [],
                opportunities: [],
                kpis: [],
                momentOfTruth: false,
                rules: [],
                scores: [undefined, undefined],
            } as unknown as StepSeed),
            actions: [],
            personaEmotions: [],
        });
        return [{ kind: 'step-added', phase: phase.id, step: `N${fresh}`, title: `Step N${fresh}` }];
    },
};

/** Canonical order, so that two lists of changes compare as multisets. */
const sorted = (changes: readonly Change[]) => changes.map(change => JSON.stringify(change, Object.keys(change).sort())).sort();

describe('the comparison engine (property-based)', () => {
    it('a map compared with itself has no change', () => {
        fc.assert(
            fc.property(journeyArbitrary, journey => {
                const diff = compareJourneys(journey, structuredClone(journey));
                expect(diff.changes).toEqual([]);
                expect(diff.status).toBe('unchanged');
            }),
        );
    });

    it('comparing B with A gives the inverse of comparing A with B', () => {
        fc.assert(
            fc.property(journeyArbitrary, journeyArbitrary, (a, b) => {
                const forward = compareJourneys(a, b).changes;
                const backward = compareJourneys(b, a).changes;
                expect(sorted(backward)).toEqual(sorted(invertChanges(forward)));
                expect(sorted(invertChanges(invertChanges(forward)))).toEqual(sorted(forward));
            }),
        );
    });

    it('an edit gives exactly the changes it makes', () => {
        const edits = fc.array(fc.tuple(fc.nat(), fc.constantFrom(...Object.keys(EDITS))), { minLength: 1, maxLength: 6 });
        fc.assert(
            fc.property(journeyArbitrary, edits, (before, chosen) => {
                const after = structuredClone(before);
                const expected: Change[] = [];
                const edited = new Set<string>();
                chosen.forEach(([pick, name], k) => {
                    // Each step edited once, so that the edits' changes do not overlap.
                    const steps = after.phases.flatMap(phase => phase.touchpoints.map(step => ({ phase, step }))).filter(({ step }) => !edited.has(step.id));
                    if (name !== 'add' && steps.length === 0) return;
                    const { phase, step } = name === 'add' ? { phase: after.phases[pick % after.phases.length], step: undefined! } : steps[pick % steps.length];
                    const changes = EDITS[name](after, phase, step, String(k));
                    for (const change of changes) if ('step' in change) edited.add(change.step);
                    if (step) edited.add(step.id);
                    expected.push(...changes);
                });
                expect(sorted(compareJourneys(before, after).changes)).toEqual(sorted(expected));
            }),
            { numRuns: 300 },
        );
    });
});
