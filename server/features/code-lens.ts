// Code lens above each journey: how many touchpoints, how many lack an owner, the average
// emotion, and "Open Preview" (the client's `journey.preview.open` command with the file's uri).
import type { LangiumDocument } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens, CodeLensParams } from 'vscode-languageserver';
import { effectiveOwner } from '../../language/ast-queries.js';
import { personaEmotions, touchpointScore } from '../../language/persona-emotions.js';
import type { Journey, Model, Touchpoint } from '../../language/generated/ast.js';
import { message } from '../../language/i18n/messages.js';
import type { JourneyLspServices } from '../journey-lsp-module.js';
import { improvesLenses } from './code-lens-improves.js';

export const PREVIEW_COMMAND = 'journey.preview.open';

export interface JourneyStats {
    touchpoints: number;
    withoutOwner: number;
    /** Average of the touchpoints' emotion scores (one per touchpoint, as in Mermaid), undefined when none has one. */
    averageEmotion: number | undefined;
    /**
     * Each involved persona's average over the touchpoints where they feel something, in the order
     * first named; empty when everyone always feels the same (no persona has a line of their own).
     */
    perPersona: { id: string; average: number }[];
}

export function journeyStats(journey: Journey): JourneyStats {
    const touchpoints = journey.phases.flatMap(phase => phase.touchpoints);
    const scores = touchpoints.map(touchpointScore).filter((score): score is number => typeof score === 'number');
    return {
        touchpoints: touchpoints.length,
        withoutOwner: touchpoints.filter(tp => !effectiveOwner(tp)).length,
        averageEmotion: average(scores),
        perPersona: personaAverages(touchpoints),
    };
}

function average(scores: readonly number[]): number | undefined {
    return scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : undefined;
}

function personaAverages(touchpoints: readonly Touchpoint[]): { id: string; average: number }[] {
    if (!touchpoints.some(touchpoint => touchpoint.emotions.some(emotion => emotion.persona !== undefined))) return [];
    const scores = new Map<string, number[]>();
    for (const touchpoint of touchpoints) {
        for (const { id, emotion } of personaEmotions(touchpoint)) {
            const list = scores.get(id) ?? [];
            if (emotion) list.push(emotion.score);
            scores.set(id, list);
        }
    }
    return [...scores].flatMap(([id, list]) => {
        const value = average(list);
        return value === undefined ? [] : [{ id, average: value }];
    });
}

export class JourneyCodeLensProvider implements CodeLensProvider {
    constructor(private readonly services: JourneyLspServices) {}

    provideCodeLens(document: LangiumDocument, _params: CodeLensParams): CodeLens[] {
        const locale = this.services.preferences.locale;
        const model = document.parseResult.value as Model;
        const lenses: CodeLens[] = [];
        for (const declaration of model.declarations ?? []) {
            if (declaration.$type !== 'Journey' || !declaration.$cstNode) continue;
            const stats = journeyStats(declaration);
            const line = declaration.$cstNode.range.start.line;
            const range = { start: { line, character: 0 }, end: { line, character: 0 } };
            const figure = (value: number) => value.toLocaleString(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
            // When personas feel differently, one average each: "average emotion Marta 2.5, Luis 3.0".
            const average =
                stats.perPersona.length > 0
                    ? message(locale, 'lens.average-emotion', stats.perPersona.map(({ id, average: value }) => `${id} ${figure(value)}`).join(', '))
                    : stats.averageEmotion === undefined
                      ? message(locale, 'lens.no-emotion')
                      : message(locale, 'lens.average-emotion', figure(stats.averageEmotion));
            const title = [
                stats.touchpoints === 1 ? message(locale, 'lens.touchpoint') : message(locale, 'lens.touchpoints', stats.touchpoints),
                message(locale, 'lens.without-owner', stats.withoutOwner),
                average,
            ].join(' · ');
            lenses.push({ range, command: { title, command: '' } });
            lenses.push({ range, command: { title: message(locale, 'lens.preview'), command: PREVIEW_COMMAND, arguments: [document.uri.toString()] } });
        }
        lenses.push(...improvesLenses(document, locale));
        return lenses;
    }
}
