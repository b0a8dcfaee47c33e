// The HTML export of a comparison: one self-contained page like the preview in comparison mode,
// drawn by the canvas's renderer (map-view.ts's static grid) with the comparison's marks on its
// cells, both emotion curves (the older one dashed) and the list of changes. As the map's HTML
// export (html-export.ts): text escaped by vnode.toHtml, no script, the page's CSP forbids both.
import type { JourneyView, MapModel } from '../model/map-model.js';
import type { JourneyDiff } from '../diff/journey-changes.js';
import { beforeTouchpoints, comparisonMarks, markOfCell, type ComparisonMarks } from './comparison-marks.js';
import { changeList, comparisonLegend, comparisonSummary, comparisonTitle } from './comparison-view.js';
import { curveSeries, curveView } from './emotion-curve.js';
import { inlineStylesheet, STATIC_PAGE_CSS, staticPageStart } from './html-export.js';
import { COLUMN_WIDTH, gridColumns, gridView, headerView, personaColourOf } from './map-view.js';
import { labelLocaleOf, setViewLocale } from './view-labels.js';
import { toHtml, type VNode } from './vnode.js';

export interface ComparisonExport {
    /** The newer version's model and journey (the document, or the future state). */
    model: MapModel;
    journey: JourneyView;
    /** The older version's journey (the same file at another time, or the current state). */
    before: JourneyView;
    diff: JourneyDiff;
    /** The older version's name ("HEAD", a file, the current state's journey). */
    beforeLabel: string;
    css: string;
}

/** The static grid of `journey` with the comparison's marks and the older curve. */
export function comparisonGridView(journey: JourneyView, before: JourneyView, diff: JourneyDiff): VNode {
    const grid = gridView(journey);
    const marks = comparisonMarks(diff);
    markCells(grid, journey, marks);
    const beforeOf = beforeTouchpoints(before, diff);
    const columns = gridColumns(journey);
    const layer = findNode(grid, node => node.attrs.class === 'curve-layer');
    if (layer) {
        layer.children = [
            curveView(
                curveSeries(columns.map(column => column.touchpoint)),
                0,
                columns.length,
                COLUMN_WIDTH,
                personaColourOf,
                curveSeries(columns.map(column => column.touchpoint && beforeOf(column.touchpoint.id))),
            ),
        ];
    }
    return grid;
}

function markCells(node: VNode, journey: JourneyView, marks: ComparisonMarks): void {
    const key = node.attrs['data-key'];
    if (key !== undefined && (node.tag === 'td' || node.tag === 'th')) {
        const mark = markOfCell(journey, marks, key, node.attrs.class ?? '');
        if (mark) node.attrs.class = `${node.attrs.class ?? ''} change-${mark}`;
    }
    for (const child of node.children) if (typeof child !== 'string') markCells(child, journey, marks);
}

function findNode(node: VNode, test: (node: VNode) => boolean): VNode | undefined {
    if (test(node)) return node;
    for (const child of node.children) {
        if (typeof child === 'string') continue;
        const found = findNode(child, test);
        if (found) return found;
    }
    return undefined;
}

export function buildComparisonHtml(options: ComparisonExport): string {
    const { model, journey, before, diff } = options;
    setViewLocale(labelLocaleOf(model, journey));
    const panel = [comparisonTitle(options.beforeLabel), comparisonLegend(), comparisonSummary(diff), changeList(diff, journey)].map(toHtml).join('\n');
    return `${staticPageStart(journey.title, [STATIC_PAGE_CSS, inlineStylesheet(options.css)], 'vscode-light journey-webview comparing')}
<div class="journey-preview">
${toHtml(headerView(model, journey))}
<section class="comparison-panel">
${panel}
</section>
<div class="grid-host">${toHtml(comparisonGridView(journey, before, diff))}</div>
</div>
</body>
</html>
`;
}
