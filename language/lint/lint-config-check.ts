// Checks a `.journeylint.json` text against its own JSON schema (schemas/journeylint.schema.json,
// the one VS Code's JSON editor uses too) with a real validator, and places each mistake on the
// key or value it is about, so the editor can underline it and the command line name its line.
// What is valid is kept: a misspelt rule or a wrong severity loses only that entry.
// (jsonc-parser's ES module build: its default UMD build requires files esbuild cannot bundle.)
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser/lib/esm/main.js';
import type { Range } from 'vscode-languageserver-types';
import schema from '../../schemas/journeylint.schema.json';
import type { Locale } from '../i18n/locale.js';
import { message } from '../i18n/messages.js';
import { similarNames } from '../similar-names.js';
import { readRuleSeverities, type RuleSeverities } from './lint-config.js';
import { RULE_IDS } from './rules.js';
import { positionOfOffset } from '../model/source-range.js';

export interface LocatedConfigProblem {
    message: string;
    range: Range;
}

export interface CheckedLintConfig {
    /** The severities of the entries that are valid. */
    rules: RuleSeverities;
    problems: LocatedConfigProblem[];
}

/** Compiled on first use: ~35 ms that every `journey` command paid at start, config file or not. */
let compiledSchema: ValidateFunction | undefined;
const schemaValidator = (): ValidateFunction => (compiledSchema ??= new Ajv({ allErrors: true }).compile(schema));
const TOP_LEVEL_KEYS = Object.keys(schema.properties);

export function checkLintConfig(text: string, locale: Locale): CheckedLintConfig {
    const at = positions(text);
    const parseErrors: ParseError[] = [];
    const tree = parseTree(text, parseErrors, { disallowComments: false, allowTrailingComma: false });
    const problems: LocatedConfigProblem[] = parseErrors.map(error => ({
        message: message(locale, 'config.invalid-json', printParseErrorCode(error.error)),
        range: at(error.offset, error.offset + Math.max(error.length, 1)),
    }));
    const value: unknown = tree && getNodeValue(tree);
    const validate = schemaValidator();
    if (tree && !validate(value)) {
        for (const error of validate.errors ?? []) problems.push(describe(error, tree, at, locale));
    }
    const rules = value !== null && typeof value === 'object' && !Array.isArray(value) ? readRuleSeverities((value as { rules?: unknown }).rules) : {};
    problems.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    return { rules, problems };
}

function describe(error: ErrorObject, tree: Node, at: (start: number, end: number) => Range, locale: Locale): LocatedConfigProblem {
    const path = error.instancePath
        .split('/')
        .slice(1)
        .map(segment => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
    const node = findNodeAtLocation(tree, path) ?? tree;
    const place = (target: Node) => at(target.offset, target.offset + target.length);
    switch (error.keyword) {
        case 'additionalProperties': {
            const key = String(error.params.additionalProperty);
            // The value's parent is the property; its first child is the key, which is what is wrong.
            const keyNode = findNodeAtLocation(tree, [...path, key])?.parent?.children?.[0] ?? node;
            const known = path.length === 0 ? TOP_LEVEL_KEYS : [...RULE_IDS];
            const meant = similarNames(key, known)[0]?.name;
            const text =
                path.length === 0
                    ? message(locale, 'config.unknown-key', key, known.map(name => `"${name}"`).join(` ${message(locale, 'config.or')} `))
                    : message(locale, 'config.unknown-rule', key);
            return { message: text + (meant ? ` ${message(locale, 'config.did-you-mean', meant)}` : ''), range: place(keyNode) };
        }
        case 'enum':
            return { message: message(locale, 'config.bad-severity', path.at(-1) ?? '', JSON.stringify(getNodeValue(node))), range: place(node) };
        case 'type': {
            if (path.length === 0) return { message: message(locale, 'config.not-an-object'), range: place(node) };
            const expected = String(error.params.type);
            const kind = expected === 'object' || expected === 'string' || expected === 'boolean' ? message(locale, `config.type.${expected}`) : expected;
            return { message: message(locale, 'config.wrong-type', path.join('.'), kind), range: place(node) };
        }
        default:
            return { message: `${error.instancePath || '/'} ${error.message ?? ''}`.trim(), range: place(node) };
    }
}

/** Offsets to 0-based lines and UTF-16 characters. */
function positions(text: string): (start: number, end: number) => Range {
    const lineStarts = [0];
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
    const position = (offset: number) => positionOfOffset(lineStarts, offset);
    return (start, end) => ({ start: position(Math.min(start, text.length)), end: position(Math.min(end, text.length)) });
}
