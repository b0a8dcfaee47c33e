// Comparison mode of the preview: the shown journey against an older version of it (HEAD, a
// branch, another file: "Journey: Compare with…") or, for a future-state journey, against the
// current state it `improves` (the toolbar toggle). The comparison engine (language/diff/) runs
// here on every model the preview draws, so editing the document updates the comparison. The
// canvas marks the changed cells and draws the older curve dashed (webview/canvas/canvas.ts);
// the panel above it lists the changes, and a click on one reveals it in the editor.
import type { JourneyView, MapModel } from '../../language/model/map-model.js';
import { compareJourneys } from '../../language/diff/compare-journeys.js';
import type { JourneyDiff } from '../../language/diff/journey-changes.js';
import { beforeTouchpoints, comparisonMarks, markOfCell } from '../../language/export/comparison-marks.js';
import { changeList, comparisonLegend, comparisonSummary, comparisonTitle } from '../../language/export/comparison-view.js';
import { elementTarget } from '../../language/export/map-view.js';
import type { JourneyCanvas } from '../canvas/canvas.js';
import type { ComparisonExportFormat, ComparisonInput, FromWebview } from '../protocol.js';
import { toDom } from '../vnode-dom.js';

export interface ComparisonHost {
    post(message: FromWebview): void;
    /** The page's own label in the display language (webview/main.ts). */
    label(text: string, ...args: string[]): string;
    /** Registers a function that sets the texts again when the display language changes. */
    localized(apply: () => void): void;
    /** The saved state's "compare with the current state" toggle. */
    currentStateWanted(): boolean;
    setCurrentStateWanted(on: boolean): void;
    /** Draws the preview again (the comparison was turned off here). */
    render(): void;
    /** Scrolls the canvas to an element and highlights it, as a cursor move in the editor does. */
    showKey(key: string): void;
}

export class ComparisonMode {
    /** The toolbar's group: leave, the current-state toggle, the comparison's exports. */
    readonly tools: HTMLSpanElement;
    /** Above the canvas: what is compared, the legend, the summary and the changes. */
    readonly panel: HTMLElement;
    private input: ComparisonInput | undefined;
    private shown: { model: MapModel; journey: JourneyView; diff: JourneyDiff } | undefined;
    /** The journey the preview shows, compared or not. */
    private current: JourneyView | undefined;
    private readonly leave: HTMLButtonElement;
    private readonly currentStateToggle: HTMLButtonElement;
    private readonly exports: HTMLSpanElement;
    /** The journey whose current state was asked for, until it arrives (asked once). */
    private asked: string | undefined;

    constructor(
        private readonly document: Document,
        private readonly canvas: JourneyCanvas,
        private readonly host: ComparisonHost,
    ) {
        const button = (className: string, text: () => string, title: () => string, onClick: () => void) => {
            const b = document.createElement('button');
            b.type = 'button';
            b.className = `tool ${className}`;
            host.localized(() => {
                b.textContent = text();
                b.title = title();
            });
            b.addEventListener('click', onClick);
            return b;
        };
        this.tools = document.createElement('span');
        this.tools.className = 'tool-group comparison-tools';
        this.leave = button(
            'leave-comparison',
            () => host.label('Leave comparison'),
            () => host.label('Show the map alone again'),
            () => host.post({ type: 'leaveComparison' }),
        );
        this.currentStateToggle = button(
            'current-state-toggle',
            () => host.label('Compare with current state'),
            () => host.label('Show this future-state journey against the current state it improves'),
            () => this.toggleCurrentState(),
        );
        this.exports = document.createElement('span');
        this.exports.className = 'comparison-exports';
        const exportLabel = document.createElement('span');
        exportLabel.className = 'comparison-export-label';
        host.localized(() => {
            exportLabel.textContent = host.label('Export comparison:');
        });
        this.exports.append(
            exportLabel,
            ...(
                [
                    ['markdown', 'Markdown'],
                    ['html', 'HTML'],
                ] as [ComparisonExportFormat, string][]
            ).map(([format, name]) =>
                button(
                    `export-comparison-${format}`,
                    () => name,
                    () => host.label('Export the comparison as {0}', name),
                    () => {
                        if (this.shown) host.post({ type: 'exportComparison', format, journeyId: this.shown.journey.id });
                    },
                ),
            ),
        );
        this.tools.append(this.currentStateToggle, this.leave, this.exports);
        this.panel = document.createElement('section');
        this.panel.className = 'comparison-panel';
        this.panel.addEventListener('click', event => this.onClick(event));
        this.showTools(undefined);
    }

