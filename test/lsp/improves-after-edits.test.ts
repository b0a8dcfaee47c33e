// A future-state journey's findings follow edits of the current state in another file, also
// the edits patched into the tree in place (a keystroke inside a string).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnosticsOf, openInEditor } from './lsp-workspace.js';

const read = (name: string) => readFileSync(new URL(`../../examples/farmacia/${name}`, import.meta.url), 'utf8');

describe('unimproved-pain after edits of the current state', () => {
    it("goes away when the current state's pain changes, and comes back when it is restored", async () => {
        const actual = read('actual.journey');
        const { workspace, textDocument, edit, build } = await openInEditor('actual.journey', actual, { 'futuro.journey': read('futuro.journey') });
        const unimproved = () => diagnosticsOf(workspace, 'futuro.journey').filter(d => d.code === 'unimproved-pain').length;
        expect(unimproved()).toBe(1);
        const at = actual.indexOf('llegan derretidos') + 'llegan'.length;
        edit(at, ' casi');
        await build();
        expect(textDocument.getText()).toContain('llegan casi derretidos');
        expect(unimproved()).toBe(0);
        edit(at, '', ' casi'.length);
        await build();
        expect(unimproved()).toBe(1);
    });
});
