// The emotion curve: the canvas's emotion lane drawn as a smooth line across the touchpoint
// columns, one point at the centre of each column on the 1–5 scale, the positive and negative
// zones shaded, a face and the label at each point. With emotions per persona, one line per
// persona in their legend colour (persona-colours.ts). A touchpoint without an emotion is a gap
// in the line, not a point at 3. The path comes from d3-shape: curveMonotoneX never overshoots
// the points, so the line stays within 1–5. Drawn as vnodes, for the preview and the exports.
// The preview draws only the columns near its viewport: it asks for the lines over the whole
// journey (remembered per phase view) and for the points of the drawn columns only.
import { curveMonotoneX, line } from 'd3-shape';
import type { PhaseView, RefView, TouchpointView } from '../model/map-model.js';
import { h, type VNode } from './vnode.js';

/** Height of the curve's lane, and the room kept above 5 and below 1 (for the faces and labels). */
export const CURVE_HEIGHT = 150;
const TOP = 18;
const BOTTOM = 34;

export interface CurvePoint {
    score: number;
    label?: string;
}

/** One line of the curve: the journey's, or one persona's. */
export interface CurveLine {
    persona?: RefView;
}

/** A line with its points: `points` has one entry per column. */
export interface CurveSeries extends CurveLine {
    points: (CurvePoint | undefined)[];
}

/** The y of a score (clamped to the scale: an out-of-range score is marked by its finding). */
export function curveY(score: number): number {
    const clamped = Math.min(5, Math.max(1, score));
    return TOP + ((5 - clamped) / 4) * (CURVE_HEIGHT - TOP - BOTTOM);
}

/** True when some touchpoint has an emotion line of a persona's own: the curve is then drawn per persona. */
export function hasPersonaEmotions(touchpoints: readonly (TouchpointView | undefined)[]): boolean {
    return touchpoints.some(touchpoint => touchpoint?.personaEmotions.some(felt => felt.own));
}

/** What decides the lines: whether some persona has an emotion of their own, and the personas met, in order. */
interface LineSources {
    perPersona: boolean;
    personas: Map<string, RefView>;
}

function lineSourcesOf(touchpoints: readonly (TouchpointView | undefined)[]): LineSources {
    const personas = new Map<string, RefView>();
    for (const touchpoint of touchpoints)
        for (const { persona } of touchpoint?.personaEmotions ?? []) if (!personas.has(persona.id)) personas.set(persona.id, persona);
    return { perPersona: hasPersonaEmotions(touchpoints), personas };
}

const linesOf = ({ perPersona, personas }: LineSources): CurveLine[] => (perPersona ? [...personas.values()].map(persona => ({ persona })) : [{}]);

/** Each phase view's line sources: an edit changes one phase, the model patch keeps the others' objects. */
const sourcesByPhase = new WeakMap<PhaseView, LineSources>();

/** The curve's lines over a journey's phases, from what each unchanged phase view remembers. */
export function curveLinesOf(phases: readonly PhaseView[]): CurveLine[] {
    const all: LineSources = { perPersona: false, personas: new Map() };
    for (const phase of phases) {
        let sources = sourcesByPhase.get(phase);
        if (!sources) {
            sources = lineSourcesOf(phase.touchpoints);
            sourcesByPhase.set(phase, sources);
        }
        all.perPersona ||= sources.perPersona;
        for (const [id, persona] of sources.personas) if (!all.personas.has(id)) all.personas.set(id, persona);
    }
    return linesOf(all);
}

/**
 * The lines with their points over columns [from, to) of `count`, and one column on either side
 * (all that curveView draws there); the other points are left out. `touchpointAt` gives a
 * column's touchpoint (`undefined` for a column without one).
 */
export function curveSeriesAround(
    lines: CurveLine[],
    count: number,
    from: number,
    to: number,
    touchpointAt: (index: number) => TouchpointView | undefined,
): CurveSeries[] {
    return lines.map(line => {
        const points: (CurvePoint | undefined)[] = new Array(count);
        for (let index = Math.max(0, from - 1); index < Math.min(count, to + 1); index++) {
            const touchpoint = touchpointAt(index);
            if (!line.persona) {
                points[index] = touchpoint?.emotion && { score: touchpoint.emotion.score, label: touchpoint.emotion.label };
                continue;
            }
            const felt = touchpoint?.personaEmotions.find(each => each.persona.id === line.persona!.id);
            points[index] = felt?.score === undefined ? undefined : { score: felt.score, label: felt.label };
        }
        return { ...line, points };
    });
}

/** The lines to draw over these columns (`undefined` for a column without a touchpoint), every point included. */
export function curveSeries(touchpoints: (TouchpointView | undefined)[]): CurveSeries[] {
    return curveSeriesAround(linesOf(lineSourcesOf(touchpoints)), touchpoints.length, 0, touchpoints.length, index => touchpoints[index]);
}

const level = (score: number) => Math.min(5, Math.max(1, Math.round(score)));

