// The rules examples/taller.journey is written to show, one finding each (LANGUAGE.md's example),
// sorted: what the command line, the language server and "fix all" see in it.
export const TALLER_RULES = [
    'empty-phase',
    'gap-without-owner',
    'missing-emotion',
    'missing-owner',
    'moment-of-truth-without-kpi',
    'opportunity-without-horizon',
    'unaddressed-pain',
    'unused-declaration',
];
