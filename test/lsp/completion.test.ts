import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type TextEdit } from 'vscode-languageserver';
import { expectCompletion } from 'langium/test';
import { EmptyFileSystem } from 'langium';
import { createJourneyLspServices } from '../../server/journey-lsp-module.js';
import { cursor, openWorkspace } from './lsp-workspace.js';

const people = readFileSync('examples/equipo/people.journey', 'utf8');

async function complete(textWithCursor: string, options: { keywordLanguage?: 'en' | 'es'; locale?: 'en' | 'es' } = {}): Promise<CompletionItem[]> {
    const { text, offset } = cursor(textWithCursor);
    const workspace = await openWorkspace({ 'people.journey': people, 'main.journey': text }, options);
    const document = workspace.documents['main.journey'];
    const list = await workspace.services.lsp.CompletionProvider!.getCompletion(document, {
        textDocument: { uri: document.uri.toString() },
        position: document.textDocument.positionAt(offset),
    });
    return list?.items ?? [];
}

const labels = (items: CompletionItem[], kind?: CompletionItemKind) => items.filter(i => kind === undefined || i.kind === kind).map(i => i.label);

describe('completion', () => {
    it('offers only the English keywords at the top level by default, each once', async () => {
        const items = await complete('<|>');
        expect(labels(items).sort()).toEqual(['channel', 'journey', 'persona', 'team']);
    });

    it('offers improves in an English journey and mejora, not improves, in a Spanish one', async () => {
        expect(labels(await complete('journey J {\n  <|>\n}\n'))).toContain('improves');
        const spanish = labels(await complete('recorrido R {\n  <|>\n}\n', { keywordLanguage: 'es' }));
        expect(spanish).toContain('mejora');
        expect(spanish).not.toContain('improves');
    });

    it('lists each keyword once, the skeleton where it starts a declaration', async () => {
        for (const [text, keywordLanguage] of [
            ['<|>', 'en'],
            ['<|>', 'es'],
            ['journey J {\n  <|>\n}\n', 'en'],
            ['recorrido R {\n  fase F {\n    <|>\n  }\n}\n', 'es'],
            ['journey J {\n  phase P {\n    touchpoint T {\n      <|>\n    }\n  }\n}\n', 'en'],
        ] as const) {
            const shown = labels(await complete(text, { keywordLanguage }));
            expect(shown.length, text).toBeGreaterThanOrEqual(3);
            expect(
                shown.filter((label, index) => shown.indexOf(label) !== index),
                `${text} (${keywordLanguage})`,
            ).toEqual([]);
        }
        const inTouchpoint = await complete('journey J {\n  phase P {\n    touchpoint T {\n      <|>\n    }\n  }\n}\n');
        expect(inTouchpoint.find(i => i.label === 'gap')?.kind).toBe(CompletionItemKind.Snippet);
        expect(inTouchpoint.find(i => i.label === 'owner')?.kind).toBe(CompletionItemKind.Keyword);
    });

    it("matches the other language's spelling as one types, and inserts the keyword language's", async () => {
        const top = await complete('equ<|>');
        expect(top.map(i => i.label)).toEqual(['team']);
        expect(top[0].filterText).toBe('team equipo');
        // The typed word is replaced, not completed after.
        expect((top[0].textEdit as TextEdit).range.start).toEqual({ line: 0, character: 0 });
        const inTouchpoint = await complete('journey J {\n  phase P {\n    touchpoint T {\n      emocio<|>\n    }\n  }\n}\n');
        const emotion = inTouchpoint.find(i => i.label === 'emotion')!;
        expect(emotion.filterText).toBe('emotion emoción emocion');
        expect(emotion.textEdit?.newText).toBe('emotion');
        const spanish = await complete('recorrido R {\n  fase F {\n    contacto C {\n      own<|>\n    }\n  }\n}\n', { keywordLanguage: 'es' });
        expect(spanish.map(i => i.label)).toEqual(['responsable']);
        expect(spanish[0].textEdit?.newText).toBe('responsable');
        const level = await complete('journey J {\n  phase P {\n    touchpoint T {\n      impact med<|>\n    }\n  }\n}\n', { keywordLanguage: 'es' });
        expect(level.map(i => `${i.label} (${i.filterText})`)).toEqual(['medio (medium medio)']);
    });

    it('does not offer a persona or a channel that the list already names', async () => {
        const journeyList = await complete('journey J {\n  persona Priya, <|>\n}\n');
        expect(labels(journeyList)).not.toContain('Priya');
        expect(labels(journeyList)).toContain('Tom');
        // The persona being typed over is offered (it is replaced).
        expect(labels(await complete('journey J {\n  persona Pri<|>\n}\n'))).toContain('Priya');
        const touchpointList = await complete('journey J {\n  persona Priya, Tom\n  phase P {\n    touchpoint T {\n      persona Tom, <|>\n    }\n  }\n}\n');
        expect(labels(touchpointList)).toContain('Priya');
        expect(labels(touchpointList)).not.toContain('Tom');
        const channels = await complete(
            'channel web "Website"\nchannel app "App"\njourney J {\n  phase P {\n    touchpoint T {\n      channel web\n      channel <|>\n    }\n  }\n}\n',
        );
        expect(labels(channels).filter(label => label === 'web' || label === 'app')).toEqual(['app']);
    });

    it('offers the Spanish (accented) keywords when keywordLanguage is es', async () => {
        const items = await complete('recorrido R {\n  fase F {\n    contacto C {\n      <|>\n    }\n  }\n}\n', { keywordLanguage: 'es' });
        const keywords = labels(items, CompletionItemKind.Keyword);
        expect(keywords).toContain('emoción');
        expect(keywords).toContain('responsable');
        expect(keywords).toContain('momento-de-verdad');
        expect(keywords).toContain('persona');
        expect(keywords).toContain('backstage');
        expect(keywords).not.toContain('emocion');
        expect(keywords).not.toContain('emotion');
        expect(keywords).not.toContain('owner');
    });

    it('completes teams after owner with their titles', async () => {
        const items = await complete('journey J {\n  phase P {\n    touchpoint T {\n      owner <|>\n    }\n  }\n}\n');
        const teams = items.filter(i => i.kind !== CompletionItemKind.Keyword && i.kind !== CompletionItemKind.Snippet);
        expect(teams.map(i => `${i.label}: ${i.detail}`)).toEqual([
            'Growth: Growth marketing',
            'Sales: Sales',
            'Success: Customer success',
            'Support: Support',
        ]);
    });

    it('lists first the teams that own things in the phase, then in the journey, with their titles beside the ids (the kind when the title is the id)', async () => {
        const items = await complete(
            [
                'journey J {',
                '  phase Elsewhere {',
                '    touchpoint A {',
                '      owner Success',
                '    }',
                '  }',
                '  phase P {',
                '    touchpoint B {',
                '      owner Support',
                '    }',
                '    touchpoint T {',
                '      owner <|>',
                '    }',
                '  }',
                '}',
                '',
            ].join('\n'),
        );
        const teams = items
            .filter(i => i.kind !== CompletionItemKind.Keyword && i.kind !== CompletionItemKind.Snippet)
            .sort((a, b) => a.sortText!.localeCompare(b.sortText!));
        expect(teams.map(i => `${i.label} (${i.labelDetails?.description})`)).toEqual([
            'Support (Team)',
            'Success (Customer success)',
            'Growth (Growth marketing)',
            'Sales (Team)',
        ]);
        const channels = (
            await complete('journey J {\n  phase P {\n    touchpoint A {\n      channel web\n    }\n    touchpoint T {\n      channel <|>\n    }\n  }\n}\n')
        )
            .filter(i => i.kind !== CompletionItemKind.Keyword && i.kind !== CompletionItemKind.Snippet)
            .sort((a, b) => a.sortText!.localeCompare(b.sortText!));
        expect(channels[0].label).toBe('web');
    });

    it('completes channels after channel and personas after persona', async () => {
        const channels = await complete('journey J {\n  phase P {\n    touchpoint T {\n      channel <|>\n    }\n  }\n}\n');
        expect(channels.filter(i => i.detail === 'Website').map(i => i.label)).toEqual(['web']);
        expect(labels(channels)).not.toContain('Growth');
        const personas = await complete('journey J {\n  persona <|>\n}\n');
        expect(personas.find(i => i.label === 'Priya')?.detail).toBe('Priya, operations lead');
        expect(labels(personas)).not.toContain('web');
    });

    it('completes horizons and impact levels with their meaning, in the chosen language', async () => {
        const horizons = await complete('journey J {\n  phase P {\n    touchpoint T {\n      opportunity "o" {\n        horizon <|>\n      }\n    }\n  }\n}\n');
        expect(horizons.map(i => `${i.label}: ${i.detail}`)).toEqual(['short: short term', 'medium: medium term', 'long: long term']);
        const levels = await complete('recorrido R {\n  fase F {\n    contacto C {\n      impacto <|>\n    }\n  }\n}\n', {
            keywordLanguage: 'es',
            locale: 'es',
        });
        expect(levels.map(i => `${i.label}: ${i.detail}`)).toEqual(['alto: impacto alto', 'medio: impacto medio', 'bajo: impacto bajo']);
    });

    it('completes emotion scores 1 to 5 with their meaning', async () => {
        const items = await complete('journey J {\n  phase P {\n    touchpoint T {\n      emotion <|>\n    }\n  }\n}\n');
        expect(items.map(i => `${i.label}: ${i.detail}`)).toEqual(['1: very negative', '2: negative', '3: neutral', '4: positive', '5: delighted']);
        const es = await complete('recorrido R {\n  fase F {\n    contacto C {\n      emoción <|>\n    }\n  }\n}\n', { locale: 'es' });
        expect(es[0].detail).toBe('muy negativa');
    });

    it('offers snippets for declarations, with localized keywords', async () => {
        const top = await complete('<|>');
        expect(labels(top, CompletionItemKind.Snippet).sort()).toEqual(['channel', 'journey', 'persona', 'team']);
        const touchpointSnippet = (await complete('journey J {\n  phase P {\n    <|>\n  }\n}\n')).find(
            i => i.kind === CompletionItemKind.Snippet && i.label === 'touchpoint',
        )!;
        expect(touchpointSnippet.insertTextFormat).toBe(InsertTextFormat.Snippet);
        expect(touchpointSnippet.textEdit?.newText ?? touchpointSnippet.insertText).toContain('owner ${4|Growth,Sales,Success,Support|}');
        const inTouchpoint = await complete('journey J {\n  phase P {\n    touchpoint T {\n      <|>\n    }\n  }\n}\n');
        expect(labels(inTouchpoint, CompletionItemKind.Snippet).sort()).toEqual(['gap', 'kpi', 'opportunity']);
        const spanish = (await complete('recorrido R {\n  <|>\n}\n', { keywordLanguage: 'es' })).find(i => i.kind === CompletionItemKind.Snippet)!;
        expect(spanish.label).toBe('fase');
        expect(spanish.textEdit?.newText ?? spanish.insertText).toContain('momento ${3:0}');
    });

    it('works with langium/test expectCompletion', async () => {
        const services = createJourneyLspServices({ ...EmptyFileSystem }).Journey;
        await expectCompletion(services)({
            text: 'team Ops "Operations"\njourney J {\n  phase P {\n    owner <|>\n  }\n}',
            index: 0,
            expectedItems: ['Ops'],
        });
    });
});

