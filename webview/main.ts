// The journey preview, running in the webview (bundled by esbuild.mjs to dist/webview.js).
// It receives validated MapModels from the extension and draws: the header, the Mermaid
// `journey` diagram and the journey-map canvas (webview/canvas/). All user text goes
// into the DOM as text nodes; Mermaid's SVG is sanitized by DOMPurify before it is adopted
// (webview/svg-import.ts).
import mermaid from 'mermaid';
import type { JourneyView, MapModel } from '../language/model/map-model.js';
import { elementTarget, headerView, keyAt, touchpointCount } from '../language/export/map-view.js';
import { JourneyCanvas } from './canvas/canvas.js';
import { toDom } from './vnode-dom.js';
import { labelIn, labelLocaleOf, setLabelLanguage } from '../language/export/view-labels.js';
import type { Locale } from '../language/i18n/locale.js';
import { toLocale } from '../language/i18n/locale.js';
import { DEFAULT_PREVIEW_SETTINGS, MAX_MERMAID_TOUCHPOINTS, type ExportFormat, type ExportPayload, type FromWebview, type PreviewSettings, type ToWebview, type WebviewState } from './protocol.js';
import { applyModelPatchTo, type ModelPatch } from '../language/model/model-patch.js';
import { diagramChanges, patchDiagram } from './diagram-patch.js';
import { importSvg } from './svg-import.js';
import { svgToPng } from './svg-to-png.js';
import { PanZoom } from './pan-zoom.js';
import { boxSizeFor, MERMAID_BOX_SIZE, sameBoxSize, type BoxSize } from './journey-box-size.js';
import { mermaidTextOf } from '../language/model/mermaid-text-of.js';
import { journeyForPersona, personasOf } from '../language/model/persona-filter.js';
import { ComparisonMode } from './comparison/comparison-mode.js';
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

// The page's own texts (toolbar, messages), in the display language the extension put on
// <html lang>, and again in the model's language when one arrives (the server follows the same
// setting). The canvas labels itself in the map's language instead (labelLocaleOf).
let uiLocale: Locale = toLocale(document.documentElement.lang);
const label = (text: string, ...args: string[]) => labelIn(uiLocale, text, ...args);
const relabelers: (() => void)[] = [];
function localized(apply: () => void): void {
    relabelers.push(apply);
    apply();
}
function followLocale(locale: string | undefined): void {
    const previous = uiLocale;
    uiLocale = toLocale(locale);
    if (uiLocale !== previous) relabelers.forEach(apply => apply());
}

/** The extension's `journey.preview.*` settings (the defaults until it sends them). */
let settings: PreviewSettings = DEFAULT_PREVIEW_SETTINGS;
/** Presentation mode: this preview's own choice (the toolbar toggle), else the setting. */
const presenting = () => state.presentation ?? settings.presentation;

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
// The Mermaid section folds away (its state kept); folded, the diagram is not drawn.
const diagramToggle = el('button', 'section-toggle');
diagramToggle.type = 'button';
diagramToggle.addEventListener('click', () => {
    state.diagramCollapsed = !state.diagramCollapsed;
    saveState();
    showDiagramSection();
    if (!state.diagramCollapsed && journey) renderDiagram(journey);
});
function showDiagramSection(): void {
    diagramSection.classList.toggle('collapsed', state.diagramCollapsed === true);
    diagramToggle.setAttribute('aria-expanded', String(state.diagramCollapsed !== true));
}
diagramSection.append(diagramToggle, diagramMessage, viewport);
showDiagramSection();
let highlightedKey: string | undefined;
const canvas = new JourneyCanvas(document, key => highlightedKey !== undefined && key === highlightedKey);
/** The language the canvas is drawn in: cells are patched only where their data changed, so a new language draws it anew. */
let canvasLocale: Locale | undefined;
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
    diagramToggle.textContent = label('Mermaid diagram');
    diagramToggle.title = label('Show or hide the Mermaid diagram');
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
    button(() => '−', () => label('Zoom out (-)'), () => panZoom.zoomBy(1 / 1.2)),
    button(() => '+', () => label('Zoom in (+)'), () => panZoom.zoomBy(1.2)),
    button(() => '1:1', () => label('Reset zoom (0)'), () => panZoom.reset()),
    button(() => label('Fit width'), () => label('Fit the diagram to the width of the preview'), () => panZoom.fitWidth(), 'tool fit-width'),
);
const exportGroup = el('span', 'tool-group');
const exportLabel = el('span', 'tool-label');
localized(() => { exportLabel.textContent = label('Export:'); });
exportGroup.append(exportLabel);
for (const [format, name] of [['svg', 'SVG'], ['png', 'PNG'], ['mermaid', 'Mermaid'], ['markdown', 'Markdown'], ['html', 'HTML']] as [ExportFormat, string][]) {
    exportGroup.append(button(() => name, () => label('Export as {0}', name), () => void exportClicked(format), `tool export-${format}`));
}
// Presentation mode: no lint findings, no summary, empty lanes collapsed; the first view stays the working one.
const presentationToggle = button(() => label('Presentation'), () => label('Presentation mode: hide the lint findings and the summary, collapse empty lanes'), () => {
    state.presentation = !presenting();
    saveState();
    render();
}, 'tool presentation-toggle');
function applyPresentation(): void {
    root.classList.toggle('presentation', presenting());
    presentationToggle.setAttribute('aria-pressed', String(presenting()));
}
// Comparison mode (webview/comparison/): its tools, and its panel above the canvas.
const comparison = new ComparisonMode(document, canvas, {
    post: message => vscode.postMessage(message), label, localized,
    currentStateWanted: () => state.compareCurrentState === true,
    setCurrentStateWanted: on => { state.compareCurrentState = on || undefined; saveState(); },
    showKey: key => { highlightedKey = key; applyHighlight(true); },
    render: () => render(),
});
toolbar.append(picker, personaFilter, lockBadge, presentationToggle, zoomGroup, exportGroup, comparison.tools);
root.append(banner, toolbar, empty, headerHost, diagramSection, comparison.panel, canvas.host);
document.body.classList.add('journey-webview');
document.body.append(root, mermaidSandbox);

