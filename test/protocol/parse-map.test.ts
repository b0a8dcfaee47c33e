// `journey/parseMap` over the server's stdio connection: another version of an open file is read
// beside the workspace's other files (its references resolve, its ids are no duplicates) and
// leaves the server's own document, model and diagnostics as they were.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MapModelRequest, ParseMapRequest } from '../../language/protocol/journey-protocol.js';
import { startServer, type ServerProcess } from '../robustness/lsp-process.js';

const personas = 'persona Ana "Ana"\nteam Desk "Front desk"\n';
const map = (score: number) =>
    `journey Visit "A visit" {\n  persona Ana\n  phase Arrive "Arrive" {\n    owner Desk\n    touchpoint Door "Walks in" {\n      emotion ${score} "so so"\n    }\n  }\n}\n`;

describe('journey/parseMap', () => {
    let server: ServerProcess;
    beforeAll(async () => {
        server = await startServer();
    });
    afterAll(async () => {
        await server?.stop();
    });

    it('reads another version of a file beside the workspace, without changing it', async () => {
        const declarations = 'file:///parse/personas.journey';
        const uri = 'file:///parse/visit.journey';
        server.open(declarations, personas, 1);
        server.open(uri, map(4), 1);
        await server.validated(uri, 1);
        const before = await server.settledDiagnostics(uri);

        const { model } = await server.connection.sendRequest(ParseMapRequest, { uri, text: map(2) });
        const door = model.journeys[0].phases[0].touchpoints[0];
        expect(door.emotion?.score).toBe(2);
        // Ana and Desk are declared in the other file: they resolve; the journey's id is not a duplicate of the open file's.
        expect(door.owner).toMatchObject({ id: 'Desk', resolved: true });
        expect(model.journeys[0].personas[0]).toMatchObject({ id: 'Ana', title: 'Ana' });
        expect(model.journeys[0].findings.map(finding => finding.rule)).not.toContain('duplicate-name');
        expect(model.syntaxErrors).toEqual([]);

        // The open document is as it was.
        const live = await server.connection.sendRequest(MapModelRequest, { uri });
        expect(live && 'model' in live && live.model.journeys[0].phases[0].touchpoints[0].emotion?.score).toBe(4);
        expect(await server.settledDiagnostics(uri)).toEqual(before);
        expect(await server.settledDiagnostics(declarations)).toEqual([]);
    });

    it('reports the syntax errors of a version that does not parse, and what could be read', async () => {
        const uri = 'file:///parse/broken.journey';
        const { model } = await server.connection.sendRequest(ParseMapRequest, {
            uri,
            text: 'journey J "J" {\n  phase P "P" {\n    touchpoint T "T" {\n      emotion }\n',
        });
        expect(model.syntaxErrors.length).toBeGreaterThan(0);
        expect(model.journeys[0]?.id).toBe('J');
    });
});
