// Completion after `emotion`: the personas involved in the touchpoint, then the scores with their meaning.
import { describe, expect, it } from 'vitest';
import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver';
import { cursor, openWorkspace } from './lsp-workspace.js';

const DECLARATIONS = 'persona Marta "Marta, 58"\npersona Luis "Luis, 34"\npersona Nora "Nora"\n';

async function complete(textWithCursor: string, triggerCharacter?: string): Promise<CompletionItem[]> {
    const { text, offset } = cursor(textWithCursor);
    const workspace = await openWorkspace({ 'people.journey': DECLARATIONS, 'main.journey': text });
    const document = workspace.documents['main.journey'];
    const list = await workspace.services.lsp.CompletionProvider!.getCompletion(document, {
        textDocument: { uri: document.uri.toString() },
        position: document.textDocument.positionAt(offset),
        context: triggerCharacter ? { triggerKind: 2, triggerCharacter } : undefined,
    });
    return list?.items ?? [];
}

const journey = (touchpoint: string) => `journey J {\n  persona Marta, Luis, Nora\n  phase P {\n    touchpoint T {\n${touchpoint}\n    }\n  }\n}\n`;
const isPersona = (i: CompletionItem) => i.kind !== CompletionItemKind.Keyword && i.kind !== CompletionItemKind.Snippet && i.kind !== CompletionItemKind.Value;
const values = (items: CompletionItem[]) => items.filter(i => i.kind !== CompletionItemKind.Keyword && i.kind !== CompletionItemKind.Snippet);

describe('completion after emotion', () => {
    it('offers only the personas involved in the touchpoint (its list), with their titles, and the scores', async () => {
        const items = await complete(journey('      persona Marta, Luis\n      emotion <|>'), ' ');
        const personas = items.filter(i => isPersona(i));
        expect(personas.map(i => `${i.label}: ${i.detail}`).sort()).toEqual(['Luis: Luis, 34', 'Marta: Marta, 58']);
        expect(
            values(items)
                .filter(i => i.kind === CompletionItemKind.Value)
                .map(i => `${i.label} ${i.detail}`),
        ).toEqual(['1 very negative', '2 negative', '3 neutral', '4 positive', '5 delighted']);
    });

    it("the journey's personas when the touchpoint names none (Spanish keywords)", async () => {
        const items = await complete(
            journey('      emoción <|>').replace('journey J', 'recorrido J').replace('phase P', 'fase P').replace('touchpoint T', 'contacto T'),
            ' ',
        );
        expect(
            items
                .filter(i => isPersona(i))
                .map(i => i.label)
                .sort(),
        ).toEqual(['Luis', 'Marta', 'Nora']);
    });

    it('a half-typed `emotion Mar` proposes the persona', async () => {
        const items = await complete(journey('      persona Marta, Luis\n      emotion Mar<|>'));
        expect(items.filter(i => isPersona(i)).map(i => i.label)).toContain('Marta');
        expect(items.filter(i => isPersona(i)).map(i => i.label)).not.toContain('Nora');
    });

    it("a space after the persona's id opens the scores with their meaning", async () => {
        const items = await complete(journey('      persona Marta, Luis\n      emotion Marta <|>'), ' ');
        expect(values(items).map(i => `${i.label} ${i.detail}`)).toEqual(['1 very negative', '2 negative', '3 neutral', '4 positive', '5 delighted']);
    });
});
