// The journey preview, running in the webview (bundled by esbuild.mjs to dist/webview.js).
// It receives validated MapModels from the extension and draws: the header, the Mermaid
// `journey` diagram and the swimlane grid (language/export/map-view.ts). All user text goes
// into the DOM as text nodes; Mermaid's SVG is sanitized by DOMPurify before it is adopted
// (webview/svg-import.ts).
import mermaid from 'mermaid';
import type { JourneyView, MapModel, PhaseView, TouchpointView } from '../language/model/map-model.js';
import { elementTarget, gridColumns, headerView, useColoursOf, keyAt, keyIndexes, phaseCell, phaseKey, rowCell, rowLabel, ROWS, touchpointCell, touchpointCount, touchpointKey, type GridColumn } from '../language/export/map-view.js';
import { toDom } from './vnode-dom.js';
import { label, setViewLocale, viewLocale } from '../language/export/view-labels.js';
import { toLocale } from '../language/i18n/locale.js';
import { MAX_MERMAID_TOUCHPOINTS, type ExportFormat, type ExportPayload, type FromWebview, type ToWebview, type WebviewState } from './protocol.js';
import { applyModelPatchTo, sameJson, type ModelPatch } from '../language/model/model-patch.js';
import { diagramChanges, patchDiagram } from './diagram-patch.js';
import { importSvg } from './svg-import.js';
import { svgToPng } from './svg-to-png.js';
import { boxSizeFor, MERMAID_BOX_SIZE, sameBoxSize, type BoxSize } from './journey-box-size.js';
import { mermaidTextOf } from '../language/model/mermaid-text-of.js';
import { journeyForPersona, personasOf } from '../language/model/persona-filter.js';
import './style.css';

