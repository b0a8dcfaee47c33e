// The Mermaid text is remembered per phase between edits (mermaid-journey.ts): after edits
// patched into the tree, and after edits of another file, it must equal a fresh rendering.
import { TextDocument, URI } from 'langium';
import { describe, expect, it, vi } from 'vitest';
import type { Journey } from '../../language/generated/ast.js';
import { journeyToMermaid } from '../../language/mermaid/mermaid-journey.js';
import type { JourneyDocumentBuilder } from '../../language/workspace/journey-document-builder.js';
import { openInEditor, openWorkspace } from './lsp-workspace.js';

const PERSONAS = 'persona P "Paula"\npersona Q "Quique"\n';
const MAP = [
    'team T "Team"',
    'channel C "Web"',
    'journey J "Journey" {',
    '  persona P',
    '  phase A "Arrive" {',
    '    touchpoint X "Finds the shop" { channel C owner T emotion 4 }',
    '    touchpoint Y "Asks" { persona Q channel C owner T emotion 2 }',
    '  }',
    '  phase B "Back" {',
    '    touchpoint Z "Comes back" { channel C owner T emotion 5 }',
    '  }',
    '}',
    '',
].join('\n');

const mermaidOf = (journey: unknown) => journeyToMermaid(journey as Journey);

async function freshMermaid(files: Record<string, string>) {
    const workspace = await openWorkspace(files);
    return mermaidOf(workspace.documents['map.journey'].parseResult.value.declarations.find(d => d.$type === 'Journey'));
}

describe('the Mermaid text after edits', () => {
    it('follows titles edited in place, touchpoints added by a block re-parse, and persona titles edited in another file', async () => {
        const map = await openInEditor('map.journey', MAP, { 'personas.journey': PERSONAS });
        const journey = () => map.document.parseResult.value.declarations.find(d => d.$type === 'Journey');
        const first = mermaidOf(journey());
        expect(first).toContain('    Finds the shop: 4: Paula\n');

        map.edit(map.textDocument.getText().indexOf('shop"'), 'little ');
        await map.build();
        expect(mermaidOf(journey())).toContain('    Finds the little shop: 4: Paula\n');

        // A touchpoint re-parsed (its phase stays), then a phase re-parsed (a new touchpoint in it).
        map.edit(map.textDocument.getText().indexOf('emotion 4') + 'emotion '.length, '3', 1);
        await map.build();
        expect(mermaidOf(journey())).toContain('    Finds the little shop: 3: Paula\n');
        map.edit(map.textDocument.getText().indexOf('  }\n  phase B'), '    touchpoint W "Waits" { channel C owner T emotion 1 }\n');
        await map.build();
        expect(mermaidOf(journey())).toContain('    Asks: 2: Quique\n    Waits: 1: Paula\n  section Back\n');

        // The personas' file, opened and edited in place too: the journey's actors follow.
        const shared = map.workspace.services.shared;
        const personasUri = URI.parse(map.workspace.uri('personas.journey'));
        const personas = TextDocument.create(personasUri.toString(), 'journey', 1, PERSONAS);
        shared.workspace.TextDocuments!.set(personas);
        const end = PERSONAS.indexOf('Quique') + 'Quique'.length;
        TextDocument.update(personas, [{ range: { start: personas.positionAt(end), end: personas.positionAt(end) }, text: ' R.' }], 2);
        const builder = shared.workspace.DocumentBuilder as JourneyDocumentBuilder;
        builder.markChanged([personasUri]);
        const parse = vi.spyOn(map.workspace.services.parser.LangiumParser, 'parse');
        await builder.update([personasUri], []);
        expect(parse).not.toHaveBeenCalled(); // patched in place
        const files = { 'personas.journey': personas.getText(), 'map.journey': map.textDocument.getText() };
        expect(mermaidOf(journey())).toContain('    Asks: 2: Quique R.\n');
        expect(mermaidOf(journey())).toEqual(await freshMermaid(files));
    });

    it('follows edits in place of several phases and the journey title, however many happen between two renderings', async () => {
        const map = await openInEditor('map.journey', MAP, { 'personas.journey': PERSONAS });
        const journey = () => map.document.parseResult.value.declarations.find(d => d.$type === 'Journey');
        const files = () => ({ 'personas.journey': PERSONAS, 'map.journey': map.textDocument.getText() });
        mermaidOf(journey());
        const spots = ['Journey"', 'shop"', 'Comes back"'];
        // Renderings compared with fresh ones at the end: opening another workspace outdates everything.
        const rendered: [string, Record<string, string>][] = [];
        // More edits than the change log keeps (1,024) between the last two renderings.
        for (const edits of [1, 7, 40, 1100]) {
            for (let i = 0; i < edits; i++) {
                // In the long run, only the first edit changes phase A: the log has forgotten it.
                const spot = edits > 1000 ? (i === 0 ? 'Arrive"' : 'Comes back"') : spots[i % spots.length];
                map.edit(map.textDocument.getText().indexOf(spot), String.fromCharCode(97 + (i % 26)));
                await map.build();
            }
            rendered.push([mermaidOf(journey()), files()]);
        }
        expect(rendered.at(-1)![0]).toMatch(/^journey\n  title [a-z]+Journey\n  section aArrive\n/);
        for (const [text, at] of rendered) expect(text).toEqual(await freshMermaid(at));
    }, 60_000);
});
