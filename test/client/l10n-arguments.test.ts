// No string of the extension shows a placeholder: VS Code fills {0}, {1}… of vscode.l10n.t
// only with the values it is given, so every call passes one for each placeholder, and the
// contributed titles and descriptions (package.nls*.json, never formatted) have none.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';

function sources(dir: string): string[] {
    return readdirSync(dir).flatMap(name => {
        const file = path.join(dir, name);
        return statSync(file).isDirectory() ? sources(file) : file.endsWith('.ts') ? [file] : [];
    });
}

/** The arguments after the message of each `l10n.t('…', …)` call, counted at the call's own nesting level. */
function calls(source: string): { message: string; argumentCount: number }[] {
    const found: { message: string; argumentCount: number }[] = [];
    for (const match of source.matchAll(/l10n\.t\('((?:[^'\\]|\\.)*)'/g)) {
        let depth = 0;
        let commas = 0;
        let quote: string | undefined;
        for (let i = match.index + match[0].length; i < source.length; i++) {
            const char = source[i];
            if (quote) {
                if (char === '\\') i++;
                else if (char === quote) quote = undefined;
            } else if (char === "'" || char === '"' || char === '`') quote = char;
            else if ('([{'.includes(char)) depth++;
            else if (')]}'.includes(char)) {
                if (depth === 0) break;
                depth--;
            } else if (char === ',' && depth === 0) commas++;
        }
        found.push({ message: match[1].replace(/\\'/g, "'"), argumentCount: commas });
    }
    return found;
}

describe("placeholders of the extension's strings", () => {
    it('fills every placeholder of a vscode.l10n.t message', () => {
        const all = sources('client').flatMap(file => calls(readFileSync(file, 'utf8')).map(call => ({ ...call, file })));
        expect(all.filter(call => /\{\d+\}/.test(call.message)).length).toBeGreaterThan(5);
        for (const { message, argumentCount, file } of all) {
            const highest = Math.max(-1, ...[...message.matchAll(/\{(\d+)\}/g)].map(placeholder => Number(placeholder[1])));
            expect(argumentCount, `${file}: ${message}`).toBeGreaterThanOrEqual(highest + 1);
        }
    });

    it('has no placeholder in package.nls.json or package.nls.es.json', () => {
        for (const file of ['package.nls.json', 'package.nls.es.json']) {
            const strings = Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>);
            expect(strings.filter(([, text]) => /\{\d+\}/.test(text)).map(([key]) => `${file}: ${key}`)).toEqual([]);
        }
    });
});
