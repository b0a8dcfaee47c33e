// What only the webview can make for an export (webview/protocol.ts ExportPayload): the
// Mermaid diagram as a standalone SVG or PNG (it draws Mermaid), and the whole map as SVG or
// PNG (it lays the map out to measure it, map-svg.ts). The extension (client/export/) and the
// command line (cli/export-render.ts) write the files; HTML and PDF are built from the diagram's SVG.
import type { JourneyView, MapModel } from '../../language/model/map-model.js';
import { gridView, headerView, touchpointCount } from '../../language/export/map-view.js';
import { label } from '../../language/export/view-labels.js';
import { MAX_MERMAID_TOUCHPOINTS, type ExportFormat, type ExportPayload, type ExportRequestOptions } from '../protocol.js';
import { importSvg } from '../svg-import.js';
import { svgToPng } from './svg-to-png.js';
import { wholeMapSvg } from './map-svg.js';

export interface ExportSource {
    model: MapModel;
    journey: JourneyView;
    /** Presentation mode is on: the export leaves the findings out too. */
    presentation: boolean;
    showEmptyLanes: boolean;
    /** Mermaid's raw SVG of the journey, drawn in the light theme (the exported file reads well on any background). */
    drawDiagram(journey: JourneyView): Promise<string>;
}

export async function exportPayload(format: ExportFormat, source: ExportSource, options: ExportRequestOptions = {}): Promise<ExportPayload> {
    const { journey } = source;
    const payload: ExportPayload = { journeyId: journey.id };
    if (source.presentation) payload.presentation = true;
    switch (format) {
        case 'svg':
            payload.svg = await diagramSvg(source);
            break;
        // The PNG is the SVG export, drawn (svg-to-png.ts).
        case 'png':
            payload.png = await svgToPng(await diagramSvg(source), options.scale);
            break;
        case 'html':
        case 'pdf':
            // Without the diagram, the page says it could not be drawn instead of failing.
            if (!options.withoutDiagram) payload.svg = await diagramSvg(source).catch(() => undefined);
            break;
        case 'map-svg':
        case 'map-png': {
            // The stylesheet comes with the extension's request; a toolbar click leaves the drawing to it.
            if (options.css === undefined) break;
            const svg = await mapSvg(source, options.css, options.withoutDiagram === true);
            if (format === 'map-svg') payload.svg = svg;
            else payload.png = await svgToPng(svg, options.scale);
            break;
        }
        case 'mermaid':
        case 'markdown':
            break;
    }
    return payload;
}

/** The Mermaid diagram as a standalone SVG, sanitized (svg-import.ts), on white. */
async function diagramSvg(source: ExportSource): Promise<string> {
    if (touchpointCount(source.journey) > MAX_MERMAID_TOUCHPOINTS) throw new Error(label('Map too large to draw'));
    const element = importSvg(await source.drawDiagram(source.journey));
    if (!element) throw new Error(label('Mermaid produced no SVG'));
    element.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    element.style.backgroundColor = 'white';
    return new XMLSerializer().serializeToString(element);
}

async function mapSvg(source: ExportSource, css: string, withoutDiagram: boolean): Promise<string> {
    // The diagram is left out, not the map, when it cannot be drawn (too large).
    const diagram = withoutDiagram ? undefined : await diagramSvg(source).catch(() => undefined);
    return wholeMapSvg({
        header: headerView(source.model, source.journey),
        grid: gridView(source.journey, { showEmptyLanes: source.showEmptyLanes, presentation: source.presentation }),
        diagramSvg: diagram,
        presentation: source.presentation,
        css,
    });
}
