// Compares two versions of a journey: two versions of one file, or a future-state journey
// against the current state it `improves` (then the journeys' ids differ). Either may be
// missing: a journey only in the newer version is added, only in the older one removed.
import type { JourneyView } from '../model/map-model.js';
import { mermaidTextOf } from '../model/mermaid-text-of.js';
import { compareFindings, placedFindings } from './compare-findings.js';
import { compareSteps, matchByKey } from './compare-steps.js';
import { summarize } from './diff-summary.js';
import type { Change, JourneyDiff } from './journey-changes.js';
import { matchSteps, placedSteps } from './match-steps.js';

export interface CompareOptions {
    /** Attach both versions' Mermaid diagrams (`journey diff --mermaid`). */
    mermaid?: boolean;
}

export function compareJourneys(before: JourneyView | undefined, after: JourneyView | undefined, options: CompareOptions = {}): JourneyDiff {
    const either = (after ?? before)!;
    const mermaid = options.mermaid
        ? { mermaid: { ...(before ? { before: mermaidTextOf(before) } : {}), ...(after ? { after: mermaidTextOf(after) } : {}) } }
        : {};
    if (before !== undefined && before === after) {
        // One view for both versions (a file no change reached, language/diff/version-models.ts): nothing differs.
        const steps = placedSteps(before);
        return { id: either.id, title: either.title, status: 'unchanged', changes: [], summary: summarize(steps, steps, []), ...mermaid };
    }
    const changes: Change[] = [];
    if (before && after && before.title !== after.title)
        changes.push({ kind: 'title-changed', element: 'journey', id: after.id, before: before.title, after: after.title });

    const phases = matchByKey(before?.phases ?? [], after?.phases ?? [], phase => phase.id);
    for (const phase of phases.removed) changes.push({ kind: 'phase-removed', phase: phase.id, title: phase.title });
    for (const phase of phases.added) changes.push({ kind: 'phase-added', phase: phase.id, title: phase.title });
    for (const [old, now] of phases.pairs) {
        if (old.title !== now.title) changes.push({ kind: 'title-changed', element: 'phase', id: now.id, before: old.title, after: now.title });
    }

    const oldSteps = placedSteps(before);
    const newSteps = placedSteps(after);
    const { matches, added, removed } = matchSteps(oldSteps, newSteps);
    for (const { step, phase } of removed) changes.push({ kind: 'step-removed', phase, step: step.id, title: step.title });
    for (const { step, phase } of added) changes.push({ kind: 'step-added', phase, step: step.id, title: step.title });
    const renamedTo = new Map<string, string>();
    for (const match of matches) {
        const step = match.after.step.id;
        if (match.renamed) {
            changes.push({ kind: 'step-renamed', step, fromStep: match.before.step.id });
            renamedTo.set(match.before.step.id, step);
        }
        if (match.before.phase !== match.after.phase) changes.push({ kind: 'step-moved', step, fromPhase: match.before.phase, toPhase: match.after.phase });
        changes.push(...compareSteps(match.before.step, match.after.step));
    }

    const findings = compareFindings(
        placedFindings(before, id => renamedTo.get(id) ?? id),
        placedFindings(after),
    );
    changes.push(...findings);
    return {
        id: either.id,
        ...(before && after && before.id !== after.id ? { beforeId: before.id } : {}),
        title: either.title,
        status: !before ? 'added' : !after ? 'removed' : changes.length > 0 ? 'changed' : 'unchanged',
        changes,
        summary: summarize(oldSteps, newSteps, changes),
        ...mermaid,
    };
}
