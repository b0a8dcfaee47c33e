import { describe, expect, it } from 'vitest';
import type { SelectionRange } from 'vscode-languageserver';
import { selectionRangesFor } from '../../server/features/selection-ranges.js';
import { openWorkspace } from './lsp-workspace.js';

describe('selection ranges', () => {
    it('expand from a string content to the property, the block, the declaration and the file', async () => {
        const text = 'team T\n\njourney J {\n  phase P {\n    touchpoint X {\n      action "call the desk"\n    }\n  }\n}\n';
        const workspace = await openWorkspace({ 'a.journey': text });
        const document = workspace.documents['a.journey'];
        const [selection] = selectionRangesFor(document, [document.textDocument.positionAt(text.indexOf('the desk'))]);
        const texts: string[] = [];
        for (let current: SelectionRange | undefined = selection; current; current = current.parent) texts.push(document.textDocument.getText(current.range));
        expect(texts[0]).toBe('call the desk');
        expect(texts[1]).toBe('"call the desk"');
        expect(texts).toContain('touchpoint X {\n      action "call the desk"\n    }');
        expect(texts).toContain('phase P {\n    touchpoint X {\n      action "call the desk"\n    }\n  }');
        expect(texts.at(-1)).toBe(text);
        // Each range contains the one before.
        for (let i = 1; i < texts.length; i++) expect(texts[i]).toContain(texts[i - 1]);
    });
});
