// The journey map drawn as an element tree: header (title, description, persona cards),
// summary of findings, and the canvas's cells (one column per touchpoint under its phase band,
// one lane per kind of content; the emotion lane is the curve of emotion-curve.ts).
// Lint findings mark a cell (an outline and a side badge with no text, webview/style.css): they
// never sit in the text a stakeholder copies out of a cell.
// Used by the preview webview (rendered to DOM) and the offline HTML export (rendered to a
// string), so both look the same. Elements that can be revealed in the editor carry a
// `data-key`; `elementTargets` maps each key to its source range.
import type { Finding, GapView, JourneyView, KpiView, MapModel, OpportunityView, PhaseView, RefView, SourceRange, TouchpointView } from '../model/map-model.js';
import { h, type Child, type VNode } from './vnode.js';
import { rangeContains } from '../model/source-range.js';
import { label, labelLocaleOf, setViewLocale } from './view-labels.js';
import { personaColours } from './persona-colours.js';
import { isRuleId, ruleMeta } from '../lint/rules.js';
import { CURVE_HEIGHT, curveLegend, curveSeries, curveView, type CurveLine } from './emotion-curve.js';
import { SEVERITIES, SEVERITY_ICON, severityCount, severityName } from './severity-labels.js';
import PHASE_BAND_COLOURS from './phase-band-colours.json';

/** The row whose cell shows a touchpoint's finding; none: the touchpoint's header shows it. */
export const rowOfRule = (rule: string): RowId | undefined => (isRuleId(rule) ? ruleMeta(rule).previewRow : undefined);

export type RowId =
    'channel' | 'owner' | 'personas' | 'action' | 'backstage' | 'thought' | 'emotion' | 'pains' | 'gaps' | 'opportunities' | 'kpis' | 'momentOfTruth';
/** The canvas's lanes under the touchpoint header, in the order a journey map reads. */
export const LANES: RowId[] = [
    'personas',
    'channel',
    'owner',
    'action',
    'backstage',
    'thought',
    'emotion',
    'pains',
    'gaps',
    'opportunities',
    'kpis',
    'momentOfTruth',
];
/** A phase's band colour: phases are told apart by one of this many colours, in turn (webview/style.css draws them). */
export const PHASE_BANDS = PHASE_BAND_COLOURS.light.edges.length;
export const bandClass = (p: number) => `band-${p % PHASE_BANDS}`;
/** Width of a touchpoint's column, in CSS pixels: the curve puts its points at their centres. */
export const COLUMN_WIDTH = 200;
/** Each lane's name, in English (view-labels.ts translates it). */
const LANE_NAMES: Record<RowId, string> = {
    channel: 'Channel',
    owner: 'Owner',
    personas: 'Personas',
    action: 'Customer action',
    backstage: 'Backstage',
    thought: 'Thought',
    emotion: 'Emotion',
    pains: 'Pains',
    gaps: 'Gaps',
    opportunities: 'Opportunities',
    kpis: 'KPIs',
    momentOfTruth: 'Moment of truth',
};
/** The lanes whose cell is the touchpoint's lines of text, as they are written. */
export const TEXT_LANES = {
    action: (touchpoint: TouchpointView) => touchpoint.actions,
    backstage: (touchpoint: TouchpointView) => touchpoint.backstages,
    thought: (touchpoint: TouchpointView) => touchpoint.thoughts,
    pains: (touchpoint: TouchpointView) => touchpoint.pains,
} satisfies Partial<Record<RowId, (touchpoint: TouchpointView) => string[]>>;
export const isTextLane = (row: string): row is keyof typeof TEXT_LANES => Object.hasOwn(TEXT_LANES, row);

/** Impact levels in either keyword language, by their English name. */
const IMPACT_LEVEL: Record<string, string> = { high: 'high', medium: 'medium', low: 'low', alto: 'high', medio: 'medium', bajo: 'low' };
const HORIZON_LABEL: Record<string, string> = { short: 'short term', medium: 'medium term', long: 'long term' };
export const horizonName = (horizon: string) => label(HORIZON_LABEL[horizon] ?? horizon);