describe('completion on large files', () => {
    it('gives the same items when parsing from the enclosing touchpoint or phase', async () => {
        const taller = readFileSync('examples/taller.journey', 'utf8');
        const seguro = readFileSync('examples/seguro.journey', 'utf8');
        const typing = taller.replace('action "Agenda el siguiente mantenimiento"', 'action "Agenda el siguiente mantenimiento"\n      owner \n      emotion ');
        for (const [text, keywordLanguage] of [
            [taller, 'en'],
            [seguro, 'es'],
            [typing, 'en'],
        ] as const) {
            const workspace = await openWorkspace({ 'main.journey': text }, { keywordLanguage });
            const document = workspace.documents['main.journey'];
            const provider = workspace.services.lsp.CompletionProvider as unknown as {
                shortenFrom: number;
                getCompletion: NonNullable<typeof workspace.services.lsp.CompletionProvider>['getCompletion'];
            };
            const offsets = [...text.matchAll(/[ \n]/g)].map(match => match.index! + 1).filter((_, index) => index % 7 === 0);
            let shortenedSomewhere = 0;
            for (const offset of offsets) {
                const params = { textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(offset) };
                provider.shortenFrom = Infinity;
                const full = (await provider.getCompletion(document, params))!.items
                    .map(i => `${i.kind}:${i.label}:${i.detail}:${JSON.stringify(i.textEdit)}`)
                    .sort();
                provider.shortenFrom = 0;
                const short = (await provider.getCompletion(document, params))!.items
                    .map(i => `${i.kind}:${i.label}:${i.detail}:${JSON.stringify(i.textEdit)}`)
                    .sort();
                expect(short, `at ${offset}: ${JSON.stringify(text.slice(offset - 20, offset))}`).toEqual(full);
                if (full.length) shortenedSomewhere++;
            }
            expect(shortenedSomewhere).toBeGreaterThan(20);
        }
    });
});

