// The JSON files that list the lint rules (VS Code's settings and their descriptions, the
// .journeylint.json schema) are written from the rules' metadata by `npm run generate:rules`:
// a committed file that differs from what it writes fails here.
import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULE_CONTRIBUTIONS } from '../../language/lint/rule-contributions.js';
import { RULE_IDS, RULES } from '../../language/lint/rules.js';

const root = new URL('../../', import.meta.url).pathname;
const read = (file: string) => readFileSync(`${root}${file}`, 'utf8');

describe("the files generated from the rules' metadata", () => {
    for (const { file, rewrite } of RULE_CONTRIBUTIONS) {
        it(`${file} is as npm run generate:rules writes it`, () => {
            const text = read(file);
            expect(rewrite(text), `${file} differs from the rules' metadata: run npm run generate:rules`).toBe(text);
        });
    }

    it('puts back a default severity or a rule that a hand edit changed or dropped', () => {
        const { rewrite } = RULE_CONTRIBUTIONS.find(({ file }) => file === 'schemas/journeylint.schema.json')!;
        const text = read('schemas/journeylint.schema.json');
        const edited = JSON.parse(text);
        edited.properties.rules.properties['missing-owner'].default = 'error';
        delete edited.properties.rules.properties['unimproved-pain'];
        expect(rewrite(JSON.stringify(edited, null, 2) + '\n')).toBe(text);
    });

    it('the schema, compiled by a strict JSON schema validator, accepts every rule at every severity and nothing else', () => {
        const validate = new Ajv({ strict: true }).compile(JSON.parse(read('schemas/journeylint.schema.json')));
        for (const rule of RULE_IDS) {
            for (const severity of ['error', 'warning', 'info', 'hint', 'off']) expect(validate({ rules: { [rule]: severity } })).toBe(true);
            expect(validate({ rules: { [rule]: 'fatal' } })).toBe(false);
        }
        expect(validate({ rules: { 'missing-ownr': 'off' } })).toBe(false);
    });

    it("each rule's setting has its description in English and Spanish, naming its default severity", () => {
        const settings = JSON.parse(read('package.json')).contributes.configuration.properties['journey.lint.rules'].properties;
        const en = JSON.parse(read('package.nls.json'));
        const es = JSON.parse(read('package.nls.es.json'));
        expect(Object.keys(settings)).toEqual(RULE_IDS);
        for (const rule of RULE_IDS) {
            const key = /^%(.*)%$/.exec(settings[rule].markdownDescription)![1];
            expect(en[key]).toBe(`\`${rule}\` (default: \`${RULES[rule].defaultSeverity}\`): ${RULES[rule].description.en}`);
            expect(es[key]).toBe(`\`${rule}\` (por defecto: \`${RULES[rule].defaultSeverity}\`): ${RULES[rule].description.es}`);
        }
    });
});

describe("the README's table of rules", () => {
    it('lists each rule in the metadata\'s order, with its default severity, a quick fix when it has one and "fix all" when it takes part', () => {
        const rows = read('README.md')
            .split('\n')
            .filter(line => /^\| `[a-z-]+` \|/.test(line))
            .map(line => line.split(' | '));
        expect(rows.map(([id]) => id.replace(/^\| `|`$/g, ''))).toEqual(RULE_IDS);
        for (const [index, rule] of RULE_IDS.entries()) {
            const [, severity, , fix] = rows[index];
            expect(severity.split(' ')[0], rule).toBe(RULES[rule].defaultSeverity);
            expect(fix !== '— |', rule).toBe(RULES[rule].fixable);
            expect(fix.includes('fix all'), rule).toBe(RULES[rule].fixAll);
        }
    });
});
