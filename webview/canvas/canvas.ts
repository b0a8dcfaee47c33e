// The journey-map canvas, the preview's main view: one column per touchpoint under its phase's
// coloured band, one lane per kind of content (language/export/map-view.ts draws the cells),
// the emotion lane drawn as a curve (language/export/emotion-curve.ts). Lane names stay on the
// left and the phase and touchpoint header on top while scrolling (sticky-header.ts, style.css).
//
// The canvas is patched, not redrawn, and drawn only near the viewport. Columns have a fixed
// width, so each cell is placed in its own grid column and row, and only the columns within a
// viewport's width on either side of the visible ones exist in the DOM (all of them up to
// DRAW_ALL_UP_TO). A CSS grid lays out every cell it holds on each change: 0.5 s for the
// 140,000 cells of a 10,000-touchpoint map. Each drawn column keeps its cells with the data they
// were drawn from, and an update rebuilds only the drawn columns whose data changed (source
// ranges aside: they move with every edit above). Columns are matched by touchpoint id, so
// inserting or removing one moves the others' cells instead of rebuilding them. The curve spans
// the drawn columns and is patched in place (patch-dom.ts).
// What an update works out over the whole journey (the columns, the lanes, the persona colours,
// the curve's lines) is remembered per phase view in language/, since the model patch keeps every
// unchanged phase as the same object, and the curve's points are read for the drawn columns only:
// an edit costs what the edited phase and the drawn columns cost, not what the journey holds.
import type { JourneyView, PhaseView, TouchpointView } from '../../language/model/map-model.js';
import {
    COLUMN_WIDTH,
    emotionLaneLabel,
    gridColumns,
    keyIndexes,
    laneName,
    personaColourOf,
    phaseCell,
    phaseKey,
    rowCell,
    rowLabel,
    touchpointCell,
    touchpointKey,
    useColoursOf,
    visibleLanes,
    type GridColumn,
    type LaneOptions,
    type RowId,
} from '../../language/export/map-view.js';
import { curveLinesOf, curveSeries, curveSeriesAround, curveView, type CurveLine } from '../../language/export/emotion-curve.js';
import { label } from '../../language/export/view-labels.js';
import { toDom } from '../vnode-dom.js';
import { sameJson } from '../../language/model/model-patch.js';
import { replaceChanged, syncChildren } from './dom-sync.js';
import { patchDom } from './patch-dom.js';
import { keepHeaderRowsStuck } from './sticky-header.js';
import { CHANGE_MARKS, type ChangeMark } from '../../language/export/comparison-marks.js';

/** Comparison mode (webview/comparison/): the marks of the drawn cells, and the older version behind each column for the dashed curve. */
export interface CanvasComparison {
    markOf(key: string, className: string): ChangeMark | undefined;
    beforeOf(touchpointId: string): TouchpointView | undefined;
}

export const LABEL_WIDTH = 120;
/** Up to this many columns all are drawn, so that lanes keep their heights while scrolling sideways. */
const DRAW_ALL_UP_TO = 200;

interface ColumnCells {
    key: string;
    column: GridColumn;
    /** Its index among the journey's columns (its grid column is index + 2). */
    index: number;
    /** The touchpoint header's cell, then one per lane. */
    cells: HTMLElement[];
}
interface PhaseHead {
    phase: PhaseView;
    p: number;
    /** The index of its first column. */
    start: number;
    cell: HTMLElement;
}
interface Drawn {
    table: HTMLTableElement;
    lanes: RowId[];
    /** The phase row, the touchpoint row, then one per lane. */
    rows: HTMLTableRowElement[];
    labels: Element[];
    /** The emotion lane's curve, across the drawn columns (absent without that lane). */
    curveCell?: HTMLElement;
    /** The curve's lines over the whole journey (its points are read for the drawn columns only). */
    curveLines: CurveLine[];
    columns: GridColumn[];
    /** The index of each phase's first column. */
    phaseStarts: number[];
    drawn: ColumnCells[];
    phases: PhaseHead[];
}

const sameTouchpoint = (a: TouchpointView, b: TouchpointView) => a === b || sameJson(a, b, 'range');