export interface ElementTarget {
    range: SourceRange;
    /** Set when the element is declared in another file than the map's. */
    uri?: string;
    kind: 'journey' | 'phase' | 'touchpoint' | 'persona';
}

export const journeyKey = () => 'journey';
export const phaseKey = (phase: number) => `p${phase}`;
export const touchpointKey = (phase: number, touchpoint: number) => `t${phase}.${touchpoint}`;
export const personaKey = (persona: number) => `persona${persona}`;

/** The phase and touchpoint indexes named by a phaseKey or touchpointKey. */
export function keyIndexes(key: string): { p: number; t?: number } | undefined {
    const match = /^(?:t(\d+)\.(\d+)|p(\d+))$/.exec(key);
    if (!match) return undefined;
    return match[3] !== undefined ? { p: Number(match[3]) } : { p: Number(match[1]), t: Number(match[2]) };
}

/** The element a `data-key` of the journey's view stands for (looked up on a click, not indexed per render). */
export function elementTarget(model: MapModel, journey: JourneyView, key: string): ElementTarget | undefined {
    if (key === journeyKey()) return { range: journey.range, kind: 'journey' };
    const persona = /^persona(\d+)$/.exec(key);
    if (persona) {
        const view = journey.personas[Number(persona[1])];
        return view?.range ? { range: view.range, uri: view.uri && view.uri !== model.uri ? view.uri : undefined, kind: 'persona' } : undefined;
    }
    const indexes = keyIndexes(key);
    const phase = indexes && journey.phases[indexes.p];
    if (!indexes || !phase) return undefined;
    if (indexes.t === undefined) return { range: phase.range, kind: 'phase' };
    const touchpoint = phase.touchpoints[indexes.t];
    return touchpoint && { range: touchpoint.range, kind: 'touchpoint' };
}

/** The key of the innermost element of the journey at a position, if any. */
export function keyAt(journey: JourneyView, position: { line: number; character: number }): string | undefined {
    if (!rangeContains(journey.range, position)) return undefined;
    for (let p = 0; p < journey.phases.length; p++) {
        const phase = journey.phases[p];
        if (!rangeContains(phase.range, position)) continue;
        for (let t = 0; t < phase.touchpoints.length; t++) {
            if (rangeContains(phase.touchpoints[t].range, position)) return touchpointKey(p, t);
        }
        return phaseKey(p);
    }
    return journeyKey();
}

export function touchpointCount(journey: JourneyView): number {
    return journey.phases.reduce((sum, phase) => sum + phase.touchpoints.length, 0);
}

// ---------------------------------------------------------------------------------------------

export function findingBadge(finding: Finding): VNode {
    return h(
        'span',
        { class: `finding sev-${finding.severity}`, title: `${severityName(finding.severity)}: ${finding.message}`, 'data-rule': finding.rule },
        h('span', { class: 'finding-icon', 'aria-hidden': 'true' }, SEVERITY_ICON[finding.severity]),
        h('span', { class: 'finding-rule' }, finding.rule),
    );
}

function findingList(findings: Finding[]): VNode | undefined {
    if (findings.length === 0) return undefined;
    return h('span', { class: 'findings' }, findings.map(findingBadge));
}

/** A canvas cell's findings: a badge per finding beside the content, its icon drawn by CSS, no text in the cell. */
export function findingMarks(findings: Finding[]): VNode | undefined {
    if (findings.length === 0) return undefined;
    return h(
        'span',
        { class: 'finding-marks' },
        findings.map(finding => {
            const said = `${severityName(finding.severity)} ${finding.rule}: ${finding.message}`;
            return h('span', { class: `finding-mark sev-${finding.severity}`, 'data-rule': finding.rule, title: said, role: 'img', 'aria-label': said });
        }),
    );
}

