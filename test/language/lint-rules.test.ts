// One block per lint rule of LANGUAGE.md: it fires (code, severity, range), it does not fire
// on the fixed map, its severity can be changed or turned off, and both suppression comments work.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEVERITY, RULE_IDS, type RuleId } from '../../language/lint/rules.js';
import { EVERY_RULE } from '../helpers/every-rule.js';
import { lint, lintFiles, SEVERITY } from '../helpers/lint.js';

const CLEAN = `persona P "Paula"
team T "Team"
channel C "Web"
journey J "Journey" {
  persona P
  phase A "Phase A" {
    moment 0
    touchpoint X "Touch X" {
      channel C
      owner T
      emotion 4 "ok"
    }
  }
}
`;

/** A touchpoint that hurts, with an opportunity (so no unaddressed-pain). */
const PAINED = '      emotion 2 "slow"\n      pain "Waits"\n      opportunity "Faster" { horizon short }\n';

/** For each rule: a map where it fires once, and the text its diagnostic covers. */
const CASES: Record<RuleId, { text: string; covers: string; fixed?: string }> = {
    'missing-owner': {
        text: CLEAN.replace('      owner T\n', ''),
        covers: 'X',
        fixed: CLEAN.replace('    moment 0\n', '    moment 0\n    owner T\n').replace('      owner T\n', ''),
    },
    'gap-without-owner': {
        text: CLEAN.replace('      owner T\n', '      owner T\n')
            .replace('team T "Team"', 'team T "Team"\nteam U "Other"')
            .replace('      channel C\n      owner T\n', '      channel C\n      owner U\n')
            .replace('owner U\n', 'owner U\n      gap "Wait" { current "5" target "1" }\n'),
        covers: '"Wait"', // not expected to fire: touchpoint has an owner — replaced below
    },
    'gap-without-target': { text: CLEAN.replace('      emotion 4 "ok"\n', '      emotion 4 "ok"\n      gap "Wait" { current "5 min" }\n'), covers: '"Wait"' },
    'empty-phase': { text: CLEAN.replace('  }\n}\n', '  }\n  phase B "Phase B" {\n    moment 1\n  }\n}\n'), covers: 'B' },
    'missing-emotion': { text: CLEAN.replace('      emotion 4 "ok"\n', ''), covers: 'X' },
    'unaddressed-pain': { text: CLEAN.replace('      emotion 4 "ok"\n', '      emotion 4 "ok"\n      pain "Slow"\n'), covers: 'X' },
    'missing-persona': { text: CLEAN.replace('  persona P\n', '').replace('      channel C\n', '      channel C\n      persona P\n'), covers: 'J' },
    'moment-order': {
        text: CLEAN.replace('    moment 0\n', '    moment 5\n').replace(
            '  }\n}\n',
            '  }\n  phase B "Phase B" {\n    moment 2\n    touchpoint Y "Y" {\n      channel C\n      owner T\n      emotion 3\n    }\n  }\n}\n',
        ),
        covers: '2',
    },
    'emotion-out-of-range': { text: CLEAN.replace('emotion 4 "ok"', 'emotion 7 "ok"'), covers: '7' },
    'duplicate-name': {
        text: CLEAN.replace('channel C "Web"', 'channel C "Web"\npersona Q "Paula again"')
            .replace('  persona P\n', '  persona P, Q\n')
            .replace('journey J', 'journey J'),
        covers: '',
    },
    'unresolved-reference': { text: CLEAN.replace('      owner T\n', '      owner T\n      persona Nobody\n'), covers: 'Nobody' },
    'unused-declaration': { text: CLEAN.replace('channel C "Web"', 'channel C "Web"\nchannel Mail "Email"'), covers: 'Mail' },
    'opportunity-without-horizon': {
        text: CLEAN.replace('      emotion 4 "ok"\n', '      emotion 4 "ok"\n      opportunity "Chat" { owner T }\n'),
        covers: '"Chat"',
    },
    'kpi-without-target': {
        text: CLEAN.replace('      emotion 4 "ok"\n', '      emotion 4 "ok"\n      kpi "CSAT" { current 70 unit "%" }\n'),
        covers: '"CSAT"',
    },
    'moment-of-truth-without-kpi': { text: CLEAN.replace('      emotion 4 "ok"\n', '      emotion 4 "ok"\n      moment-of-truth\n'), covers: 'X' },
    'missing-channel': { text: CLEAN.replace('      channel C\n', '').replace('channel C "Web"\n', ''), covers: 'X' },
    'persona-not-involved': {
        text: CLEAN.replace('team T', 'persona Q "Quinn"\nteam T').replace('      emotion 4 "ok"\n', '      emotion 4 "ok"\n      emotion Q 2 "lost"\n'),
        covers: 'Q',
    },
    'repeated-reference': { text: CLEAN.replace('  persona P\n', '  persona P, P\n'), covers: 'P' },
    'improves-cycle': { text: CLEAN.replace('  persona P\n', '  improves J\n  persona P\n'), covers: 'J' },
    'unimproved-pain': {
        text: `${CLEAN.replace('      emotion 4 "ok"\n', PAINED)}${CLEAN.split('\n').slice(3).join('\n').replace('journey J "Journey" {', 'journey K "Future" {\n  improves J').replace('      emotion 4 "ok"\n', PAINED)}`,
        covers: 'X',
    },
};
// A gap whose touchpoint has no owner either (phase sets none): gap-without-owner, and missing-owner too.
CASES['gap-without-owner'] = {
    text: CLEAN.replace('      owner T\n', '      gap "Wait" { current "5" target "1" }\n').replace('team T "Team"\n', 'team T "Team"\n'),
    covers: '"Wait"',
};
// Two touchpoints with the same id inside one journey.
CASES['duplicate-name'] = {
    text: CLEAN.replace(
        '  }\n}\n',
        '  }\n  phase B "Phase B" {\n    moment 1\n    touchpoint X "Again" {\n      channel C\n      owner T\n      emotion 4\n    }\n  }\n}\n',
    ),
    covers: 'X',
};

