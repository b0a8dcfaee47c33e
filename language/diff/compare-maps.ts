// Compares two versions of a `.journey` file (either may be missing: a file added or
// deleted): its journeys matched by id, and the findings outside any journey (on the
// declarations of personas, teams and channels).
import type { MapModel } from '../model/map-model.js';
import { compareFindings } from './compare-findings.js';
import { compareJourneys, type CompareOptions } from './compare-journeys.js';
import type { Change, JourneyDiff } from './journey-changes.js';
import { matchByKey } from './compare-steps.js';

export interface MapDiff {
    journeys: JourneyDiff[];
    /** Findings introduced or fixed outside any journey. */
    declarations: Change[];
}

export function compareMaps(before: MapModel | undefined, after: MapModel | undefined, options: CompareOptions = {}): MapDiff {
    const { pairs, added, removed } = matchByKey(before?.journeys ?? [], after?.journeys ?? [], journey => journey.id);
    const journeys = [
        ...pairs.map(([old, now]) => compareJourneys(old, now, options)),
        ...added.map(journey => compareJourneys(undefined, journey, options)),
        ...removed.map(journey => compareJourneys(journey, undefined, options)),
    ];
    const outside = (model: MapModel | undefined) => (model?.findings ?? []).map(finding => ({ finding, at: {} }));
    return { journeys, declarations: compareFindings(outside(before), outside(after), true) };
}
