// `journey export <file> --format mermaid|json|markdown|html|pdf|map-svg|map-png|svg|png [-o FILE] [--force] [--journey ID]
//  [--persona ID] [--lang en|es] [--presentation] [--page a4|a3] [--no-mermaid] [--scale N]`.
import * as path from 'node:path';
import type { Journey } from '../language/generated/ast.js';
import type { Locale } from '../language/i18n/locale.js';
import { journeyToMermaid } from '../language/mermaid/mermaid-journey.js';
import { buildMapModel } from '../language/model/build-map-model.js';
import { writeFileSafely } from '../language/node/safe-write.js';
import type { MapModel } from '../language/model/map-model.js';
import { mermaidTextOf } from '../language/model/mermaid-text-of.js';
import { modelForPersona, personasOf } from '../language/model/persona-filter.js';
import { loadWorkspace } from './cli-workspace.js';
import { findConfigFile, loadConfigRules } from './find-config.js';
import { findJourneyFiles } from './find-files.js';
import { UsageError, type Io } from './io.js';
import { setLabelLanguage } from '../language/export/view-labels.js';
import type { PageSize } from '../language/export/print-layout.js';

/** `map-svg`, `map-png`: the whole map; `svg`, `png`: the Mermaid diagram alone. */
export const EXPORT_FORMATS = ['mermaid', 'json', 'markdown', 'html', 'pdf', 'map-svg', 'map-png', 'svg', 'png'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions {
    file: string;
    format: ExportFormat;
    output?: string;
    force: boolean;
    journey?: string;
    /** Export the journey as this persona lives it (language/model/persona-filter.ts). */
    persona?: string;
    locale: Locale;
    /** `--lang`: the labels' language; without it, the map's keywords' (view-labels.ts). */
    labels?: Locale;
    /** `--presentation`: no lint findings or summary, empty lanes collapsed. */
    presentation?: boolean;
    /** `--page`: the printed page of the HTML and PDF, landscape. */
    page?: PageSize;
    /** `--no-mermaid`: the whole map without the Mermaid diagram. */
    withoutDiagram?: boolean;
    /** `--scale`: pixels per CSS pixel of a PNG. */
    scale?: number;
}

export async function runExport(options: ExportOptions, io: Io): Promise<number> {
    const { document, syntaxErrors } = await loadWithNeighbours(options);
    if (syntaxErrors.length > 0) {
        io.stderr(syntaxErrors.map(error => `${options.file}:${error}\n`).join(''));
        io.stderr('journey: the file has syntax errors; fix them before exporting\n');
        return 1;
    }
    const journey = pickJourney(
        document.parseResult.value.declarations.filter((d): d is Journey => d.$type === 'Journey'),
        options.journey,
    );
    let content: string | Uint8Array;
    const model = () => forPersona(buildMapModel(document, options.locale), journey.name, options.persona);
    if (options.format === 'json') {
        content = JSON.stringify(model(), null, 2) + '\n';
    } else if (options.format === 'mermaid') {
        content = options.persona === undefined ? journeyToMermaid(journey) : mermaidTextOf(model().journeys.find(view => view.id === journey.name)!);
    } else {
        // Markdown, HTML, PDF and the images come from the preview's own renderer (a local headless Chromium).
        const { renderExport } = await import('./export-render.js');
        setLabelLanguage(options.labels ?? 'map');
        content = await renderExport(model(), options.format, journey.name, {
            presentation: options.presentation,
            page: options.page,
            withoutDiagram: options.withoutDiagram,
            scale: options.scale,
        });
    }
    if (options.output) {
        await writeFileSafely(options.output, content, { replace: options.force });
        io.stderr(`journey: wrote ${options.output}\n`);
    } else {
        io.stdout(content);
    }
    return 0;
}

/** The model as the persona lives it, when one is asked for and the journey involves them. */
function forPersona(model: MapModel, journeyId: string, persona: string | undefined): MapModel {
    if (persona === undefined) return model;
    const involved = personasOf(model.journeys.find(view => view.id === journeyId)!);
    if (!involved.some(candidate => candidate.id === persona)) {
        throw new UsageError(
            `no persona "${persona}" is involved in journey ${journeyId}; it involves: ${involved.map(candidate => candidate.id).join(', ') || 'nobody'}`,
        );
    }
    return modelForPersona(model, persona);
}

/** The file, in a workspace with the other `.journey` files of its project so shared declarations resolve. */
export async function loadWithNeighbours(options: { file: string; locale: Locale }) {
    const target = path.resolve(options.file);
    const configFile = findConfigFile([target]);
    const root = configFile ? path.dirname(configFile) : path.dirname(target);
    const { files } = await findJourneyFiles([root]);
    const all = [target, ...files.map(file => path.resolve(file)).filter(file => file !== target)];
    const { documents } = await loadWorkspace(all, { locale: options.locale, rules: loadConfigRules(configFile, options.locale).rules });
    const document = documents[0];
    const syntaxErrors = (document.diagnostics ?? [])
        .filter(diagnostic => diagnostic.code === 'syntax-error')
        .map(diagnostic => `${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1} ${diagnostic.message}`);
    return { document, syntaxErrors };
}

export function pickJourney(journeys: Journey[], id: string | undefined): Journey {
    if (journeys.length === 0) throw new UsageError('the file declares no journey');
    if (id !== undefined) {
        const journey = journeys.find(candidate => candidate.name === id);
        if (!journey) throw new UsageError(`no journey "${id}" in the file; it has: ${journeys.map(j => j.name).join(', ')}`);
        return journey;
    }
    if (journeys.length > 1) {
        throw new UsageError(`the file has ${journeys.length} journeys (${journeys.map(j => j.name).join(', ')}); pick one with --journey`);
    }
    return journeys[0];
}
