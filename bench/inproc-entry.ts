// In-process timings on one file (bundled by bench/run.mjs with esbuild, run with node):
// parse, each build phase, the Mermaid text (journeyToMermaid) and the preview's MapModel.
//   node bench/.work/inproc.cjs FILE [REPS]  → JSON on stdout
import '../scripts/polyfills.cjs';
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { DocumentState, URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import type { Journey, Model } from '../language/generated/ast.js';
import { createJourneyCoreServices } from '../language/journey-module.js';
import { journeyToMermaid } from '../language/mermaid/mermaid-journey.js';
import { buildMapModel } from '../language/model/build-map-model.js';

async function main(): Promise<void> {
    const file = process.argv[2];
    const reps = Number(process.argv[3] ?? 20);
    const { shared } = createJourneyCoreServices(NodeFileSystem);
    const text = fs.readFileSync(file, 'utf8');
    const builder = shared.workspace.DocumentBuilder;
    const marks: Record<string, number> = {};
    const phaseNames: [DocumentState, string][] = [
        [DocumentState.IndexedContent, 'index_content'],
        [DocumentState.ComputedScopes, 'compute_scopes'],
        [DocumentState.Linked, 'link'],
        [DocumentState.IndexedReferences, 'index_references'],
        [DocumentState.Validated, 'validate'],
    ];
    for (const [state, name] of phaseNames) builder.onBuildPhase(state, () => { marks[name] = performance.now(); });

    const t0 = performance.now();
    const document = shared.workspace.LangiumDocumentFactory.fromString<Model>(text, URI.file(file));
    shared.workspace.LangiumDocuments.addDocument(document);
    const tParsed = performance.now();
    await builder.build([document], { validation: true });
    const tBuilt = performance.now();
    const phases: Record<string, number> = { parse: tParsed - t0 };
    let previous = tParsed;
    for (const [, name] of phaseNames) {
        if (marks[name] !== undefined) { phases[name] = marks[name] - previous; previous = marks[name]; }
    }
    phases.build_total = tBuilt - t0;

    const journeys = document.parseResult.value.declarations.filter((d): d is Journey => d.$type === 'Journey');
    const mermaid: number[] = [];
    let length = 0;
    for (let i = 0; i < reps; i++) {
        const s = performance.now();
        for (const journey of journeys) length = journeyToMermaid(journey).length;
        mermaid.push(performance.now() - s);
    }
    const mapModel: number[] = [];
    const stringify: number[] = [];
    let jsonLength = 0;
    for (let i = 0; i < Math.max(3, Math.floor(reps / 4)); i++) {
        const s = performance.now();
        const model = buildMapModel(document as LangiumDocument<Model>);
        const m = performance.now();
        jsonLength = JSON.stringify(model).length;
        mapModel.push(m - s);
        stringify.push(performance.now() - m);
    }
    process.stdout.write(JSON.stringify({
        bytes: Buffer.byteLength(text), diagnostics: document.diagnostics?.length ?? 0, syntaxErrors: document.parseResult.parserErrors.length + document.parseResult.lexerErrors.length,
        phases, mermaid, mermaidLength: length, mapModel, stringify, jsonLength,
    }));
}

main().catch(error => { console.error(error); process.exit(1); });
