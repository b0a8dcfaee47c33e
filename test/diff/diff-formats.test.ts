// Every change kind of the comparison, as a user reads it: a line of `--format text`, an
// entry of `--format json`, a line or table row of `--format markdown` (which markdown-it
// renders as real tables, with user text kept as text).
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { compareMaps } from '../../language/diff/compare-maps.js';
import type { DiffReport } from '../../language/diff/diff-report.js';
import type { Change } from '../../language/diff/journey-changes.js';
import { renderJson } from '../../language/diff/render-json.js';
import { renderMarkdown } from '../../language/diff/render-markdown.js';
import { renderText } from '../../language/diff/render-text.js';
import type { Locale } from '../../language/i18n/locale.js';
import { buildMapModel } from '../../language/model/build-map-model.js';
import { lintFiles } from '../helpers/lint.js';

const BASE = `persona Ana "Ana"
persona Ben "Ben"
team Web "Web"
team Ops "Ops"
channel app "App"
channel phone "Phone"
journey J "Buying" {
  persona Ana, Ben
  phase P1 "Browse" {
    touchpoint Search "Searches" {
      channel app
      owner Web
      action "types a query"
      emotion 4 "curious"
      pain "Slow results"
      gap "Latency" {
        current "3 s"
        target "1 s"
        change "A cache"
        owner Ops
      }
      opportunity "Cache" {
        horizon short
        owner Web
      }
      kpi "Conversion" {
        current 10
        target 20
        unit "%"
      }
      moment-of-truth
    }
  }
  phase P2 "Pay" {
    touchpoint Pay "Pays" {
      channel phone
      owner Ops
      action "reads the card number"
      emotion 2 "tense"
      pain "Long call"
      opportunity "Pay link" {
        horizon medium
        owner Ops
      }
    }
  }
}
`;

async function report(before: string | undefined, after: string | undefined, options: { mermaid?: boolean } = {}): Promise<DiffReport> {
    const model = async (text: string | undefined) => {
        if (text === undefined) return undefined;
        const { 'map.journey': file } = await lintFiles({ 'map.journey': text });
        return buildMapModel(file.document);
    };
    return {
        before: 'old',
        after: 'new',
        files: [
            {
                before: before === undefined ? undefined : 'map.journey',
                after: after === undefined ? undefined : 'map.journey',
                syntaxErrors: [],
                diff: compareMaps(await model(before), await model(after), options),
            },
        ],
    };
}

async function formats(after: string, locale: Locale = 'en') {
    const result = await report(BASE, after);
    return {
        text: renderText(result, locale),
        json: JSON.parse(renderJson(result)) as { version: number; files: { diff: { journeys: { changes: Change[] }[] } }[] },
        markdown: renderMarkdown(result, locale),
    };
}

function edit(...replacements: [string, string][]): string {
    return replacements.reduce((text, [from, to]) => {
        expect(text).toContain(from);
        return text.replace(from, to);
    }, BASE);
}

const PAY_BLOCK = BASE.slice(BASE.indexOf('    touchpoint Pay'), BASE.indexOf('  }\n}\n'));

interface Case {
    name: string;
    after: string;
    change: Change;
    text: string;
    markdown: string;
}

