// Writes the rules' part of package.json, package.nls*.json and schemas/journeylint.schema.json
// from their metadata (language/lint/rules.ts, through language/lint/rule-contributions.ts).
// Run `npm run generate:rules` after changing a rule; test/language/rule-contributions.test.ts
// fails while a committed file differs from what this writes.
import * as esbuild from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';

const root = new URL('..', import.meta.url);
// The metadata is TypeScript: bundled in memory and imported from there (Node 20 runs no .ts).
const bundle = await esbuild.build({
    entryPoints: [new URL('language/lint/rule-contributions.ts', root).pathname],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'warning',
});
const { RULE_CONTRIBUTIONS } = await import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`);

for (const { file, rewrite } of RULE_CONTRIBUTIONS) {
    const url = new URL(file, root);
    const text = readFileSync(url, 'utf8');
    const generated = rewrite(text);
    if (generated === text) continue;
    writeFileSync(url, generated);
    console.log(`generate:rules: wrote ${file}`);
}