/** The class a cell with findings gets (its outline takes the worst severity's colour). */
function findingClass(findings: Finding[]): string {
    const worst = SEVERITIES.find(severity => findings.some(finding => finding.severity === severity));
    return worst ? ` has-findings worst-${worst}` : '';
}

export function summaryView(model: MapModel, journey?: JourneyView): VNode {
    setViewLocale(labelLocaleOf(model, journey));
    const total = SEVERITIES.reduce((sum, severity) => sum + model.summary[severity], 0);
    return h(
        'div',
        { class: 'summary', role: 'status' },
        h('span', { class: 'summary-label' }, label('Findings: ')),
        total === 0
            ? h('span', { class: 'summary-none' }, label('none'))
            : SEVERITIES.map(severity =>
                  h(
                      'span',
                      { class: `summary-count sev-${severity}${model.summary[severity] ? '' : ' zero'}`, 'data-severity': severity },
                      `${SEVERITY_ICON[severity]} ${severityCount(severity, model.summary[severity])}`,
                  ),
              ),
    );
}

function refText(ref: RefView): VNode {
    return h('span', { class: ref.resolved ? 'ref' : 'ref unresolved', title: ref.resolved ? ref.id : `${ref.id} is not declared` }, ref.title ?? ref.id);
}

function ownerView(owner: RefView | undefined, inherited: boolean, inheritedFrom: string): Child[] {
    if (!owner) return [h('span', { class: 'no-owner' }, label('no owner'))];
    return [
        refText(owner),
        inherited
            ? h('span', { class: 'inherited', title: label('inherited from the {0}', label(inheritedFrom)) }, label(' ({0}’s)', label(inheritedFrom)))
            : undefined,
    ].filter((child): child is VNode => child !== undefined);
}

export function headerView(model: MapModel, journey: JourneyView): VNode {
    setViewLocale(labelLocaleOf(model, journey));
    return h(
        'header',
        { class: 'map-header' },
        h('h1', { class: 'journey-title', 'data-key': journeyKey(), title: label('Reveal in editor') }, journey.title),
        journey.descriptions.map(text => h('p', { class: 'journey-description' }, text)),
        findingList(journey.findings),
        journey.personas.length > 0 &&
            h(
                'div',
                { class: 'personas' },
                journey.personas.map((persona, index) =>
                    h(
                        'article',
                        {
                            class: 'persona-card',
                            'data-key': persona.range ? personaKey(index) : undefined,
                            title: persona.range ? label('Reveal in editor') : undefined,
                        },
                        h('h2', { class: 'persona-title' }, persona.title),
                        personaFacts(label('Role'), persona.roles),
                        personaFacts(label('Goal'), persona.goals),
                        personaFacts(label('Need'), persona.needs),
                        personaFacts(label('Concern'), persona.concerns),
                        persona.quotes.map(quote => h('blockquote', { class: 'persona-quote' }, `“${quote}”`)),
                    ),
                ),
            ),
        summaryView(model, journey),
        model.findings.length > 0 &&
            h(
                'div',
                { class: 'file-findings' },
                h('span', { class: 'file-findings-label' }, label('Declarations: ')),
                model.findings.map(finding => h('span', { class: 'file-finding' }, findingBadge(finding), ` ${finding.message}`)),
            ),
    );
}

function personaFacts(label: string, values: string[]): VNode | undefined {
    if (values.length === 0) return undefined;
    return h('p', { class: 'persona-fact' }, h('span', { class: 'fact-label' }, `${label}: `), values.join(' · '));
}

