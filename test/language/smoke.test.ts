import '../../scripts/polyfills.cjs';
import { describe, expect, it } from 'vitest';
import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import { createJourneyCoreServices } from '../../language/journey-module.js';
import type { Model } from '../../language/generated/ast.js';
import { readFileSync } from 'node:fs';

describe('smoke', () => {
    it('parses taller', async () => {
        const services = createJourneyCoreServices(EmptyFileSystem);
        const parse = parseHelper<Model>(services.Journey);
        const doc = await parse(readFileSync('examples/taller.journey', 'utf8'), { validation: true });
        console.log(doc.parseResult.lexerErrors, doc.parseResult.parserErrors.map(e => e.message));
        console.log(doc.diagnostics?.map(d => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.code} ${d.message}`).join('\n'));
        expect(doc.parseResult.parserErrors).toEqual([]);
    });
});
