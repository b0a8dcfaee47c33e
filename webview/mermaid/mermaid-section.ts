// The preview's Mermaid section: the live `journey` diagram of the shown journey, in a section
// that folds away (folded, nothing is drawn), with pan and zoom (../pan-zoom.ts). A redraw goes
// through the shared configuration and sanitising (mermaid-config.ts, mermaid-render.ts); an
// edit of titles or emotions only is patched into the drawn SVG (../diagram-patch.ts). Drawn
// tasks and sections link back to the editor (diagram-links.ts).
import type { JourneyView } from '../../language/model/map-model.js';
import { touchpointCount } from '../../language/export/map-view.js';
import { labelIn } from '../../language/export/view-labels.js';
import type { Locale } from '../../language/i18n/locale.js';
import { mermaidTextOf } from '../../language/model/mermaid-text-of.js';
import { MAX_MERMAID_TOUCHPOINTS, type WebviewState } from '../protocol.js';
import { diagramChanges, patchDiagram } from '../diagram-patch.js';
import { PanZoom } from '../pan-zoom.js';
import { boxSizeFor, sameBoxSize, type BoxSize } from '../journey-box-size.js';
import { mermaidThemeOf, type MermaidTheme } from './mermaid-config.js';
import { mermaidSandbox, renderMermaid } from './mermaid-render.js';
import { linkDiagram, type LinkLabels } from './diagram-links.js';

/** The most documents whose zoom the saved state remembers. */
const REMEMBERED_ZOOMS = 50;

/** What the section needs of the page around it. */
export interface MermaidSectionHost {
    /** The webview's saved state (fold, zoom per document), kept with saveState. */
    state(): WebviewState;
    saveState(): void;
    /** A text of the page, in the display language. */
    label(text: string, ...args: string[]): string;
    /** Runs `apply` now and again whenever the display language changes. */
    localized(apply: () => void): void;
    /** The journey shown, drawn again when the section unfolds or the theme changes. */
    journey(): JourneyView | undefined;
    /** The language the map's own labels are drawn in (the canvas's), for the names of tasks and sections. */
    mapLocale(): Locale;
    /** A diagram was drawn or patched, its tasks and sections linked (the page marks the cursor's). */
    drawn(): void;
}

export class MermaidSection {
    readonly element: HTMLElement;
    readonly panZoom: PanZoom;
    /** Mermaid draws in this off-screen box: put it into the document's body. */
    readonly sandbox: HTMLDivElement;
    private readonly viewport: HTMLDivElement;
    private readonly stage: HTMLDivElement;
    private readonly message: HTMLDivElement;
    private readonly toggle: HTMLButtonElement;
    private drawn: { text: string; theme: MermaidTheme; boxSize: BoxSize; journey: JourneyView } | undefined;
    private renderToken = 0;
    /** Resolves when the latest render has settled (used by tests and exports). */
    private done: Promise<void> = Promise.resolve();