interface VsCodeApi {
    postMessage(message: FromWebview): void;
    getState(): WebviewState | undefined;
    setState(state: WebviewState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
let state: WebviewState = { ...(vscode.getState() ?? {}) };
const saveState = () => vscode.setState(state);

// ---- Skeleton -------------------------------------------------------------------------------

// The page's own texts, in the display language the extension put on <html lang>, and again
// in the model's language when one arrives (the server follows the same setting).
const relabelers: (() => void)[] = [];
function localized(apply: () => void): void {
    relabelers.push(apply);
    apply();
}
function followLocale(locale: string | undefined): void {
    const previous = viewLocale();
    setViewLocale(toLocale(locale));
    if (viewLocale() !== previous) relabelers.forEach(apply => apply());
}
setViewLocale(toLocale(document.documentElement.lang));

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
    const element = document.createElement(tag);
    if (className) element.className = className;
    if (text !== undefined) element.textContent = text;
    return element;
}

const root = el('div', 'journey-preview');
const banner = el('div', 'error-banner');
banner.hidden = true;
banner.setAttribute('role', 'alert');
const toolbar = el('div', 'toolbar');
const picker = el('select', 'journey-picker');
picker.hidden = true;
// The persona filter: All, or the journey as one persona lives it (language/model/persona-filter.ts).
const personaFilter = el('select', 'persona-filter');
personaFilter.hidden = true;
const lockBadge = el('span', 'lock-badge');
lockBadge.hidden = true;
const headerHost = el('div', 'header-host');
const diagramSection = el('section', 'diagram');
const viewport = el('div', 'viewport');
viewport.tabIndex = 0;
const stage = el('div', 'stage');
const diagramMessage = el('div', 'diagram-message');
diagramMessage.hidden = true;
viewport.append(stage);
diagramSection.append(diagramMessage, viewport);
const gridHost = el('div', 'grid-host');
// Mermaid draws in this off-screen box (its third render argument), so that measuring text
// does not lay out the whole preview again and again: with a large grid in the document
// that made a 1,000-task diagram take many seconds.
const mermaidSandbox = el('div', 'mermaid-sandbox');
mermaidSandbox.setAttribute('aria-hidden', 'true');
const empty = el('p', 'empty-message');
let emptyText = () => label('Waiting for the journey map…');
localized(() => {
    picker.title = label('Journey to show');
    personaFilter.title = label('Show the journey as one persona lives it');
    if (model) renderPersonaFilter(chooseJourney(model));
    lockBadge.textContent = label('🔒 locked');
    viewport.setAttribute('aria-label', label('Journey diagram: drag to pan, Ctrl+wheel or + and - to zoom, 0 to reset'));
    empty.textContent = emptyText();
});

function button(text: () => string, title: () => string, onClick: () => void, className = 'tool'): HTMLButtonElement {
    const b = el('button', className);
    b.type = 'button';
    localized(() => {
        b.textContent = text();
        b.title = title();
    });
    b.addEventListener('click', onClick);
    return b;
}
const zoomGroup = el('span', 'tool-group');
zoomGroup.append(
    button(() => '−', () => label('Zoom out (-)'), () => zoomBy(1 / 1.2)),
    button(() => '+', () => label('Zoom in (+)'), () => zoomBy(1.2)),
    button(() => '1:1', () => label('Reset zoom (0)'), () => resetZoom()),
    button(() => label('Fit width'), () => label('Fit the diagram to the width of the preview'), () => fitWidth(), 'tool fit-width'),
);
const exportGroup = el('span', 'tool-group');
const exportLabel = el('span', 'tool-label');
localized(() => { exportLabel.textContent = label('Export:'); });
exportGroup.append(exportLabel);
for (const [format, name] of [['svg', 'SVG'], ['png', 'PNG'], ['mermaid', 'Mermaid'], ['markdown', 'Markdown'], ['html', 'HTML']] as [ExportFormat, string][]) {
    exportGroup.append(button(() => name, () => label('Export as {0}', name), () => void exportClicked(format), `tool export-${format}`));
}
toolbar.append(picker, personaFilter, lockBadge, zoomGroup, exportGroup);
root.append(banner, toolbar, empty, headerHost, diagramSection, gridHost);
document.body.classList.add('journey-webview');
document.body.append(root, mermaidSandbox);

// ---- Model and rendering --------------------------------------------------------------------

let model: MapModel | undefined;
let journey: JourneyView | undefined;
/** The latest model received and its sequence number: the base of the next patch. */
let received: { model: MapModel; seq: number } | undefined;
let highlightedKey: string | undefined;
let cursorJourneyId: string | undefined;

function chooseJourney(next: MapModel): JourneyView | undefined {
    const byId = (id: string | undefined) => id === undefined ? undefined : next.journeys.find(j => j.id === id);
    return byId(state.journeyId) ?? byId(cursorJourneyId) ?? next.journeys[0];
}

function acceptModel(next: MapModel, locked: boolean): void {
    followLocale(next.locale);
    state.locked = locked;
    lockBadge.hidden = !locked;
    const sameFile = model?.uri === next.uri;
    if (next.syntaxErrors.length > 0 && model && sameFile) {
        // Keep the last good rendering; list the errors above it.
        showBanner(next);
        return;
    }
    if (!sameFile) {
        state.journeyId = undefined;
        cursorJourneyId = undefined;
    }
    state.uri = next.uri;
    if (next.syntaxErrors.length > 0) showBanner(next); else hideBanner();
    model = next;
    render();
    saveState();
}

function acceptPatch(patch: ModelPatch, seq: number, locked: boolean): void {
    const next = applyModelPatchTo(received?.model, received?.seq, patch);
    if (!next) {
        // Not the model this webview holds (it was reloaded, or a message was lost): ask for all of it.
        received = undefined;
        vscode.postMessage({ type: 'resync' });
        return;
    }
    received = { model: next, seq };
    acceptModel(next, locked);
}

function render(): void {
    if (!model) return;
    const chosen = chooseJourney(model);
    renderPersonaFilter(chosen);
    // The filter survives updates; while the journey does not involve that persona (an edit under way), all are shown.
    const persona = state.persona;
    journey = chosen && persona !== undefined && personasOf(chosen).some(candidate => candidate.id === persona) ? journeyForPersona(chosen, persona) : chosen;
    renderPicker(model);
    empty.hidden = journey !== undefined;
    emptyText = () => journey ? '' : label('This file has no journey.');
    empty.textContent = emptyText();
    if (!journey) {
        headerHost.replaceChildren();
        gridHost.replaceChildren();
        grid = undefined;
        stage.replaceChildren();
        renderedMermaid = undefined;
        return;
    }
    headerHost.replaceChildren(toDom(headerView(model, journey), document));
    renderGrid(journey);
    applyHighlight(false);
    renderDiagram(journey);
}

function renderPicker(current: MapModel): void {
    picker.hidden = current.journeys.length < 2;
    if (picker.hidden) return;
    const options = current.journeys.map(j => {
        const option = el('option', undefined, j.title || j.id);
        option.value = j.id;
        return option;
    });
    picker.replaceChildren(...options);
    if (journey) picker.value = journey.id;
}

function renderPersonaFilter(current: JourneyView | undefined): void {
    const personas = current ? personasOf(current) : [];
    personaFilter.hidden = personas.length < 2;
    if (personaFilter.hidden) return;
    const all = el('option', undefined, label('All personas'));
    all.value = '';
    const options = personas.map(persona => {
        const option = el('option', undefined, persona.title || persona.id);
        option.value = persona.id;
        return option;
    });
    const wanted = personas.some(persona => persona.id === state.persona) ? state.persona! : '';
    const same = personaFilter.options.length === options.length + 1
        && options.every((option, index) => personaFilter.options[index + 1].value === option.value && personaFilter.options[index + 1].text === option.text)
        && personaFilter.options[0].text === all.text;
    if (!same) personaFilter.replaceChildren(all, ...options);
    personaFilter.value = wanted;
}

personaFilter.addEventListener('change', () => {
    state.persona = personaFilter.value === '' ? undefined : personaFilter.value;
    saveState();
    render();
});

picker.addEventListener('change', () => {
    state.journeyId = picker.value;
    saveState();
    vscode.postMessage({ type: 'journeySelected', journeyId: picker.value });
    render();
});

function showBanner(current: MapModel): void {
    const list = el('ul', 'error-list');
    for (const error of current.syntaxErrors) {
        const item = el('li');
        const link = el('button', 'error-link', label('Line {0}, column {1}: {2}', String(error.range.start.line + 1), String(error.range.start.character + 1), error.message));
        link.type = 'button';
        link.title = label('Go to the error');
        link.addEventListener('click', () => vscode.postMessage({ type: 'reveal', range: error.range }));
        item.append(link);
        list.append(item);
    }
    const count = current.syntaxErrors.length;
    banner.replaceChildren(el('strong', undefined, count === 1 ? label('1 syntax error') : label('{0} syntax errors', String(count))),
        el('span', undefined, model ? label(' — showing the last valid version of the map.') : ''), list);
    banner.hidden = false;
}

function hideBanner(): void {
    banner.hidden = true;
    banner.replaceChildren();
}

// ---- Grid -----------------------------------------------------------------------------------
// The grid is patched, not redrawn, and drawn only near the viewport. Columns have a fixed width,
// so each cell is placed in its own grid column and row, and only the columns within a viewport's
// width on either side of the visible ones exist in the DOM (all of them up to DRAW_ALL_UP_TO). A
// CSS grid lays out every cell it holds on each change: 0.5 s for the 140,000 cells of a
// 10,000-touchpoint map, ~40 ms for a 1,000-touchpoint one. Each drawn column keeps its cells
// with the data they were drawn from, and an update rebuilds only the drawn columns whose data
// changed (source ranges aside: they move with every edit above). Columns are matched by
// touchpoint id, so inserting or removing one moves the others' cells instead of rebuilding them.

const LABEL_WIDTH = 120;
const COLUMN_WIDTH = 200;
/** Up to this many columns all are drawn, so that rows keep their heights while scrolling sideways. */
const DRAW_ALL_UP_TO = 200;

interface ColumnCells {
    key: string;
    column: GridColumn;
    /** Its index among the journey's columns (its grid column is index + 2). */
    index: number;
    /** The touchpoint row's cell, then one per ROWS entry. */
    cells: HTMLElement[];
}
interface PhaseHead {
    phase: PhaseView;
    p: number;
    /** The index of its first column. */
    start: number;
    cell: HTMLElement;
}
interface GridState {
    table: HTMLTableElement;
    /** The phase row, the touchpoint row, then one per ROWS entry. */
    rows: HTMLTableRowElement[];
    labels: Element[];
    /** All columns of the journey, and the index of each phase's first column. */
    columns: GridColumn[];
    phaseStarts: number[];
    /** The drawn columns, in order, and the drawn phase heads. */
    drawn: ColumnCells[];
    phases: PhaseHead[];
}
let grid: GridState | undefined;

const sameTouchpoint = (a: TouchpointView, b: TouchpointView) => a === b || sameJson(a, b, 'range');

function samePhaseHead(a: PhaseView, b: PhaseView): boolean {
    return a === b || (a.touchpoints.length === b.touchpoints.length && a.title === b.title && a.moment === b.moment
        && sameJson(a.owner, b.owner) && sameJson(a.descriptions, b.descriptions) && sameJson(a.findings, b.findings, 'range'));
}

const columnKey = (column: GridColumn) => column.touchpoint ? `t:${column.touchpoint.id}` : `p:${column.phase.id}`;
const elementKey = (column: GridColumn) => column.touchpoint ? touchpointKey(column.p, column.t) : phaseKey(column.p);

function markHighlighted(cell: HTMLElement): void {
    if (highlightedKey !== undefined && cell.getAttribute('data-key') === highlightedKey) cell.classList.add('highlight');
}

function buildColumn(column: GridColumn, index: number): ColumnCells {
    const cells = [toDom(touchpointCell(column), document) as HTMLElement, ...ROWS.map(row => toDom(rowCell(row.id, column), document) as HTMLElement)];
    cells.forEach((cell, r) => {
        cell.style.gridRow = String(r + 2);
        cell.style.gridColumn = String(index + 2);
        markHighlighted(cell);
    });
    return { key: columnKey(column), column, index, cells };
}

function placePhase(head: PhaseHead): void {
    head.cell.style.gridColumn = `${head.start + 2} / span ${Math.max(1, head.phase.touchpoints.length)}`;
}

function buildPhase(phase: PhaseView, p: number, start: number): PhaseHead {
    const cell = toDom(phaseCell(phase, p), document) as HTMLElement;
    cell.style.gridRow = '1';
    markHighlighted(cell);
    const head = { phase, p, start, cell };
    placePhase(head);
    return head;
}

/** Makes `parent`'s children exactly `wanted`, moving and inserting as few nodes as it can. */
function syncChildren(parent: Element, wanted: Node[]): void {
    const keep = new Set(wanted);
    for (let child = parent.firstChild; child;) {
        const next = child.nextSibling;
        if (!keep.has(child)) child.remove();
        child = next;
    }
    let current = parent.firstChild;
    for (const node of wanted) {
        if (node === current) current = current.nextSibling;
        else parent.insertBefore(node, current);
    }
}

/**
 * Makes `parent`'s children `wanted` when they are `shown`: only the run between the longest
 * unchanged start and end is touched. An edit changes one column, so this touches one cell per
 * row instead of walking every drawn cell of the row in the DOM.
 */
function replaceChanged(parent: Element, shown: Node[], wanted: Node[]): void {
    if (parent.childNodes.length !== shown.length) {
        syncChildren(parent, wanted);
        return;
    }
    let start = 0;
    while (start < shown.length && start < wanted.length && shown[start] === wanted[start]) start++;
    let end = 0;
    while (end < shown.length - start && end < wanted.length - start && shown[shown.length - 1 - end] === wanted[wanted.length - 1 - end]) end++;
    const kept = new Set(wanted.slice(start, wanted.length - end));
    for (let i = start; i < shown.length - end; i++) if (!kept.has(shown[i])) (shown[i] as ChildNode).remove();
    const anchor = end > 0 ? shown[shown.length - end] : null;
    for (let i = start; i < wanted.length - end; i++) parent.insertBefore(wanted[i], anchor);
}

const GRID_ROW_NAMES = ['Phase', 'Touchpoint', ...ROWS.map(row => row.label)];
// Cells are patched only where their data changed: a change of language draws the grid anew.
localized(() => { grid = undefined; });

function renderGrid(current: JourneyView): void {
    // Persona colours follow the diagram's legend; when they change, every drawn cell is stale.
    if (useColoursOf(current)) grid = undefined;
    const fresh = !grid;
    if (!grid) {
        const table = el('table', 'grid live');
        const thead = el('thead');
        const tbody = el('tbody');
        const rows = [el('tr', 'phase-row'), el('tr', 'touchpoint-row'), ...ROWS.map(row => el('tr', `row row-${row.id}`))];
        const labels = GRID_ROW_NAMES.map(name => toDom(rowLabel(label(name)), document) as HTMLElement);
        labels.forEach((cell, r) => { cell.style.gridRow = String(r + 1); });
        rows.forEach((row, index) => row.append(labels[index]));
        thead.append(rows[0], rows[1]);
        tbody.append(...rows.slice(2));
        table.append(thead, tbody);
        grid = { table, rows, labels, columns: [], phaseStarts: [], drawn: [], phases: [] };
    }
    const state = grid;
    const columns = gridColumns(current);
    const phaseStarts: number[] = [];
    columns.forEach((column, index) => { if (phaseStarts[column.p] === undefined) phaseStarts[column.p] = index; });
    if (columns.length !== state.columns.length || fresh) {
        state.table.setAttribute('data-columns', String(columns.length));
        state.table.style.gridTemplateColumns = `${LABEL_WIDTH}px repeat(${Math.max(1, columns.length)}, ${COLUMN_WIDTH}px)`;
    }
    state.columns = columns;
    state.phaseStarts = phaseStarts;
    if (fresh) gridHost.replaceChildren(state.table);
    drawColumns(state, columnWindow(state));
}

/** The columns [from, to) to draw: the visible ones and a viewport's width on either side. */
function columnWindow(state: GridState): [number, number] {
    const count = state.columns.length;
    if (count <= DRAW_ALL_UP_TO) return [0, count];
    const width = gridHost.clientWidth || window.innerWidth;
    const visible = Math.ceil(width / COLUMN_WIDTH) + 1;
    const first = Math.floor(Math.max(0, gridHost.scrollLeft - LABEL_WIDTH) / COLUMN_WIDTH);
    const from = Math.max(0, Math.min(first, count - visible) - visible);
    return [from, Math.min(count, first + 2 * visible)];
}

/** Draws columns [from, to): reuses the drawn cells of unchanged columns (by key), builds the others. */
function drawColumns(state: GridState, [from, to]: [number, number]): void {
    const previous = new Map<string, ColumnCells[]>();
    for (const cells of state.drawn) {
        const queue = previous.get(cells.key);
        if (queue) queue.push(cells); else previous.set(cells.key, [cells]);
    }
    const next: ColumnCells[] = [];
    for (let index = from; index < to; index++) {
        const column = state.columns[index];
        const reusable = previous.get(columnKey(column))?.shift();
        if (!reusable || !(column.touchpoint ? reusable.column.touchpoint && sameTouchpoint(column.touchpoint, reusable.column.touchpoint) : !reusable.column.touchpoint)) {
            next.push(buildColumn(column, index));
            continue;
        }
        if (reusable.column.p !== column.p || reusable.column.t !== column.t) {
            const key = elementKey(column);
            for (const cell of reusable.cells) cell.setAttribute('data-key', key);
        }
        if (reusable.index !== index) {
            for (const cell of reusable.cells) cell.style.gridColumn = String(index + 2);
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
                heads.push(buildPhase(phase, p, state.phaseStarts[p]));
            }
        }
    }
    syncChildren(state.rows[0], [state.labels[0], ...heads.map(head => head.cell)]);
    for (let r = 1; r < state.rows.length; r++) {
        replaceChanged(state.rows[r], [state.labels[r], ...state.drawn.map(cells => cells.cells[r - 1])], [state.labels[r], ...next.map(cells => cells.cells[r - 1])]);
    }
    state.drawn = next;
    state.phases = heads;
}

