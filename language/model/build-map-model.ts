// Builds the MapModel of a validated document (see map-model.ts). The model shares no array
// with the tree: the server keeps the last model it answered (server/map-model-answers.ts)
// while edits patch the tree in place.
import type { AstNode, LangiumDocument, Reference } from 'langium';
import { AstUtils } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Gap, Journey, Kpi, Model, Opportunity, Persona, Phase, Touchpoint } from '../generated/ast.js';
import { first, normalizeHorizon, normalizeLevel, titleOf } from '../ast-queries.js';
import { changedSince, changeMark, type ChangeMark } from '../ast-revisions.js';
import { journeyToMermaidParts } from '../mermaid/mermaid-journey.js';
import { sameJson } from './model-patch.js';
import { personaEmotions, sharedEmotion } from '../persona-emotions.js';
import type {
    Finding,
    FindingSeverity,
    GapView,
    JourneyView,
    KpiView,
    MapModel,
    OpportunityView,
    PersonaEmotionView,
    PersonaView,
    PhaseView,
    RefView,
    SourceRange,
    TouchpointView,
} from './map-model.js';
import { comparePositions, rangeContains } from './source-range.js';

const SEVERITY_NAMES: Record<number, FindingSeverity> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

export function toFinding(diagnostic: Diagnostic): Finding {
    return {
        rule: String(diagnostic.code ?? 'syntax-error'),
        severity: SEVERITY_NAMES[diagnostic.severity ?? 1] ?? 'error',
        message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
        range: diagnostic.range,
    };
}

export interface MapModelOptions {
    /**
     * Whether to write each journey's Mermaid text (default true). Comparisons that draw no
     * diagram leave it out: at 10,000 touchpoints it is a tenth of `journey diff`'s work.
     */
    mermaid?: boolean;
}

/** An empty Mermaid text, for a model built with `mermaid: false`. */
const NO_MERMAID = { head: '', sections: [] as string[] };

export function buildMapModel(document: LangiumDocument<Model>, locale: 'en' | 'es' = 'en', options: MapModelOptions = {}): MapModel {
    const findings = (document.diagnostics ?? []).map(toFinding);
    const syntaxErrors = findings.filter(finding => finding.rule === 'syntax-error');
    const placer = new FindingPlacer(findings.filter(finding => finding.rule !== 'syntax-error'));
    const changes = new ChangedNodes();
    const journeys = document.parseResult.value.declarations
        .filter((declaration): declaration is Journey => declaration.$type === 'Journey')
        .map(journey => journeyView(journey, placer, changes, options.mermaid ?? true));
    const summary: Record<FindingSeverity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
    findings.forEach(finding => summary[finding.severity]++);
    return {
        uri: document.uri.toString(),
        version: document.textDocument.version,
        journeys,
        syntaxErrors,
        findings: placer.remaining(),
        summary,
        locale,
    };
}

/**
 * Hands each finding to the innermost element whose range holds its start; deepest elements ask first.
 * Findings are indexed by start position, so a map with tens of thousands of touchpoints and
 * findings is placed in O((elements + findings) log findings), not elements × findings.
 */
class FindingPlacer {
    /** Indexes into `findings`, sorted by start position. */
    private readonly byStart: number[];
    private readonly taken: boolean[];
    constructor(private readonly findings: Finding[]) {
        this.byStart = findings.map((_, i) => i).sort((a, b) => comparePositions(findings[a].range.start, findings[b].range.start) || a - b);
        this.taken = findings.map(() => false);
    }
    take(range: SourceRange): Finding[] {
        const indexes = this.untaken(range);
        for (const index of indexes) this.taken[index] = true;
        return indexes.map(index => this.findings[index]);
    }
    /** Where a node of the map is and the findings it takes (after those of the nodes inside it). */
    place(node: AstNode): { range: SourceRange; findings: Finding[] } {
        const range = rangeOf(node);
        return { range, findings: this.take(range) };
    }
    /** What `take` would return, leaving the findings untaken. */
    peek(range: SourceRange): Finding[] {
        return this.untaken(range).map(index => this.findings[index]);
    }
    /** Indexes of the findings not taken yet that start in `range`, ascending. */
    private untaken(range: SourceRange): number[] {
        // The first finding that starts at or after the range's start.
        let low = 0;
        let high = this.byStart.length;
        while (low < high) {
            const middle = (low + high) >> 1;
            if (comparePositions(this.findings[this.byStart[middle]].range.start, range.start) < 0) low = middle + 1;
            else high = middle;
        }
        const indexes: number[] = [];
        for (let k = low; k < this.byStart.length; k++) {
            const index = this.byStart[k];
            if (!rangeContains(range, this.findings[index].range.start)) break;
            if (!this.taken[index]) indexes.push(index);
        }
        return indexes.sort((a, b) => a - b);
    }
    remaining(): Finding[] {
        return this.findings.filter((_, index) => !this.taken[index]);
    }
}

