// The journey preview, running in the webview (bundled by esbuild.mjs to dist/webview.js).
// It receives validated MapModels from the extension and draws: the header, the Mermaid
// section (webview/mermaid/) and the journey-map canvas (webview/canvas/). All user text goes
// into the DOM as text nodes; Mermaid's SVG is sanitized by DOMPurify before it is adopted
// (webview/svg-import.ts).
import type { JourneyView, MapModel } from '../language/model/map-model.js';
import { elementTarget, headerView, keyAt } from '../language/export/map-view.js';
import { JourneyCanvas } from './canvas/canvas.js';
import { toDom } from './vnode-dom.js';
import { labelIn, labelLocaleOf, setLabelLanguage } from '../language/export/view-labels.js';
import type { Locale } from '../language/i18n/locale.js';
import { toLocale } from '../language/i18n/locale.js';
import {
    DEFAULT_PREVIEW_SETTINGS,
    type ExportFormat,
    type ExportPayload,
    type ExportRequestOptions,
    type FromWebview,
    type PreviewSettings,
    type ToWebview,
    type WebviewState,
} from './protocol.js';
import { applyModelPatchTo, type ModelPatch } from '../language/model/model-patch.js';
import { exportPayload as makeExportPayload } from './export/export-payload.js';
import { boxSizeFor } from './journey-box-size.js';
import { MermaidSection } from './mermaid/mermaid-section.js';
import { drawMermaid, readMermaid } from './mermaid/mermaid-render.js';
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
const state: WebviewState = { ...(vscode.getState() ?? {}) };
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
const diagram = new MermaidSection(document, {
    state: () => state,
    saveState,
    label,
    localized,
    journey: () => journey,
    mapLocale: () => canvasLocale ?? uiLocale,
    drawn: () => applyHighlight(false),
});
const panZoom = diagram.panZoom;
let highlightedKey: string | undefined;
const canvas = new JourneyCanvas(document, key => highlightedKey !== undefined && key === highlightedKey);
/** The language the canvas is drawn in: cells are patched only where their data changed, so a new language draws it anew. */
let canvasLocale: Locale | undefined;
const empty = el('p', 'empty-message');
let emptyText = () => label('Waiting for the journey map…');
localized(() => {
    picker.title = label('Journey to show');
    personaFilter.title = label('Show the journey as one persona lives it');
    if (model) renderPersonaFilter(chooseJourney(model));
    lockBadge.textContent = label('🔒 locked');
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
    button(
        () => '−',
        () => label('Zoom out (-)'),
        () => panZoom.zoomBy(1 / 1.2),
    ),
    button(
        () => '+',
        () => label('Zoom in (+)'),
        () => panZoom.zoomBy(1.2),
    ),
    button(
        () => '1:1',
        () => label('Reset zoom (0)'),
        () => panZoom.reset(),
    ),
    button(
        () => label('Fit width'),
        () => label('Fit the diagram to the width of the preview'),
        () => panZoom.fitWidth(),
        'tool fit-width',
    ),
);
const exportGroup = el('span', 'tool-group');
const exportLabel = el('span', 'tool-label');
localized(() => {
    exportLabel.textContent = label('Export:');
});
exportGroup.append(exportLabel);
// The whole map first; the Mermaid diagram alone as "Diagram SVG/PNG".
for (const [format, name] of [
    ['map-svg', () => 'SVG'],
    ['map-png', () => 'PNG'],
    ['pdf', () => 'PDF'],
    ['html', () => 'HTML'],
    ['markdown', () => 'Markdown'],
    ['svg', () => label('Diagram SVG')],
    ['png', () => label('Diagram PNG')],
    ['mermaid', () => 'Mermaid'],
] as [ExportFormat, () => string][]) {
    exportGroup.append(
        button(
            name,
            () => label('Export as {0}', name()),
            () => void exportClicked(format),
            `tool export-${format}`,
        ),
    );
}
// Presentation mode: no lint findings, no summary, empty lanes collapsed; the first view stays the working one.
const presentationToggle = button(
    () => label('Presentation'),
    () => label('Presentation mode: hide the lint findings and the summary, collapse empty lanes'),
    () => {
        state.presentation = !presenting();
        saveState();
        render();
    },
    'tool presentation-toggle',
);
function applyPresentation(): void {
    root.classList.toggle('presentation', presenting());
    presentationToggle.setAttribute('aria-pressed', String(presenting()));
}
// Comparison mode (webview/comparison/): its tools, and its panel above the canvas.
const comparison = new ComparisonMode(document, canvas, {
    post: message => vscode.postMessage(message),
    label,
    localized,
    currentStateWanted: () => state.compareCurrentState === true,
    setCurrentStateWanted: on => {
        state.compareCurrentState = on || undefined;
        saveState();
    },
    showKey: key => {
        highlightedKey = key;
        applyHighlight(true);
    },
    render: () => render(),
});
toolbar.append(picker, personaFilter, lockBadge, presentationToggle, zoomGroup, exportGroup, comparison.tools);
root.append(banner, toolbar, empty, headerHost, diagram.element, comparison.panel, canvas.host);
document.body.classList.add('journey-webview');
document.body.append(root, diagram.sandbox);

// ---- Model and rendering --------------------------------------------------------------------

let model: MapModel | undefined;
let journey: JourneyView | undefined;
/** The latest model received and its sequence number: the base of the next patch. */
let received: { model: MapModel; seq: number } | undefined;
let cursorJourneyId: string | undefined;

function chooseJourney(next: MapModel): JourneyView | undefined {
    const byId = (id: string | undefined) => (id === undefined ? undefined : next.journeys.find(j => j.id === id));
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
    if (next.syntaxErrors.length > 0) showBanner(next);
    else hideBanner();
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
    emptyText = () => (journey ? '' : label('This file has no journey.'));
    empty.textContent = emptyText();
    if (!journey) {
        comparison.update(model, undefined);
        headerHost.replaceChildren();
        canvas.clear();
        diagram.clear();
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
    diagram.render(journey);
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
    const same =
        personaFilter.options.length === options.length + 1 &&
        options.every((option, index) => personaFilter.options[index + 1].value === option.value && personaFilter.options[index + 1].text === option.text) &&
        personaFilter.options[0].text === all.text;
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
        const link = el(
            'button',
            'error-link',
            label('Line {0}, column {1}: {2}', String(error.range.start.line + 1), String(error.range.start.character + 1), error.message),
        );
        link.type = 'button';
        link.title = label('Go to the error');
        link.addEventListener('click', () => vscode.postMessage({ type: 'reveal', range: error.range }));
        item.append(link);
        list.append(item);
    }
    const count = current.syntaxErrors.length;
    banner.replaceChildren(
        el('strong', undefined, count === 1 ? label('1 syntax error') : label('{0} syntax errors', String(count))),
        el('span', undefined, model ? label(' — showing the last valid version of the map.') : ''),
        list,
    );
    banner.hidden = false;
}

function hideBanner(): void {
    banner.hidden = true;
    banner.replaceChildren();
}

// ---- Zoom keys (webview/pan-zoom.ts) --------------------------------------------------------

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

// ---- Export (webview/export/) --------------------------------------------------------------

/** Mermaid's SVG of a journey in the light theme, for the exports; the preview's own drawing is untouched. */
async function drawExportDiagram(journey: JourneyView): Promise<string> {
    return drawMermaid(`journey-export-${Date.now()}`, mermaidTextOf(journey), { theme: 'default', boxSize: boxSizeFor(journey) }, diagram.sandbox);
}

async function exportPayload(format: ExportFormat, journeyId?: string, options?: ExportRequestOptions): Promise<ExportPayload> {
    const shown = journeyId === undefined ? currentJourney() : model?.journeys.find(j => j.id === journeyId);
    if (!model || !shown) throw new Error(journeyId === undefined ? label('No journey to export') : label('No journey {0} in the preview', journeyId));
    return makeExportPayload(
        format,
        { model, journey: shown, presentation: presenting(), showEmptyLanes: settings.showEmptyLanes, drawDiagram: drawExportDiagram },
        options,
    );
}

async function exportClicked(format: ExportFormat): Promise<void> {
    try {
        vscode.postMessage({ type: 'export', format, payload: await exportPayload(format) });
    } catch (error) {
        diagram.showMessage(label('Export failed: {0}', error instanceof Error ? error.message : String(error)));
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
        case 'modelPatch':
            acceptPatch(message.patch, message.seq, message.locked);
            break;
        case 'highlight':
            highlight(message.uri, message.position);
            break;
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
            exportPayload(message.format, message.journeyId, message.options).then(
                payload => vscode.postMessage({ type: 'exportResponse', requestId: message.requestId, payload }),
                error =>
                    vscode.postMessage({ type: 'exportResponse', requestId: message.requestId, error: error instanceof Error ? error.message : String(error) }),
            );
            break;
    }
});

// Test and tooling hook: resolves once the current diagram render has finished.
(window as unknown as { journeyPreview: unknown }).journeyPreview = {
    settled: () => diagram.settled(),
    exportPayload,
    /** Mermaid's own reading of a diagram (for the import tests): its sections and tasks, or its error. */
    mermaidRead: readMermaid,
};

vscode.postMessage({ type: 'ready' });
