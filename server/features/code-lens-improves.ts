// Code lens on `improves`: the future state against its current state, in one line
// ("6 steps · 2 new · average emotion 2.4 → 3.9"), from the comparison engine (language/diff/);
// a click opens the comparison in the preview.
import { AstUtils, type LangiumDocument } from 'langium';
import type { CodeLens } from 'vscode-languageserver';
import type { Journey, Model } from '../../language/generated/ast.js';
import { compareJourneys } from '../../language/diff/compare-journeys.js';
import { figure } from '../../language/diff/diff-labels.js';
import type { Locale } from '../../language/i18n/locale.js';
import { buildMapModel } from '../../language/model/build-map-model.js';
import type { JourneyView, MapModel } from '../../language/model/map-model.js';

const WORDS = {
    en: {
        steps: (n: number) => (n === 1 ? '1 step' : `${n} steps`),
        added: (n: number) => `${n} new`,
        removed: (n: number) => `${n} removed`,
        average: 'average emotion',
    },
    es: {
        steps: (n: number) => (n === 1 ? '1 paso' : `${n} pasos`),
        added: (n: number) => (n === 1 ? '1 nuevo' : `${n} nuevos`),
        removed: (n: number) => (n === 1 ? '1 eliminado' : `${n} eliminados`),
        average: 'emoción media',
    },
};

/** One lens per journey of the document that improves a journey that resolves. */
export function improvesLenses(document: LangiumDocument, locale: Locale): CodeLens[] {
    const models = new Map<LangiumDocument, MapModel>();
    const modelOf = (of: LangiumDocument) => {
        let model = models.get(of);
        if (!model) models.set(of, (model = buildMapModel(of as LangiumDocument<Model>, locale)));
        return model;
    };
    const lenses: CodeLens[] = [];
    for (const journey of journeysOf(document)) {
        const reference = journey.improves[0];
        const current = reference?.ref;
        if (!current || !reference.$refNode) continue;
        const future = viewOf(journey, modelOf(document));
        const before = viewOf(current, modelOf(AstUtils.getDocument(current)));
        if (!future || !before) continue;
        const { summary } = compareJourneys(before, future);
        const words = WORDS[locale];
        const title = [
            words.steps(summary.stepsAfter),
            words.added(summary.stepsAdded),
            ...(summary.stepsRemoved > 0 ? [words.removed(summary.stepsRemoved)] : []),
            `${words.average} ${figure(summary.averageBefore, locale)} → ${figure(summary.averageAfter, locale)}`,
        ].join(' · ');
        const line = reference.$refNode.range.start.line;
        // VS Code's extension opens the comparison on a click (client/comparison/compare-commands.ts).
        const command = { title, command: 'journey.compareWithCurrentState', arguments: [document.uri.toString(), journey.name] };
        lenses.push({ range: { start: { line, character: 0 }, end: { line, character: 0 } }, command });
    }
    return lenses;
}

function journeysOf(document: LangiumDocument): Journey[] {
    return ((document.parseResult.value as Model).declarations ?? []).filter((declaration): declaration is Journey => declaration.$type === 'Journey');
}

/** The journey's view: the model lists a file's journeys in order, so its index finds it even when ids repeat. */
function viewOf(journey: Journey, model: MapModel): JourneyView | undefined {
    return model.journeys[journeysOf(AstUtils.getDocument(journey)).indexOf(journey)];
}