    /** Comparison mode on with this older version, or off. */
    set(input: ComparisonInput | undefined): void {
        this.input = input;
        this.asked = undefined;
    }

    /**
     * Before the canvas draws `journey`: compares it with its older version (when in comparison
     * mode) and hands the canvas its marks; draws the panel. Returns whether a comparison is shown.
     */
    update(model: MapModel | undefined, journey: JourneyView | undefined): boolean {
        this.current = journey;
        this.showTools(journey);
        const before = journey && this.beforeOf(journey);
        if (!model || !journey || !before) {
            this.shown = undefined;
            this.canvas.compareWith(undefined);
            this.panel.replaceChildren();
            this.panel.hidden = true;
            return false;
        }
        const diff = compareJourneys(before, journey);
        this.shown = { model, journey, diff };
        const marks = comparisonMarks(diff);
        const beforeOf = beforeTouchpoints(before, diff);
        this.canvas.compareWith({ markOf: (key, className) => markOfCell(journey, marks, key, className), beforeOf });
        this.panel.replaceChildren(
            ...[comparisonTitle(this.input!.label), comparisonLegend(), comparisonSummary(diff), changeList(diff, journey)].map(node =>
                toDom(node, this.document),
            ),
        );
        this.panel.hidden = false;
        return true;
    }

    /** The older version of the shown journey: the same id in the other version, or the journey it improves. */
    private beforeOf(journey: JourneyView): JourneyView | undefined {
        const input = this.input;
        if (!input) return undefined;
        if (input.kind === 'version') return input.before.journeys.find(each => each.id === journey.id);
        if (!this.host.currentStateWanted() || !journey.improves) return undefined;
        return input.before.journeys.find(each => each.id === journey.improves!.id);
    }

    private showTools(journey: JourneyView | undefined): void {
        const version = this.input?.kind === 'version';
        this.leave.hidden = !version;
        // The toggle belongs to a future-state journey (its current state resolves), outside a comparison of versions.
        const future = !version && journey?.improves?.uri !== undefined;
        this.currentStateToggle.hidden = !future;
        const on = future && this.host.currentStateWanted();
        this.currentStateToggle.setAttribute('aria-pressed', String(on));
        this.exports.hidden = !(version || on);
        // The toggle was left on (a restored preview): ask for the current state again.
        if (on && journey && this.input?.kind !== 'current-state' && this.asked !== journey.id) {
            this.asked = journey.id;
            this.host.post({ type: 'compareWithCurrentState', on: true, journeyId: journey.id });
        }
    }

    private toggleCurrentState(): void {
        const journey = this.current;
        if (!journey) return;
        const on = !this.host.currentStateWanted();
        this.host.setCurrentStateWanted(on);
        if (!on) this.input = undefined;
        this.asked = on ? journey.id : undefined;
        this.host.post({ type: 'compareWithCurrentState', on, journeyId: journey.id });
        this.host.render();
    }

    private onClick(event: MouseEvent): void {
        const item = (event.target as Element | null)?.closest?.('[data-change-key]');
        const shown = this.shown;
        if (!item || !shown) return;
        const key = item.getAttribute('data-change-key') ?? '';
        const target = elementTarget(shown.model, shown.journey, key);
        if (!target) return;
        this.host.showKey(key);
        this.host.post(target.uri ? { type: 'reveal', range: target.range, uri: target.uri } : { type: 'reveal', range: target.range });
    }
}