describe('the clean map', () => {
    it('has no findings', async () => {
        expect(await lint(CLEAN)).toEqual([]);
    });
});

for (const rule of RULE_IDS) {
    const { text, covers } = CASES[rule];
    describe(rule, () => {
        it(`fires with its id as code, its default severity (${DEFAULT_SEVERITY[rule]}) and a range on the element`, async () => {
            const found = (await lint(text)).filter(d => d.code === rule);
            expect(found.length).toBeGreaterThan(0);
            for (const diagnostic of found) {
                expect(diagnostic.severity).toBe(SEVERITY[DEFAULT_SEVERITY[rule]]);
                expect(String(diagnostic.message).length).toBeGreaterThan(10);
                expect(lineText(text, diagnostic.range)).toBe(covers);
            }
        });

        it('does not fire on the clean map', async () => {
            expect((await lint(CLEAN)).filter(d => d.code === rule)).toEqual([]);
        });

        it('takes its severity from the configuration, and "off" silences it', async () => {
            const other = DEFAULT_SEVERITY[rule] === 'error' ? 'hint' : 'error';
            const changed = (await lint(text, { rules: { [rule]: other } })).filter(d => d.code === rule);
            expect(changed.length).toBeGreaterThan(0);
            expect(changed.every(d => d.severity === SEVERITY[other])).toBe(true);
            expect((await lint(text, { rules: { [rule]: 'off' } })).filter(d => d.code === rule)).toEqual([]);
        });

        it('is exempted by journey-lint-disable-next-line on the line before, and by journey-lint-disable for the file', async () => {
            const before = await lint(text);
            const first = before.find(d => d.code === rule)!;
            const lines = text.split('\n');
            const targetLine = first.range.start.line;
            lines.splice(targetLine, 0, `// journey-lint-disable-next-line ${rule}, missing-channel`);
            const suppressed = await lint(lines.join('\n'));
            const remaining = suppressed.filter(d => d.code === rule).length;
            expect(remaining).toBe(
                before.filter(d => d.code === rule).length - before.filter(d => d.code === rule && d.range.start.line === targetLine).length,
            );
            expect((await lint(`// journey-lint-disable ${rule}\n${text}`)).filter(d => d.code === rule)).toEqual([]);
        });
    });
}

