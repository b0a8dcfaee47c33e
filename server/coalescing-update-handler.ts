import { URI, type FileSystemProvider } from 'langium';
import type { TextDocumentChangeEvent } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { JourneyDocumentBuilder } from '../language/workspace/journey-document-builder.js';
import { DefaultDocumentUpdateHandler, type LangiumSharedServices } from 'langium/lsp';

/**
 * Langium starts a workspace update for every change notification. Parsing is not
 * interruptible, so fast typing on a large file queued one full rebuild per keystroke
 * (measured: 8–11 s behind at 10,000 touchpoints). Here changes that arrive while an update
 * is waiting are merged into it, so at most one update runs and one waits, and the waiting
 * one always builds the newest text. No fixed delay: an isolated edit is built at once
 * (after one event-loop turn).
 */
export class CoalescingDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    private readonly pendingChanged = new Set<string>();
    private readonly pendingDeleted = new Set<string>();
    private updateQueued = false;
    /** Counts change notifications, to tell when the connection has no more of them buffered. */
    private changeCount = 0;
    private workspaceReady = false;
    protected readonly fileSystem: FileSystemProvider;

    constructor(services: LangiumSharedServices) {
        super(services);
        this.fileSystem = services.workspace.FileSystemProvider;
    }

    /**
     * A closed editor's unsaved text must not linger in the workspace (it would keep producing
     * findings, even duplicate-name errors against the saved file): the file is read again from
     * disk, or dropped when it is not on disk (untitled, deleted).
     */
    didCloseDocument(event: TextDocumentChangeEvent<TextDocument>): void {
        const uri = URI.parse(event.document.uri);
        if (this.isWorkspaceFile(uri)) this.fireDocumentUpdate([uri], []);
        else this.fireDocumentUpdate([], [uri]);
    }

    /** A file the workspace holds apart from editors: on the desktop, a file on disk. */
    protected isWorkspaceFile(uri: URI): boolean {
        return uri.scheme === 'file' && this.fileSystem.existsSync(uri);
    }

    protected override fireDocumentUpdate(changed: URI[], deleted: URI[]): void {
        this.changeCount++;
        for (const uri of changed) {
            this.pendingChanged.add(uri.toString());
            this.pendingDeleted.delete(uri.toString());
        }
        for (const uri of deleted) {
            this.pendingDeleted.add(uri.toString());
            this.pendingChanged.delete(uri.toString());
        }
        // Requests about these documents wait for the coming update (see JourneyDocumentBuilder.markChanged).
        if (this.workspaceReady) (this.documentBuilder as JourneyDocumentBuilder).markChanged(changed);
        if (this.updateQueued) return;
        this.updateQueued = true;
        this.workspaceManager.ready
            .then(() => {
                this.workspaceReady = true;
                // Queuing a write cancels the running update; it stops at its next check.
                void this.workspaceLock.write(async token => {
                    // The connection hands over one buffered message per event-loop turn, so the
                    // changes typed during the previous (blocking) parse arrive one by one: take
                    // them all before building. Stops as soon as a turn brings no new change.
                    for (let seen = -1; seen !== this.changeCount;) {
                        seen = this.changeCount;
                        await new Promise(resolve => setImmediate(resolve));
                    }
                    this.updateQueued = false;
                    const changedNow = [...this.pendingChanged].map(uri => URI.parse(uri));
                    const deletedNow = [...this.pendingDeleted].map(uri => URI.parse(uri));
                    this.pendingChanged.clear();
                    this.pendingDeleted.clear();
                    return this.documentBuilder.update(changedNow, deletedNow, token);
                });
            })
            .catch(error => {
                console.error('Workspace initialization failed. Could not perform document update.', error);
            });
    }
}