function emotionView(emotion: TouchpointView['emotion']): Child[] {
    if (!emotion) return [h('span', { class: 'empty-value' }, label('no emotion'))];
    const level = Math.min(5, Math.max(1, Math.round(emotion.score)));
    const inRange = Number.isInteger(emotion.score) && emotion.score >= 1 && emotion.score <= 5;
    return [
        h(
            'span',
            {
                class: `emotion-scale level-${level}${inRange ? '' : ' out-of-range'}`,
                role: 'img',
                'aria-label': label('emotion {0} of 5', String(emotion.score)),
            },
            [5, 4, 3, 2, 1].map(slot => h('span', { class: slot === level ? 'slot on' : 'slot' })),
        ),
        h('span', { class: 'emotion-text' }, h('span', { class: 'emotion-score' }, String(emotion.score)), emotion.label ? ` ${emotion.label}` : ''),
    ];
}

/** The grid's persona colours (persona-colours.ts), set for the journey being drawn. */
let coloursOfPersonas = new Map<string, number>();

/** Sets the persona colours the cells are drawn with; true when they changed (drawn cells are then stale). */
export function useColoursOf(journey: JourneyView): boolean {
    const next = personaColours(journey);
    const changed = next.size !== coloursOfPersonas.size || [...next].some(([id, colour]) => coloursOfPersonas.get(id) !== colour);
    coloursOfPersonas = next;
    return changed;
}

/** A persona's name with its colour swatch (the diagram legend's), or none when it is no actor there. */
function personaChip(persona: RefView): VNode {
    const colour = coloursOfPersonas.get(persona.id);
    return h(
        'span',
        {
            class: persona.resolved ? 'persona-chip' : 'persona-chip unresolved',
            'data-persona': persona.id,
            title: persona.resolved ? persona.id : `${persona.id} is not declared`,
        },
        h('span', { class: colour === undefined ? 'persona-swatch' : `persona-swatch colour-${colour}`, 'aria-hidden': 'true' }),
        persona.title ?? persona.id,
    );
}

/** Who is involved: each persona once. */
function personasCell(touchpoint: TouchpointView): Child[] {
    return touchpoint.personaEmotions.map(({ persona }) => personaChip(persona));
}

/**
 * One emotion when everyone involved feels the shared one; else each persona's score and
 * label beside their colour. Lines that count for nobody are shown too, struck through.
 */
function emotionCell(touchpoint: TouchpointView): Child[] {
    const own = touchpoint.personaEmotions.some(felt => felt.own);
    const others = touchpoint.otherEmotions ?? [];
    if (!own && others.length === 0) return emotionView(touchpoint.emotion);
    const rows = touchpoint.personaEmotions.map(felt =>
        h(
            'div',
            { class: 'persona-emotion', 'data-persona': felt.persona.id },
            personaChip(felt.persona),
            emotionView(felt.score === undefined ? undefined : { score: felt.score, label: felt.label }),
        ),
    );
    const lost = others.map(line =>
        h(
            'div',
            { class: 'persona-emotion not-counted', 'data-persona': line.persona.id, title: label('counts for nobody here') },
            personaChip(line.persona),
            emotionView({ score: line.score, label: line.label }),
        ),
    );
    return [...rows, ...lost];
}

/** An item of a gaps, opportunities or KPIs cell: its title, its facts, its findings' marks. */
function itemView(kind: string, item: { title: string; findings: Finding[] }, ...facts: (Child | Child[] | undefined)[]): VNode {
    return h('li', { class: kind }, h('span', { class: 'item-title' }, item.title), ...facts, findingMarks(item.findings));
}

/** A fact of an item with its name before it: "Owner: Billing". */
function labelledFact(kind: string, name: string, value: Child | Child[]): VNode {
    return h('span', { class: kind }, h('span', { class: 'fact-label' }, label(name)), value);
}

function gapItem(gap: GapView): VNode {
    return itemView(
        'gap',
        gap,
        h('span', { class: 'gap-values' }, `${gap.current ?? '?'} → ${gap.target ?? '?'}`),
        gap.change && labelledFact('gap-change', 'Change: ', gap.change),
        labelledFact('item-owner', 'Owner: ', ownerView(gap.owner, gap.ownerInherited, 'touchpoint')),
    );
}