describe('a map where every rule fires', () => {
    it('reports each of the twenty rules exactly once', async () => {
        const files = await lintFiles({ 'every-rule.journey': EVERY_RULE });
        const counts = new Map<string, number>();
        for (const d of files['every-rule.journey'].diagnostics) counts.set(String(d.code), (counts.get(String(d.code)) ?? 0) + 1);
        expect(Object.fromEntries(counts)).toEqual(Object.fromEntries(RULE_IDS.map(rule => [rule, 1])));
    });
});

describe('suppression comments that name no rule', () => {
    it('get an unknown-rule warning on the id, and the ids that are rules still apply', async () => {
        const text = CASES['missing-emotion'].text.replace(
            '    touchpoint X',
            '    // journey-lint-disable-next-line missing-emotoin, missing-emotion\n    touchpoint X',
        );
        const diagnostics = await lint(`// journey-lint-disable no-such-rule\n${text}`);
        expect(diagnostics.map(d => [d.code, d.severity, d.range, d.message])).toEqual(
            [
                [
                    'unknown-rule',
                    SEVERITY.warning,
                    { start: { line: 0, character: 24 }, end: { line: 0, character: 36 } },
                    'Unknown rule "no-such-rule": this comment suppresses nothing with it.',
                ],
                [
                    'unknown-rule',
                    SEVERITY.warning,
                    { start: { line: 8, character: 38 }, end: { line: 8, character: 53 } },
                    'Unknown rule "missing-emotoin": this comment suppresses nothing with it.',
                ],
            ].sort((a, b) => (a[2] as { start: { line: number } }).start.line - (b[2] as { start: { line: number } }).start.line),
        );
        const [spanish] = await lint('// journey-lint-disable nada\n', { locale: 'es' });
        expect(spanish.message).toBe('Regla desconocida "nada": este comentario no suprime nada con ella.');
    });
});

describe('suppression comments that are no directive', () => {
    it("get an unknown-rule warning on the directive (ESLint's -disable-line, a typo), and suppress nothing", async () => {
        const text = CASES['missing-emotion'].text
            .replace('"Touch X" {', '"Touch X" { // journey-lint-disable-line missing-emotion')
            .replace('team T "Team"', '// journey-lint-disable-nextline missing-owner\nteam T "Team"');
        const diagnostics = (await lint(text))
            .filter(d => d.code === 'unknown-rule' || d.code === 'missing-emotion')
            .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
        expect(diagnostics.map(d => [d.code, d.range.start.line, d.range.start.character, d.range.end.character, d.message])).toEqual([
            [
                'unknown-rule',
                1,
                3,
                32,
                'Unknown directive "journey-lint-disable-nextline": this comment suppresses nothing. Write journey-lint-disable-next-line on the line before, or journey-lint-disable for the whole file.',
            ],
            ['missing-emotion', 8, 15, 16, expect.any(String)],
            [
                'unknown-rule',
                8,
                32,
                57,
                'Unknown directive "journey-lint-disable-line": this comment suppresses nothing. Write journey-lint-disable-next-line on the line before, or journey-lint-disable for the whole file.',
            ],
        ]);
        const [spanish] = await lint('// journey-lint-ignore missing-owner\n', { locale: 'es' });
        expect(spanish.message).toBe(
            'Directiva desconocida "journey-lint-ignore": este comentario no suprime nada. Escriba journey-lint-disable-next-line en la línea anterior, o journey-lint-disable para todo el archivo.',
        );
        // The two directives of LANGUAGE.md get no warning.
        expect(
            await lint(CASES['missing-emotion'].text.replace('    touchpoint X', '    // journey-lint-disable-next-line missing-emotion\n    touchpoint X')),
        ).toEqual([]);
    });
});

describe('messages follow the user language', () => {
    it('are in Spanish when the locale is es', async () => {
        const [finding] = await lint(CASES['missing-emotion'].text, { locale: 'es' });
        expect(finding.message).toContain('no tiene emoción');
    });
});

function lineText(text: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }): string {
    const lines = text.split('\n');
    if (range.start.line !== range.end.line) return '(multi-line)';
    return lines[range.start.line].slice(range.start.character, range.end.character);
}
