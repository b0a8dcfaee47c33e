// The parser and the edits in place read and write private members of Langium and Chevrotain
// (language/parser/langium-internals.ts). These tests check each of them against the installed
// release, so that an upgrade that renames or drops one fails here, naming the member, rather
// than in corrupted trees; and that the check does see a change.
import { createLangiumParser, EmptyFileSystem, LeafCstNodeImpl, type LangiumParser } from 'langium';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createJourneyCoreServices } from '../../language/journey-module.js';
import { langiumInternalsProblems, leafProblems, parserProblems } from '../../language/parser/langium-internals.js';

const services = createJourneyCoreServices(EmptyFileSystem);

describe('Langium internals', () => {
    it('every private member the parser uses is there, as it expects, in the installed Langium', () => {
        // Langium's own parser of the same grammar: the journey parser's constructor already relies on these members.
        expect(langiumInternalsProblems(createLangiumParser(services.Journey))).toEqual([]);
    });

    it('a leaf whose position fields were renamed is reported by field', () => {
        const leaf = new LeafCstNodeImpl(7, 3, 2, 4, 2, 7, undefined!) as unknown as Record<string, unknown>;
        leaf.startLine = leaf._startLine;
        delete leaf._startLine;
        expect(leafProblems(leaf as never)).toEqual(["LeafCstNodeImpl._startLine: expected the constructor's value 2, found undefined undefined"]);
    });

    it("a parser without one of Chevrotain's recovery methods is reported by name", () => {
        const parser = createLangiumParser(services.Journey) as unknown as { wrapper: Record<string, unknown> };
        parser.wrapper = Object.create(parser.wrapper, { reSyncTo: { value: undefined } });
        expect(parserProblems(parser as unknown as LangiumParser)).toEqual([
            'Chevrotain parser (LangiumParser.wrapper).reSyncTo: expected a method, found undefined',
        ]);
    });

    it('Langium is pinned to the exact release these members were checked against', () => {
        const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
        const lock = JSON.parse(readFileSync(new URL('../../package-lock.json', import.meta.url), 'utf8'));
        const installed = JSON.parse(readFileSync(new URL('../../node_modules/langium/package.json', import.meta.url), 'utf8'));
        expect(manifest.dependencies.langium).toBe(installed.version);
        expect(lock.packages[''].dependencies.langium).toBe(installed.version);
    });
});