describe('completion in comments and strings', () => {
    it('offers nothing inside a comment or a string', async () => {
        expect(await complete('team A // a comment <|>\n')).toEqual([]);
        expect(await complete('team A /* a\n comment <|> */\n')).toEqual([]);
        expect(await complete('team A "a <|>title"\n')).toEqual([]);
        expect((await complete('team A "// not a comment" <|>\n')).length).toBeGreaterThan(0);
        expect((await complete('team A /* done */ <|>\n')).length).toBeGreaterThan(0);
    });

    it('completes suppression comments: the directive, then the rule ids not yet named, with what they check', async () => {
        const directives = await complete('// journey-l<|>\nteam A\n');
        expect(directives.map(i => i.label)).toEqual(['journey-lint-disable-next-line', 'journey-lint-disable']);
        expect(directives[0].textEdit).toEqual({
            range: { start: { line: 0, character: 3 }, end: { line: 0, character: 12 } },
            newText: 'journey-lint-disable-next-line ',
        });
        const rules = await complete('journey J {\n  phase P {\n    // journey-lint-disable-next-line missing-owner, miss<|>\n    touchpoint T\n  }\n}\n');
        expect(rules.map(i => i.label)).toContain('missing-emotion');
        expect(rules.map(i => i.label)).not.toContain('missing-owner');
        expect(rules).toHaveLength(19);
        const emotion = rules.find(i => i.label === 'missing-emotion')!;
        expect(emotion.detail).toBe('A persona involved in a touchpoint has no emotion there (no shared emotion and no line of their own).');
        expect(emotion.textEdit).toEqual({ range: { start: { line: 2, character: 53 }, end: { line: 2, character: 57 } }, newText: 'missing-emotion' });
        const spanish = await complete('// journey-lint-disable <|>\n', { locale: 'es' });
        expect(spanish.find(i => i.label === 'missing-emotion')?.detail).toBe(
            'Una persona involucrada en un contacto no tiene emoción allí (ni la compartida ni una línea propia).',
        );
        // An ordinary comment offers nothing.
        expect(await complete('// a note about <|>\nteam A\n')).toEqual([]);
    });
});

