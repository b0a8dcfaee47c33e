// The bundled language server as another editor sees it: a separate process spoken to over
// stdio with LSP (initialize, didOpen, then the requests an editor sends), answers asserted.
// Needs `npm run build` (done here when dist/server.cjs is missing or older than the sources).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, execSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import {
    createProtocolConnection,
    CodeActionRequest,
    CompletionRequest,
    DefinitionRequest,
    DidOpenTextDocumentNotification,
    DocumentFormattingRequest,
    DocumentSymbolRequest,
    HoverRequest,
    InitializeRequest,
    InitializedNotification,
    PrepareRenameRequest,
    PublishDiagnosticsNotification,
    ReferencesRequest,
    RenameRequest,
    SemanticTokensRequest,
    CodeLensRequest,
    InlayHintRequest,
    SelectionRangeRequest,
    FoldingRangeRequest,
    ShutdownRequest,
    ExitNotification,
    type Diagnostic,
    type InitializeResult,
    type ProtocolConnection,
    type CompletionItem,
    type CompletionList,
    type InlayHintLabelPart,
    type DocumentSymbol,
    type Location,
    type TextEdit,
    type CodeAction,
    type Hover,
} from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { NewJourneyTextRequest } from '../../language/protocol/journey-protocol.js';
import { TALLER_RULES } from '../helpers/taller-findings.js';

const root = resolve(__dirname, '../..');
const serverPath = join(root, 'dist/server.cjs');

function newestSource(dir: string): number {
    let newest = 0;
    for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        const stat = statSync(path);
        newest = Math.max(newest, stat.isDirectory() ? newestSource(path) : stat.mtimeMs);
    }
    return newest;
}

function ensureBuilt(): void {
    const sources = Math.max(newestSource(join(root, 'server')), newestSource(join(root, 'language')));
    if (!existsSync(serverPath) || statSync(serverPath).mtimeMs < sources) {
        execSync('node esbuild.mjs', { cwd: root, stdio: 'ignore' });
    }
}

interface Session {
    process: ChildProcess;
    connection: ProtocolConnection;
    diagnostics: Map<string, Diagnostic[]>;
    initialize: InitializeResult;
    workspace: string;
    uri(relative: string): string;
    waitForDiagnostics(uri: string, predicate?: (diagnostics: Diagnostic[]) => boolean): Promise<Diagnostic[]>;
    close(): Promise<void>;
}

async function startServer(command: string[], locale: string): Promise<Session> {
    const workspace = mkdtempSync(join(tmpdir(), 'journey-protocol-'));
    cpSync(join(root, 'examples'), workspace, { recursive: true });
    const child = spawn(process.execPath, command, { cwd: workspace, stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const diagnostics = new Map<string, Diagnostic[]>();
    const waiters: Array<() => void> = [];
    connection.onNotification(PublishDiagnosticsNotification.type, params => {
        diagnostics.set(params.uri, params.diagnostics);
        for (const waiter of waiters.splice(0)) waiter();
    });
    // What an editor answers when the server asks.
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onNotification('window/logMessage', () => undefined);
    connection.listen();
    const uri = (relative: string) => pathToFileURL(join(workspace, relative)).toString();
    const initialize = await connection.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        rootUri: pathToFileURL(workspace).toString(),
        workspaceFolders: [{ uri: pathToFileURL(workspace).toString(), name: 'examples' }],
        locale,
        initializationOptions: { locale },
        capabilities: {
            workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true } },
            textDocument: {
                completion: { completionItem: { snippetSupport: true, labelDetailsSupport: true } },
                hover: { contentFormat: ['markdown', 'plaintext'] },
                rename: { prepareSupport: true },
                codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
                documentSymbol: { hierarchicalDocumentSymbolSupport: true },
                semanticTokens: { requests: { full: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] },
                publishDiagnostics: {},
            },
        },
    });
    await connection.sendNotification(InitializedNotification.type, {});
    const waitForDiagnostics = async (target: string, predicate: (d: Diagnostic[]) => boolean = () => true) => {
        const deadline = Date.now() + 20_000;
        while (Date.now() < deadline) {
            const current = diagnostics.get(target);
            if (current && predicate(current)) return current;
            await new Promise<void>(done => {
                waiters.push(done);
                setTimeout(done, 200);
            });
        }
        throw new Error(`no diagnostics for ${target}: ${JSON.stringify([...diagnostics].map(([u, d]) => [u, d.map(x => x.code)]))}`);
    };
    return {
        process: child,
        connection,
        diagnostics,
        initialize,
        workspace,
        uri,
        waitForDiagnostics,
        async close() {
            await connection.sendRequest(ShutdownRequest.type).catch(() => undefined);
            await connection.sendNotification(ExitNotification.type).catch(() => undefined);
            await new Promise(done => setTimeout(done, 100));
            connection.dispose();
            if (child.exitCode === null) child.kill();
            rmSync(workspace, { recursive: true, force: true });
        },
    };
}