/** A face like Mermaid's: eyes, and a mouth that smiles from 4, frowns up to 2. */
function face(x: number, y: number, score: number): VNode[] {
    const mouth =
        score >= 3.5
            ? `M${x - 4},${y + 2}Q${x},${y + 6} ${x + 4},${y + 2}`
            : score <= 2.5
              ? `M${x - 4},${y + 5}Q${x},${y + 1} ${x + 4},${y + 5}`
              : `M${x - 4},${y + 3.5}L${x + 4},${y + 3.5}`;
    return [
        h('circle', { class: 'face', cx: String(x), cy: String(y), r: '9' }),
        h('circle', { class: 'eye', cx: String(x - 3), cy: String(y - 2), r: '1.2' }),
        h('circle', { class: 'eye', cx: String(x + 3), cy: String(y - 2), r: '1.2' }),
        h('path', { class: 'mouth', d: mouth }),
    ];
}

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * The curve over columns [from, to) of `series`, `columnWidth` wide each, x = 0 at column `from`.
 * The line runs through the columns on either side too, so a windowed curve joins its neighbours.
 * In a comparison, `before` holds the older version's lines over the same columns: drawn
 * dashed (style.css) under the newer ones, without faces.
 */
export function curveView(
    series: CurveSeries[],
    from: number,
    to: number,
    columnWidth: number,
    colourOf: (persona: RefView) => number | undefined,
    before?: CurveSeries[],
): VNode {
    const width = Math.max(0, to - from) * columnWidth;
    const x = (index: number) => round((index - from + 0.5) * columnWidth);
    const path = line<{ x: number; y: number } | undefined>()
        .defined(point => point !== undefined)
        .x(point => point!.x)
        .y(point => point!.y)
        .curve(curveMonotoneX);
    const lineOf = (one: CurveSeries) => {
        const around: ({ x: number; y: number } | undefined)[] = [];
        for (let index = Math.max(0, from - 1); index < Math.min(one.points.length, to + 1); index++) {
            const point = one.points[index];
            around.push(point && { x: x(index), y: round(curveY(point.score)) });
        }
        return path(around) ?? '';
    };
    const colourClassOf = (one: CurveSeries) => {
        const colour = one.persona ? colourOf(one.persona) : undefined;
        return colour === undefined ? '' : ` colour-${colour}`;
    };
    const lines: VNode[] = (before ?? []).map((one, s) =>
        h('path', {
            class: `curve-line curve-before${colourClassOf(one)}`,
            d: lineOf(one),
            'data-persona': one.persona?.id,
            'data-series': String(s),
            'data-version': 'before',
        }),
    );
    const points: VNode[] = [];
    series.forEach((one, s) => {
        const colourClass = colourClassOf(one);
        lines.push(
            h('path', {
                class: `curve-line${colourClass}`,
                d: lineOf(one),
                'data-persona': one.persona?.id,
                'data-series': String(s),
                'data-version': before ? 'after' : undefined,
            }),
        );
        for (let index = from; index < Math.min(one.points.length, to); index++) {
            const point = one.points[index];
            if (!point) continue;
            const cx = x(index);
            const cy = round(curveY(point.score));
            // With several lines, each label sits a line lower, so they do not cover each other.
            const labelY = round(cy + 22 + (series.length > 1 ? s * 12 : 0));
            points.push(
                h(
                    'g',
                    { class: `curve-point level-${level(point.score)}${colourClass}`, 'data-column': String(index), 'data-persona': one.persona?.id },
                    face(cx, cy, point.score),
                    point.label !== undefined && h('text', { class: 'curve-label', x: String(cx), y: String(labelY), 'text-anchor': 'middle' }, point.label),
                ),
            );
        }
    });
    const zone = (className: string, top: number, bottom: number) =>
        h('rect', { class: className, x: '0', y: String(round(top)), width: String(width), height: String(round(bottom - top)) });
    return h(
        'svg',
        {
            class: 'emotion-curve',
            xmlns: 'http://www.w3.org/2000/svg',
            width: String(width),
            height: String(CURVE_HEIGHT),
            viewBox: `0 0 ${width} ${CURVE_HEIGHT}`,
            'aria-hidden': 'true',
            focusable: 'false',
            'data-from': String(from),
            'data-to': String(to),
        },
        zone('zone zone-positive', curveY(5) - 8, curveY(3)),
        zone('zone zone-negative', curveY(3), curveY(1) + 8),
        h('line', { class: 'neutral-line', x1: '0', y1: String(round(curveY(3))), x2: String(width), y2: String(round(curveY(3))) }),
        lines,
        points,
    );
}

/** The legend of a per-persona curve: each persona's name beside their line's colour. */
export function curveLegend(lines: CurveLine[], colourOf: (persona: RefView) => number | undefined): VNode | undefined {
    if (!lines.some(one => one.persona)) return undefined;
    return h(
        'span',
        { class: 'curve-legend' },
        lines.map(one => {
            const colour = one.persona ? colourOf(one.persona) : undefined;
            return h(
                'span',
                { class: 'curve-legend-entry', 'data-persona': one.persona?.id },
                h('span', { class: colour === undefined ? 'curve-swatch' : `curve-swatch colour-${colour}`, 'aria-hidden': 'true' }),
                one.persona?.title ?? one.persona?.id ?? '',
            );
        }),
    );
}