function opportunityItem(opportunity: OpportunityView): VNode {
    return itemView(
        'opportunity',
        opportunity,
        opportunity.horizon
            ? h('span', { class: `horizon horizon-${opportunity.horizon}` }, horizonName(opportunity.horizon))
            : h('span', { class: 'horizon none' }, label('no horizon')),
        opportunity.owner && labelledFact('item-owner', 'Owner: ', refText(opportunity.owner)),
    );
}

function kpiItem(kpi: KpiView): VNode {
    return itemView('kpi', kpi, h('span', { class: 'kpi-values' }, kpiValues(kpi)));
}

/** "current 26 h → target 4 h": each value with its unit, so neither reads as a ratio. */
export function kpiValues(kpi: KpiView): string {
    const withUnit = (value: string) => (kpi.unit ? `${value} ${kpi.unit}` : value);
    const parts = [
        kpi.current !== undefined && label('current {0}', withUnit(kpi.current)),
        kpi.target !== undefined && label('target {0}', withUnit(kpi.target)),
    ];
    return parts.filter((part): part is string => typeof part === 'string').join(' → ');
}

// An empty cell stays blank: no dash to read past.
function list(items: VNode[]): Child[] {
    return items.length ? [h('ul', { class: 'items' }, items)] : [];
}

function texts(values: string[]): Child[] {
    return values.map(value => h('p', { class: 'cell-text' }, value));
}

function cellContent(row: RowId, touchpoint: TouchpointView): Child[] {
    if (isTextLane(row)) return texts(TEXT_LANES[row](touchpoint));
    switch (row) {
        case 'channel':
            return touchpoint.channel ? [refText(touchpoint.channel)] : [];
        case 'owner':
            return ownerView(touchpoint.owner, touchpoint.ownerInherited, 'phase');
        case 'personas':
            return personasCell(touchpoint);
        // The curve draws it; the cell holds its text alternative (visually hidden).
        case 'emotion':
            return [h('span', { class: 'curve-text' }, emotionCell(touchpoint))];
        case 'gaps':
            return list(touchpoint.gaps.map(gapItem));
        case 'opportunities':
            return list(touchpoint.opportunities.map(opportunityItem));
        case 'kpis':
            return list(touchpoint.kpis.map(kpiItem));
        case 'momentOfTruth':
            return touchpoint.momentOfTruth ? [h('span', { class: 'moment-of-truth' }, label('★ moment of truth'))] : [];
    }
}

/** One column of the grid: a touchpoint, or the placeholder of a phase without touchpoints (t = -1). */
export interface GridColumn {
    phase: PhaseView;
    p: number;
    touchpoint?: TouchpointView;
    t: number;
}

/** Each phase view's columns at its index: an edit changes one phase, the model patch keeps the others' objects. */
const columnsByPhase = new WeakMap<PhaseView, GridColumn[]>();

function phaseColumns(phase: PhaseView, p: number): GridColumn[] {
    let columns = columnsByPhase.get(phase);
    if (!columns || columns[0].p !== p) {
        columns = phase.touchpoints.length === 0 ? [{ phase, p, t: -1 }] : phase.touchpoints.map((touchpoint, t) => ({ phase, p, touchpoint, t }));
        columnsByPhase.set(phase, columns);
    }
    return columns;
}

export function gridColumns(journey: JourneyView): GridColumn[] {
    const columns: GridColumn[] = [];
    journey.phases.forEach((phase, p) => {
        for (const column of phaseColumns(phase, p)) columns.push(column);
    });
    return columns;
}