    constructor(
        private readonly document: Document,
        private readonly host: MermaidSectionHost,
    ) {
        const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string) => {
            const element = document.createElement(tag);
            element.className = className;
            return element;
        };
        this.element = el('section', 'diagram');
        this.viewport = el('div', 'viewport');
        this.viewport.tabIndex = 0;
        this.stage = el('div', 'stage');
        this.message = el('div', 'diagram-message');
        this.message.hidden = true;
        this.viewport.append(this.stage);
        this.toggle = el('button', 'section-toggle');
        this.toggle.type = 'button';
        this.toggle.addEventListener('click', () => {
            const state = host.state();
            state.diagramCollapsed = !state.diagramCollapsed;
            host.saveState();
            this.showFold();
            const journey = host.journey();
            if (!state.diagramCollapsed && journey) this.render(journey);
        });
        this.element.append(this.toggle, this.message, this.viewport);
        this.showFold();
        this.sandbox = mermaidSandbox(document);
        host.localized(() => {
            this.viewport.setAttribute('aria-label', host.label('Journey diagram: drag to pan, Ctrl+wheel or + and - to zoom, 0 to reset'));
            this.toggle.textContent = host.label('Mermaid diagram');
            this.toggle.title = host.label('Show or hide the Mermaid diagram');
        });
        this.panZoom = new PanZoom(
            this.viewport,
            this.stage,
            () => {
                const state = host.state();
                return state.uri === undefined ? undefined : state.zoomByDocument?.[state.uri];
            },
            zoom => {
                const state = host.state();
                const kept = Object.entries(state.zoomByDocument ?? {})
                    .filter(([uri]) => uri !== state.uri)
                    .slice(-(REMEMBERED_ZOOMS - 1));
                state.zoomByDocument = Object.fromEntries([...kept, [state.uri ?? '', zoom]]);
                host.saveState();
            },
        );
        // A focused task or section is revealed with Enter or Space, as a click does.
        this.stage.addEventListener('keydown', event => {
            const link = (event.target as Element | null)?.closest?.('.diagram-link');
            if (!link || (event.key !== 'Enter' && event.key !== ' ')) return;
            event.preventDefault();
            link.dispatchEvent(new MouseEvent('click', { bubbles: true }));
        });
        new MutationObserver(() => {
            const journey = host.journey();
            if (journey && this.drawn && mermaidThemeOf(document.body) !== this.drawn.theme) this.render(journey, true);
        }).observe(document.body, { attributes: true, attributeFilter: ['class'] });
    }

    /** The theme of the page (for exports, which draw in the light one and then go back). */
    theme(): MermaidTheme {
        return mermaidThemeOf(this.document.body);
    }

    /** Resolves when the latest render has settled. */
    settled(): Promise<void> {
        return this.done;
    }

    /** Shows `text` above the diagram (a failure of the diagram or of an export). */
    showMessage(text: string): void {
        this.message.textContent = text;
        this.message.hidden = false;
    }

    /** Nothing to draw: no journey. */
    clear(): void {
        this.renderToken++;
        this.stage.replaceChildren();
        this.drawn = undefined;
    }

    /** Draws `journey`, or patches the drawn diagram when only titles or emotions changed; `force` draws anew. */
    render(journey: JourneyView, force = false): void {
        if (this.host.state().diagramCollapsed) return;
        const count = touchpointCount(journey);
        if (count > MAX_MERMAID_TOUCHPOINTS) {
            this.clear();
            this.viewport.hidden = true;
            this.showMessage(
                this.host.label(
                    'Map too large to draw: {0} touchpoints (the diagram is drawn up to {1}). The canvas below shows all of them.',
                    String(count),
                    String(MAX_MERMAID_TOUCHPOINTS),
                ),
            );
            return;
        }
        this.viewport.hidden = false;
        const theme = this.theme();
        const text = mermaidTextOf(journey);
        // A title that no longer fits its box (or fits a smaller one) changes the whole drawing.
        const boxSize = boxSizeFor(journey);
        const drawn = this.drawn;
        const sameDrawing = !force && drawn !== undefined && theme === drawn.theme && sameBoxSize(boxSize, drawn.boxSize);
        if (sameDrawing && text === drawn.text) {
            // The same drawing of another journey view (the persona filter): the same keys, maybe other names.
            if (journey !== drawn.journey) {
                this.drawn = { ...drawn, journey };
                this.link(journey);
            }
            return;
        }
        if (sameDrawing && this.patch(drawn.text, text)) {
            this.renderToken++;
            this.drawn = { text, theme, boxSize, journey };
            this.link(journey);
            this.host.drawn();
            this.done = Promise.resolve();
            return;
        }
        const token = ++this.renderToken;
        this.done = (async () => {
            try {
                const svg = await renderMermaid(`journey-diagram-${token}`, text, { theme, boxSize }, this.sandbox);
                if (token !== this.renderToken) return;
                if (!svg) throw new Error(this.host.label('Mermaid produced no SVG'));
                this.stage.replaceChildren(svg);
                this.drawn = { text, theme, boxSize, journey };
                this.link(journey);
                this.message.hidden = true;
                this.panZoom.apply();
                this.host.drawn();
            } catch (error) {
                if (token !== this.renderToken) return;
                this.showMessage(this.host.label('The diagram could not be drawn: {0}', error instanceof Error ? error.message : String(error)));
            }
        })();
    }

    private showFold(): void {
        const collapsed = this.host.state().diagramCollapsed === true;
        this.element.classList.toggle('collapsed', collapsed);
        this.toggle.setAttribute('aria-expanded', String(!collapsed));
    }

    /** An edit of titles or emotions only, patched into the drawn diagram (../diagram-patch.ts). */
    private patch(drawn: string, next: string): boolean {
        const changes = diagramChanges(drawn, next);
        const svg = this.stage.querySelector('svg');
        return !!changes && !!svg && patchDiagram(svg, changes);
    }

    /** Tasks and sections reveal their touchpoint or phase (diagram-links.ts); named in the map's language, as the canvas. */
    private link(journey: JourneyView): void {
        const svg = this.stage.querySelector('svg');
        if (!svg) return;
        const locale = this.host.mapLocale();
        const labels: LinkLabels = {
            name: element => `${labelIn(locale, element.kind === 'phase' ? 'Phase' : 'Touchpoint')}: ${element.title}`,
            hint: labelIn(locale, 'Reveal in editor'),
        };
        linkDiagram(svg, journey, labels);
    }
}
