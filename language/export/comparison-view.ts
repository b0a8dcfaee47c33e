// The comparison's own parts, drawn as element trees for the preview (webview/comparison/) and
// the comparison's HTML export alike: what is compared with what, the legend of the canvas's
// marks and of the two curves, the summary, and the list of changes in the words of
// `journey diff` (language/diff/diff-labels.ts). User text stays text (vnode.ts).
import type { JourneyView } from '../model/map-model.js';
import type { Change, JourneyDiff } from '../diff/journey-changes.js';
import { diffWords, figure } from '../diff/diff-labels.js';
import { h, type VNode } from './vnode.js';
import { label, viewLocale } from './view-labels.js';
import { changeKey, type ChangeMark } from './comparison-marks.js';

const MARKS: ChangeMark[] = ['added', 'removed', 'changed'];
const MARK_LABEL: Record<ChangeMark, string> = { added: 'Added', removed: 'Removed', changed: 'Changed' };

/** How a change shows in the list: as something added, removed or changed. */
export function changeMarkOf(change: Change): ChangeMark {
    switch (change.kind) {
        case 'phase-added':
        case 'step-added':
        case 'pain-added':
        case 'gap-added':
        case 'opportunity-added':
        case 'kpi-added':
        case 'finding-introduced':
            return 'added';
        case 'phase-removed':
        case 'step-removed':
        case 'pain-removed':
        case 'gap-removed':
        case 'opportunity-removed':
        case 'kpi-removed':
        case 'finding-fixed':
            return 'removed';
        case 'moment-of-truth':
            return change.marked ? 'added' : 'removed';
        default:
            return 'changed';
    }
}

/** "Comparing with HEAD": the older version's name (a git ref, a file, the current state). */
export function comparisonTitle(beforeLabel: string): VNode {
    return h('span', { class: 'comparison-title' }, label('Comparing with {0}', beforeLabel));
}

/** The marks' legend, and the curves'. */
export function comparisonLegend(): VNode {
    return h(
        'div',
        { class: 'comparison-legend' },
        MARKS.map(mark =>
            h(
                'span',
                { class: `legend-entry legend-${mark}` },
                h('span', { class: `legend-swatch change-${mark}`, 'aria-hidden': 'true' }),
                label(MARK_LABEL[mark]),
            ),
        ),
        h('span', { class: 'legend-entry legend-before' }, h('span', { class: 'legend-line before', 'aria-hidden': 'true' }), label('Before (dashed)')),
        h('span', { class: 'legend-entry legend-after' }, h('span', { class: 'legend-line after', 'aria-hidden': 'true' }), label('After (solid)')),
    );
}

/** Steps, steps added and removed, average emotion and findings, before → after. */
export function comparisonSummary(diff: JourneyDiff): VNode {
    const locale = viewLocale();
    const words = diffWords(locale);
    const s = diff.summary;
    const parts = [
        words.steps(s.stepsBefore, s.stepsAfter),
        words.stepCounts(s.stepsAdded, s.stepsRemoved),
        `${words.averageEmotion} ${figure(s.averageBefore, locale)} → ${figure(s.averageAfter, locale)}`,
        words.findingCounts(s.findingsIntroduced, s.findingsFixed),
    ];
    return h('p', { class: 'comparison-summary', role: 'status' }, diff.status === 'unchanged' ? words.noChange : parts.join(' · '));
}

/**
 * The changes, one item each, in `journey diff`'s words. An item whose element still exists
 * carries its `data-key` (the preview reveals it in the editor on a click) and its index.
 */
export function changeList(diff: JourneyDiff, journey: JourneyView): VNode {
    const words = diffWords(viewLocale());
    const quote = (text: string) => `“${text}”`;
    const code = (id: string) => id;
    const removed = diff.changes.filter(change => change.kind === 'step-removed');
    return h(
        'div',
        { class: 'comparison-changes' },
        removed.length > 0 &&
            h(
                'section',
                { class: 'removed-steps' },
                h('h3', {}, label('Removed steps')),
                h(
                    'ul',
                    {},
                    removed.flatMap(change =>
                        change.kind !== 'step-removed'
                            ? []
                            : h(
                                  'li',
                                  { class: 'removed-step change-removed', 'data-step': change.step },
                                  change.title || change.step,
                                  h('span', { class: 'removed-step-id' }, ` (${change.step})`),
                              ),
                    ),
                ),
            ),
        h('h3', {}, label('Changes ({0})', String(diff.changes.length))),
        diff.changes.length === 0
            ? h('p', { class: 'no-change' }, words.noChange)
            : h(
                  'ol',
                  { class: 'change-list' },
                  diff.changes.map((change, index) => {
                      const key = changeKey(change, journey);
                      const mark = changeMarkOf(change);
                      return h(
                          'li',
                          {
                              class: `change change-${mark}`,
                              'data-change-index': String(index),
                              'data-change-kind': change.kind,
                              'data-change-key': key,
                              title: key ? label('Reveal in editor') : undefined,
                          },
                          h('span', { class: `change-badge change-${mark}`, 'aria-label': label(MARK_LABEL[mark]) }),
                          words.change(change, quote, code),
                      );
                  }),
              ),
    );
}
