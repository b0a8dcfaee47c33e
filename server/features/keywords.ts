// The two keyword languages: the English keyword, its canonical (accented) Spanish alias,
// and the unaccented Spanish spellings that the grammar also accepts. Used by quick fixes
// (to insert keywords in the language a block is written in), completion and snippets.
import type { AstNode, CstNode } from 'langium';
import { CstUtils, GrammarAST } from 'langium';
import type { Locale } from '../../language/i18n/locale.js';

export const KEYWORDS = {
    persona: 'persona',
    team: 'equipo',
    channel: 'canal',
    journey: 'recorrido',
    phase: 'fase',
    touchpoint: 'contacto',
    owner: 'responsable',
    action: 'acción',
    backstage: 'backstage',
    thought: 'pensamiento',
    emotion: 'emoción',
    moment: 'momento',
    role: 'rol',
    need: 'necesidad',
    pain: 'dolor',
    gap: 'brecha',
    current: 'actual',
    target: 'objetivo',
    change: 'cambio',
    opportunity: 'oportunidad',
    horizon: 'horizonte',
    kpi: 'indicador',
    unit: 'unidad',
    impact: 'impacto',
    'moment-of-truth': 'momento-de-verdad',
    description: 'descripción',
    goal: 'meta',
    concern: 'preocupación',
    quote: 'cita',
    lead: 'líder',
    improves: 'mejora',
    short: 'corto',
    medium: 'mediano',
    long: 'largo',
    high: 'alto',
    low: 'bajo',
} as const;

export type EnglishKeyword = keyof typeof KEYWORDS;

/** Level `medium` is `medio` in Spanish, horizon `medium` is `mediano`. */
export const LEVEL_KEYWORDS: Record<'high' | 'medium' | 'low', Record<Locale, string>> = {
    high: { en: 'high', es: 'alto' },
    medium: { en: 'medium', es: 'medio' },
    low: { en: 'low', es: 'bajo' },
};
export const HORIZON_KEYWORDS: Record<'short' | 'medium' | 'long', Record<Locale, string>> = {
    short: { en: 'short', es: 'corto' },
    medium: { en: 'medium', es: 'mediano' },
    long: { en: 'long', es: 'largo' },
};

/** Spanish spellings without accents that the grammar accepts. */
export const UNACCENTED_SPANISH = new Set(['accion', 'emocion', 'descripcion', 'preocupacion', 'lider']);

const english = new Set<string>(Object.keys(KEYWORDS));
const spanish = new Set<string>([...Object.values(KEYWORDS), 'medio', ...UNACCENTED_SPANISH]);

/** Which language a keyword belongs to: 'both' for `persona`, `backstage` and punctuation. */
export function keywordLocale(keyword: string): Locale | 'both' {
    const en = english.has(keyword);
    const es = spanish.has(keyword);
    if (en && !es) return 'en';
    if (es && !en) return 'es';
    return 'both';
}

const ACCENTED = new Map<string, string>(
    [...UNACCENTED_SPANISH].map(plain => [Object.values(KEYWORDS).find(spanish => spanish.normalize('NFD').replace(/\p{M}/gu, '') === plain)!, plain]),
);

/**
 * Every spelling of a keyword: the English one, the Spanish one and its unaccented form.
 * `rule` tells the two `medium`s apart (level `medio`, horizon `mediano`).
 */
export function spellingsOf(keyword: string, rule?: string): string[] {
    const levels = rule === 'Level' ? Object.entries(LEVEL_KEYWORDS) : Object.entries(HORIZON_KEYWORDS);
    const pair =
        levels.map(([en, { es }]) => [en, es]).find(spellings => spellings.includes(keyword)) ??
        Object.entries(KEYWORDS).find(([en, es]) => keyword === en || keyword === es || keyword === ACCENTED.get(es));
    if (!pair) return [keyword];
    const [en, es] = pair;
    return [...new Set([en, es, ACCENTED.get(es) ?? es])];
}

/** The keyword to write in a language. */
export function kw(locale: Locale, keyword: EnglishKeyword): string {
    return locale === 'es' ? KEYWORDS[keyword] : keyword;
}

function decisiveKeyword(cst: CstNode | undefined, ownOnly: boolean): Locale | undefined {
    if (!cst) return undefined;
    for (const leaf of CstUtils.flattenCst(cst)) {
        if (ownOnly && leaf.astNode !== cst.astNode) continue;
        if (!GrammarAST.isKeyword(leaf.grammarSource)) continue;
        const locale = keywordLocale(leaf.text);
        if (locale !== 'both') return locale;
    }
    return undefined;
}

/**
 * The keyword language a node is written in: its own keywords first, then its containers',
 * then the whole file's; `fallback` when nothing decides (a file of `persona` only).
 */
export function languageOf(node: AstNode, fallback: Locale): Locale {
    for (let current: AstNode | undefined = node; current; current = current.$container) {
        const own = decisiveKeyword(current.$cstNode, true);
        if (own) return own;
    }
    let root = node;
    while (root.$container) root = root.$container;
    return decisiveKeyword(root.$cstNode, false) ?? fallback;
}