function samePhaseHead(a: PhaseView, b: PhaseView): boolean {
    return (
        a === b ||
        (a.touchpoints.length === b.touchpoints.length &&
            a.title === b.title &&
            a.moment === b.moment &&
            sameJson(a.owner, b.owner) &&
            sameJson(a.descriptions, b.descriptions) &&
            sameJson(a.findings, b.findings, 'range'))
    );
}

const columnKey = (column: GridColumn) => (column.touchpoint ? `t:${column.touchpoint.id}` : `p:${column.phase.id}`);
const elementKey = (column: GridColumn) => (column.touchpoint ? touchpointKey(column.p, column.t) : phaseKey(column.p));

export class JourneyCanvas {
    /** The scrolling box the canvas lives in. */
    readonly host: HTMLDivElement;
    private state: Drawn | undefined;
    private windowFrame = 0;
    private comparison: CanvasComparison | undefined;

    /** `isHighlighted` says whether a freshly drawn cell belongs to the element at the editor's cursor. */
    constructor(
        private readonly document: Document,
        private readonly isHighlighted: (key: string) => boolean,
    ) {
        this.host = document.createElement('div');
        this.host.className = 'grid-host canvas-host';
        // Scrolling sideways draws the columns that come near the viewport (once per frame).
        this.host.addEventListener(
            'scroll',
            () => {
                if (this.windowFrame) return;
                this.windowFrame = requestAnimationFrame(() => {
                    this.windowFrame = 0;
                    const state = this.state;
                    if (!state) return;
                    const [from, to] = this.columnWindow(state);
                    const drawn = state.drawn;
                    if (drawn.length === 0 || drawn[0].index !== from || drawn[drawn.length - 1].index !== to - 1) this.drawColumns(state, [from, to]);
                });
            },
            { passive: true },
        );
        window.addEventListener('resize', () => this.host.dispatchEvent(new Event('scroll')));
    }

    /** Forgets the drawn cells: the next render draws every cell anew (e.g. the labels' language changed). */
    invalidate(): void {
        this.state = undefined;
    }

    clear(): void {
        this.state = undefined;
        this.host.replaceChildren();
    }

    /** Comparison mode on (or off, undefined): applied by the next render. */
    compareWith(comparison: CanvasComparison | undefined): void {
        this.comparison = comparison;
    }

    render(journey: JourneyView, options: LaneOptions): void {
        // Persona colours follow the diagram's legend; when they change, every drawn cell is stale.
        if (useColoursOf(journey)) this.state = undefined;
        const columns = gridColumns(journey);
        const lanes = visibleLanes(journey.phases, options);
        if (this.state && !sameJson(this.state.lanes, lanes)) this.state = undefined;
        const fresh = !this.state;
        const state = this.state ?? this.skeleton(lanes);
        this.state = state;
        const phaseStarts: number[] = [];
        let start = 0;
        for (const phase of journey.phases) {
            phaseStarts.push(start);
            start += Math.max(1, phase.touchpoints.length);
        }
        if (columns.length !== state.columns.length || fresh) {
            state.table.setAttribute('data-columns', String(columns.length));
            state.table.setAttribute('aria-colcount', String(columns.length + 1));
            state.table.style.gridTemplateColumns = `${LABEL_WIDTH}px repeat(${Math.max(1, columns.length)}, ${COLUMN_WIDTH}px)`;
        }
        state.table.setAttribute('aria-label', journey.title);
        state.columns = columns;
        state.phaseStarts = phaseStarts;
        state.curveLines = curveLinesOf(journey.phases);
        const emotionRow = lanes.indexOf('emotion');
        if (emotionRow >= 0) {
            // Its legend lists the personas with a line of their own.
            const labelCell = toDom(emotionLaneLabel(state.curveLines), this.document) as HTMLElement;
            labelCell.style.gridRow = String(emotionRow + 3);
            if (labelCell.outerHTML !== state.labels[emotionRow + 2].outerHTML) {
                state.labels[emotionRow + 2].replaceWith(labelCell);
                state.labels[emotionRow + 2] = labelCell;
            }
        }
        if (fresh) this.host.replaceChildren(state.table);
        this.drawColumns(state, this.columnWindow(state));
        keepHeaderRowsStuck(state.table, state.rows[0]);
    }

