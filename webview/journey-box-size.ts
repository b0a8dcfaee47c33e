// Mermaid's journey draws every task and section label in a box of one size for the whole
// diagram (`journey.width` × `journey.height`, 150 × 50 px by default) and cuts off what does not
// fit: a 16 px label of three lines needs 57 px, so "Recibe el diagnóstico: presupuesto y plazo"
// lost its last line. The size is chosen here from the titles: the narrowest of WIDTHS at which
// every label fits in MAX_LABEL_HEIGHT, and a height that holds the tallest label.
//
// Labels are measured in the page, with the font Mermaid draws them in, once per text and width.
import type { JourneyView } from '../language/model/map-model.js';

export interface BoxSize {
    readonly width: number;
    readonly height: number;
}

/** Mermaid's own size: what a journey whose labels all fit in two lines gets. */
export const MERMAID_BOX_SIZE: BoxSize = { width: 150, height: 50 };
/** Wider boxes are tried in turn; the diagram grows by (width - 150) per task. */
const WIDTHS = [150, 200, 250];
/**
 * The height may grow to 66 px: Mermaid draws the axis at 4 × height and the face of a score 5
 * from y = 285, so a taller box would put the axis on that face.
 */
const MAX_HEIGHT = 66;
/** Space kept above and below a label. */
const PADDING = 4;
const MAX_LABEL_HEIGHT = MAX_HEIGHT - 2 * PADDING;
/** Mermaid's label font (its themes' `fontFamily` and `fontSize`). */
const LABEL_FONT = '16px "trebuchet ms", verdana, arial, sans-serif';
/** Mermaid's gap between the tasks of a section, which a section's box spans too. */
const TASK_GAP = 50;

export function sameBoxSize(a: BoxSize | undefined, b: BoxSize | undefined): boolean {
    return !!a && !!b && a.width === b.width && a.height === b.height;
}

/** The box size for a journey's diagram: Mermaid's own when every label fits in it. */
export function boxSizeFor(journey: JourneyView): BoxSize {
    const drawn = journey.phases.filter(phase => phase.touchpoints.length > 0);
    for (const width of WIDTHS) {
        const labels: Label[] = [];
        for (const phase of drawn) {
            const count = phase.touchpoints.length;
            labels.push({ text: phase.title, width: width * count + TASK_GAP * (count - 1) });
            for (const touchpoint of phase.touchpoints) labels.push({ text: touchpoint.title, width });
        }
        const tallest = Math.max(0, ...labelHeights(labels));
        if (tallest <= MAX_LABEL_HEIGHT) {
            return width === MERMAID_BOX_SIZE.width && tallest + 2 * PADDING <= MERMAID_BOX_SIZE.height
                ? MERMAID_BOX_SIZE
                : { width, height: Math.max(MERMAID_BOX_SIZE.height, Math.ceil(tallest) + 2 * PADDING) };
        }
    }
    // Longer than three lines at the widest: the label is cut, as Mermaid would; the grid shows it whole.
    return { width: WIDTHS[WIDTHS.length - 1], height: MAX_HEIGHT };
}

interface Label {
    text: string;
    width: number;
}

/** Heights measured, per box width and text. */
const MAX_REMEMBERED = 20_000;
const measured = new Map<number, Map<string, number>>();
let ruler: HTMLElement | undefined;

/** The labels' heights as Mermaid lays them out; those not measured yet are measured together, in one layout. */
function labelHeights(labels: readonly Label[]): number[] {
    const missing: Label[] = [];
    for (const label of labels) if (measured.get(label.width)?.get(label.text) === undefined) missing.push(label);
    if (missing.length > 0) measure(missing);
    return labels.map(label => measured.get(label.width)?.get(label.text) ?? 0);
}

/** Each label as a block of its box's width, centred and wrapped at spaces, as Mermaid's foreignObject label. */
function measure(labels: readonly Label[]): void {
    if (!ruler) {
        ruler = document.createElement('div');
        ruler.className = 'label-ruler';
        ruler.style.font = LABEL_FONT;
        document.body.append(ruler);
    }
    const blocks = labels.map(label => {
        const block = document.createElement('div');
        block.style.width = `${label.width}px`;
        block.textContent = label.text;
        return block;
    });
    ruler.replaceChildren(...blocks);
    // Bounded: a long session of typing measures each intermediate title once.
    if ([...measured.values()].reduce((sum, heights) => sum + heights.size, 0) > MAX_REMEMBERED) measured.clear();
    labels.forEach((label, index) => {
        let heights = measured.get(label.width);
        if (!heights) measured.set(label.width, (heights = new Map()));
        heights.set(label.text, blocks[index].getBoundingClientRect().height);
    });
    ruler.replaceChildren();
}
