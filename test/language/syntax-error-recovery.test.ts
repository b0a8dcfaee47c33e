// How the parser recovers from syntax errors (journey-parser.ts recoverWithinRules,
// layout-recovery.ts): a value of the wrong kind, a stray `}` or keyword, a deleted `{` are one
// error, not a cascade through the rest of the file, and a cascade that cannot be avoided (no
// indentation to go by) is bounded instead of overflowing the stack.
import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, it } from 'vitest';
import type { Journey, Model } from '../../language/generated/ast.js';
import { createJourneyCoreServices } from '../../language/journey-module.js';
import { MAX_NESTED_RECOVERIES } from '../../language/parser/journey-parser.js';
import { manyTouchpoints } from '../helpers/fuzz/huge.js';

const parse = parseHelper<Model>(createJourneyCoreServices(EmptyFileSystem).Journey);

/** `text` with `insert` at the start of the line after touchpoint `T<index>`'s first line. */
function typedInto(text: string, index: number, insert: string): { text: string; line: number } {
    const at = text.indexOf('\n', text.indexOf(`touchpoint T${index} `)) + 1;
    return { text: text.slice(0, at) + insert + text.slice(at), line: text.slice(0, at).split('\n').length - 1 };
}

const touchpointCount = (model: Model) =>
    (model.declarations.find(d => d.$type === 'Journey') as Journey).phases.reduce((n, phase) => n + phase.touchpoints.length, 0);

describe('syntax error recovery', () => {
    const map = manyTouchpoints(1_000);

    for (const [typo, message] of [
        ['pain unquoted ', "Expecting token of type 'STRING' but found `unquoted`."],
        ['pain "unclosed ', "Expecting token of type 'STRING' but found `unclosed`."],
        ['owner "Ops" ', 'Expecting token of type \'ID\' but found `"Ops"`.'],
    ]) {
        it(`keeps a value of the wrong kind (${typo.trim()}) to one error in its touchpoint`, async () => {
            const { text, line } = typedInto(map, 500, typo);
            const document = await parse(text);
            expect(document.parseResult.parserErrors.map(error => [error.token.startLine! - 1, error.message])).toEqual([[line, message]]);
            // Every touchpoint is still in the tree, the one with the typo included.
            expect(touchpointCount(document.parseResult.value)).toBe(1_000);
        });
    }

    // Structural typos: recovery reads the layout (layout-recovery.ts) and resumes at the next
    // line indented like the touchpoint's properties or like the touchpoints.
    for (const [typo, message] of [
        ['      }\n', 'Unexpected `channel` after the `}` above: it is indented inside the block that `}` closed.'],
        ['      touchpoint\n', "Expecting token of type '}' but found `touchpoint`."],
    ]) {
        it(`keeps a stray ${JSON.stringify(typo.trim())} inside a touchpoint to one error, every touchpoint kept`, async () => {
            const { text, line } = typedInto(map, 500, typo);
            const document = await parse(text);
            const errors = document.parseResult.parserErrors.map(error => [error.token.startLine! - 1, error.message]);
            // A stray `}` closes the touchpoint: the error is on the line after it, the first one left over.
            expect(errors).toEqual([[typo.trim() === '}' ? line + 1 : line, message]]);
            expect(touchpointCount(document.parseResult.value)).toBe(1_000);
            // The properties after the typo stay with their touchpoint when it stays open.
            const t500 = (document.parseResult.value.declarations.find(d => d.$type === 'Journey') as Journey).phases
                .flatMap(p => p.touchpoints)
                .find(t => t.name === 'T500')!;
            expect(t500.channels.length > 0).toBe(typo.trim() === 'touchpoint');
        });
    }

    it('keeps a touchpoint whose `{` was deleted to one error, every touchpoint kept', async () => {
        const at = map.indexOf('touchpoint T500 ');
        const brace = map.indexOf('{', at);
        const document = await parse(map.slice(0, brace) + map.slice(brace + 1));
        expect(document.parseResult.parserErrors.map(error => error.message)).toEqual(['Expecting `{` before `channel`: the line above opens no block.']);
        expect(touchpointCount(document.parseResult.value)).toBe(1_000);
    });

    it('bounds a cascade of errors instead of overflowing the stack', async () => {
        // Without indentation to go by, a stray `}` closes the touchpoint early: its phase and
        // journey close on the next `}`s and each later line is an error at the top level.
        // 10,000 touchpoints overflowed Node's stack.
        const flat = manyTouchpoints(10_000).replace(/^[ \t]+/gm, '');
        const { text } = typedInto(flat, 5_000, '}\n');
        const document = await parse(text);
        const errors = document.parseResult.parserErrors;
        expect(errors.length).toBeGreaterThan(MAX_NESTED_RECOVERIES / 2);
        expect(errors.length).toBeLessThanOrEqual(MAX_NESTED_RECOVERIES + 10);
        expect(errors[0].message).toBe("Expecting token of type '}' but found `channel`.");
        expect(touchpointCount(document.parseResult.value)).toBe(5_001);
    });
});