function open(session: Session, relative: string, text = readFileSync(join(session.workspace, relative), 'utf8')) {
    const uri = session.uri(relative);
    void session.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'journey', version: 1, text } });
    return { uri, text, document: TextDocument.create(uri, 'journey', 1, text) };
}

function positionOf(text: string, search: string, delta = 0) {
    const offset = text.indexOf(search);
    if (offset < 0) throw new Error(`${search} not found`);
    return TextDocument.create('file:///x', 'journey', 1, text).positionAt(offset + delta);
}

describe('the language server over stdio', () => {
    let session: Session;
    let taller: ReturnType<typeof open>;

    beforeAll(async () => {
        ensureBuilt();
        session = await startServer([serverPath, '--stdio'], 'es');
        taller = open(session, 'taller.journey');
    }, 120_000);

    afterAll(async () => {
        await session?.close();
    });

    it('announces its capabilities', () => {
        const capabilities = session.initialize.capabilities;
        expect(capabilities.completionProvider).toBeDefined();
        expect(capabilities.hoverProvider).toBeTruthy();
        expect(capabilities.renameProvider).toMatchObject({ prepareProvider: true });
        expect(capabilities.documentFormattingProvider).toBeTruthy();
        expect(capabilities.documentOnTypeFormattingProvider).toMatchObject({ firstTriggerCharacter: '}' });
        expect(capabilities.codeActionProvider).toBeTruthy();
        expect(capabilities.semanticTokensProvider).toBeDefined();
        expect(capabilities.codeLensProvider).toBeDefined();
        expect(capabilities.selectionRangeProvider).toBe(true);
        expect(capabilities.foldingRangeProvider).toBeTruthy();
        expect(capabilities.inlayHintProvider).toBeTruthy();
    });

    it("publishes the diagnostics of the whole workspace, in the user's language", async () => {
        const diagnostics = await session.waitForDiagnostics(taller.uri, d => d.length === 8);
        expect(diagnostics.map(d => d.code).sort()).toEqual(TALLER_RULES);
        expect(diagnostics.find(d => d.code === 'missing-emotion')!.message).toContain('no tiene emoción');
        // Files never opened are linted too.
        expect(await session.waitForDiagnostics(session.uri('seguro.journey'))).toEqual([]);
        expect(await session.waitForDiagnostics(session.uri('equipo/onboarding.journey'))).toEqual([]);
    });

    it('completes teams after owner, and Spanish keywords', async () => {
        const started = performance.now();
        const result = (await session.connection.sendRequest(CompletionRequest.type, {
            textDocument: { uri: taller.uri },
            position: positionOf(taller.text, 'owner Marketing', 6),
        })) as CompletionList | CompletionItem[];
        const elapsed = performance.now() - started;
        const items = Array.isArray(result) ? result : result.items;
        expect(items.filter(i => i.detail === 'Marketing digital').map(i => i.label)).toEqual(['Marketing']);
        expect(items.map(i => i.label)).toContain('CallCenter');
        const timings: number[] = [];
        for (let i = 0; i < 20; i++) {
            const t0 = performance.now();
            await session.connection.sendRequest(CompletionRequest.type, {
                textDocument: { uri: taller.uri },
                position: positionOf(taller.text, '      emotion 3', 6),
            });
            timings.push(performance.now() - t0);
        }
        timings.sort((a, b) => a - b);
        console.log(
            `completion over stdio on taller.journey: first ${elapsed.toFixed(1)} ms, median ${timings[10].toFixed(1)} ms, max ${timings[19].toFixed(1)} ms`,
        );
        const keywords = (await session.connection.sendRequest(CompletionRequest.type, {
            textDocument: { uri: taller.uri },
            position: positionOf(taller.text, '      emotion 3', 6),
        })) as CompletionList;
        const labels = keywords.items.map(i => i.label);
        expect(labels).toContain('emoción');
        expect(labels).not.toContain('emotion');
    });

    it('hovers a persona with its card', async () => {
        const hover = (await session.connection.sendRequest(HoverRequest.type, {
            textDocument: { uri: taller.uri },
            position: positionOf(taller.text, '  persona Carla', 11),
        })) as Hover;
        const value = (hover.contents as { value: string }).value;
        expect(value).toContain('**Persona** Carla Ruiz');
        expect(value).toContain('**Rol:** Gerente comercial');
    });

    it('goes to a definition and finds references', async () => {
        const definition = (await session.connection.sendRequest(DefinitionRequest.type, {
            textDocument: { uri: taller.uri },
            position: positionOf(taller.text, 'owner Marketing', 8),
        })) as Location[];
        const target = Array.isArray(definition) ? definition[0] : definition;
        const uri = 'targetUri' in target ? (target as unknown as { targetUri: string }).targetUri : target.uri;
        const range = 'targetSelectionRange' in target ? (target as unknown as { targetSelectionRange: Location['range'] }).targetSelectionRange : target.range;
        expect(uri).toBe(taller.uri);
        expect(range.start.line).toBe(positionOf(taller.text, 'team Marketing').line);

        const references = (await session.connection.sendRequest(ReferencesRequest.type, {
            textDocument: { uri: taller.uri },
            position: positionOf(taller.text, 'team CallCenter', 6),
            context: { includeDeclaration: true },
        })) as Location[];
        expect(references).toHaveLength(3);
    });

    it('renames a persona after preparing', async () => {
        const position = positionOf(taller.text, 'persona Carla "', 9);
        const prepared = await session.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri: taller.uri }, position });
        expect(prepared).toMatchObject({ start: { line: position.line, character: 8 } });
        const edit = await session.connection.sendRequest(RenameRequest.type, { textDocument: { uri: taller.uri }, position, newName: 'Camila' });
        expect(edit!.changes![taller.uri]).toHaveLength(2);
        const refused = session.connection.sendRequest(PrepareRenameRequest.type, {
            textDocument: { uri: taller.uri },
            position: positionOf(taller.text, 'moment 0', 2),
        });
        await expect(refused).rejects.toThrow(/Solo se puede renombrar/);
    });

    it('formats a document', async () => {
        const messy = open(
            session,
            'messy.journey',
            'team   Ops "Ops"\njourney X {  persona Carla\nphase P { moment 0\n touchpoint T "t" { owner Ops emotion 4 "" channel telefono } } }',
        );
        const edits = (await session.connection.sendRequest(DocumentFormattingRequest.type, {
            textDocument: { uri: messy.uri },
            options: { tabSize: 2, insertSpaces: true },
        })) as TextEdit[];
        expect(TextDocument.applyEdits(messy.document, edits)).toBe(
            'team Ops "Ops"\n\njourney X {\n  persona Carla\n  phase P {\n    moment 0\n    touchpoint T "t" {\n      owner Ops\n      emotion 4 ""\n      channel telefono\n    }\n  }\n}\n',
        );
        const unchanged = (await session.connection.sendRequest(DocumentFormattingRequest.type, {
            textDocument: { uri: taller.uri },
            options: { tabSize: 2, insertSpaces: true },
        })) as TextEdit[];
        const formatted = TextDocument.applyEdits(taller.document, unchanged);
        expect(formatted.replace(/\s+/g, '')).toBe(taller.text.replace(/\s+/g, ''));
    });

    it('offers quick fixes for a published diagnostic', async () => {
        const diagnostics = await session.waitForDiagnostics(taller.uri, d => d.some(x => x.code === 'missing-emotion'));
        const missingEmotion = diagnostics.find(d => d.code === 'missing-emotion')!;
        const actions = (await session.connection.sendRequest(CodeActionRequest.type, {
            textDocument: { uri: taller.uri },
            range: missingEmotion.range,
            context: { diagnostics: [missingEmotion] },
        })) as CodeAction[];
        expect(actions.map(a => a.title)).toContain('Insertar emotion 3 ""');
        const fix = actions.find(a => a.title === 'Insertar emotion 3 ""')!;
        const fixed = TextDocument.applyEdits(taller.document, fix.edit!.changes![taller.uri]);
        expect(fixed).toContain('      action "Agenda el siguiente mantenimiento"\n      emotion 3 ""\n    }');
    });

    it('outlines the document', async () => {
        const symbols = (await session.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: taller.uri } })) as DocumentSymbol[];
        const journey = symbols.find(s => s.name === 'Mantenimiento')!;
        expect(journey.children!.map(c => c.name)).toEqual(['Prospeccion', 'Servicio', 'Retiro', 'Postventa', 'Lealtad']);
        expect(journey.children![0].children!.map(c => c.name)).toEqual(['BuscaTaller', 'AgendaCita']);
        expect(symbols.map(s => s.name).slice(0, 3)).toEqual(['Carla', 'CallCenter', 'Recepcion']);
    });

    it('highlights semantically', async () => {
        const legend = (session.initialize.capabilities.semanticTokensProvider as { legend: { tokenTypes: string[] } }).legend;
        const tokens = await session.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: taller.uri } });
        expect(tokens!.data.length % 5).toBe(0);
        const types = new Set<string>();
        for (let i = 0; i < tokens!.data.length; i += 5) types.add(legend.tokenTypes[tokens!.data[i + 3]]);
        expect([...types]).toEqual(expect.arrayContaining(['class', 'struct', 'interface', 'namespace', 'number', 'enumMember']));
    });

    it('answers selection ranges and folding ranges', async () => {
        const [selection] =
            (await session.connection.sendRequest(SelectionRangeRequest.type, {
                textDocument: { uri: taller.uri },
                positions: [positionOf(taller.text, 'Jefe de taller', 2)],
            })) ?? [];
        expect(TextDocument.create('', 'journey', 1, taller.text).getText(selection.range)).toBe('Jefe de taller');
        const folds = await session.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri: taller.uri } });
        expect(folds!.some(f => f.startLine === 0 && f.endLine === 2 && f.kind === 'comment')).toBe(true);
        expect(folds!.length).toBeGreaterThan(20);
    });

    it('shows code lenses above the journey', async () => {
        const lenses = await session.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: taller.uri } });
        expect(lenses!.map(l => l.command?.title)).toEqual(['8 contactos · 1 sin responsable · emoción media 2,7', 'Abrir vista previa']);
    });

    it('shows the inherited owners as inlay hints, in Spanish', async () => {
        const hints = await session.connection.sendRequest(InlayHintRequest.type, {
            textDocument: { uri: taller.uri },
            range: { start: { line: 0, character: 0 }, end: { line: 200, character: 0 } },
        });
        const labels = hints!.map(hint => (hint.label as InlayHintLabelPart[]).map(part => part.value).join(''));
        expect(labels).toEqual(['responsable: Central telefónica (el del contacto)', 'responsable: Recepción de vehículos (el del contacto)']);
    });

    it("writes a new journey map with the workspace's declarations, in the keyword language", async () => {
        await session.waitForDiagnostics(session.uri('seguro.journey'));
        const text = await session.connection.sendRequest(NewJourneyTextRequest);
        expect(text).toMatch(/^recorrido PrimeraCompra "Primera compra" \{$/m);
        expect(text).not.toMatch(/^(persona|equipo|canal) /m);
    });
});

describe('bin/journey-language-server.cjs', () => {
    it('starts over stdio', async () => {
        ensureBuilt();
        const session = await startServer([join(root, 'bin/journey-language-server.cjs'), '--stdio'], 'en');
        try {
            expect(session.initialize.capabilities.hoverProvider).toBeTruthy();
            const diagnostics = await session.waitForDiagnostics(session.uri('taller.journey'), d => d.length === 8);
            expect(diagnostics.find(d => d.code === 'missing-emotion')!.message).toContain('has no emotion');
        } finally {
            await session.close();
        }
    }, 60_000);
});
