// The browser's language server reads no disk: the extension sends it the workspace's
// `.journey` files and `.journeylint.json`, read through vscode.workspace.fs (a disk folder, a
// `memfs:` or a github.dev `vscode-vfs:` workspace alike), at startup in batches and on every
// create, change or delete (client/browser/workspace-file-sync.ts).

/** Client → server notification: workspace files as the editor's file system has them. */
export const WorkspaceFilesNotification = 'journey/workspaceFiles';

export interface WorkspaceFilesParams {
    /** Files created or changed, with their whole text. */
    changed: Array<{ uri: string; text: string }>;
    /** Files deleted (or folders: everything under them). */
    deleted: string[];
    /** Files that could not be read: each gets a diagnostic, the rest still loads. */
    unreadable: Array<{ uri: string; reason: string }>;
    /** Set on the last batch of the startup load: the server then indexes the workspace. */
    initialLoadComplete?: boolean;
}