/** Scrolling sideways draws the columns that come near the viewport (once per frame). */
let windowFrame = 0;
gridHost.addEventListener('scroll', () => {
    if (windowFrame) return;
    windowFrame = requestAnimationFrame(() => {
        windowFrame = 0;
        if (!grid) return;
        const [from, to] = columnWindow(grid);
        const drawn = grid.drawn;
        if (drawn.length === 0 || drawn[0].index !== from || drawn[drawn.length - 1].index !== to - 1) drawColumns(grid, [from, to]);
    });
}, { passive: true });
window.addEventListener('resize', () => gridHost.dispatchEvent(new Event('scroll')));

/** Scrolls the grid so that the column of `key` is drawn (its cell can then be scrolled into view). */
function drawColumnOf(key: string): void {
    const indexes = keyIndexes(key);
    if (!grid || !indexes) return;
    const start = grid.phaseStarts[indexes.p];
    if (start === undefined) return;
    const index = start + (indexes.t ?? 0);
    const drawn = grid.drawn;
    if (drawn.length > 0 && drawn[0].index <= index && index <= drawn[drawn.length - 1].index) return;
    gridHost.scrollLeft = LABEL_WIDTH + index * COLUMN_WIDTH - gridHost.clientWidth / 2;
    drawColumns(grid, columnWindow(grid));
}

