#!/usr/bin/env node
// Rasterises images/icon.svg into the 128x128 images/icon.png with Debian's chromium
// (playwright-core, no browser download):  node scripts/vscode/render-icon.mjs
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { repoRoot } from './provision.mjs';

const svg = fs.readFileSync(path.join(repoRoot, 'images', 'icon.svg'), 'utf8');
const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
    const page = await browser.newPage({ viewport: { width: 128, height: 128 }, deviceScaleFactor: 1 });
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
    const out = path.join(repoRoot, 'images', 'icon.png');
    await page.locator('svg').screenshot({ path: out, omitBackground: true });
    console.log(`wrote ${path.relative(repoRoot, out)}`);
} finally {
    await browser.close();
}