function rangeOf(node: AstNode): SourceRange {
    return node.$cstNode?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}

function refView(reference: Reference<AstNode & { name: string; title?: string }> | undefined): RefView | undefined {
    if (!reference) return undefined;
    const target = reference.ref;
    return { id: reference.$refText, title: target ? titleOf(target) : undefined, resolved: target !== undefined };
}

function valueText(value: number | string | undefined): string | undefined {
    return value === undefined ? undefined : String(value);
}

/** A gap's or a KPI's values, as written. */
function currentAndTarget(element: Gap | Kpi): { current?: string; target?: string } {
    return { current: valueText(first(element.currents)), target: valueText(first(element.targets)) };
}

function personaView(persona: Persona): PersonaView {
    return {
        id: persona.name,
        title: titleOf(persona),
        roles: [...persona.roles],
        goals: [...persona.goals],
        needs: [...persona.needs],
        concerns: [...persona.concerns],
        quotes: [...persona.quotes],
        uri: AstUtils.getDocument(persona).uri.toString(),
        range: rangeOf(persona),
    };
}

function journeyView(journey: Journey, placer: FindingPlacer, changes: ChangedNodes, withMermaid: boolean): JourneyView {
    const mermaid = withMermaid ? journeyToMermaidParts(journey) : NO_MERMAID;
    const phases = journey.phases.map((phase, index) => keptOrNewPhaseView(phase, mermaid.sections[index] ?? '', placer, changes));
    return {
        id: journey.name,
        title: titleOf(journey),
        descriptions: [...journey.descriptions],
        personas: journey.personas.map(ref =>
            ref.ref ? personaView(ref.ref) : { id: ref.$refText, title: ref.$refText, roles: [], goals: [], needs: [], concerns: [], quotes: [] },
        ),
        phases,
        mermaidHead: mermaid.head,
        ...placer.place(journey),
        keywordLanguage: keywordLanguageOf(journey),
        ...improvesView(journey),
    };
}

function improvesView(journey: Journey): Pick<JourneyView, 'improves'> {
    const reference = journey.improves[0];
    if (!reference) return {};
    const current = reference.ref;
    return { improves: current ? { id: current.name, uri: AstUtils.getDocument(current).uri.toString() } : { id: reference.$refText } };
}

/** The language of the journey's keywords, read from the keyword it opens with (`journey` or `recorrido`). */
function keywordLanguageOf(journey: Journey): 'en' | 'es' {
    return journey.$cstNode?.text.trimStart().startsWith('recorrido') ? 'es' : 'en';
}

/**
 * Phase views kept from the model built before. After a keystroke one phase has changed, and
 * building the views of all the others again was most of a model's ~65 ms at 10,000
 * touchpoints; the server's patch (server/map-model-answers.ts) then knows them by identity.
 * A kept view is used when nothing in the phase changed in place since (the change log of
 * ast-revisions.ts, which any other kind of update clears), the phase starts and ends where it
 * did, and its Mermaid section and the findings inside it are the same.
 */
interface KeptPhaseView {
    view: PhaseView;
    mark: ChangeMark;
    /** Every finding placed in the view, as FindingPlacer.peek gave them. */
    findings: Finding[];
}
const keptPhaseViews = new WeakMap<Phase, KeptPhaseView>();

function keptOrNewPhaseView(phase: Phase, mermaidSection: string, placer: FindingPlacer, changes: ChangedNodes): PhaseView {
    const range = rangeOf(phase);
    const findings = placer.peek(range);
    const kept = keptPhaseViews.get(phase);
    if (
        kept &&
        changes.since(kept.mark)?.has(phase) === false &&
        kept.view.mermaidSection === mermaidSection &&
        sameJson(kept.view.range, range) &&
        sameJson(kept.findings, findings)
    ) {
        placer.take(range);
        kept.mark = changeMark();
        return kept.view;
    }
    const view = phaseView(phase, mermaidSection, placer);
    keptPhaseViews.set(phase, { view, mark: changeMark(), findings });
    return view;
}