// ---- Mermaid --------------------------------------------------------------------------------

type MermaidTheme = 'default' | 'dark' | 'neutral';
function currentTheme(): MermaidTheme {
    const classes = document.body.classList;
    if (classes.contains('vscode-high-contrast') && !classes.contains('vscode-high-contrast-light')) return 'dark';
    if (classes.contains('vscode-high-contrast-light')) return 'neutral';
    return classes.contains('vscode-dark') ? 'dark' : 'default';
}

let renderedMermaid: string | undefined;
let renderedTheme: MermaidTheme | undefined;
let renderedBoxSize: BoxSize | undefined;
let renderToken = 0;
/** Resolves when the latest diagram render has settled (used by tests and exports). */
let renderDone: Promise<void> = Promise.resolve();

function initMermaid(theme: MermaidTheme, boxSize: BoxSize): void {
    mermaid.initialize({
        startOnLoad: false,
        // 'loose': Mermaid does not sanitize its SVG; importSvg does, once (webview/svg-import.ts).
        securityLevel: 'loose',
        // Mermaid's default limit (50,000 characters) is reached near 600 touchpoints, and it
        // then draws "Maximum text size in diagram exceeded" instead of the journey; the
        // preview's own limit is MAX_MERMAID_TOUCHPOINTS.
        maxTextSize: 10_000_000,
        theme,
        // Boxes large enough for the labels (webview/journey-box-size.ts).
        journey: { useMaxWidth: false, width: boxSize.width, height: boxSize.height },
        // The generator already encodes user text; no directive may change security settings.
        secure: ['secure', 'securityLevel', 'startOnLoad', 'maxTextSize', 'maxEdges'],
    });
}

