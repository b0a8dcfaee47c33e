// An esbuild plugin that writes the phase bands' colours into the preview's stylesheet from
// their one table (language/export/phase-band-colours.json), so that CSS holds no six
// parallel rules per theme and the canvas's count of bands (map-view.ts) cannot drift from it.
//
// webview/style.css marks where the rules go with `/* @phase-bands <part> */`: `palettes` (the
// light and dark variables and the rule that gives each band class its pair) and
// `high-contrast` (the edges of the two high contrast themes). The build fails on a marker it
// does not know.
import { readFile } from 'node:fs/promises';

const STYLESHEET = /[\\/]webview[\\/]style\.css$/;
const MARKER = /\/\* @phase-bands ([\w-]+) \*\//g;
const COLOURS = new URL('../language/export/phase-band-colours.json', import.meta.url);

/**
 * @typedef {{ tints?: string[]; edges: string[] }} ThemeColours
 * @typedef {{ light: ThemeColours; dark: ThemeColours; highContrast: ThemeColours; highContrastLight: ThemeColours }} BandColours
 */

/** One rule: `selector` with its custom properties, one a line. */
function rule(selector, properties) {
    return `${selector} {\n${properties.map(([name, value]) => `    ${name}: ${value};\n`).join('')}}`;
}

/**
 * The variables of a theme: each band's tint (where it has them), then each band's edge.
 * @param {string} selector
 * @param {ThemeColours} colours
 */
function palette(selector, { tints = [], edges }) {
    return rule(selector, [...tints.map((tint, band) => [`--band-${band}`, tint]), ...edges.map((edge, band) => [`--band-edge-${band}`, edge])]);
}

/**
 * The CSS of each marker.
 * @param {BandColours} colours
 * @returns {Record<string, string>}
 */
export function phaseBandRules(colours) {
    const bands = colours.light.edges.map((_, band) => band);
    return {
        palettes: [
            palette('.journey-preview', colours.light),
            palette('body.vscode-dark .journey-preview', colours.dark),
            ...bands.map(band =>
                rule(`.grid .band-${band}`, [
                    ['--band', `var(--band-${band})`],
                    ['--band-edge', `var(--band-edge-${band})`],
                ]),
            ),
        ].join('\n'),
        'high-contrast': [
            palette('body.vscode-high-contrast .journey-preview', colours.highContrast),
            palette('body.vscode-high-contrast-light .journey-preview', colours.highContrastLight),
        ].join('\n'),
    };
}

/** The stylesheet with each marker replaced by its rules. */
export function withPhaseBands(css, colours, file = 'style.css') {
    const rules = phaseBandRules(colours);
    return css.replace(MARKER, (_, part) => {
        if (!Object.hasOwn(rules, part)) throw new Error(`${file}: no phase band rules called "${part}" (scripts/phase-band-css.mjs)`);
        return rules[part];
    });
}

/** @returns {import('esbuild').Plugin} */
export function phaseBandCss() {
    return {
        name: 'phase-band-css',
        setup(build) {
            build.onLoad({ filter: STYLESHEET }, async args => ({
                contents: withPhaseBands(await readFile(args.path, 'utf8'), JSON.parse(await readFile(COLOURS, 'utf8')), args.path),
                loader: 'css',
                watchFiles: [COLOURS.pathname],
            }));
        },
    };
}
