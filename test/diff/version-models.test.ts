// The models `journey diff` compares are those of two full builds, although the newer version
// is only an update of the older one: findings that one file's change causes in a file that
// did not change (an unused persona, a repeated id, an unimproved pain, a deleted declaration)
// are there, and the files nobody touched read the same in both versions.
import { EmptyFileSystem, URI } from 'langium';
import { describe, expect, it } from 'vitest';
import type { Model } from '../../language/generated/ast.js';
import { createJourneyCoreServices } from '../../language/journey-module.js';
import { buildMapModel } from '../../language/model/build-map-model.js';
import type { MapModel } from '../../language/model/map-model.js';
import { versionPairModels, type FilePair, type VersionFile } from '../../language/diff/version-models.js';

const DECLARATIONS = `persona Ana "Ana"
persona Ben "Ben"
team Web "Web"
channel app "App"
`;

const current = (extra = '', personas = 'Ana, Ben', emotion = 2) => `journey Buy "Buying" {
  persona ${personas}
  phase Browse "Browse" {
    touchpoint Search "Searches" {
      channel app
      owner Web
      emotion ${emotion} "curious"
      pain "Slow results"
      ${extra}
    }
  }
}
`;

const FUTURE = `journey BuyLater "Buying, as we want it" {
  improves Buy
  persona Ana
  phase Browse "Browse" {
    touchpoint Search "Finds it at once" {
      channel app
      owner Web
      emotion 3 "calmer"
      pain "Slow results"
    }
  }
}
`;

type Files = Record<string, string>;

/** Each file built alone in a fresh workspace with the others, as the command line did before. */
async function fullBuild(files: Files): Promise<Map<string, MapModel>> {
    const { shared, Journey } = createJourneyCoreServices(EmptyFileSystem);
    Journey.preferences.locale = 'en';
    Journey.preferences.lint.setFileRules({});
    const documents = Object.entries(files).map(([name, text]) => {
        const document = shared.workspace.LangiumDocumentFactory.fromString<Model>(text, URI.file(`/version/${name}`));
        shared.workspace.LangiumDocuments.addDocument(document);
        return [name, document] as const;
    });
    await shared.workspace.DocumentBuilder.build(
        documents.map(([, document]) => document),
        { validation: true },
    );
    return new Map(documents.map(([name, document]) => [name, buildMapModel(document, 'en')]));
}

const asFiles = (files: Files): VersionFile[] => Object.entries(files).map(([path, text]) => ({ path, text }));
const pairsOf = (before: Files, after: Files): FilePair[] =>
    [...new Set([...Object.keys(before), ...Object.keys(after)])]
        .sort()
        .map(path => ({ ...(path in before ? { before: path } : {}), ...(path in after ? { after: path } : {}) }));
const rulesOf = (model: MapModel | undefined) =>
    model === undefined
        ? []
        : [
              ...model.findings.map(f => f.rule),
              ...model.journeys.flatMap(j =>
                  [...j.findings, ...j.phases.flatMap(p => [...p.findings, ...p.touchpoints.flatMap(t => t.findings)])].map(f => f.rule),
              ),
          ].sort();

/** Compares both versions and checks each side against a full build of that version. */
async function compare(before: Files, after: Files, pairs = pairsOf(before, after)) {
    const models = await versionPairModels(pairs, asFiles(before), asFiles(after), { locale: 'en', rules: {} });
    const [fullBefore, fullAfter] = [await fullBuild(before), await fullBuild(after)];
    const renamed = pairs
        .filter(pair => pair.before !== undefined && pair.after !== undefined && pair.before !== pair.after)
        .flatMap(pair => [pair.before!, pair.after!]);
    pairs.forEach((pair, index) => {
        // A renamed file is one document, under its new name, in both versions (and so are the references to it).
        const located = (model: MapModel | undefined) => withLocation(model, renamed);
        if (pair.before !== undefined) expect(located(models[index].before), `before: ${pair.before}`).toEqual(located(fullBefore.get(pair.before)));
        else expect(models[index].before).toBeUndefined();
        if (pair.after !== undefined) expect(models[index].after, `after: ${pair.after}`).toEqual(fullAfter.get(pair.after));
        else expect(models[index].after).toBeUndefined();
    });
    return new Map(pairs.map((pair, index) => [pair.after ?? pair.before!, models[index]]));
}

