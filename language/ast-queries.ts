// Small questions about the AST that several features ask (lint rules, hover, preview).
// Single-valued properties are lists in the AST so that a repeated one loses no text;
// the first occurrence is the one that counts.
import type { Reference } from 'langium';
import type { Gap, Horizon, Journey, Level, Phase, Team, Touchpoint } from './generated/ast.js';

export function first<T>(values: readonly T[]): T | undefined {
    return values[0];
}

/** The team that owns a touchpoint: its own `owner`, else its phase's default. */
export function effectiveOwner(touchpoint: Touchpoint): Reference<Team> | undefined {
    return first(touchpoint.owners) ?? first(touchpoint.$container.owners);
}

/** A gap's owner: its own, else its touchpoint's effective owner. */
export function effectiveGapOwner(gap: Gap): Reference<Team> | undefined {
    return first(gap.owners) ?? effectiveOwner(gap.$container);
}

export function journeyOf(node: Phase | Touchpoint): Journey {
    return node.$type === 'Phase' ? node.$container : node.$container.$container;
}

const horizonInEnglish: Record<Horizon, 'short' | 'medium' | 'long'> = {
    short: 'short',
    medium: 'medium',
    long: 'long',
    corto: 'short',
    mediano: 'medium',
    largo: 'long',
};
const levelInEnglish: Record<Level, 'high' | 'medium' | 'low'> = {
    high: 'high',
    medium: 'medium',
    low: 'low',
    alto: 'high',
    medio: 'medium',
    bajo: 'low',
};

export function normalizeHorizon(value: Horizon | undefined): 'short' | 'medium' | 'long' | undefined {
    return value === undefined ? undefined : horizonInEnglish[value];
}

export function normalizeLevel(value: Level | undefined): 'high' | 'medium' | 'low' | undefined {
    return value === undefined ? undefined : levelInEnglish[value];
}

/** Display title of a declaration: its title string, else its id. */
export function titleOf(node: { name: string; title?: string }): string {
    // A node recovered from a syntax error (`touchpoint {` while typing) may have no name.
    return node.title?.trim() ? node.title : (node.name ?? '');
}
