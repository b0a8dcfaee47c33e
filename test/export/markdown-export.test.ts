// The Markdown export read by a real Markdown engine (markdown-it, with linkify for GitHub's
// autolinks): web addresses in user text stay links, and every other user text renders as
// exactly the text that was typed.
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import type { LangiumDocument } from 'langium';
import type { Model } from '../../language/generated/ast.js';
import { buildMarkdownExport } from '../../language/export/markdown-export.js';
import { buildMapModel } from '../../language/model/build-map-model.js';
import { lintFiles } from '../helpers/lint.js';

/** The part of markdown-it's tokens read here (its types are not installed: test/webview/markdown-it.d.ts). */
interface Token {
    type: string;
    content: string;
    children: Token[] | null;
    attrGet(name: string): string | null;
}

/** A `.journey` string literal for `text`. */
const literal = (text: string) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** The export of a journey whose description, phase title and touchpoint action, pain and thought are each `text`. */
async function exportWith(texts: string[]): Promise<string> {
    const phases = texts
        .map(
            (text, index) => `
  phase P${index} ${literal(text)} {
    touchpoint T${index} "Step" {
      action ${literal(text)}
      pain ${literal(text)}
      thought ${literal(text)}
      opportunity "Address it" { horizon short }
    }
  }`,
        )
        .join('');
    const source = `journey J "Journey" {\n${texts.map(text => `  description ${literal(text)}\n`).join('')}${phases}\n}\n`;
    const { 'map.journey': file } = await lintFiles({ 'map.journey': source });
    const model = buildMapModel(file.document as never as LangiumDocument<Model>, 'en');
    return buildMarkdownExport(model, model.journeys[0]);
}

/** What each run of inline content renders as, and whether it is plain text (no emphasis, code, link or HTML). */
function inlineRuns(tokens: Token[]): { text: string; plain: boolean }[] {
    return tokens
        .filter(token => token.type === 'inline')
        .map(token => ({
            text: (token.children ?? []).map(child => child.content).join(''),
            plain: (token.children ?? []).every(child => child.type === 'text'),
        }));
}

describe('the Markdown export', () => {
    it('keeps web addresses in user text as links (GitHub-style autolinks) and every other text as typed, wherever it stands', async () => {
        const addresses = ['https://example.com/help/returns_policy-v2.html?order=12&step=3#top', 'http://shop.example.org/(sale)/a+b_c'];
        const withAddresses = addresses.map(address => `See ${address} first.`);
        const texts = [
            '**bold** _it_ `code` <b>b</b> # heading | pipe | \\ backslash',
            '- not a list',
            '+ not a list',
            '1. not a list',
            '2) not a list',
            '--- not a rule',
            '# not a heading',
            'Title #',
            '> not a quote',
            '[link](https://example.com) ![img](x.png) <https://example.com>',
            '&amp; &#60; &copy; stay as typed',
            'snake_case and _emphasis_ and __strong__',
            '~~struck~~ ~one~',
            'a\\*b \\_ \\\\',
            'ends with a backslash \\',
        ];
        const markdown = await exportWith([...withAddresses, ...texts]);

        const links = (new MarkdownIt({ linkify: true }).parse(markdown, {}) as Token[])
            .flatMap(token => token.children ?? [])
            .filter(token => token.type === 'link_open')
            .map(token => token.attrGet('href'));
        // Each address five times: description, phase heading, and the action, pain and thought cells.
        expect(links.filter(href => href === addresses[0])).toHaveLength(5);
        expect(links.filter(href => href === addresses[1])).toHaveLength(5);

        const runs = inlineRuns(new MarkdownIt({ html: true }).parse(markdown, {}) as Token[]);
        for (const text of [...withAddresses, ...texts]) {
            const same = runs.filter(run => run.text === text);
            expect(same, `"${text}" should render as itself 5 times`).toHaveLength(5);
            expect(
                same.every(run => run.plain),
                `"${text}" should render as plain text`,
            ).toBe(true);
        }
    });
});
