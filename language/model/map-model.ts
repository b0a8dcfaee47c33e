// The journey map as plain data: what the preview draws, what `journey export --format json`
// writes, and what Markdown/HTML exports are made from. Built by the language server from its
// validated documents, so the extension and the webview never parse `.journey` text themselves.
// Shared by the server, the client and the webview: keep it free of runtime imports.

/** A 0-based range in the source file, as in LSP. */
export interface SourceRange {
    start: { line: number; character: number };
    end: { line: number; character: number };
}

export type FindingSeverity = 'error' | 'warning' | 'info' | 'hint';

export interface Finding {
    /** The rule id, or `syntax-error`. */
    rule: string;
    severity: FindingSeverity;
    message: string;
    range: SourceRange;
}

/** A reference to a persona, team or channel: its id as written and, when it resolves, its title. */
export interface RefView {
    id: string;
    title?: string;
    resolved: boolean;
}

export interface PersonaView {
    id: string;
    title: string;
    roles: string[];
    goals: string[];
    needs: string[];
    concerns: string[];
    quotes: string[];
    /** Where it is declared; `uri` differs from the map's when declared in another file. */
    uri?: string;
    range?: SourceRange;
}

export interface GapView {
    title: string;
    current?: string;
    target?: string;
    change?: string;
    owner?: RefView;
    /** True when the owner is not the gap's own but its touchpoint's. */
    ownerInherited: boolean;
    range: SourceRange;
    findings: Finding[];
}

export interface OpportunityView {
    title: string;
    horizon?: 'short' | 'medium' | 'long';
    owner?: RefView;
    range: SourceRange;
    findings: Finding[];
}

export interface KpiView {
    title: string;
    current?: string;
    target?: string;
    unit?: string;
    range: SourceRange;
    findings: Finding[];
}

export interface PersonaEmotionView {
    persona: RefView;
    /** Absent when the persona has no emotion here (missing-emotion). */
    score?: number;
    label?: string;
    own: boolean;
}

export interface TouchpointView {
    id: string;
    title: string;
    channel?: RefView;
    owner?: RefView;
    /** True when the owner is the phase's default. */
    ownerInherited: boolean;
    personas: RefView[];
    actions: string[];
    backstages: string[];
    thoughts: string[];
    descriptions: string[];
    /** The shared `emotion n "label"` line: how every involved persona without a line of their own feels. */
    emotion?: { score: number; label?: string };
    /**
     * Each involved persona (the touchpoint's `persona` list, else the journey's; each once) with
     * the emotion they feel: their own `emotion PersonaId n` line (`own`), else the shared one.
     */
    personaEmotions: PersonaEmotionView[];
    /** Emotion lines of a persona that count for nobody (not involved, or a second line): kept, not lost. */
    otherEmotions?: { persona: RefView; score: number; label?: string }[];
    pains: string[];
    gaps: GapView[];
    opportunities: OpportunityView[];
    kpis: KpiView[];
    impact?: 'high' | 'medium' | 'low';
    momentOfTruth: boolean;
    range: SourceRange;
    /** Findings whose range lies in the touchpoint but in none of its gaps, opportunities or kpis. */
    findings: Finding[];
}

export interface PhaseView {
    id: string;
    title: string;
    moment?: number;
    owner?: RefView;
    descriptions: string[];
    touchpoints: TouchpointView[];
    range: SourceRange;
    /** Findings on the phase itself (not on its touchpoints). */
    findings: Finding[];
    /**
     * This phase's `section` of the journey's Mermaid diagram, task lines included (see
     * mermaidTextOf); empty in a model built without Mermaid text (buildMapModel's options).
     */
    mermaidSection: string;
}

export interface JourneyView {
    id: string;
    title: string;
    descriptions: string[];
    personas: PersonaView[];
    phases: PhaseView[];
    /**
     * The first lines of the Mermaid `journey` diagram of LANGUAGE.md for this journey (`journey`
     * and its title); each phase holds its section. mermaidTextOf joins them. Empty in a model
     * built without Mermaid text (buildMapModel's options).
     */
    mermaidHead: string;
    range: SourceRange;
    /** Findings on the journey itself. */
    findings: Finding[];
    /** The language of the journey's keywords: the canvas and exports label themselves in it (view-labels.ts). */
    keywordLanguage?: 'en' | 'es';
    /** The current-state journey this future state `improves`; `uri` is its file, set when the reference resolves. */
    improves?: { id: string; uri?: string };
}

export interface MapModel {
    /** The `.journey` file this model was built from. */
    uri: string;
    /** The document version it reflects. */
    version: number;
    journeys: JourneyView[];
    /** Syntax errors of the file: when present the preview keeps its last good rendering. */
    syntaxErrors: Finding[];
    /** Findings outside any journey (declarations of personas, teams, channels). */
    findings: Finding[];
    /** Counts of all findings of the file by severity. */
    summary: Record<FindingSeverity, number>;
    /** The language of the preview's labels: the user's (VS Code's display language). */
    locale?: 'en' | 'es';
}