/** The model with the names of a renamed file replaced by one placeholder. */
function withLocation(model: MapModel | undefined, names: string[]): unknown {
    let json = JSON.stringify(model);
    for (const name of names) json = json.replaceAll(`/version/${name}`, '/version/RENAMED');
    return model === undefined ? undefined : JSON.parse(json);
}

describe('the two versions journey diff compares', () => {
    it('a journey that stops naming a persona makes the unchanged declarations file report it unused', async () => {
        const before = { 'people.journey': DECLARATIONS, 'buy.journey': current() };
        const after = { 'people.journey': DECLARATIONS, 'buy.journey': current('', 'Ana') };
        const models = await compare(before, after);
        expect(rulesOf(models.get('people.journey')!.before)).not.toContain('unused-declaration');
        expect(rulesOf(models.get('people.journey')!.after)).toContain('unused-declaration');
    });

    it('a better emotion in the current state makes the unchanged future journey report its pain unimproved', async () => {
        const before = { 'people.journey': DECLARATIONS, 'buy.journey': current(), 'later.journey': FUTURE };
        const after = { ...before, 'buy.journey': current('', 'Ana, Ben', 3) };
        const models = await compare(before, after);
        const unimproved = (model: MapModel | undefined) => rulesOf(model).filter(rule => rule === 'unimproved-pain').length;
        expect(unimproved(models.get('later.journey')!.after)).toBe(unimproved(models.get('later.journey')!.before) + 1);
    });

    it("a new file declaring a persona first turns the unchanged file's declaration into a repeat", async () => {
        const before = { 'people.journey': DECLARATIONS, 'buy.journey': current() };
        const after = { ...before, 'a-first.journey': 'persona Ben "Ben, again"\n' };
        const models = await compare(before, after);
        expect(rulesOf(models.get('people.journey')!.after)).toContain('duplicate-name');
        expect(rulesOf(models.get('people.journey')!.before)).not.toContain('duplicate-name');
    });

    it('deleting the declarations leaves the unchanged journeys with unresolved references', async () => {
        const before = { 'people.journey': DECLARATIONS, 'buy.journey': current(), 'later.journey': FUTURE };
        const { 'people.journey': _, ...after } = before;
        const models = await compare(before, after);
        expect(rulesOf(models.get('buy.journey')!.after)).toContain('unresolved-reference');
        expect(models.get('people.journey')!.after).toBeUndefined();
    });

    it('a renamed file and untouched files: the untouched ones read the same', async () => {
        const before = { 'people.journey': DECLARATIONS, 'buy.journey': current(), 'later.journey': FUTURE };
        const after = { 'people.journey': DECLARATIONS, 'buying.journey': current('', 'Ana'), 'later.journey': FUTURE };
        const pairs: FilePair[] = [
            { before: 'buy.journey', after: 'buying.journey' },
            { before: 'later.journey', after: 'later.journey' },
            { before: 'people.journey', after: 'people.journey' },
        ];
        const models = await compare(before, after, pairs);
        expect(models.get('later.journey')!.after).toEqual(models.get('later.journey')!.before);
        expect(rulesOf(models.get('people.journey')!.after)).toContain('unused-declaration');
    });

    it('two identical versions give the same models', async () => {
        const files = { 'people.journey': DECLARATIONS, 'buy.journey': current() };
        const models = await compare(files, files);
        for (const model of models.values()) expect(model.after).toEqual(model.before);
    });
});