/** The nodes changed in place since a mark, with their ancestors: undefined when unknown. Computed once per mark. */
class ChangedNodes {
    private readonly byMark = new Map<string, Set<AstNode> | undefined>();
    since(mark: ChangeMark): ReadonlySet<AstNode> | undefined {
        const key = `${mark.workspace}:${mark.position}`;
        if (this.byMark.has(key)) return this.byMark.get(key);
        const changed = changedSince(mark);
        let nodes: Set<AstNode> | undefined;
        if (changed) {
            nodes = new Set();
            for (const node of changed)
                for (let current: AstNode | undefined = node; current && !nodes.has(current); current = current.$container) nodes.add(current);
        }
        this.byMark.set(key, nodes);
        return nodes;
    }
}

function phaseView(phase: Phase, mermaidSection: string, placer: FindingPlacer): PhaseView {
    const touchpoints = phase.touchpoints.map(touchpoint => touchpointView(touchpoint, placer));
    return {
        id: phase.name,
        title: titleOf(phase),
        moment: first(phase.moments),
        owner: refView(first(phase.owners)),
        descriptions: [...phase.descriptions],
        touchpoints,
        ...placer.place(phase),
        mermaidSection,
    };
}

function touchpointView(touchpoint: Touchpoint, placer: FindingPlacer): TouchpointView {
    const ownRef = first(touchpoint.owners);
    const owner = ownRef ?? first(touchpoint.$container.owners);
    const emotion = sharedEmotion(touchpoint);
    const ownerView = refView(owner);
    // Inner elements first, so that their findings are not taken by the touchpoint.
    const gaps = touchpoint.gaps.map(gap => gapView(gap, ownerView, placer));
    const opportunities = touchpoint.opportunities.map(opportunity => opportunityView(opportunity, placer));
    const kpis = touchpoint.kpis.map(kpi => kpiView(kpi, placer));
    return {
        id: touchpoint.name,
        title: titleOf(touchpoint),
        channel: refView(first(touchpoint.channels)),
        owner: ownerView,
        ownerInherited: ownRef === undefined && owner !== undefined,
        personas: touchpoint.personas.map(ref => refView(ref)!),
        actions: [...touchpoint.actions],
        backstages: [...touchpoint.backstages],
        thoughts: [...touchpoint.thoughts],
        descriptions: [...touchpoint.descriptions],
        emotion: emotion ? { score: emotion.score, label: emotion.label } : undefined,
        ...emotionsOfPersonas(touchpoint),
        pains: [...touchpoint.pains],
        gaps,
        opportunities,
        kpis,
        impact: normalizeLevel(first(touchpoint.impacts)),
        momentOfTruth: touchpoint.momentsOfTruth.length > 0,
        ...placer.place(touchpoint),
    };
}

function emotionsOfPersonas(touchpoint: Touchpoint): Pick<TouchpointView, 'personaEmotions' | 'otherEmotions'> {
    const felt = personaEmotions(touchpoint);
    const personaEmotionViews = felt.map(({ persona, emotion, own }): PersonaEmotionView => ({
        persona: refView(persona)!,
        score: emotion?.score,
        label: emotion?.label,
        own,
    }));
    const counted = new Set(felt.flatMap(({ emotion, own }) => (own && emotion ? [emotion] : [])));
    const others = touchpoint.emotions.filter(line => line.persona !== undefined && !counted.has(line));
    if (others.length === 0) return { personaEmotions: personaEmotionViews };
    return {
        personaEmotions: personaEmotionViews,
        otherEmotions: others.map(line => ({ persona: refView(line.persona)!, score: line.score, label: line.label })),
    };
}

function gapView(gap: Gap, touchpointOwner: RefView | undefined, placer: FindingPlacer): GapView {
    const own = refView(first(gap.owners));
    return {
        title: gap.title,
        ...currentAndTarget(gap),
        change: first(gap.changes),
        owner: own ?? touchpointOwner,
        ownerInherited: own === undefined && touchpointOwner !== undefined,
        ...placer.place(gap),
    };
}

function opportunityView(opportunity: Opportunity, placer: FindingPlacer): OpportunityView {
    return {
        title: opportunity.title,
        horizon: normalizeHorizon(first(opportunity.horizons)),
        owner: refView(first(opportunity.owners)),
        ...placer.place(opportunity),
    };
}

function kpiView(kpi: Kpi, placer: FindingPlacer): KpiView {
    return {
        title: kpi.title,
        ...currentAndTarget(kpi),
        unit: first(kpi.units),
        ...placer.place(kpi),
    };
}
