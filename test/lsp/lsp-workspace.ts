// In-memory workspaces for the LSP feature tests: the language server's services over
// several files, built and validated like the editor does.
import { Cancellation, EmptyFileSystem, TextDocument, URI, type LangiumDocument } from 'langium';
import type { Diagnostic, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import type { Model } from '../../language/generated/ast.js';
import type { Locale } from '../../language/i18n/locale.js';
import type { JourneyDocumentBuilder } from '../../language/workspace/journey-document-builder.js';
import { createJourneyLspServices, type JourneyLspServices } from '../../server/journey-lsp-module.js';

export interface Workspace {
    services: JourneyLspServices;
    documents: Record<string, LangiumDocument<Model>>;
    uri(name: string): string;
}

/** `projects`: folders (under the workspace, e.g. `north`) that hold a `.journeylint.json`, each a project of its own. */
export async function openWorkspace(
    files: Record<string, string>,
    options: { locale?: Locale; keywordLanguage?: Locale; projects?: string[] } = {},
): Promise<Workspace> {
    const { shared, Journey } = createJourneyLspServices(EmptyFileSystem);
    Journey.preferences.locale = options.locale ?? 'en';
    Journey.preferences.keywordLanguage = options.keywordLanguage ?? options.locale ?? 'en';
    shared.workspace.Projects.setWorkspaceRoots([URI.file('/workspace')]);
    shared.workspace.Projects.setProjectRoots((options.projects ?? []).map(folder => URI.file(`/workspace/${folder}`)));
    const documents: Record<string, LangiumDocument<Model>> = {};
    for (const [name, text] of Object.entries(files)) {
        const document = shared.workspace.LangiumDocumentFactory.fromString<Model>(text, URI.file(`/workspace/${name}`));
        shared.workspace.LangiumDocuments.addDocument(document);
        documents[name] = document;
    }
    await shared.workspace.DocumentBuilder.build(Object.values(documents), { validation: true });
    return { services: Journey, documents, uri: name => URI.file(`/workspace/${name}`).toString() };
}

/**
 * A workspace (`otherFiles` and `name`) whose file `name` is open in an editor: edits go through its text document
 * and, as in the server, mark the document changed; `build` runs the update the server runs.
 */
export async function openInEditor(name: string, text: string, otherFiles: Record<string, string> = {}) {
    const workspace = await openWorkspace({ ...otherFiles, [name]: text });
    const uri = workspace.uri(name);
    const shared = workspace.services.shared;
    const textDocument = TextDocument.create(uri, 'journey', 1, text);
    shared.workspace.TextDocuments!.set(textDocument);
    const builder = shared.workspace.DocumentBuilder as JourneyDocumentBuilder;
    /** Replaces `length` characters at `offset` with `insert`. */
    const edit = (offset: number, insert: string, length = 0) => {
        const range = { start: textDocument.positionAt(offset), end: textDocument.positionAt(offset + length) };
        TextDocument.update(textDocument, [{ range, text: insert }], textDocument.version + 1);
        builder.markChanged([URI.parse(uri)]);
    };
    const build = (token?: Cancellation.CancellationToken) => builder.update([URI.parse(uri)], [], token);
    return { workspace, textDocument, document: workspace.documents[name], edit, build };
}

export function diagnosticsOf(workspace: Workspace, name: string): Diagnostic[] {
    return workspace.documents[name].diagnostics ?? [];
}

export function applyTextEdits(text: string, edits: TextEdit[]): string {
    return TextDocument.applyEdits(TextDocument.create('file:///x', 'journey', 0, text), edits);
}

/** The texts of the workspace after a workspace edit. */
export function applyWorkspaceEdit(workspace: Workspace, edit: WorkspaceEdit): Record<string, string> {
    const result: Record<string, string> = {};
    for (const [name, document] of Object.entries(workspace.documents)) {
        const edits = edit.changes?.[document.uri.toString()] ?? [];
        result[name] = applyTextEdits(document.textDocument.getText(), edits);
    }
    return result;
}

/** Removes the `|` cursor marker of a text: the text and the cursor's offset. */
export function cursor(textWithMarker: string, marker = '<|>'): { text: string; offset: number } {
    const offset = textWithMarker.indexOf(marker);
    if (offset < 0) throw new Error('no cursor marker');
    return { text: textWithMarker.slice(0, offset) + textWithMarker.slice(offset + marker.length), offset };
}
