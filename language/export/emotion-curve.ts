// The emotion curve: the canvas's emotion lane drawn as a smooth line across the touchpoint
// columns, one point at the centre of each column on the 1–5 scale, the positive and negative
// zones shaded, a face and the label at each point. With emotions per persona, one line per
// persona in their legend colour (persona-colours.ts). A touchpoint without an emotion is a gap
// in the line, not a point at 3. The path comes from d3-shape: curveMonotoneX never overshoots
// the points, so the line stays within 1–5. Drawn as vnodes, for the preview and the exports.
import { curveMonotoneX, line } from 'd3-shape';
import type { RefView, TouchpointView } from '../model/map-model.js';
import { h, type VNode } from './vnode.js';

/** Height of the curve's lane, and the room kept above 5 and below 1 (for the faces and labels). */
export const CURVE_HEIGHT = 150;
const TOP = 18;
const BOTTOM = 34;

export interface CurvePoint {
    score: number;
    label?: string;
}

/** One line of the curve: the journey's, or one persona's. `points` has one entry per column. */
export interface CurveSeries {
    persona?: RefView;
    points: (CurvePoint | undefined)[];
}

/** The y of a score (clamped to the scale: an out-of-range score is marked by its finding). */
export function curveY(score: number): number {
    const clamped = Math.min(5, Math.max(1, score));
    return TOP + (5 - clamped) / 4 * (CURVE_HEIGHT - TOP - BOTTOM);
}

/** True when some touchpoint has an emotion line of a persona's own: the curve is then drawn per persona. */
export function hasPersonaEmotions(touchpoints: (TouchpointView | undefined)[]): boolean {
    return touchpoints.some(touchpoint => touchpoint?.personaEmotions.some(felt => felt.own));
}

/** The lines to draw over these columns (`undefined` for a column without a touchpoint). */
export function curveSeries(touchpoints: (TouchpointView | undefined)[]): CurveSeries[] {
    if (!hasPersonaEmotions(touchpoints)) {
        return [{ points: touchpoints.map(touchpoint => touchpoint?.emotion && { score: touchpoint.emotion.score, label: touchpoint.emotion.label }) }];
    }
    const personas = new Map<string, RefView>();
    for (const touchpoint of touchpoints) for (const { persona } of touchpoint?.personaEmotions ?? []) if (!personas.has(persona.id)) personas.set(persona.id, persona);
    return [...personas.values()].map(persona => ({
        persona,
        points: touchpoints.map(touchpoint => {
            const felt = touchpoint?.personaEmotions.find(each => each.persona.id === persona.id);
            return felt?.score === undefined ? undefined : { score: felt.score, label: felt.label };
        }),
    }));
}

const level = (score: number) => Math.min(5, Math.max(1, Math.round(score)));

/** A face like Mermaid's: eyes, and a mouth that smiles from 4, frowns up to 2. */
function face(x: number, y: number, score: number): VNode[] {
    const mouth = score >= 3.5 ? `M${x - 4},${y + 2}Q${x},${y + 6} ${x + 4},${y + 2}`
        : score <= 2.5 ? `M${x - 4},${y + 5}Q${x},${y + 1} ${x + 4},${y + 5}`
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
export function curveView(series: CurveSeries[], from: number, to: number, columnWidth: number, colourOf: (persona: RefView) => number | undefined, before?: CurveSeries[]): VNode {
    const width = Math.max(0, to - from) * columnWidth;
    const x = (index: number) => round((index - from + 0.5) * columnWidth);
    const path = line<{ x: number; y: number } | undefined>().defined(point => point !== undefined).x(point => point!.x).y(point => point!.y).curve(curveMonotoneX);
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
    const lines: VNode[] = (before ?? []).map((one, s) => h('path', {
        class: `curve-line curve-before${colourClassOf(one)}`, d: lineOf(one), 'data-persona': one.persona?.id, 'data-series': String(s), 'data-version': 'before',
    }));
    const points: VNode[] = [];
    series.forEach((one, s) => {
        const colourClass = colourClassOf(one);
        lines.push(h('path', { class: `curve-line${colourClass}`, d: lineOf(one), 'data-persona': one.persona?.id, 'data-series': String(s), 'data-version': before ? 'after' : undefined }));
        for (let index = from; index < Math.min(one.points.length, to); index++) {
            const point = one.points[index];
            if (!point) continue;
            const cx = x(index);
            const cy = round(curveY(point.score));
            // With several lines, each label sits a line lower, so they do not cover each other.
            const labelY = round(cy + 22 + (series.length > 1 ? s * 12 : 0));
            points.push(h('g', { class: `curve-point level-${level(point.score)}${colourClass}`, 'data-column': String(index), 'data-persona': one.persona?.id },
                face(cx, cy, point.score),
                point.label !== undefined && h('text', { class: 'curve-label', x: String(cx), y: String(labelY), 'text-anchor': 'middle' }, point.label)));
        }
    });
    const zone = (className: string, top: number, bottom: number) => h('rect', { class: className, x: '0', y: String(round(top)), width: String(width), height: String(round(bottom - top)) });
    return h('svg', {
        class: 'emotion-curve', xmlns: 'http://www.w3.org/2000/svg', width: String(width), height: String(CURVE_HEIGHT),
        viewBox: `0 0 ${width} ${CURVE_HEIGHT}`, 'aria-hidden': 'true', focusable: 'false', 'data-from': String(from), 'data-to': String(to),
    },
        zone('zone zone-positive', curveY(5) - 8, curveY(3)),
        zone('zone zone-negative', curveY(3), curveY(1) + 8),
        h('line', { class: 'neutral-line', x1: '0', y1: String(round(curveY(3))), x2: String(width), y2: String(round(curveY(3))) }),
        lines, points);
}

/** The legend of a per-persona curve: each persona's name beside their line's colour. */
export function curveLegend(series: CurveSeries[], colourOf: (persona: RefView) => number | undefined): VNode | undefined {
    if (!series.some(one => one.persona)) return undefined;
    return h('span', { class: 'curve-legend' }, series.map(one => {
        const colour = one.persona ? colourOf(one.persona) : undefined;
        return h('span', { class: 'curve-legend-entry', 'data-persona': one.persona?.id },
            h('span', { class: colour === undefined ? 'curve-swatch' : `curve-swatch colour-${colour}`, 'aria-hidden': 'true' }),
            one.persona?.title ?? one.persona?.id ?? '');
    }));
}