function renderDiagram(current: JourneyView, force = false): void {
    const theme = currentTheme();
    if (touchpointCount(current) > MAX_MERMAID_TOUCHPOINTS) {
        renderToken++;
        renderedMermaid = undefined;
        stage.replaceChildren();
        viewport.hidden = true;
        showDiagramMessage(label('Map too large to draw: {0} touchpoints (the diagram is drawn up to {1}). The grid below shows all of them.', String(touchpointCount(current)), String(MAX_MERMAID_TOUCHPOINTS)));
        return;
    }
    viewport.hidden = false;
    const text = mermaidTextOf(current);
    // A title that no longer fits its box (or fits a smaller one) changes the whole drawing.
    const boxSize = boxSizeFor(current);
    const sameDrawing = !force && theme === renderedTheme && sameBoxSize(boxSize, renderedBoxSize);
    if (sameDrawing && text === renderedMermaid) return;
    if (sameDrawing && renderedMermaid !== undefined && patchDrawnDiagram(renderedMermaid, text)) {
        renderToken++;
        renderedMermaid = text;
        renderDone = Promise.resolve();
        return;
    }
    const token = ++renderToken;
    renderDone = (async () => {
        try {
            initMermaid(theme, boxSize);
            // render() parses (and rejects a bad text) itself: no separate parse.
            const { svg } = await mermaid.render(`journey-diagram-${token}`, text, mermaidSandbox);
            mermaidSandbox.replaceChildren();
            if (token !== renderToken) return;
            const svgElement = mermaidSvg(svg);
            stage.replaceChildren(svgElement);
            renderedMermaid = text;
            renderedTheme = theme;
            renderedBoxSize = boxSize;
            hideDiagramMessage();
            applyTransform();
        } catch (error) {
            if (token !== renderToken) return;
            showDiagramMessage(label('The diagram could not be drawn: {0}', error instanceof Error ? error.message : String(error)));
        }
    })();
}

