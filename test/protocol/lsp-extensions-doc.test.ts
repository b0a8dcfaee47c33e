// docs/lsp-extensions.md is what authors of other clients read about the server's own
// messages: it describes each message language/protocol/journey-protocol.ts declares, with its
// direction, and no other.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as protocol from '../../language/protocol/journey-protocol.js';

const doc = readFileSync(new URL('../../docs/lsp-extensions.md', import.meta.url), 'utf8');

/** Each declared message: its method, and which side sends it as the declaration's name says. */
const declared = Object.entries(protocol).flatMap(([name, value]) =>
    value && typeof value === 'object' && 'method' in value && typeof value.method === 'string'
        ? [{ method: value.method, kind: name.endsWith('Notification') ? 'notification' : 'request' }]
        : [],
);

describe('the documentation of the LSP extensions', () => {
    it('has a section for each declared message, and none for another', () => {
        expect(declared.map(message => message.method).sort()).toEqual([
            'journey/mapModel',
            'journey/modelChanged',
            'journey/newJourneyText',
            'journey/parseMap',
            'journey/workspaceFiles',
        ]);
        const sections = [...doc.matchAll(/^## `(journey\/\w+)`$/gm)].map(match => match[1]).sort();
        expect(sections).toEqual(declared.map(message => message.method).sort());
    });

    it('gives each message its kind in the table and at the start of its section', () => {
        for (const { method, kind } of declared) {
            expect(doc).toMatch(new RegExp(`^\\| \`${method}\` \\| (server → client|client → server) \\| ${kind} \\|$`, 'm'));
            const section = doc.split(`## \`${method}\``)[1];
            expect(section).toMatch(new RegExp(`^\\s*\\*\\*(Server → client|Client → server) ${kind}\\.\\*\\*`));
        }
    });
});
