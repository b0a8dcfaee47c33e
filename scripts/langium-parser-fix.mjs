// An esbuild plugin that removes two costs Langium's parser pays on every parse, for nothing.
//
// - `linkContentToContainer` (utils/ast-utils.js), run over the whole new tree after each parse,
//   lists every property of every node with `Object.entries`: an array per property, and the
//   journey parser's nodes carry all their grammar's properties (journey-parser.ts). Here it
//   walks the same properties in the same order with `for…in`, with no array per property.
// - Each time the parser meets a choice between alternatives (parser/parser-builder-base.js,
//   `buildAlternatives`), it builds a new array of new closures that only bind the rule's
//   arguments. Here the closures are built once per choice and read the arguments of the call in
//   progress (saved and restored, as a choice can be met again inside one of its alternatives).
//
// The same trees come out (test/language/langium-parser-fix.test.ts parses the examples and four
// broken files with and without the plugin and compares). Parsing the ten files of the
// benchmark's team workspace: 0.33 s faster of `journey diff --git`'s 2.4 s (unminified build).
//
// The build fails when the code is not found (a Langium upgrade that changed it; package.json
// pins Langium's exact version): look again at both functions in the new release, and drop
// the part of the plugin whose cost is gone.
import { readFile } from 'node:fs/promises';

/**
 * The edits, each inside one function of one file of Langium's `lib/` (from `start` up to the
 * next top-level `function`); each `find` must stand there exactly once.
 */
const PATCHES = [
    {
        file: /[\\/]langium[\\/]lib[\\/]utils[\\/]ast-utils\.js$/,
        start: 'export function linkContentToContainer(node, options = {}) {',
        edits: [['    for (const [name, value] of Object.entries(node)) {', '    for (const name in node) {\n        const value = node[name];']],
    },
    {
        file: /[\\/]langium[\\/]lib[\\/]parser[\\/]parser-builder-base\.js$/,
        start: 'function buildAlternatives(ctx, alternatives) {',
        edits: [
            [
                '        return (args) => ctx.parser.alternatives(idx, methods.map(method => {',
                '        let currentArgs;\n        const alts = methods.map(method => {',
            ],
            ['ALT: () => method.ALT(args)', 'ALT: () => method.ALT(currentArgs)'],
            ['alt.GATE = () => gate(args);', 'alt.GATE = () => gate(currentArgs);'],
            [
                '            return alt;\n        }));',
                `            return alt;
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
            ],
        ],
    },
];

/** Langium's source of `file` with its edits made; unchanged for any other file. */
export function withParserFixes(source, file) {
    let text = source;
    for (const patch of PATCHES) {
        if (!patch.file.test(file)) continue;
        const changed = () => new Error(`${file}: Langium's code changed (${patch.start}); review scripts/langium-parser-fix.mjs for this Langium release`);
        // Compared with Unix line ends, whatever the checkout uses.
        text = text.replace(/\r\n/g, '\n');
        const from = text.indexOf(patch.start);
        if (from < 0) throw changed();
        const next = /\n(export )?function /g;
        next.lastIndex = from + patch.start.length;
        const to = next.exec(text)?.index ?? text.length;
        let body = text.slice(from, to);
        for (const [find, replace] of patch.edits) {
            if (body.split(find).length !== 2) throw changed();
            body = body.replace(find, () => replace);
        }
        text = text.slice(0, from) + body + text.slice(to);
    }
    return text;
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
