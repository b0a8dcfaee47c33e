// The `.journey` files (and `.journeylint.json`) of a workspace folder, on a disk or a virtual
// file system (github.dev's vscode-vfs:, a memfs:), for the browser's file sync and for
// "Journey: Compare with…".
import * as vscode from 'vscode';

/** `.journey` files and `.journeylint.json`, as a glob for searches and watchers. */
export const WORKSPACE_FILES = '**/{*.journey,.journeylint.json}';
const EXCLUDED = '**/node_modules/**';

/** Schemes whose search is built into the editor (a disk, local or behind a server). */
const SEARCHABLE_SCHEMES = new Set(['file', 'vscode-remote']);

/**
 * The workspace files of a folder. Searching a file system that an extension provides waits
 * for that extension's search provider, which it may never register (a `memfs:` one does
 * not): such folders are walked through the file system instead.
 */
export async function listWorkspaceFiles(folder: vscode.WorkspaceFolder): Promise<vscode.Uri[]> {
    if (SEARCHABLE_SCHEMES.has(folder.uri.scheme)) return vscode.workspace.findFiles(new vscode.RelativePattern(folder, WORKSPACE_FILES), EXCLUDED);
    return walk(folder.uri);
}

/** The `.journey` files and `.journeylint.json` under a folder, skipping hidden folders and node_modules. */
async function walk(folder: vscode.Uri): Promise<vscode.Uri[]> {
    const found: vscode.Uri[] = [];
    for (const [name, type] of await vscode.workspace.fs.readDirectory(folder)) {
        const uri = vscode.Uri.joinPath(folder, name);
        if (type & vscode.FileType.Directory) {
            if (!name.startsWith('.') && name !== 'node_modules') found.push(...(await walk(uri)));
        } else if (name.endsWith('.journey') || name === '.journeylint.json') {
            found.push(uri);
        }
    }
    return found;
}