const CASES: Case[] = [
    {
        name: 'a step added',
        after: edit([
            '      pain "Long call"',
            '      pain "Long call"\n    }\n    touchpoint Receipt "Gets a receipt" {\n      owner Ops\n      channel app\n      emotion 3 "fine"',
        ]),
        change: { kind: 'step-added', phase: 'P2', step: 'Receipt', title: 'Gets a receipt' },
        text: '+ step Receipt "Gets a receipt" added in phase P2',
        markdown: '- step `Receipt` “Gets a receipt” added in phase `P2`',
    },
    {
        name: 'a step removed',
        after: edit([PAY_BLOCK, '    touchpoint Pay2 "Other" {\n      owner Ops\n      channel app\n      emotion 3 "ok"\n    }\n']),
        change: { kind: 'step-removed', phase: 'P2', step: 'Pay', title: 'Pays' },
        text: '- step Pay "Pays" removed from phase P2',
        markdown: '- step `Pay` “Pays” removed from phase `P2`',
    },
    {
        name: 'a step moved to another phase',
        after: edit([PAY_BLOCK, ''], ['      moment-of-truth\n    }\n', '      moment-of-truth\n    }\n' + PAY_BLOCK]),
        change: { kind: 'step-moved', step: 'Pay', fromPhase: 'P2', toPhase: 'P1' },
        text: '~ step Pay moved from phase P2 to P1',
        markdown: '- step `Pay` moved from phase `P2` to `P1`',
    },
    {
        name: 'a step renamed',
        after: edit(['touchpoint Pay "Pays"', 'touchpoint Payment "Pays"']),
        change: { kind: 'step-renamed', step: 'Payment', fromStep: 'Pay' },
        text: '~ step Pay renamed Payment',
        markdown: '- step `Pay` renamed `Payment`',
    },
    {
        name: 'a title changed',
        after: edit(['"Searches"', '"Finds <b>it</b>"']),
        change: { kind: 'title-changed', element: 'step', id: 'Search', before: 'Searches', after: 'Finds <b>it</b>' },
        text: '~ title of step Search: "Searches" → "Finds <b>it</b>"',
        markdown: '- title of step `Search`: “Searches” → “Finds \\<b\\>it\\</b\\>”',
    },
    {
        name: 'an emotion changed for one persona',
        after: edit(['      emotion 4 "curious"', '      emotion 4 "curious"\n      emotion Ben 1 "lost"']),
        change: { kind: 'emotion-changed', step: 'Search', persona: 'Ben', before: 4, after: 1, delta: -3 },
        text: '~ emotion of Ben at Search: 4 → 1 (−3)',
        markdown: '- emotion of `Ben` at `Search`: 4 → 1 (−3)',
    },
    {
        name: 'a pain added',
        after: edit(['      pain "Long call"', '      pain "Long call"\n      pain "No receipt"']),
        change: { kind: 'pain-added', step: 'Pay', text: 'No receipt' },
        text: '+ pain added at Pay: "No receipt"',
        markdown: '- pain added at `Pay`: “No receipt”',
    },
    {
        name: 'a pain removed',
        after: edit(['      pain "Slow results"\n', '']),
        change: { kind: 'pain-removed', step: 'Search', text: 'Slow results' },
        text: '- pain removed at Search: "Slow results"',
        markdown: '- pain removed at `Search`: “Slow results”',
    },
    {
        name: 'a gap added',
        after: edit(['      pain "Long call"', '      pain "Long call"\n      gap "Call time" {\n        current "9 min"\n        target "2 min"\n      }']),
        change: { kind: 'gap-added', step: 'Pay', gap: 'Call time' },
        text: '+ gap added at Pay: "Call time"',
        markdown: '- gap added at `Pay`: “Call time”',
    },
    {
        name: 'a gap removed',
        after: edit(['      gap "Latency" {\n        current "3 s"\n        target "1 s"\n        change "A cache"\n        owner Ops\n      }\n', '']),
        change: { kind: 'gap-removed', step: 'Search', gap: 'Latency' },
        text: '- gap removed at Search: "Latency"',
        markdown: '- gap removed at `Search`: “Latency”',
    },
    {
        name: "a gap's target edited",
        after: edit(['target "1 s"', 'target "2 s"']),
        change: { kind: 'gap-changed', step: 'Search', gap: 'Latency', field: 'target', before: '1 s', after: '2 s' },
        text: '~ target of gap "Latency" at Search: "1 s" → "2 s"',
        markdown: '- target of gap “Latency” at `Search`: “1 s” → “2 s”',
    },
    {
        name: "a gap's change edited",
        after: edit(['change "A cache"', 'change "A CDN"']),
        change: { kind: 'gap-changed', step: 'Search', gap: 'Latency', field: 'change', before: 'A cache', after: 'A CDN' },
        text: '~ change of gap "Latency" at Search: "A cache" → "A CDN"',
        markdown: '- change of gap “Latency” at `Search`: “A cache” → “A CDN”',
    },
    {
        name: "a gap's current edited",
        after: edit(['current "3 s"', 'current "4 s"']),
        change: { kind: 'gap-changed', step: 'Search', gap: 'Latency', field: 'current', before: '3 s', after: '4 s' },
        text: '~ current of gap "Latency" at Search: "3 s" → "4 s"',
        markdown: '- current of gap “Latency” at `Search`: “3 s” → “4 s”',
    },
    {
        name: "a gap's owner taken",
        after: edit(['        change "A cache"\n        owner Ops\n', '        change "A cache"\n']),
        change: { kind: 'gap-changed', step: 'Search', gap: 'Latency', field: 'owner', before: 'Ops' },
        text: '~ gap "Latency" at Search lost its owner Ops',
        markdown: '- gap “Latency” at `Search` lost its owner `Ops`',
    },
    {
        name: 'an opportunity added',
        after: edit([
            '      pain "Slow results"',
            '      pain "Slow results"\n      opportunity "Search index" {\n        horizon long\n        owner Ops\n      }',
        ]),
        change: { kind: 'opportunity-added', step: 'Search', opportunity: 'Search index', horizon: 'long', owner: 'Ops' },
        text: '+ opportunity added at Search: "Search index", long term, owner Ops',
        markdown: '- opportunity added at `Search`: “Search index”, long term, owner `Ops`',
    },
    {
        name: 'an opportunity removed',
        after: edit(['      opportunity "Pay link" {\n        horizon medium\n        owner Ops\n      }\n', '']),
        change: { kind: 'opportunity-removed', step: 'Pay', opportunity: 'Pay link', horizon: 'medium', owner: 'Ops' },
        text: '- opportunity removed at Pay: "Pay link"',
        markdown: '- opportunity removed at `Pay`: “Pay link”',
    },
    {
        name: "an opportunity's horizon changed",
        after: edit(['horizon short', 'horizon long']),
        change: { kind: 'opportunity-changed', step: 'Search', opportunity: 'Cache', field: 'horizon', before: 'short', after: 'long' },
        text: '~ horizon of opportunity "Cache" at Search: short → long',
        markdown: '- horizon of opportunity “Cache” at `Search`: short → long',
    },
    {
        name: "an opportunity's owner changed",
        after: edit(['        horizon medium\n        owner Ops', '        horizon medium\n        owner Web']),
        change: { kind: 'opportunity-changed', step: 'Pay', opportunity: 'Pay link', field: 'owner', before: 'Ops', after: 'Web' },
        text: '~ owner of opportunity "Pay link" at Pay: Ops → Web',
        markdown: '- owner of opportunity “Pay link” at `Pay`: `Ops` → `Web`',
    },
    {
        name: 'a KPI added',
        after: edit(['      moment-of-truth', '      kpi "Time to result" {\n        current 3\n        target 1\n      }\n      moment-of-truth']),
        change: { kind: 'kpi-added', step: 'Search', kpi: 'Time to result' },
        text: '+ KPI added at Search: "Time to result"',
        markdown: '- KPI added at `Search`: “Time to result”',
    },
    {
        name: 'a KPI removed',
        after: edit([
            '      kpi "Conversion" {\n        current 10\n        target 20\n        unit "%"\n      }\n',
            '      kpi "Clicks" {\n        current 1\n        target 2\n      }\n',
        ]),
        change: { kind: 'kpi-removed', step: 'Search', kpi: 'Conversion' },
        text: '- KPI removed at Search: "Conversion"',
        markdown: '- KPI removed at `Search`: “Conversion”',
    },
    {
        name: "a KPI's current moved up",
        after: edit(['current 10', 'current 12.5']),
        change: { kind: 'kpi-changed', step: 'Search', kpi: 'Conversion', field: 'current', before: '10', after: '12.5', direction: 'up' },
        text: '~ current of KPI "Conversion" at Search: "10" → "12.5" (up)',
        markdown: '- current of KPI “Conversion” at `Search`: “10” → “12\\.5” (up)',
    },
    {
        name: "a KPI's target moved down",
        after: edit(['target 20', 'target 15']),
        change: { kind: 'kpi-changed', step: 'Search', kpi: 'Conversion', field: 'target', before: '20', after: '15', direction: 'down' },
        text: '~ target of KPI "Conversion" at Search: "20" → "15" (down)',
        markdown: '- target of KPI “Conversion” at `Search`: “20” → “15” (down)',
    },
    {
        name: 'an owner changed',
        after: edit(['      owner Web\n      action', '      owner Ops\n      action']),
        change: { kind: 'owner-changed', step: 'Search', before: 'Web', after: 'Ops' },
        text: '~ owner of Search: Web → Ops',
        markdown: '- owner of `Search`: `Web` → `Ops`',
    },
    {
        name: 'a channel changed',
        after: edit(['      channel phone', '      channel app']),
        change: { kind: 'channel-changed', step: 'Pay', before: 'phone', after: 'app' },
        text: '~ channel of Pay: phone → app',
        markdown: '- channel of `Pay`: `phone` → `app`',
    },
    {
        name: 'a moment of truth unmarked',
        after: edit(['      moment-of-truth\n', '']),
        change: { kind: 'moment-of-truth', step: 'Search', marked: false },
        text: '~ Search is no longer a moment of truth',
        markdown: '- `Search` is no longer a moment of truth',
    },
    {
        name: 'a finding introduced',
        after: edit(['      channel phone\n      owner Ops\n', '      channel phone\n']),
        change: {
            kind: 'finding-introduced',
            rule: 'missing-owner',
            severity: 'warning',
            message: 'Touchpoint "Pays" has no owner: set `owner` on it or a default owner on its phase.',
            at: { step: 'Pay' },
        },
        text: '! finding introduced: missing-owner "Touchpoint "Pays" has no owner: set `owner` on it or a default owner on its phase." (Pay)',
        markdown: '| `missing-owner` | `Pay` | Touchpoint "Pays" has no owner: set \\`owner\\` on it or a default owner on its phase. |',
    },
    {
        name: 'a phase added',
        after: edit([
            '  phase P2 "Pay" {',
            '  phase P3 "Wait" {\n    touchpoint Wait "Waits" {\n      owner Ops\n      channel app\n      emotion 3 "ok"\n    }\n  }\n  phase P2 "Pay" {',
        ]),
        change: { kind: 'phase-added', phase: 'P3', title: 'Wait' },
        text: '+ phase P3 "Wait" added',
        markdown: '- phase `P3` “Wait” added',
    },
    {
        name: 'a phase retitled',
        after: edit(['phase P2 "Pay"', 'phase P2 "Checkout"']),
        change: { kind: 'title-changed', element: 'phase', id: 'P2', before: 'Pay', after: 'Checkout' },
        text: '~ title of phase P2: "Pay" → "Checkout"',
        markdown: '- title of phase `P2`: “Pay” → “Checkout”',
    },
];