/** The phase's cell of the first row (it spans the phase's columns), in its band's colour. */
export function phaseCell(phase: PhaseView, p: number): VNode {
    return h(
        'th',
        {
            class: `${phase.touchpoints.length ? 'phase' : 'phase empty-phase'} ${bandClass(p)}${findingClass(phase.findings)}`,
            colspan: String(Math.max(1, phase.touchpoints.length)),
            role: 'columnheader',
            'data-key': phaseKey(p),
            title: label('Reveal in editor'),
        },
        // Its heading stays in sight while a wide phase scrolls sideways.
        h(
            'span',
            { class: 'phase-heading' },
            h('span', { class: 'phase-title' }, phase.title),
            phase.moment !== undefined && h('span', { class: 'phase-moment' }, label(' · moment {0}', String(phase.moment))),
            phase.owner && h('span', { class: 'phase-owner' }, h('span', { class: 'fact-label' }, label(' · owner: ')), refText(phase.owner)),
        ),
        phase.descriptions.map(text => h('p', { class: 'phase-description' }, text)),
        findingMarks(phase.findings),
    );
}

/** A column's cell of the touchpoint row. */
export function touchpointCell({ p, touchpoint, t }: GridColumn): VNode {
    if (!touchpoint) return h('th', { class: `no-touchpoint ${bandClass(p)}`, role: 'columnheader', 'data-key': phaseKey(p) }, label('no touchpoints'));
    const findings = touchpoint.findings.filter(finding => !rowOfRule(finding.rule));
    return h(
        'th',
        {
            class: `touchpoint ${bandClass(p)}${findingClass(findings)}`,
            role: 'columnheader',
            'data-key': touchpointKey(p, t),
            title: label('Reveal in editor'),
        },
        h('span', { class: 'touchpoint-title' }, touchpoint.title),
        touchpoint.impact &&
            h('span', { class: `impact impact-${touchpoint.impact}` }, label(`${IMPACT_LEVEL[touchpoint.impact] ?? touchpoint.impact} impact`)),
        findingMarks(findings),
    );
}

/** A column's cell of one of the lanes. */
export function rowCell(row: RowId, { p, touchpoint, t }: GridColumn): VNode {
    if (!touchpoint) return h('td', { class: `cell empty-column ${bandClass(p)}`, role: 'cell', 'data-key': phaseKey(p) });
    const findings = touchpoint.findings.filter(finding => rowOfRule(finding.rule) === row);
    return h(
        'td',
        { class: `cell cell-${row} ${bandClass(p)}${findingClass(findings)}`, role: 'cell', 'data-key': touchpointKey(p, t) },
        cellContent(row, touchpoint),
        findingMarks(findings),
    );
}

export const rowLabel = (text: string, extra?: Child) => h('th', { class: 'row-label', role: 'rowheader' }, text, extra);

/** A lane's name, in the labels' language. */
export const laneName = (row: RowId) => label(LANE_NAMES[row]);

/** Whether a lane has something to show in a column: content, or (unless `withFindings` is off) a finding. */
function laneHasContentAt(row: RowId, touchpoint: TouchpointView, withFindings: boolean): boolean {
    if (withFindings && touchpoint.findings.some(finding => rowOfRule(finding.rule) === row)) return true;
    if (isTextLane(row)) return TEXT_LANES[row](touchpoint).length > 0;
    switch (row) {
        case 'channel':
            return touchpoint.channel !== undefined;
        case 'owner':
            return touchpoint.owner !== undefined;
        case 'personas':
            return touchpoint.personaEmotions.length > 0;
        case 'emotion':
            return (
                touchpoint.emotion !== undefined ||
                touchpoint.personaEmotions.some(felt => felt.score !== undefined) ||
                (touchpoint.otherEmotions?.length ?? 0) > 0
            );
        case 'gaps':
            return touchpoint.gaps.length > 0;
        case 'opportunities':
            return touchpoint.opportunities.length > 0;
        case 'kpis':
            return touchpoint.kpis.length > 0;
        case 'momentOfTruth':
            return touchpoint.momentOfTruth;
    }
}

export interface LaneOptions {
    /** Show lanes with nothing in them (`journey.preview.showEmptyLanes`). */
    showEmptyLanes: boolean;
    /** Presentation mode: findings are not shown, so they do not keep a lane either. */
    presentation: boolean;
}

