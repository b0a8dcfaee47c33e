// The server lives as long as the editor and holds every map of the workspace. V8's default
// heap policy lets the heap grow well past the live data before collecting, which is right for
// short, bursty programs; a long-lived server that re-validates an 8 MB map on each keystroke
// then sits at several times its live data (1.3 GB resident at 10,000 touchpoints). Two
// measures keep resident memory close to the live data (bench/: server_rss_mb):
// - a smaller heap growing factor, so V8 collects sooner (a few per cent more time in GC);
// - a full collection when the server has been idle for a moment after builds that left
//   garbage, so the next burst of typing starts from a compact heap. It never runs while a
//   build is pending. "A moment" is a second: after 250 ms, a keystroke that ended a short
//   pause waited for the collection (10,000 touchpoints: every fourth edit 300 ms apart took
//   ~300 ms instead of ~60 ms).
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { DocumentBuilder } from 'langium';
import { DocumentState } from 'langium';

export const HEAP_GROWING_PERCENT = 20;
/** Quiet time after a build before collecting: longer than a pause between typed words. */
const IDLE_MS = 1000;
/** Collect only when the heap grew this much since the last collection. */
const GROWTH_BYTES = 32 * 2 ** 20;

export function favourSmallHeap(): void {
    setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}

export function collectGarbageWhenIdle(builder: DocumentBuilder): void {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as (() => void) | undefined;
    if (typeof gc !== 'function') return;
    let baseline = process.memoryUsage().heapUsed;
    let timer: NodeJS.Timeout | undefined;
    const cancel = () => {
        if (timer) clearTimeout(timer);
        timer = undefined;
    };
    builder.onUpdate(cancel);
    builder.onBuildPhase(DocumentState.Validated, () => {
        cancel();
        timer = setTimeout(() => {
            timer = undefined;
            if (process.memoryUsage().heapUsed - baseline < GROWTH_BYTES) return;
            gc();
            baseline = process.memoryUsage().heapUsed;
        }, IDLE_MS);
        timer.unref();
    });
}
