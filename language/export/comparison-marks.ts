// What the canvas marks in comparison mode, from the comparison engine's changes
// (language/diff/): each cell of the newer version that holds something added, removed or
// changed, each phase heading added or renamed, and, for the "before" emotion curve, the older
// version's touchpoint behind each column. Plain data: the preview's canvas and the comparison's
// HTML export both draw from it.
import type { JourneyView, TouchpointView } from '../model/map-model.js';
import type { Change, JourneyDiff } from '../diff/journey-changes.js';
import { journeyKey, keyIndexes, phaseKey, touchpointKey, type RowId } from './map-view.js';

export type ChangeMark = 'added' | 'removed' | 'changed';
/** A column's header (`touchpoint`) or one of its lanes. */
export type MarkedCell = RowId | 'touchpoint';

export interface ComparisonMarks {
    /** By the newer version's step id: its marked cells. A new step has every cell marked `added`. */
    steps: Map<string, { whole?: 'added'; cells: Map<MarkedCell, ChangeMark> }>;
    /** By phase id: a new or retitled phase. */
    phases: Map<string, ChangeMark>;
}

/** The lane a change shows in, and how. Steps added, removed, phases and findings are marked elsewhere. */
function cellOf(change: Change): [step: string, cell: MarkedCell, mark: ChangeMark] | undefined {
    switch (change.kind) {
        case 'step-moved':
        case 'step-renamed':
            return [change.step, 'touchpoint', 'changed'];
        case 'title-changed':
            return change.element === 'step' ? [change.id, 'touchpoint', 'changed'] : undefined;
        case 'emotion-changed':
            return [change.step, 'emotion', change.before === undefined ? 'added' : change.after === undefined ? 'removed' : 'changed'];
        case 'pain-added':
            return [change.step, 'pains', 'added'];
        case 'pain-removed':
            return [change.step, 'pains', 'removed'];
        case 'gap-added':
            return [change.step, 'gaps', 'added'];
        case 'gap-removed':
            return [change.step, 'gaps', 'removed'];
        case 'gap-changed':
            return [change.step, 'gaps', 'changed'];
        case 'opportunity-added':
            return [change.step, 'opportunities', 'added'];
        case 'opportunity-removed':
            return [change.step, 'opportunities', 'removed'];
        case 'opportunity-changed':
            return [change.step, 'opportunities', 'changed'];
        case 'kpi-added':
            return [change.step, 'kpis', 'added'];
        case 'kpi-removed':
            return [change.step, 'kpis', 'removed'];
        case 'kpi-changed':
            return [change.step, 'kpis', 'changed'];
        case 'owner-changed':
            return [change.step, 'owner', change.before === undefined ? 'added' : change.after === undefined ? 'removed' : 'changed'];
        case 'channel-changed':
            return [change.step, 'channel', change.before === undefined ? 'added' : change.after === undefined ? 'removed' : 'changed'];
        case 'moment-of-truth':
            return [change.step, 'momentOfTruth', change.marked ? 'added' : 'removed'];
        default:
            return undefined;
    }
}

export function comparisonMarks(diff: JourneyDiff): ComparisonMarks {
    const marks: ComparisonMarks = { steps: new Map(), phases: new Map() };
    const step = (id: string) => {
        let entry = marks.steps.get(id);
        if (!entry) marks.steps.set(id, (entry = { cells: new Map() }));
        return entry;
    };
    for (const change of diff.changes) {
        if (change.kind === 'step-added') step(change.step).whole = 'added';
        else if (change.kind === 'phase-added') marks.phases.set(change.phase, 'added');
        else if (change.kind === 'title-changed' && change.element === 'phase') marks.phases.set(change.id, marks.phases.get(change.id) ?? 'changed');
        const cell = cellOf(change);
        if (!cell) continue;
        const [id, lane, mark] = cell;
        const cells = step(id).cells;
        const previous = cells.get(lane);
        // Something added and something removed in one cell: it changed.
        cells.set(lane, previous === undefined || previous === mark ? mark : 'changed');
    }
    return marks;
}