describe('space as a trigger character', () => {
    it('opens completion after owner, channel, persona, horizon, impact and emotion only', async () => {
        const text = 'team Ops\njourney J {\n  phase P {\n    touchpoint T {\n      owner \n      action "x" \n    }\n  }\n}\n';
        const workspace = await openWorkspace({ 'a.journey': text });
        const document = workspace.documents['a.journey'];
        const at = (search: string) => document.textDocument.positionAt(text.indexOf(search) + search.length);
        const complete = (search: string) =>
            workspace.services.lsp.CompletionProvider!.getCompletion(document, {
                textDocument: { uri: document.uri.toString() },
                position: at(search),
                context: { triggerKind: 2, triggerCharacter: ' ' },
            });
        expect((await complete('owner '))!.items.map(i => i.label)).toContain('Ops');
        expect((await complete('action "x" '))!.items).toEqual([]);
    });

    it('opens the rule ids after a suppression directive, and nothing on the space after // of an ordinary comment', async () => {
        const text = '// journey-lint-disable \n// \nteam Ops\n';
        const workspace = await openWorkspace({ 'a.journey': text });
        const document = workspace.documents['a.journey'];
        const completeAt = (line: number, character: number) =>
            workspace.services.lsp.CompletionProvider!.getCompletion(document, {
                textDocument: { uri: document.uri.toString() },
                position: { line, character },
                context: { triggerKind: 2, triggerCharacter: ' ' },
            });
        expect((await completeAt(0, 24))!.items.map(i => i.label)).toContain('unused-declaration');
        expect((await completeAt(1, 3))!.items).toEqual([]);
    });
});