describe('journey diff formats: every change kind', () => {
    for (const testCase of CASES) {
        it(`${testCase.name}: text, JSON and Markdown`, async () => {
            const { text, json, markdown } = await formats(testCase.after);
            expect(json.files[0].diff.journeys[0].changes).toContainEqual(testCase.change);
            expect(text.split('\n')).toContain(`    ${testCase.text}`);
            expect(markdown.split('\n')).toContain(testCase.markdown);
        });
    }

    it('a finding fixed and a phase removed (the reverse of the cases above)', async () => {
        const withoutOwner = edit(['      channel phone\n      owner Ops\n', '      channel phone\n']);
        const result = await report(withoutOwner, BASE);
        const text = renderText(result, 'en');
        expect(text).toContain('    ✓ finding fixed: missing-owner "Touchpoint "Pays" has no owner: set `owner` on it or a default owner on its phase." (Pay)');
        expect(result.files[0].diff.journeys[0].changes).toContainEqual(
            expect.objectContaining({ kind: 'finding-fixed', rule: 'missing-owner', at: { step: 'Pay' } }),
        );
        expect(renderMarkdown(result, 'en')).toContain('**Findings fixed**\n\n| Rule | Where | Message |');
        const withPhase = await report(
            edit(['  phase P2 "Pay" {', '  phase P3 "Wait" {\n    touchpoint Wait "Waits" {\n      owner Ops\n    }\n  }\n  phase P2 "Pay" {']),
            BASE,
        );
        expect(renderText(withPhase, 'en')).toContain('    - phase P3 "Wait" removed\n');
        expect(JSON.parse(renderJson(withPhase)).files[0].diff.journeys[0].changes).toContainEqual({ kind: 'phase-removed', phase: 'P3', title: 'Wait' });
        expect(renderMarkdown(withPhase, 'en')).toContain('- phase `P3` “Wait” removed');
    });

    it('a summary per journey: steps, average emotion per persona, findings', async () => {
        const { text, markdown } = await formats(edit(['      emotion 4 "curious"', '      emotion 4 "curious"\n      emotion Ben 1 "lost"']));
        expect(text).toBe(
            [
                'map.journey',
                '  J "Buying": 2 steps (0 added, 0 removed); findings: 0 introduced, 0 fixed',
                '    average emotion 3.0 → 2.5 · Ana 3.0 → 3.0 · Ben 3.0 → 1.5',
                '    ~ emotion of Ben at Search: 4 → 1 (−3)',
                '',
            ].join('\n'),
        );
        expect(markdown).toContain('| `Ben` | 3.0 | 1.5 | ↓ −1.5 |');
        expect(markdown).toContain('| `Ana` | 3.0 | 3.0 | → |');
        expect(markdown).toContain('| `map.journey` | Buying | 2 | 0 | 0 | 3.0 → 2.5 | 0 | 0 |');
    });

    it('identical versions say "no change" in every format', async () => {
        const result = await report(BASE, BASE);
        expect(renderText(result, 'en')).toBe('no change\n');
        expect(renderText(result, 'es')).toBe('sin cambios\n');
        expect(renderMarkdown(result, 'en')).toContain('\nno change\n');
        expect(JSON.parse(renderJson(result)).files[0].diff.journeys[0]).toMatchObject({ status: 'unchanged', changes: [] });
    });

    it('a deleted file lists its journeys as removed', async () => {
        const result = await report(BASE, undefined);
        const text = renderText(result, 'en');
        expect(text).toContain('map.journey (file deleted)\n  J "Buying" (journey removed): 2 → 0 steps (0 added, 2 removed)');
        expect(result.files[0].diff.journeys[0].status).toBe('removed');
    });

    it('Spanish words', async () => {
        const { text } = await formats(edit(['      emotion 4 "curious"', '      emotion 4 "curious"\n      emotion Ben 1 "lost"']), 'es');
        expect(text).toContain('    emoción media 3,0 → 2,5 · Ana 3,0 → 3,0 · Ben 3,0 → 1,5\n    ~ emoción de Ben en Search: 4 → 1 (−3)');
    });
});

