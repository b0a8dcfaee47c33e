// In-process timings on one file (bundled by bench/run.mjs with esbuild, run with node):
// parse, each build phase, the Mermaid text (after an edit, as the preview's model gets it, and
// from scratch, as exported, with the caches warm and flushed) and the preview's MapModel.
//   node bench/.work/inproc.cjs FILE [REPS]  → JSON on stdout
import '../scripts/polyfills.cjs';
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { DocumentState, URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import type { Journey, Model } from '../language/generated/ast.js';
import { createJourneyCoreServices } from '../language/journey-module.js';
import { markWorkspaceChanged } from '../language/ast-revisions.js';
import { journeyToMermaid, journeyToMermaidParts } from '../language/mermaid/mermaid-journey.js';
import { applyInPlaceEdit } from '../language/parser/in-place-edit.js';
import { buildMapModel } from '../language/model/build-map-model.js';
import { touchpointScore } from '../language/persona-emotions.js';

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
    for (const [state, name] of phaseNames)
        builder.onBuildPhase(state, () => {
            marks[name] = performance.now();
        });

    const t0 = performance.now();
    const document = shared.workspace.LangiumDocumentFactory.fromString<Model>(text, URI.file(file));
    shared.workspace.LangiumDocuments.addDocument(document);
    const tParsed = performance.now();
    await builder.build([document], { validation: true });
    const tBuilt = performance.now();
    const phases: Record<string, number> = { parse: tParsed - t0 };
    let previous = tParsed;
    for (const [, name] of phaseNames) {
        if (marks[name] !== undefined) {
            phases[name] = marks[name] - previous;
            previous = marks[name];
        }
    }
    phases.build_total = tBuilt - t0;

    const journeys = document.parseResult.value.declarations.filter((d): d is Journey => d.$type === 'Journey');
    // The text as read by its consumer (V8 may hold a string as pieces until then).
    const mermaidText = (journey: Journey) => {
        const made = journeyToMermaid(journey);
        made.charCodeAt(made.length >> 1);
        return made.length;
    };
    // What the preview pays after a keystroke: the text again after a one-character edit of a
    // touchpoint title in the middle (patched in place, as in the editor), in the parts the
    // preview's model carries: the edited phase's section is made again, the others remembered.
    const mermaidParts = (journey: Journey) => {
        const { head, sections } = journeyToMermaidParts(journey);
        let length = head.length;
        for (const section of sections) length += section.length;
        return length;
    };
    const converter = shared.ServiceRegistry.getServices(document.uri).parser.ValueConverter;
    let current = text;
    const titleAt = current.indexOf('touchpoint ', current.length >> 1);
    const editAt = current.indexOf('"', titleAt) + 1;
    const mermaidAfterEdit: number[] = [];
    let length = 0;
    for (let i = 0; i < reps; i++) {
        const next = i % 2 === 0 ? current.slice(0, editAt) + 'x' + current.slice(editAt) : current.slice(0, editAt) + current.slice(editAt + 1);
        if (!applyInPlaceEdit(document, next, converter)) throw new Error('the benchmark edit was not patched in place');
        current = next;
        const s = performance.now();
        for (const journey of journeys) length = mermaidParts(journey);
        mermaidAfterEdit.push(performance.now() - s);
    }
    // From scratch (nothing remembered), as after opening the file, and as one flat text, as
    // exported: passes back to back (warm caches).
    const mermaid: number[] = [];
    for (let i = 0; i < reps; i++) {
        markWorkspaceChanged();
        const s = performance.now();
        for (const journey of journeys) mermaidText(journey);
        mermaid.push(performance.now() - s);
    }
    // The same, each pass after 64 MB have gone through the processor's caches, as after a
    // parse: at 1,000 touchpoints the repeated passes above read a tree the caches still hold.
    const mermaidCold: number[] = [];
    for (let i = 0; i < reps; i++) {
        markWorkspaceChanged();
        flushCaches();
        const s = performance.now();
        for (const journey of journeys) mermaidText(journey);
        mermaidCold.push(performance.now() - s);
    }
    const mapModel: number[] = [];
    const stringify: number[] = [];
    let jsonLength = 0;
    for (let i = 0; i < Math.max(3, Math.floor(reps / 4)); i++) {
        // From scratch too: after an edit in place the views of unchanged phases are kept.
        markWorkspaceChanged();
        const s = performance.now();
        const model = buildMapModel(document as LangiumDocument<Model>);
        const m = performance.now();
        jsonLength = JSON.stringify(model).length;
        mapModel.push(m - s);
        stringify.push(performance.now() - m);
    }
    // Controls: the same work on plain objects freshly made by JSON.parse (compact in memory, no
    // tree around them). How these grow from 1,000 to 10,000 touchpoints is what V8 and the
    // memory hierarchy alone make of it, next to the from-scratch figures above.
    const plainPhases: { title: string; tasks: { title: string; score: number; actors: string }[] }[] = JSON.parse(
        JSON.stringify(
            journeys.flatMap(journey =>
                journey.phases.map(phase => ({
                    title: phase.title ?? phase.name,
                    tasks: phase.touchpoints.map(t => ({
                        title: t.title ?? t.name,
                        score: touchpointScore(t) ?? 3,
                        actors: t.personas.map(p => p.$refText).join(', '),
                    })),
                })),
            ),
        ),
    );
    const controlText: number[] = [];
    for (let i = 0; i < reps; i++) {
        const s = performance.now();
        const sections = plainPhases.map(phase => {
            const lines = [`  section ${phase.title}\n`];
            for (const task of phase.tasks) lines.push(`    ${task.title}: ${task.score}: ${task.actors}\n`);
            return lines.join('');
        });
        const made = sections.join('');
        made.charCodeAt(made.length >> 1);
        controlText.push(performance.now() - s);
    }
    const plainModel = JSON.parse(JSON.stringify(buildMapModel(document as LangiumDocument<Model>)));
    const controlJson: number[] = [];
    for (let i = 0; i < Math.max(3, Math.floor(reps / 4)); i++) {
        const s = performance.now();
        JSON.stringify(plainModel);
        controlJson.push(performance.now() - s);
    }
    process.stdout.write(
        JSON.stringify({
            bytes: Buffer.byteLength(text),
            diagnostics: document.diagnostics?.length ?? 0,
            syntaxErrors: document.parseResult.parserErrors.length + document.parseResult.lexerErrors.length,
            phases,
            mermaid,
            mermaidCold,
            mermaidAfterEdit,
            mermaidLength: length,
            mapModel,
            stringify,
            jsonLength,
            controlText,
            controlJson,
        }),
    );
}

/** Outside V8's heap, so streaming through it makes no garbage and moves no object. */
const cacheFlusher = new Int32Array((64 << 20) >> 2);
/** Writes one int per 64-byte line of 64 MB, more than the processor's caches hold. */
function flushCaches(): void {
    for (let i = 0; i < cacheFlusher.length; i += 16) cacheFlusher[i]++;
}

main().catch(error => {
    console.error(error);
    process.exit(1);
});
