// After an edit, every file's diagnostics are what a fresh lint of the workspace would give,
// although only the edited file is rebuilt (see journey-document-builder.ts).
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { describe, expect, it } from 'vitest';
import type { Journey, Model } from '../../language/generated/ast.js';
import { createJourneyCoreServices } from '../../language/journey-module.js';
import { makeTempFolder } from '../helpers/temp-folder.js';

const DECLARATIONS = 'persona P "Paula"\nteam T "Team"\nteam U "Other team"\nchannel C "Web"\n';
const journey = (owner: string) =>
    `journey J "J" {\n  persona P\n  phase A "A" {\n    moment 0\n    touchpoint X "X" {\n      channel C\n      owner ${owner}\n      emotion 4\n    }\n  }\n}\n`;

async function workspace(files: Record<string, string>) {
    const dir = makeTempFolder('journey-incremental-');
    const { shared } = createJourneyCoreServices(NodeFileSystem);
    const documents: Record<string, LangiumDocument<Model>> = {};
    for (const [name, text] of Object.entries(files)) {
        writeFileSync(path.join(dir, name), text);
        documents[name] = (await shared.workspace.LangiumDocuments.getOrCreateDocument(URI.file(path.join(dir, name)))) as LangiumDocument<Model>;
    }
    await shared.workspace.DocumentBuilder.build(Object.values(documents), { validation: true });
    const edit = async (name: string, text: string) => {
        writeFileSync(path.join(dir, name), text);
        await shared.workspace.DocumentBuilder.update([URI.file(path.join(dir, name))], []);
    };
    const codes = (name: string) => (documents[name].diagnostics ?? []).map(d => `${d.code}:${String(d.message).match(/"([^"]+)"/)?.[1]}`).sort();
    return { documents, edit, codes };
}

describe('incremental updates', () => {
    it('an edit in a journey updates unused-declaration in the declarations file', async () => {
        const ws = await workspace({ 'decl.journey': DECLARATIONS, 'map.journey': journey('T') });
        expect(ws.codes('decl.journey')).toEqual(['unused-declaration:U']);
        await ws.edit('map.journey', journey('U'));
        expect(ws.codes('decl.journey')).toEqual(['unused-declaration:T']);
        expect(ws.codes('map.journey')).toEqual([]);
    });

    it('a title edit in the declarations file reaches the journeys without new findings', async () => {
        const ws = await workspace({ 'decl.journey': DECLARATIONS, 'map.journey': journey('T') });
        await ws.edit('decl.journey', DECLARATIONS.replace('"Team"', '"Renamed team"'));
        expect(ws.codes('map.journey')).toEqual([]);
        const touchpoint = (ws.documents['map.journey'].parseResult.value.declarations[0] as Journey).phases[0].touchpoints[0];
        expect(touchpoint.owners[0].ref?.title).toBe('Renamed team');
    });

    it('renaming a declaration makes its uses unresolved, and renaming back resolves them', async () => {
        const ws = await workspace({ 'decl.journey': DECLARATIONS, 'map.journey': journey('T') });
        await ws.edit('decl.journey', DECLARATIONS.replace('team T "Team"', 'team Team2 "Team"'));
        expect(ws.codes('map.journey')).toEqual(['unresolved-reference:T']);
        expect(ws.codes('decl.journey')).toEqual(['unused-declaration:Team2', 'unused-declaration:U']);
        await ws.edit('decl.journey', DECLARATIONS);
        expect(ws.codes('map.journey')).toEqual([]);
    });

    it('a declaration repeated in another file is flagged, and cleared when removed', async () => {
        const ws = await workspace({ 'a.journey': DECLARATIONS, 'b.journey': journey('T') });
        await ws.edit('b.journey', 'team U "Again"\n' + journey('T'));
        expect([...ws.codes('a.journey'), ...ws.codes('b.journey')].sort()).toEqual(['duplicate-name:U', 'unused-declaration:U']);
        await ws.edit('b.journey', journey('T'));
        expect([...ws.codes('a.journey'), ...ws.codes('b.journey')]).toEqual(['unused-declaration:U']);
    });

    it('a file that now declares an id first takes over the references of files that never referred to it', async () => {
        // "a.journey" sorts before "decl.journey": its team T is the original, decl.journey's the repeat.
        const ws = await workspace({ 'decl.journey': DECLARATIONS, 'map.journey': journey('T'), 'a.journey': 'channel Other "Other"\n' });
        expect(ws.codes('decl.journey')).toEqual(['unused-declaration:U']);
        await ws.edit('a.journey', 'channel Other "Other"\nteam T "Team, first"\n');
        expect(ws.codes('decl.journey')).toEqual(['duplicate-name:T', 'unused-declaration:U']);
        expect(ws.codes('a.journey')).toEqual(['unused-declaration:Other']);
        const touchpoint = (ws.documents['map.journey'].parseResult.value.declarations[0] as Journey).phases[0].touchpoints[0];
        expect(touchpoint.owners[0].ref?.title).toBe('Team, first');
    });
});
