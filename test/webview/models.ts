// Real MapModels for the preview tests, built by the language's own services.
import { EmptyFileSystem, URI } from 'langium';
import { parseHelper } from 'langium/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createJourneyCoreServices } from '../../language/journey-module.js';
import type { Model } from '../../language/generated/ast.js';
import { buildMapModel } from '../../language/model/build-map-model.js';
import type { MapModel } from '../../language/model/map-model.js';

let counter = 0;

/** Parses and validates texts as one workspace; returns the model of each, in order. */
export async function modelsOf(texts: string[], names: string[] = []): Promise<MapModel[]> {
    const services = createJourneyCoreServices(EmptyFileSystem);
    const parse = parseHelper<Model>(services.Journey);
    const docs = [];
    for (const [index, text] of texts.entries())
        docs.push(await parse(text, { documentUri: `file:///workspace/${names[index] ?? `test-${++counter}.journey`}` }));
    await services.shared.workspace.DocumentBuilder.build(docs, { validation: true });
    return docs.map(doc => buildMapModel(doc));
}

/** The model of one text; give `name` to make several versions of one file (same uri). */
export async function modelOf(text: string, name?: string): Promise<MapModel> {
    return (await modelsOf([text], name ? [name] : []))[0];
}

export async function exampleModel(...paths: string[]): Promise<MapModel> {
    const models = await modelsOf(
        paths.map(path => readFileSync(resolve('examples', path), 'utf8')),
        paths.map(path => path.replace(/\//g, '-')),
    );
    return models[0];
}

export { URI };
