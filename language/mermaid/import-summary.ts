// What an import took and what it skipped, said in one sentence in English or Spanish, by the
// command line and by VS Code's import command alike: nothing is dropped without a word.
import type { Locale } from '../i18n/locale.js';

export interface ImportSummary {
    journeys: number;
    touchpoints: number;
    /** Mermaid blocks of a Markdown file; undefined for a `.mmd` file (one diagram). */
    mermaidBlocks?: number;
    /** Blocks of other diagram kinds, by kind, in the order they first appear. */
    skipped: { kind: string; count: number }[];
}

interface Words {
    imported(journeys: number): string;
    journeys: [string, string];
    touchpoints: [string, string];
    blocks: [string, string];
    skipped(blocks: number): string;
    and: string;
    /** The kind of a block with no diagram in it. */
    empty: string;
    /** "from 3 of 5 Mermaid blocks" */
    from(taken: number, of: number): string;
    /** "2 flowchart blocks" */
    kindBlocks(count: number, kind: string): string;
}

const WORDS: Record<Locale, Words> = {
    en: {
        imported: () => 'Imported',
        journeys: ['journey', 'journeys'],
        touchpoints: ['touchpoint', 'touchpoints'],
        blocks: ['Mermaid block', 'Mermaid blocks'],
        skipped: () => 'skipped',
        and: 'and',
        empty: '(empty)',
        from: (taken, of) => (taken === of ? 'from' : `from ${taken} of`),
        kindBlocks: (count, kind) => `${count} ${kind} ${count === 1 ? 'block' : 'blocks'}`,
    },
    es: {
        imported: journeys => (journeys === 1 ? 'Se importó' : 'Se importaron'),
        journeys: ['recorrido', 'recorridos'],
        touchpoints: ['contacto', 'contactos'],
        blocks: ['bloque Mermaid', 'bloques Mermaid'],
        skipped: blocks => (blocks === 1 ? 'se omitió' : 'se omitieron'),
        and: 'y',
        empty: '(vacío)',
        from: (taken, of) => (taken === of ? 'de' : `de ${taken} de`),
        kindBlocks: (count, kind) => `${count} ${count === 1 ? 'bloque' : 'bloques'} ${kind}`,
    },
};

const counted = (count: number, [one, many]: [string, string]) => `${count} ${count === 1 ? one : many}`;

/** E.g. "Imported 3 journeys (12 touchpoints) from 3 of 5 Mermaid blocks; skipped 2 flowchart blocks". */
export function importSummaryText(summary: ImportSummary, locale: Locale): string {
    const words = WORDS[locale];
    let text = `${words.imported(summary.journeys)} ${counted(summary.journeys, words.journeys)} (${counted(summary.touchpoints, words.touchpoints)})`;
    if (summary.mermaidBlocks === undefined) return text;
    const blocks = summary.mermaidBlocks;
    text += ` ${words.from(summary.journeys, blocks)} ${counted(blocks, words.blocks)}`;
    if (summary.skipped.length === 0) return text;
    const kinds = summary.skipped.map(({ kind, count }) => words.kindBlocks(count, kind || words.empty));
    const list = kinds.length === 1 ? kinds[0] : `${kinds.slice(0, -1).join(', ')} ${words.and} ${kinds.at(-1)}`;
    const skippedBlocks = summary.skipped.reduce((sum, { count }) => sum + count, 0);
    return `${text}; ${words.skipped(skippedBlocks)} ${list}`;
}
