// Skeleton quick fixes as snippets: a client that announces
// `workspace.workspaceEdit.snippetEditSupport` (LSP 3.18; VS Code through vscode-languageclient 10)
// gets a SnippetTextEdit, with tab stops on the values to fill in; any other client gets the
// same text with the tab stops' defaults. The fixes write snippet syntax only around values
// they choose: their literal text is keywords and ids, which hold no `$`, `}` or `\`.
import type { LangiumDocument } from 'langium';
import type { SnippetTextEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver';

/** The text a snippet inserts when nobody fills its tab stops: `${1:3}` → `3`, `${2|a,b|}` → `a`, `$3` → nothing. */
export function plainTextOf(snippet: string): string {
    return snippet
        .replace(/\$\{\d+:([^}]*)\}/g, '$1')
        .replace(/\$\{\d+\|([^,|]*)[^}]*\|\}/g, '$1')
        .replace(/\$\d+/g, '');
}

/**
 * A workspace edit of one document, whose edits are written as snippets: snippet edits for a
 * client that applies them, plain text edits otherwise.
 */
export function snippetWorkspaceEdit(document: LangiumDocument, edits: TextEdit[], snippets: boolean): WorkspaceEdit {
    const uri = document.textDocument.uri;
    if (!snippets) return { changes: { [uri]: edits.map(edit => ({ range: edit.range, newText: plainTextOf(edit.newText) })) } };
    const text = document.textDocument.getText();
    const snippetEdits: SnippetTextEdit[] = edits.map(edit => ({
        range: edit.range,
        snippet: { kind: 'snippet', value: relativeToInsertionLine(text, document.textDocument.offsetAt(edit.range.start), edit.newText) },
    }));
    return { documentChanges: [{ textDocument: { uri, version: document.textDocument.version }, edits: snippetEdits }] };
}

/**
 * VS Code indents every line of a snippet after the first by the whitespace that precedes the
 * insertion point on its line (SnippetSession.adjustWhitespace); the fixes' lines are already
 * indented, so that whitespace comes off them once.
 */
function relativeToInsertionLine(text: string, offset: number, snippet: string): string {
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    const leading = /^[ \t]*/.exec(text.slice(lineStart, offset))![0];
    if (leading === '') return snippet;
    return snippet
        .split('\n')
        .map((line, index) => (index > 0 && line.startsWith(leading) ? line.slice(leading.length) : line))
        .join('\n');
}
