// An esbuild plugin that removes two costs Langium's parser pays on every parse, for nothing.
//
// - `linkContentToContainer` (utils/ast-utils.js), run over the whole new tree after each parse,
//   lists every property of every node with `Object.entries`: an array per property, and the
//   journey parser's nodes carry all their grammar's properties (journey-parser.ts). It walks
//   the same properties in the same order here with `for…in`, allocating nothing.
// - Each time the parser meets a choice between alternatives (parser/parser-builder-base.js,
//   `buildAlternatives`), it builds a new array of new closures that only bind the rule's
//   arguments. Here the closures are built once per choice and read the arguments of the call in
//   progress (saved and restored, as a choice can be met again inside one of its alternatives).
//
// The same trees come out (test/language/langium-parser-fix.test.ts parses the examples and a
// broken file with and without the plugin and compares). Parsing the ten files of the
// benchmark's team workspace: 0.33 s faster of `journey diff --git`'s 2.4 s (unminified build).
//
// The build fails when the code is not found (a Langium upgrade that changed it; package.json
// pins Langium's exact version): look again at both functions in the new release, and drop
// the part of the plugin whose cost is gone.
import { readFile } from 'node:fs/promises';

/** One exact piece of Langium's source and what replaces it. */
const PATCHES = [
    {
        file: /[\\/]langium[\\/]lib[\\/]utils[\\/]ast-utils\.js$/,
        what: 'linkContentToContainer lists each property with Object.entries',
        find: `export function linkContentToContainer(node, options = {}) {
    for (const [name, value] of Object.entries(node)) {
        if (!name.startsWith('$')) {
            if (Array.isArray(value)) {
                value.forEach((item, index) => {
                    if (isAstNode(item)) {
                        item.$container = node;
                        item.$containerProperty = name;
                        item.$containerIndex = index;
                        if (options.deep) {
                            linkContentToContainer(item, options);
                        }
                    }
                });
            }`,
        replace: `export function linkContentToContainer(node, options = {}) {
    for (const name in node) {
        const value = node[name];
        if (!name.startsWith('$')) {
            if (Array.isArray(value)) {
                for (let index = 0; index < value.length; index++) {
                    const item = value[index];
                    if (isAstNode(item)) {
                        item.$container = node;
                        item.$containerProperty = name;
                        item.$containerIndex = index;
                        if (options.deep) {
                            linkContentToContainer(item, options);
                        }
                    }
                }
            }`,
    },
    {
        file: /[\\/]langium[\\/]lib[\\/]parser[\\/]parser-builder-base\.js$/,
        what: 'buildAlternatives makes new closures for each choice the parser meets',
        find: `        const idx = ctx.or++;
        return (args) => ctx.parser.alternatives(idx, methods.map(method => {
            const alt = {
                ALT: () => method.ALT(args)
            };
            const gate = method.GATE;
            if (gate) {
                alt.GATE = () => gate(args);
            }
            return alt;
        }));`,
        replace: `        const idx = ctx.or++;
        let currentArgs;
        const alts = methods.map(method => {
            const alt = {
                ALT: () => method.ALT(currentArgs)
            };
            const gate = method.GATE;
            if (gate) {
                alt.GATE = () => gate(currentArgs);
            }
            return alt;
        });
        return (args) => {
            const outerArgs = currentArgs;
            currentArgs = args;
            try {
                return ctx.parser.alternatives(idx, alts);
            } finally {
                currentArgs = outerArgs;
            }
        };`,
    },
];

/** Langium's source of `file` with its patch applied; unchanged for any other file. */
export function withParserFixes(source, file) {
    let patched = source;
    for (const patch of PATCHES) {
        if (!patch.file.test(file)) continue;
        // Compared with Unix line ends, whatever the checkout uses.
        const text = patched.replace(/\r\n/g, '\n');
        if (!text.includes(patch.find)) {
            throw new Error(`${file}: Langium's code changed (${patch.what}); review scripts/langium-parser-fix.mjs for this Langium release`);
        }
        patched = text.replace(patch.find, () => patch.replace);
    }
    return patched;
}

/** @returns {import('esbuild').Plugin} */
export function langiumParserFix() {
    return {
        name: 'langium-parser-fix',
        setup(build) {
            for (const patch of PATCHES) {
                build.onLoad({ filter: patch.file }, async args => ({
                    contents: withParserFixes(await readFile(args.path, 'utf8'), args.path),
                    loader: 'js',
                }));
            }
        },
    };
}