/** An edit of titles or emotions only, patched into the drawn diagram (webview/diagram-patch.ts). */
function patchDrawnDiagram(drawn: string, next: string): boolean {
    const changes = diagramChanges(drawn, next);
    const svg = stage.querySelector('svg');
    return !!changes && !!svg && patchDiagram(svg, changes);
}

function showDiagramMessage(text: string): void {
    diagramMessage.textContent = text;
    diagramMessage.hidden = false;
}
function hideDiagramMessage(): void {
    diagramMessage.hidden = true;
}

/** Mermaid's SVG, sanitized (webview/svg-import.ts). */
function mermaidSvg(markup: string): SVGSVGElement {
    const svg = importSvg(markup);
    if (!svg) throw new Error(label('Mermaid produced no SVG'));
    return svg;
}

new MutationObserver(() => {
    if (journey && currentTheme() !== renderedTheme) renderDiagram(journey, true);
}).observe(document.body, { attributes: true, attributeFilter: ['class'] });

// ---- Zoom and pan ---------------------------------------------------------------------------

const MIN_SCALE = 0.1;
const MAX_SCALE = 8;
function zoom() {
    return state.zoom ?? { scale: 1, x: 0, y: 0 };
}
function svgSize(): { width: number; height: number } | undefined {
    const svg = stage.querySelector('svg');
    if (!svg) return undefined;
    const viewBox = svg.viewBox?.baseVal;
    const width = Number.parseFloat(svg.getAttribute('width') ?? '') || viewBox?.width || svg.getBoundingClientRect().width;
    const height = Number.parseFloat(svg.getAttribute('height') ?? '') || viewBox?.height || svg.getBoundingClientRect().height;
    return { width, height };
}
function applyTransform(): void {
    const { scale, x, y } = zoom();
    stage.style.transform = `translate(${x}px, ${y}px) scale(${scale})`;
    const size = svgSize();
    if (size) viewport.style.height = `${Math.max(120, Math.min(size.height * scale + 16, window.innerHeight * 0.8))}px`;
}
function setZoom(next: { scale: number; x: number; y: number }): void {
    state.zoom = { ...next, scale: Math.min(MAX_SCALE, Math.max(MIN_SCALE, next.scale)) };
    applyTransform();
    saveState();
}
function zoomBy(factor: number, centerX = viewport.clientWidth / 2, centerY = viewport.clientHeight / 2): void {
    const { scale, x, y } = zoom();
    const nextScale = Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale * factor));
    const ratio = nextScale / scale;
    setZoom({ scale: nextScale, x: centerX - (centerX - x) * ratio, y: centerY - (centerY - y) * ratio });
}
function resetZoom(): void {
    setZoom({ scale: 1, x: 0, y: 0 });
}
function fitWidth(): void {
    const size = svgSize();
    if (!size || !size.width) return;
    setZoom({ scale: (viewport.clientWidth - 8) / size.width, x: 0, y: 0 });
}