// ---- Model and rendering --------------------------------------------------------------------

let model: MapModel | undefined;
let journey: JourneyView | undefined;
/** The latest model received and its sequence number: the base of the next patch. */
let received: { model: MapModel; seq: number } | undefined;
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
    applyPresentation();
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
        comparison.update(model, undefined);
        headerHost.replaceChildren();
        canvas.clear();
        stage.replaceChildren();
        renderedMermaid = undefined;
        return;
    }
    setLabelLanguage(settings.labelLanguage);
    const locale = labelLocaleOf(model, journey);
    if (locale !== canvasLocale) {
        canvas.invalidate();
        canvasLocale = locale;
    }
    headerHost.replaceChildren(toDom(headerView(model, journey), document));
    comparison.update(model, journey);
    canvas.render(journey, { showEmptyLanes: settings.showEmptyLanes, presentation: presenting() });
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
    if (state.diagramCollapsed) return;
    const theme = currentTheme();
    if (touchpointCount(current) > MAX_MERMAID_TOUCHPOINTS) {
        renderToken++;
        renderedMermaid = undefined;
        stage.replaceChildren();
        viewport.hidden = true;
        showDiagramMessage(label('Map too large to draw: {0} touchpoints (the diagram is drawn up to {1}). The canvas below shows all of them.', String(touchpointCount(current)), String(MAX_MERMAID_TOUCHPOINTS)));
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
            panZoom.apply();
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

// ---- Zoom and pan (webview/pan-zoom.ts) -----------------------------------------------------

/** The most documents whose zoom the saved state remembers. */
const REMEMBERED_ZOOMS = 50;
const panZoom = new PanZoom(viewport, stage, () => state.uri === undefined ? undefined : state.zoomByDocument?.[state.uri], zoom => {
    const kept = Object.entries(state.zoomByDocument ?? {}).filter(([uri]) => uri !== state.uri).slice(-(REMEMBERED_ZOOMS - 1));
    state.zoomByDocument = Object.fromEntries([...kept, [state.uri ?? '', zoom]]);
    saveState();
});

window.addEventListener('keydown', event => {
    const target = event.target as HTMLElement | null;
    if (target && (target.tagName === 'INPUT' || target.tagName === 'SELECT' || target.tagName === 'TEXTAREA')) return;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === '+' || event.key === '=') panZoom.zoomBy(1.2);
    else if (event.key === '-' || event.key === '_') panZoom.zoomBy(1 / 1.2);
    else if (event.key === '0') panZoom.reset();
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
    if (scroll) canvas.drawColumnOf(highlightedKey);
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
    if (presenting()) payload.presentation = true;
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
        case 'settings':
            // A changed presentation setting applies to this preview too, over its own toggle.
            if (message.settings.presentation !== settings.presentation) state.presentation = undefined;
            settings = message.settings;
            saveState();
            render();
            break;
        case 'locked':
            state.locked = message.locked;
            lockBadge.hidden = !message.locked;
            saveState();
            break;
        case 'comparison':
            comparison.set(message.comparison);
            render();
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

vscode.postMessage({ type: 'ready' });
