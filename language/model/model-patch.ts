// A model as a patch of the one before: the new model with every phase that is exactly as
// before left out. A keystroke changes one phase, and a 10,000-touchpoint model is ~13 MB of
// objects, 16 MB as JSON. The server answers the extension's `journey/mapModel` with a patch of
// the model the extension holds (JSON.stringify and JSON.parse of the whole model took ~0.3 s
// per keystroke), and the extension posts the webview a patch of the model the webview holds
// (copying the whole model into the webview took ~0.2 s). Applying a patch keeps the unchanged
// phases as the base's own objects, so the next diff and the webview's grid know them by identity.
// Shared by the server, the client and the webview: keep it free of runtime imports.
import type { JourneyView, MapModel, PhaseView } from './map-model.js';

/** A journey of the patch: its phases are `null` where the base's phase at that index is unchanged. */
export interface JourneyPatch extends Omit<JourneyView, 'phases'> {
    phases: (PhaseView | null)[];
}

export interface ModelPatch extends Omit<MapModel, 'journeys'> {
    /** The sequence number of the model this patch applies to. */
    base: number;
    journeys: JourneyPatch[];
}

/**
 * Deep equality of JSON data, ignoring the key `ignored` at any depth. The patch compares source
 * ranges too (a patched model equals the new one exactly); the grid ignores them ('range').
 */
export function sameJson(a: unknown, b: unknown, ignored?: string): boolean {
    if (a === b) return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
    if (Array.isArray(a) || Array.isArray(b)) {
        if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
        for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i], ignored)) return false;
        return true;
    }
    const ra = a as Record<string, unknown>;
    const rb = b as Record<string, unknown>;
    let count = 0;
    for (const key in ra) {
        if (!(key in rb) || (key !== ignored && !sameJson(ra[key], rb[key], ignored))) return false;
        count++;
    }
    for (const _key in rb) count--;
    return count === 0;
}

/** The patch that turns `previous` (sent as sequence number `base`) into `next`. */
export function diffModel(previous: MapModel, base: number, next: MapModel): ModelPatch {
    const journeys = next.journeys.map((journey, j): JourneyPatch => {
        const before = previous.journeys[j];
        return {
            ...journey,
            phases: journey.phases.map((phase, p) => (before?.phases[p] !== undefined && sameJson(before.phases[p], phase) ? null : phase)),
        };
    });
    return { ...next, base, journeys };
}

/** `base` with the patch applied; unchanged phases are `base`'s own objects. */
export function applyModelPatch(base: MapModel, patch: ModelPatch): MapModel {
    const { base: _base, journeys, ...rest } = patch;
    return {
        ...rest,
        journeys: journeys.map((journey, j): JourneyView => ({
            ...journey,
            phases: journey.phases.map((phase, p) => {
                if (phase) return phase;
                const kept = base.journeys[j]?.phases[p];
                if (!kept) throw new Error(`the patch keeps phase ${p} of journey ${j}, which its base does not have`);
                return kept;
            }),
        })),
    };
}

/**
 * `held` with the patch applied when the patch was made from it (`heldNumber` is its base, same
 * file); undefined otherwise, when the holder has to ask for the whole model.
 */
export function applyModelPatchTo(held: MapModel | undefined, heldNumber: number | undefined, patch: ModelPatch): MapModel | undefined {
    if (!held || heldNumber !== patch.base || held.uri !== patch.uri) return undefined;
    try {
        return applyModelPatch(held, patch);
    } catch {
        return undefined;
    }
}