    private skeleton(lanes: RowId[]): Drawn {
        const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string) => {
            const element = this.document.createElement(tag);
            if (className) element.className = className;
            return element;
        };
        const table = el('table', 'grid canvas live');
        table.setAttribute('role', 'table');
        table.setAttribute('aria-rowcount', String(lanes.length + 2));
        const thead = el('thead');
        const tbody = el('tbody');
        const rows = [el('tr', 'phase-row'), el('tr', 'touchpoint-row'), ...lanes.map(row => el('tr', `row row-${row}`))];
        rows.forEach((row, index) => {
            row.setAttribute('role', 'row');
            row.setAttribute('aria-rowindex', String(index + 1));
        });
        const names = [label('Phase'), label('Touchpoint'), ...lanes.map(laneName)];
        const labels = names.map(name => toDom(rowLabel(name), this.document) as HTMLElement);
        labels.forEach((cell, r) => {
            cell.style.gridRow = String(r + 1);
        });
        rows.forEach((row, index) => row.append(labels[index]));
        thead.append(rows[0], rows[1]);
        tbody.append(...rows.slice(2));
        table.append(thead, tbody);
        let curveCell: HTMLElement | undefined;
        const emotionRow = lanes.indexOf('emotion');
        if (emotionRow >= 0) {
            // Drawn for the eye only: the lane's cells below it hold the same emotions as text.
            curveCell = el('td', 'curve-cell');
            curveCell.setAttribute('aria-hidden', 'true');
            curveCell.setAttribute('role', 'presentation');
            curveCell.style.gridRow = String(emotionRow + 3);
        }
        return { table, lanes, rows, labels, curveCell, curveLines: [], columns: [], phaseStarts: [], drawn: [], phases: [] };
    }

    /** The columns [from, to) to draw: the visible ones and a viewport's width on either side. */
    private columnWindow(state: Drawn): [number, number] {
        const count = state.columns.length;
        if (count <= DRAW_ALL_UP_TO) return [0, count];
        const width = this.host.clientWidth || window.innerWidth;
        const visible = Math.ceil(width / COLUMN_WIDTH) + 1;
        const first = Math.floor(Math.max(0, this.host.scrollLeft - LABEL_WIDTH) / COLUMN_WIDTH);
        const from = Math.max(0, Math.min(first, count - visible) - visible);
        return [from, Math.min(count, first + 2 * visible)];
    }

    private place(cell: HTMLElement, index: number): void {
        cell.style.gridColumn = String(index + 2);
        cell.setAttribute('aria-colindex', String(index + 2));
    }

    private buildColumn(state: Drawn, column: GridColumn, index: number): ColumnCells {
        const cells = [
            toDom(touchpointCell(column), this.document) as HTMLElement,
            ...state.lanes.map(row => toDom(rowCell(row, column), this.document) as HTMLElement),
        ];
        cells.forEach((cell, r) => {
            cell.style.gridRow = String(r + 2);
            this.place(cell, index);
            if (this.isHighlighted(cell.getAttribute('data-key') ?? '')) cell.classList.add('highlight');
        });
        return { key: columnKey(column), column, index, cells };
    }

    private buildPhase(phase: PhaseView, p: number, start: number): PhaseHead {
        const cell = toDom(phaseCell(phase, p), this.document) as HTMLElement;
        cell.style.gridRow = '1';
        if (this.isHighlighted(cell.getAttribute('data-key') ?? '')) cell.classList.add('highlight');
        const head = { phase, p, start, cell };
        placePhase(head);
        return head;
    }

    /** Draws columns [from, to): reuses the drawn cells of unchanged columns (by key), builds the others. */
    private drawColumns(state: Drawn, [from, to]: [number, number]): void {
        const previous = new Map<string, ColumnCells[]>();
        for (const cells of state.drawn) {
            const queue = previous.get(cells.key);
            if (queue) queue.push(cells);
            else previous.set(cells.key, [cells]);
        }
        const next: ColumnCells[] = [];
        for (let index = from; index < to; index++) {
            const column = state.columns[index];
            const reusable = previous.get(columnKey(column))?.shift();
            if (
                !reusable ||
                !(column.touchpoint ? reusable.column.touchpoint && sameTouchpoint(column.touchpoint, reusable.column.touchpoint) : !reusable.column.touchpoint)
            ) {
                next.push(this.buildColumn(state, column, index));
                continue;
            }
            if (reusable.column.p !== column.p || reusable.column.t !== column.t) {
                const key = elementKey(column);
                for (const cell of reusable.cells) cell.setAttribute('data-key', key);
            }
            if (reusable.column.p !== column.p) {
                // The column moved to another phase: its cells take that band's colour.
                next.push(this.buildColumn(state, column, index));
                continue;
            }
            if (reusable.index !== index) {
                for (const cell of reusable.cells) this.place(cell, index);
                reusable.index = index;
            }
            reusable.column = column;
            next.push(reusable);
        }
        const heads: PhaseHead[] = [];
        if (to > from) {
            const oldHeads = new Map(state.phases.map(head => [head.p, head]));
            for (let p = state.columns[from].p; p <= state.columns[to - 1].p; p++) {
                const phase = state.columns[state.phaseStarts[p]].phase;
                const old = oldHeads.get(p);
                if (old && samePhaseHead(old.phase, phase)) {
                    old.phase = phase;
                    if (old.start !== state.phaseStarts[p]) {
                        old.start = state.phaseStarts[p];
                        placePhase(old);
                    }
                    heads.push(old);
                } else {
                    heads.push(this.buildPhase(phase, p, state.phaseStarts[p]));
                }
            }
        }
        syncChildren(state.rows[0], [state.labels[0], ...heads.map(head => head.cell)]);
        const curveRow = state.lanes.indexOf('emotion') + 2;
        for (let r = 1; r < state.rows.length; r++) {
            // The emotion lane ends with its curve, over the cells.
            const curve = r === curveRow && state.curveCell ? [state.curveCell] : [];
            replaceChanged(
                state.rows[r],
                [state.labels[r], ...state.drawn.map(cells => cells.cells[r - 1]), ...curve],
                [state.labels[r], ...next.map(cells => cells.cells[r - 1]), ...curve],
            );
        }
        state.drawn = next;
        state.phases = heads;
        this.markChanges(state);
        this.drawCurve(state, from, to);
    }

    /** The comparison's marks on the drawn cells (reused cells lose the marks they no longer have). */
    private markChanges(state: Drawn): void {
        const comparison = this.comparison;
        for (const cell of [...state.phases.map(head => head.cell), ...state.drawn.flatMap(column => column.cells)]) {
            const mark = comparison?.markOf(cell.getAttribute('data-key') ?? '', cell.className);
            for (const each of CHANGE_MARKS) {
                if (cell.classList.contains(`change-${each}`) !== (each === mark)) cell.classList.toggle(`change-${each}`);
            }
        }
    }

    /** The curve over the drawn columns, its SVG kept and patched: an edit moves the line in place. */
    private drawCurve(state: Drawn, from: number, to: number): void {
        const cell = state.curveCell;
        if (!cell) return;
        cell.style.gridColumn = `${from + 2} / ${Math.max(from + 1, to) + 2}`;
        const series = curveSeriesAround(state.curveLines, state.columns.length, from, to, index => state.columns[index].touchpoint);
        // In comparison mode, the older version's line under it (the whole curve: a comparison is not an edit).
        const comparison = this.comparison;
        const before = comparison && curveSeries(state.columns.map(column => column.touchpoint && comparison.beforeOf(column.touchpoint.id)));
        const curve = curveView(series, from, to, COLUMN_WIDTH, personaColourOf, before);
        const svg = cell.firstElementChild;
        if (svg && svg.localName === 'svg') patchDom(svg, curve);
        else cell.replaceChildren(toDom(curve, this.document));
    }

    /** Scrolls the canvas so that the column of `key` is drawn (its cell can then be scrolled into view). */
    drawColumnOf(key: string): void {
        const indexes = keyIndexes(key);
        const state = this.state;
        if (!state || !indexes) return;
        const start = state.phaseStarts[indexes.p];
        if (start === undefined) return;
        const index = start + (indexes.t ?? 0);
        const drawn = state.drawn;
        if (drawn.length > 0 && drawn[0].index <= index && index <= drawn[drawn.length - 1].index) return;
        this.host.scrollLeft = LABEL_WIDTH + index * COLUMN_WIDTH - this.host.clientWidth / 2;
        this.drawColumns(state, this.columnWindow(state));
    }
}

function placePhase(head: PhaseHead): void {
    head.cell.style.gridColumn = `${head.start + 2} / span ${Math.max(1, head.phase.touchpoints.length)}`;
    head.cell.setAttribute('aria-colindex', String(head.start + 2));
}