/** The mark of a column's cell, if any. */
export function markOf(marks: ComparisonMarks, stepId: string | undefined, cell: MarkedCell): ChangeMark | undefined {
    if (stepId === undefined) return undefined;
    const step = marks.steps.get(stepId);
    return step?.whole ?? step?.cells.get(cell);
}

/**
 * The older version's touchpoint behind each of the newer version's touchpoints (by id, or the
 * id it was renamed from), undefined for a new one: the "before" curve is drawn over the same
 * columns as the "after" curve.
 */
export function beforeTouchpoints(before: JourneyView, diff: JourneyDiff): (afterId: string) => TouchpointView | undefined {
    const byId = new Map<string, TouchpointView>();
    for (const phase of before.phases) for (const touchpoint of phase.touchpoints) if (!byId.has(touchpoint.id)) byId.set(touchpoint.id, touchpoint);
    const renamedFrom = new Map<string, string>();
    const added = new Set<string>();
    for (const change of diff.changes) {
        if (change.kind === 'step-renamed') renamedFrom.set(change.step, change.fromStep);
        else if (change.kind === 'step-added') added.add(change.step);
    }
    return afterId => (added.has(afterId) ? undefined : byId.get(renamedFrom.get(afterId) ?? afterId));
}

/** The `data-key` of the newer version's element a change is about (to reveal it), if it still exists. */
export function changeKey(change: Change, journey: JourneyView): string | undefined {
    const stepKey = (id: string) => {
        for (let p = 0; p < journey.phases.length; p++) {
            const t = journey.phases[p].touchpoints.findIndex(touchpoint => touchpoint.id === id);
            if (t >= 0) return touchpointKey(p, t);
        }
        return undefined;
    };
    const phase = (id: string) => {
        const p = journey.phases.findIndex(each => each.id === id);
        return p >= 0 ? phaseKey(p) : undefined;
    };
    switch (change.kind) {
        case 'phase-added':
        case 'phase-removed':
            return phase(change.phase);
        case 'step-removed':
            return phase(change.phase);
        case 'title-changed':
            return change.element === 'journey' ? journeyKey() : change.element === 'phase' ? phase(change.id) : stepKey(change.id);
        case 'finding-introduced':
        case 'finding-fixed':
            return change.at.step ? stepKey(change.at.step) : change.at.phase ? phase(change.at.phase) : journeyKey();
        case 'step-added':
        case 'step-moved':
        case 'step-renamed':
        case 'emotion-changed':
        case 'pain-added':
        case 'pain-removed':
        case 'gap-added':
        case 'gap-removed':
        case 'gap-changed':
        case 'opportunity-added':
        case 'opportunity-removed':
        case 'opportunity-changed':
        case 'kpi-added':
        case 'kpi-removed':
        case 'kpi-changed':
        case 'owner-changed':
        case 'channel-changed':
        case 'moment-of-truth':
            return stepKey(change.step);
    }
}

export const CHANGE_MARKS: ChangeMark[] = ['added', 'removed', 'changed'];

/**
 * The mark of a drawn cell, from what the canvas puts on it: its `data-key` (phase and
 * touchpoint indexes in `journey`) and its classes (`phase`, `touchpoint` or `cell cell-<lane>`).
 */
export function markOfCell(journey: JourneyView, marks: ComparisonMarks, key: string, className: string): ChangeMark | undefined {
    const indexes = keyIndexes(key);
    const phase = indexes && journey.phases[indexes.p];
    if (!indexes || !phase) return undefined;
    const classes = className.split(/\s+/);
    if (indexes.t === undefined) return classes.includes('phase') ? marks.phases.get(phase.id) : undefined;
    const touchpoint = phase.touchpoints[indexes.t];
    if (!touchpoint) return undefined;
    if (classes.includes('touchpoint')) return markOf(marks, touchpoint.id, 'touchpoint');
    const lane = classes.find(name => name.startsWith('cell-'))?.slice('cell-'.length);
    return lane ? markOf(marks, touchpoint.id, lane as RowId) : undefined;
}