/**
 * The lanes with something in some touchpoint of a phase, with findings counted and without,
 * remembered per phase view (an edit changes one phase; the model patch keeps the others' objects).
 */
const lanesByPhase = new WeakMap<PhaseView, { withFindings: Set<RowId>; withoutFindings: Set<RowId> }>();

function lanesWithContent(phase: PhaseView, withFindings: boolean): Set<RowId> {
    let lanes = lanesByPhase.get(phase);
    if (!lanes) {
        const inPhase = (counted: boolean) => new Set(LANES.filter(row => phase.touchpoints.some(touchpoint => laneHasContentAt(row, touchpoint, counted))));
        lanes = { withFindings: inPhase(true), withoutFindings: inPhase(false) };
        lanesByPhase.set(phase, lanes);
    }
    return withFindings ? lanes.withFindings : lanes.withoutFindings;
}

/** The lanes to draw: those with something in some touchpoint of the phases, or all when empty lanes are shown. */
export function visibleLanes(phases: readonly PhaseView[], options: LaneOptions): RowId[] {
    if (options.showEmptyLanes && !options.presentation) return LANES;
    const shown = new Set<RowId>();
    for (const phase of phases) {
        for (const row of lanesWithContent(phase, !options.presentation)) shown.add(row);
        if (shown.size === LANES.length) break;
    }
    return LANES.filter(row => shown.has(row));
}

/** The emotion lane's legend (per-persona lines, emotion-curve.ts) beside its name. */
export function emotionLaneLabel(lines: CurveLine[]): VNode {
    return rowLabel(laneName('emotion'), curveLegend(lines, personaColourOf));
}

/** A persona's colour in the diagram's legend, for the curve's lines. */
export const personaColourOf = (persona: RefView) => coloursOfPersonas.get(persona.id);

/**
 * The static canvas of the exports: every column, the curve across the emotion lane. A printed
 * page's part of the journey (language/export/print-layout.ts) is drawn with the whole
 * journey's lanes, persona colours and phase colours.
 */
export function gridView(
    journey: JourneyView,
    options: LaneOptions = { showEmptyLanes: false, presentation: false },
    part?: { whole: JourneyView; firstPhase: number },
): VNode {
    useColoursOf(part?.whole ?? journey);
    const firstPhase = part?.firstPhase ?? 0;
    const columns = gridColumns(journey).map(column => ({ ...column, p: column.p + firstPhase }));
    const lanes = visibleLanes((part?.whole ?? journey).phases, options);
    const phaseRow = h(
        'tr',
        { class: 'phase-row' },
        rowLabel(label('Phase')),
        journey.phases.map((phase, p) => phaseCell(phase, p + firstPhase)),
    );
    const touchpointRow = h('tr', { class: 'touchpoint-row' }, rowLabel(label('Touchpoint')), columns.map(touchpointCell));
    const rows = lanes.map(row => {
        const cells = columns.map(column => rowCell(row, column));
        if (row !== 'emotion') return h('tr', { class: `row row-${row}` }, rowLabel(laneName(row)), cells);
        // The curve lies over the lane's cells (which keep its text for screen readers), from the first.
        const series = curveSeries(columns.map(column => column.touchpoint));
        if (cells.length > 0)
            cells[0].children.unshift(h('span', { class: 'curve-layer' }, curveView(series, 0, columns.length, COLUMN_WIDTH, personaColourOf)));
        return h('tr', { class: 'row row-emotion' }, emotionLaneLabel(series), cells);
    });
    const colgroup = h(
        'colgroup',
        {},
        h('col', { class: 'label-col' }),
        columns.map(() => h('col', { class: 'touchpoint-col' })),
    );
    return h(
        'table',
        { class: 'grid canvas static', 'data-columns': String(columns.length), 'aria-label': journey.title },
        colgroup,
        h('thead', {}, phaseRow, touchpointRow),
        h('tbody', {}, rows),
    );
}

export { CURVE_HEIGHT };
