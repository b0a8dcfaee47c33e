// An esbuild plugin that removes a cost Mermaid's journey renderer pays for nothing.
//
// Mermaid's journey renderer (journeyDiagram-*.mjs, in 11.x and 12.x) calls getConfig(), a deep
// copy of the whole Mermaid configuration, in `bounds.updateBounds`, which runs once per task.
// The copy is read only for `bounds.sequenceItems`, which the journey renderer never fills. At
// 1,000 tasks these copies were ~40% of the render (~450 of 1,140 ms in a Chromium profile). The
// plugin makes the copy only when there is an item to read it for, so the drawing is unchanged
// (test/webview/mermaid-journey-fix.browser.test.ts draws with and without it and compares).
//
// The build fails when the code is not found (a Mermaid upgrade that changed it): look again
// at updateBounds in the new release, and drop the plugin if the copy is gone.
import { readFile } from 'node:fs/promises';

const JOURNEY_CHUNK = /[\\/]mermaid[\\/]dist[\\/].*journeyDiagram-[^\\/]*\.mjs$/;
const COPY_PER_TASK =
    /(updateBounds:\s*\/\*\s*@__PURE__\s*\*\/\s*__name\(function\(startx, starty, stopx, stopy\)\s*\{\s*const (\w+) = )getConfig\(\)\.journey;/;

/** The journey renderer's source with the per-task copy made only when it is read. */
export function withoutCopyPerTask(source, file = 'journeyDiagram') {
    if (!COPY_PER_TASK.test(source)) {
        throw new Error(
            `${file}: Mermaid's journey renderer no longer reads getConfig() at the start of bounds.updateBounds; review scripts/mermaid-journey-fix.mjs for this Mermaid release`,
        );
    }
    return source.replace(COPY_PER_TASK, '$1this.sequenceItems.length > 0 ? getConfig().journey : undefined;');
}

/** @returns {import('esbuild').Plugin} */
export function mermaidJourneyFix() {
    return {
        name: 'mermaid-journey-fix',
        setup(build) {
            build.onLoad({ filter: JOURNEY_CHUNK }, async args => ({
                contents: withoutCopyPerTask(await readFile(args.path, 'utf8'), args.path),
                loader: 'js',
            }));
        },
    };
}
