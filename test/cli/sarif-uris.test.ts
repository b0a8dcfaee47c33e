// `journey lint --format sarif` against the SARIF 2.1.0 schema (ajv), with file names that a
// raw path would turn into an invalid URI (space, `%`) or into one that points at another
// file (`#`, `?`): every artifact URI must be an RFC 3986 reference that resolves, against
// the run's %SRCROOT%, back to the linted file.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../cli/main.js';

const schema = JSON.parse(readFileSync(path.join(__dirname, 'fixtures', 'sarif-schema-2.1.0.json'), 'utf8'));

// The schema's `uri` and `uri-reference` formats, by RFC 3986 appendix A (ajv ships no formats).
const PCHAR = String.raw`(?:[A-Za-z0-9\-._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})`;
const SEGMENT_NZ_NC = String.raw`(?:[A-Za-z0-9\-._~!$&'()*+,;=@]|%[0-9A-Fa-f]{2})+`;
const AUTHORITY = String.raw`(?:(?:[A-Za-z0-9\-._~!$&'()*+,;=:]|%[0-9A-Fa-f]{2})*@)?(?:\[[0-9A-Fa-f:.vV]+\]|(?:[A-Za-z0-9\-._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})*)(?::[0-9]*)?`;
const TAIL = String.raw`(?:\?(?:${PCHAR}|[/?])*)?(?:#(?:${PCHAR}|[/?])*)?`;
const ABEMPTY = `(?:/${PCHAR}*)*`;
const ABSOLUTE = `/(?:${PCHAR}+${ABEMPTY})?`;
const URI = new RegExp(`^[A-Za-z][A-Za-z0-9+\\-.]*:(?://${AUTHORITY}${ABEMPTY}|${ABSOLUTE}|${PCHAR}+${ABEMPTY}|)${TAIL}$`);
const RELATIVE_REF = new RegExp(`^(?://${AUTHORITY}${ABEMPTY}|${ABSOLUTE}|${SEGMENT_NZ_NC}${ABEMPTY}|)${TAIL}$`);

function sarifValidator() {
    // unicodeRegExp off: the schema's `language` pattern has a stray `]`, an error only in a /u regex.
    const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
    ajv.addFormat('uri', value => URI.test(value));
    ajv.addFormat('uri-reference', value => URI.test(value) || RELATIVE_REF.test(value));
    ajv.addFormat('date-time', true);
    return ajv.compile(schema);
}

async function lintSarif(...args: string[]) {
    let stdout = '';
    const code = await main(['lint', ...args, '--format', 'sarif'], {
        stdout: text => {
            stdout += String(text);
        },
        stderr: () => undefined,
    });
    return { code, sarif: JSON.parse(stdout) };
}

const made: string[] = [];
afterEach(() => made.splice(0).forEach(dir => rmSync(dir, { recursive: true, force: true })));

describe('SARIF locations', () => {
    it('are RFC 3986 URIs under %SRCROOT% that resolve back to the file, and the log is valid SARIF 2.1.0', async () => {
        const dir = mkdtempSync(path.join(tmpdir(), 'journey sarif ñ-'));
        made.push(dir);
        const names = ['con espacio.journey', 'mañana árbol.journey', 'n#1.journey', '100%.journey', 'que?.journey', '[draft].journey', 'a:b.journey'];
        // Each declares the same team: a duplicate-name error with a related location in another file, and an unused hint.
        names.forEach(name => writeFileSync(path.join(dir, name), 'team Ops "Ops"\n'));
        const { sarif } = await lintSarif(dir);

        const validate = sarifValidator();
        expect(validate(sarif), JSON.stringify(validate.errors, null, 2)).toBe(true);

        const run = sarif.runs[0];
        const base = run.originalUriBaseIds['%SRCROOT%'].uri;
        expect(fileURLToPath(base)).toBe(process.cwd() + path.sep);
        const locations = run.results.flatMap((result: { locations: unknown[]; relatedLocations?: unknown[] }) => [
            ...result.locations,
            ...(result.relatedLocations ?? []),
        ]);
        const files = new Set<string>();
        for (const {
            physicalLocation: { artifactLocation },
        } of locations as { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string } } }[]) {
            expect(artifactLocation.uriBaseId).toBe('%SRCROOT%');
            expect(RELATIVE_REF.test(artifactLocation.uri), artifactLocation.uri).toBe(true);
            files.add(fileURLToPath(new URL(artifactLocation.uri, base)));
        }
        expect([...files].sort()).toEqual(names.map(name => path.join(dir, name)).sort());
    });

    it('encode what RFC 3986 reserves, and nothing a path segment may hold', async () => {
        const dir = mkdtempSync(path.join(tmpdir(), 'journey-sarif-'));
        made.push(dir);
        writeFileSync(path.join(dir, 'mañana #2 100% [x].journey'), 'team Ops "Ops"\n');
        const { sarif } = await lintSarif(dir);
        const [result] = sarif.runs[0].results;
        const relativeDir = path.relative(process.cwd(), dir).split(path.sep).join('/');
        expect(result.locations[0].physicalLocation.artifactLocation).toEqual({
            uri: `${relativeDir}/ma%C3%B1ana%20%232%20100%25%20%5Bx%5D.journey`,
            uriBaseId: '%SRCROOT%',
        });
    });
});
