// Zoom and pan of the Mermaid diagram: Ctrl+wheel, + - 0, drag, and the toolbar's buttons. Each
// document keeps its own zoom and scroll (the preview's saved state holds one per file), and a
// document opens fitted to the pane's width, never with text smaller than MIN_TEXT_PX: below
// that it keeps the minimum and pans sideways. A fitted diagram is fitted again when the pane
// is resized; zooming or panning by hand ends the fitting until *Fit width*.

/** The smallest text size the fit shrinks the diagram's labels to, in CSS pixels. */
export const MIN_TEXT_PX = 11;
const MIN_SCALE = 0.1;
/** A press that moves less than this many pixels is a click (on a task: reveal it), not a drag. */
const DRAG_THRESHOLD_PX = 4;
const MAX_SCALE = 8;

export interface Zoom {
    scale: number;
    x: number;
    y: number;
    /** Fitted to the pane: the scale follows the pane's width. */
    fit?: boolean;
}

export class PanZoom {
    private drag: { pointerId: number; startX: number; startY: number; x: number; y: number; moving: boolean } | undefined;

    /** `load` and `store` read and keep the current document's zoom (absent: fitted). */
    constructor(
        private readonly viewport: HTMLElement,
        private readonly stage: HTMLElement,
        private readonly load: () => Zoom | undefined,
        private readonly store: (zoom: Zoom) => void,
    ) {
        viewport.addEventListener(
            'wheel',
            event => {
                if (!event.ctrlKey && !event.metaKey) return;
                event.preventDefault();
                const box = viewport.getBoundingClientRect();
                this.zoomBy(event.deltaY < 0 ? 1.1 : 1 / 1.1, event.clientX - box.left, event.clientY - box.top);
            },
            { passive: false },
        );
        viewport.addEventListener('pointerdown', event => {
            if (event.button !== 0) return;
            const { x, y } = this.current();
            this.drag = { pointerId: event.pointerId, startX: event.clientX, startY: event.clientY, x, y, moving: false };
        });
        viewport.addEventListener('pointermove', event => {
            const drag = this.drag;
            if (!drag || drag.pointerId !== event.pointerId) return;
            if (!drag.moving) {
                if (Math.hypot(event.clientX - drag.startX, event.clientY - drag.startY) < DRAG_THRESHOLD_PX) return;
                // Captured only once it is a drag: a captured press clicks the viewport, not the task under it.
                drag.moving = true;
                viewport.setPointerCapture(event.pointerId);
                viewport.classList.add('dragging');
            }
            this.show({ scale: this.current().scale, x: drag.x + event.clientX - drag.startX, y: drag.y + event.clientY - drag.startY });
        });
        const endDrag = (event: PointerEvent) => {
            const drag = this.drag;
            if (!drag || drag.pointerId !== event.pointerId) return;
            this.drag = undefined;
            if (!drag.moving) return;
            viewport.classList.remove('dragging');
            this.store(this.current());
        };
        viewport.addEventListener('pointerup', endDrag);
        viewport.addEventListener('pointercancel', endDrag);
        window.addEventListener('resize', () => {
            if (this.current().fit) this.apply();
        });
    }

    /** The current document's zoom, its scale computed when it is fitted. */
    current(): Zoom {
        const saved = this.load() ?? { scale: 1, x: 0, y: 0, fit: true };
        return saved.fit ? { ...saved, scale: this.fitScale() ?? saved.scale } : saved;
    }

    /** Draws the stage at the current zoom (after a render, a resize, a change of document). */
    apply(): void {
        this.show(this.current());
    }

    zoomBy(factor: number, centerX = this.viewport.clientWidth / 2, centerY = this.viewport.clientHeight / 2): void {
        const { scale, x, y } = this.current();
        const nextScale = clampScale(scale * factor);
        const ratio = nextScale / scale;
        this.set({ scale: nextScale, x: centerX - (centerX - x) * ratio, y: centerY - (centerY - y) * ratio });
    }

    reset(): void {
        this.set({ scale: 1, x: 0, y: 0 });
    }

    fitWidth(): void {
        this.set({ scale: this.fitScale() ?? 1, x: 0, y: 0, fit: true });
    }

    private set(zoom: Zoom): void {
        const next = { ...zoom, scale: clampScale(zoom.scale) };
        this.store(next);
        this.show(next);
    }

    private show({ scale, x, y }: Zoom): void {
        this.stage.style.transform = `translate(${x}px, ${y}px) scale(${scale})`;
        const size = this.svgSize();
        if (size) this.viewport.style.height = `${Math.max(120, Math.min(size.height * scale + 16, window.innerHeight * 0.8))}px`;
    }

    /** The scale that fits the diagram to the pane's width, kept where its text reads (at most 1:1). */
    private fitScale(): number | undefined {
        const size = this.svgSize();
        const width = this.viewport.clientWidth;
        if (!size || !size.width || !width) return undefined;
        const readable = MIN_TEXT_PX / this.textSize();
        return clampScale(Math.min(1, Math.max((width - 8) / size.width, readable)));
    }

    /** The size of the diagram's task labels as drawn at 1:1. */
    private textSize(): number {
        const label = this.stage.querySelector('svg .task-line, svg foreignObject div, svg text');
        const size = label ? Number.parseFloat(getComputedStyle(label).fontSize) : Number.NaN;
        return Number.isFinite(size) && size > 0 ? size : 16;
    }

    private svgSize(): { width: number; height: number } | undefined {
        const svg = this.stage.querySelector('svg');
        if (!svg) return undefined;
        const viewBox = svg.viewBox?.baseVal;
        const width = Number.parseFloat(svg.getAttribute('width') ?? '') || viewBox?.width || svg.getBoundingClientRect().width;
        const height = Number.parseFloat(svg.getAttribute('height') ?? '') || viewBox?.height || svg.getBoundingClientRect().height;
        return { width, height };
    }
}

const clampScale = (scale: number) => Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));