describe('journey diff Markdown under markdown-it', () => {
    const md = new MarkdownIt();
    const tables = (markdown: string) => {
        const tokens = md.parse(markdown, {});
        const result: string[][][] = [];
        let table: string[][] = [];
        let row: string[] = [];
        for (let i = 0; i < tokens.length; i++) {
            const token = tokens[i];
            if (token.type === 'table_open') table = [];
            if (token.type === 'tr_open') row = [];
            if (token.type === 'inline' && (tokens[i - 1].type === 'th_open' || tokens[i - 1].type === 'td_open')) row.push(token.content);
            if (token.type === 'tr_close') table.push(row);
            if (token.type === 'table_close') result.push(table);
        }
        return result;
    };

    it("renders the summary, emotion and findings tables as tables, every row with its header's cells", async () => {
        const { markdown } = await formats(
            edit(['      channel phone\n      owner Ops\n', '      channel phone\n'], ['emotion 2 "tense"', 'emotion 1 "tense"']),
        );
        const found = tables(markdown);
        expect(found.map(table => table[0])).toEqual([
            ['File', 'Journey', 'Steps', 'Added', 'Removed', 'Average emotion', 'Findings introduced', 'Findings fixed'],
            ['Persona', 'Before', 'After', ''],
            ['Rule', 'Where', 'Message'],
        ]);
        for (const table of found) for (const row of table) expect(row).toHaveLength(table[0].length);
        expect(found[1].slice(1).map(row => row[3])).toEqual(['↓ −0.5', '↓ −0.5']);
    });

    it('keeps hostile text inert: no markup, no extra cells, no broken table', async () => {
        const hostile = '<script>alert(1)</script> | **bold** [link](javascript:alert(1)) `x`';
        const result = await report(BASE, edit(['"Buying"', JSON.stringify(hostile)], ['pain "Long call"', `pain ${JSON.stringify(hostile)}`]));
        const markdown = renderMarkdown(result, 'en');
        const html = md.render(markdown);
        expect(html).not.toMatch(/<script|<strong>bold|href=|<code>x<\/code>/);
        expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; | **bold** [link](javascript:alert(1)) `x`');
        const [summary] = tables(markdown);
        expect(summary[1]).toHaveLength(8);
    });

    it('adds both Mermaid diagrams with --mermaid, in fences nothing in them can close', async () => {
        const result = await report(BASE, edit(['emotion 2 "tense"', 'emotion 1 "tense"']), { mermaid: true });
        const markdown = renderMarkdown(result, 'en');
        const fences = md.parse(markdown, {}).filter((token: { type: string }) => token.type === 'fence') as { info: string; content: string }[];
        expect(fences.map(fence => fence.info)).toEqual(['mermaid', 'mermaid']);
        expect(fences[0].content).toContain('Pays: 2');
        expect(fences[1].content).toContain('Pays: 1');
    });
});
