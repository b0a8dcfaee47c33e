// Code lens above each journey: how many touchpoints, how many lack an owner, the average
// emotion, and "Open Preview" (the client's `journey.preview.open` command with the file's uri).
import type { LangiumDocument } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens, CodeLensParams } from 'vscode-languageserver';
import { effectiveOwner, first } from '../../language/ast-queries.js';
import type { Journey, Model } from '../../language/generated/ast.js';
import { message } from '../../language/i18n/messages.js';
import type { JourneyLspServices } from '../journey-lsp-module.js';

export const PREVIEW_COMMAND = 'journey.preview.open';

export interface JourneyStats {
    touchpoints: number;
    withoutOwner: number;
    /** Average of the touchpoints' emotion scores, undefined when none has one. */
    averageEmotion: number | undefined;
}

export function journeyStats(journey: Journey): JourneyStats {
    const touchpoints = journey.phases.flatMap(phase => phase.touchpoints);
    const scores = touchpoints.map(tp => first(tp.emotions)?.score).filter((score): score is number => typeof score === 'number');
    return {
        touchpoints: touchpoints.length,
        withoutOwner: touchpoints.filter(tp => !effectiveOwner(tp)).length,
        averageEmotion: scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : undefined,
    };
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
            const average = stats.averageEmotion === undefined ? message(locale, 'lens.no-emotion')
                : message(locale, 'lens.average-emotion', stats.averageEmotion.toLocaleString(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 }));
            const title = [(stats.touchpoints === 1 ? message(locale, 'lens.touchpoint') : message(locale, 'lens.touchpoints', stats.touchpoints)), message(locale, 'lens.without-owner', stats.withoutOwner), average].join(' · ');
            lenses.push({ range, command: { title, command: '' } });
            lenses.push({ range, command: { title: message(locale, 'lens.preview'), command: PREVIEW_COMMAND, arguments: [document.uri.toString()] } });
        }
        return lenses;
    }
}