viewport.addEventListener('wheel', event => {
    if (!event.ctrlKey && !event.metaKey) return;
    event.preventDefault();
    const box = viewport.getBoundingClientRect();
    zoomBy(event.deltaY < 0 ? 1.1 : 1 / 1.1, event.clientX - box.left, event.clientY - box.top);
}, { passive: false });

let drag: { pointerId: number; startX: number; startY: number; x: number; y: number } | undefined;
viewport.addEventListener('pointerdown', event => {
    if (event.button !== 0) return;
    const { x, y } = zoom();
    drag = { pointerId: event.pointerId, startX: event.clientX, startY: event.clientY, x, y };
    viewport.setPointerCapture(event.pointerId);
    viewport.classList.add('dragging');
});
viewport.addEventListener('pointermove', event => {
    if (!drag || drag.pointerId !== event.pointerId) return;
    state.zoom = { scale: zoom().scale, x: drag.x + event.clientX - drag.startX, y: drag.y + event.clientY - drag.startY };
    applyTransform();
});
const endDrag = (event: PointerEvent) => {
    if (!drag || drag.pointerId !== event.pointerId) return;
    drag = undefined;
    viewport.classList.remove('dragging');
    saveState();
};
viewport.addEventListener('pointerup', endDrag);
viewport.addEventListener('pointercancel', endDrag);

window.addEventListener('keydown', event => {
    const target = event.target as HTMLElement | null;
    if (target && (target.tagName === 'INPUT' || target.tagName === 'SELECT' || target.tagName === 'TEXTAREA')) return;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === '+' || event.key === '=') zoomBy(1.2);
    else if (event.key === '-' || event.key === '_') zoomBy(1 / 1.2);
    else if (event.key === '0') resetZoom();
    else return;
    event.preventDefault();
});

// ---- Editor link ----------------------------------------------------------------------------

root.addEventListener('click', event => {
    const element = (event.target as Element | null)?.closest?.('[data-key]');
    if (!element || !root.contains(element)) return;
    const target = model && journey && elementTarget(model, journey, element.getAttribute('data-key') ?? '');
    if (!target) return;
    vscode.postMessage(target.uri ? { type: 'reveal', range: target.range, uri: target.uri } : { type: 'reveal', range: target.range });
});

function applyHighlight(scroll: boolean): void {
    root.querySelectorAll('.highlight').forEach(node => node.classList.remove('highlight'));
    if (!highlightedKey) return;
    if (scroll) drawColumnOf(highlightedKey);
    const nodes = root.querySelectorAll(`[data-key="${CSS.escape(highlightedKey)}"]`);
    nodes.forEach(node => node.classList.add('highlight'));
    const head = Array.from(nodes).find(node => node.tagName === 'TH') ?? nodes[0];
    if (scroll && head && 'scrollIntoView' in head) (head as HTMLElement).scrollIntoView({ block: 'nearest', inline: 'center' });
}

