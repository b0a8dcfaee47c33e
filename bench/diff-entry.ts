// The comparison engine's time on one file (bundled by bench/run.mjs with esbuild, run with node):
// the file and a version of it with a few hundred changes (emotions and titles edited), both
// built as the command line builds them; then the comparison alone, REPS times.
//   node bench/.work/diff.cjs FILE [REPS]  → JSON on stdout
import '../scripts/polyfills.cjs';
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import type { Model } from '../language/generated/ast.js';
import { createJourneyCoreServices } from '../language/journey-module.js';
import { buildMapModel } from '../language/model/build-map-model.js';
import type { MapModel } from '../language/model/map-model.js';
import { compareMaps } from '../language/diff/compare-maps.js';

/** Emotion lines edited and titles edited: a few hundred changes, as a large pull request. */
const EMOTION_EDITS = 200;
const TITLE_EDITS = 100;

async function modelOf(text: string): Promise<MapModel> {
    const { shared } = createJourneyCoreServices(EmptyFileSystem);
    const document = shared.workspace.LangiumDocumentFactory.fromString<Model>(text, URI.file('/bench/map.journey'));
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: true });
    return buildMapModel(document as LangiumDocument<Model>);
}

/** Every k-th match of `pattern` replaced, `count` of them spread over the file. */
function editEvery(text: string, pattern: RegExp, count: number, replace: (match: string, ...groups: string[]) => string): string {
    const total = text.match(pattern)?.length ?? 0;
    const step = Math.max(1, Math.floor(total / count));
    let seen = 0;
    let done = 0;
    return text.replace(pattern, (match, ...groups: string[]) => (seen++ % step === 0 && done++ < count ? replace(match, ...groups) : match));
}

async function main(): Promise<void> {
    const file = process.argv[2];
    const reps = Number(process.argv[3] ?? 10);
    const before = fs.readFileSync(file, 'utf8');
    let after = editEvery(before, /^( {6}emotion )(\d)( ")/gm, EMOTION_EDITS, (_m, head, score, tail) => `${head}${(Number(score) % 5) + 1}${tail}`);
    after = editEvery(after, /^( {4}touchpoint \S+ ")/gm, TITLE_EDITS, (_m, head) => `${head}Renamed: `);
    const [old, now] = [await modelOf(before), await modelOf(after)];
    const samples: number[] = [];
    let changes = 0;
    for (let i = 0; i < reps; i++) {
        const s = performance.now();
        const diff = compareMaps(old, now);
        samples.push(performance.now() - s);
        changes = diff.journeys.reduce((sum, journey) => sum + journey.changes.length, 0);
    }
    process.stdout.write(JSON.stringify({ samples, changes }));
}

main().catch(error => {
    console.error(error);
    process.exit(1);
});
