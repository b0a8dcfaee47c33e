#!/usr/bin/env node
// `npm run screenshots`: refreshes the pictures that the README and the walkthrough show
// (docs/screenshots/, packed into the .vsix by .vscodeignore). The end-to-end tests take every
// screenshot into the ignored test-results/screenshots/ (test/e2e/harness.ts SCREENSHOT_DIR), so
// a test run never changes the tracked tree; this script runs the tests that take these pictures
// and copies them over, only when every one of them was taken afresh.
//
//   npm run screenshots                                # build, package, run the tests, copy
//   JOURNEY_E2E_SKIP_BUILD=1 npm run screenshots       # reuse dist/ and journey-maps.vsix
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from './vscode/provision.mjs';

/** Where the end-to-end tests write their screenshots (test/e2e/harness.ts SCREENSHOT_DIR). */
const taken = path.join(repoRoot, 'test-results', 'screenshots');
const published = path.join(repoRoot, 'docs', 'screenshots');

/** Each picture the README or the walkthrough shows, and the test that takes it. */
const PICTURES = [
    { file: 'preview-side.png', test: 'test/e2e/preview.e2e.test.ts', name: 'opens to the side and shows the map' },
    { file: 'preview-grid.png', test: 'test/e2e/preview.e2e.test.ts', name: 'opens to the side and shows the map' },
    { file: 'preview-curve.png', test: 'test/e2e/preview.e2e.test.ts', name: 'moves the emotion curve with an emotion edit' },
    { file: 'preview-presentation.png', test: 'test/e2e/preview.e2e.test.ts', name: 'moves the emotion curve with an emotion edit' },
    { file: 'preview-personas.png', test: 'test/e2e/personas.e2e.test.ts', name: "shows both personas' emotions in the grid" },
    { file: 'quick-fix-owner.png', test: 'test/e2e/language-features.e2e.test.ts', name: 'fixes missing-owner' },
    { file: 'new-journey-map.png', test: 'test/e2e/new-journey.e2e.test.ts', name: 'opens a starter map' },
    { file: 'comparison-head.png', test: 'test/e2e/comparison.e2e.test.ts', name: 'Compare with HEAD after editing an emotion' },
];

const escape = text => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const started = Date.now();
const tests = [...new Set(PICTURES.map(picture => picture.test))];
const names = [...new Set(PICTURES.map(picture => escape(picture.name)))].join('|');
const vitest = path.join(repoRoot, 'node_modules', 'vitest', 'vitest.mjs');
console.log(`> vitest run -c test/e2e/vitest.e2e.config.mts ${tests.join(' ')} -t "${names}"`);
const run = spawnSync(process.execPath, [vitest, 'run', '-c', 'test/e2e/vitest.e2e.config.mts', ...tests, '-t', names], { cwd: repoRoot, stdio: 'inherit' });
if (run.status !== 0) {
    console.error(`The end-to-end tests failed (exit ${run.status ?? run.signal}): docs/screenshots/ is left as it was.`);
    process.exit(1);
}

const stale = PICTURES.filter(({ file }) => {
    const source = path.join(taken, file);
    return !fs.existsSync(source) || fs.statSync(source).mtimeMs < started;
});
if (stale.length > 0) {
    console.error(`Not taken by this run: ${stale.map(({ file, test }) => `${file} (${test})`).join(', ')}. docs/screenshots/ is left as it was.`);
    process.exit(1);
}
fs.mkdirSync(published, { recursive: true });
for (const { file } of PICTURES) {
    fs.copyFileSync(path.join(taken, file), path.join(published, file));
    console.log(`docs/screenshots/${file}`);
}