function highlight(uri: string, position: { line: number; character: number }): void {
    if (!model || model.uri !== uri) return;
    const atCursor = model.journeys.find(j => keyAt(j, position) !== undefined);
    if (atCursor && atCursor.id !== cursorJourneyId) {
        // The journey under the cursor becomes the one shown (the picker can change it again).
        cursorJourneyId = atCursor.id;
        if (journey?.id !== atCursor.id) {
            state.journeyId = atCursor.id;
            saveState();
            highlightedKey = keyAt(atCursor, position);
            render();
            applyHighlight(true);
            return;
        }
    }
    const key = journey ? keyAt(journey, position) : undefined;
    if (key === highlightedKey) return;
    highlightedKey = key;
    applyHighlight(true);
}

function currentJourney(): JourneyView | undefined {
    return journey;
}

// ---- Export ---------------------------------------------------------------------------------

async function exportSvg(journey: JourneyView | undefined): Promise<string> {
    if (!journey) throw new Error(label('No journey to export'));
    if (touchpointCount(journey) > MAX_MERMAID_TOUCHPOINTS) throw new Error(label('Map too large to draw'));
    // A light-theme rendering, so the exported file reads well on any background.
    initMermaid('default', boxSizeFor(journey));
    try {
        const { svg } = await mermaid.render(`journey-export-${Date.now()}`, mermaidTextOf(journey), mermaidSandbox);
        mermaidSandbox.replaceChildren();
        const element = mermaidSvg(svg);
        element.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
        element.style.backgroundColor = 'white';
        return new XMLSerializer().serializeToString(element);
    } finally {
        initMermaid(currentTheme(), renderedBoxSize ?? MERMAID_BOX_SIZE);
    }
}

async function exportPayload(format: ExportFormat, journeyId?: string): Promise<ExportPayload> {
    const journey = journeyId === undefined ? currentJourney() : model?.journeys.find(j => j.id === journeyId);
    if (!journey) throw new Error(journeyId === undefined ? label('No journey to export') : label('No journey {0} in the preview', journeyId));
    const payload: ExportPayload = { journeyId: journey.id };
    if (format === 'svg' || format === 'html') {
        try {
            payload.svg = await exportSvg(journey);
        } catch (error) {
            if (format !== 'html') throw error;
        }
    }
    // The PNG is the SVG export, drawn (webview/svg-to-png.ts).
    if (format === 'png') payload.png = await svgToPng(await exportSvg(journey));
    return payload;
}

async function exportClicked(format: ExportFormat): Promise<void> {
    try {
        vscode.postMessage({ type: 'export', format, payload: await exportPayload(format) });
    } catch (error) {
        showDiagramMessage(label('Export failed: {0}', error instanceof Error ? error.message : String(error)));
    }
}

// ---- Messages -------------------------------------------------------------------------------

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
    const message = event.data;
    if (!message || typeof message !== 'object') return;
    switch (message.type) {
        case 'model':
            received = message.seq === undefined ? undefined : { model: message.model, seq: message.seq };
            acceptModel(message.model, message.locked);
            break;
        case 'modelPatch': acceptPatch(message.patch, message.seq, message.locked); break;
        case 'highlight': highlight(message.uri, message.position); break;
        case 'locked':
            state.locked = message.locked;
            lockBadge.hidden = !message.locked;
            saveState();
            break;
        case 'exportRequest':
            exportPayload(message.format, message.journeyId).then(
                payload => vscode.postMessage({ type: 'exportResponse', requestId: message.requestId, payload }),
                error => vscode.postMessage({ type: 'exportResponse', requestId: message.requestId, error: error instanceof Error ? error.message : String(error) }));
            break;
    }
});

// Test and tooling hook: resolves once the current diagram render has finished.
(window as unknown as { journeyPreview: unknown }).journeyPreview = {
    settled: async () => { await renderDone; },
    exportPayload,
    /** Mermaid's own reading of a diagram (for the import tests): its sections and tasks, or its error. */
    mermaidRead: async (text: string) => {
        try {
            await mermaid.parse(text);
            const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
            const db = diagram.db as unknown as { getTasks(): { section: string; task: string; score: number; people: string[] }[]; getDiagramTitle?(): string };
            const tasks = db.getTasks().map(task => ({ section: task.section, task: task.task, score: Number.isNaN(task.score) ? 'NaN' : task.score, people: task.people }));
            return { ok: true, title: db.getDiagramTitle?.(), tasks };
        } catch (error) {
            return { ok: false, error: error instanceof Error ? error.message : String(error) };
        }
    },
};

applyTransform();
vscode.postMessage({ type: 'ready' });
