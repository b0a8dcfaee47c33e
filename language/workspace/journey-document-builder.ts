import type { AstNode, BuildOptions, LangiumDocument, URI } from 'langium';
import { Cancellation, DefaultDocumentBuilder, DocumentState, isOperationCancelled } from 'langium';
import { markWorkspaceChanged } from '../ast-revisions.js';
import type { Model } from '../generated/ast.js';
import type { JourneyDocumentValidator } from '../lint/journey-document-validator.js';
import { applyInPlaceChange, applyInPlaceEdit, type ChangeLog, type InPlacePatch } from '../parser/in-place-edit.js';
import { treeTextOf } from '../parser/journey-cst-node-builder.js';
import type { JourneyIndexManager } from './journey-index-manager.js';
import { bindTextDocument } from './journey-document-factory.js';

/**
 * Makes the work of an edit scale with the edited file, not the workspace, while keeping
 * every file's diagnostics right:
 *
 * - Langium relinks every file that refers to a changed file. Here such files are relinked
 *   only when the changed file's declarations (type, id, position) actually changed; when
 *   they did not (an edited title, a touchpoint of a journey), their references are merely
 *   reset to resolve lazily against the new declarations, and their diagnostics stay valid.
 * - Files that declare personas, teams or channels are revalidated (not relinked) after any
 *   change, because `unused-declaration` counts uses in the whole workspace; so are files
 *   whose journeys improve another (their findings compare with the current state); so are files
 *   that share an id with a changed declaration, for `duplicate-name`, and files that repeat
 *   an id whose declaration moved to another line (their finding names that line).
 * - An edit inside a string or a line comment is patched into the tree in place (see
 *   parser/in-place-edit.ts): no parse, no relinking, no reference indexing (the indexed
 *   references keep their index: they read their positions from the moved tokens), only validation.
 */
export class JourneyDocumentBuilder extends DefaultDocumentBuilder {
    private deferredRelinks = new Set<string>();
    /**
     * Documents that were at least linked when a change to them arrived, with that state:
     * candidates for an in-place edit. Linked is enough (not validated), so that keystrokes
     * arriving while the previous one is still being validated are patched too.
     */
    private readonly inPlaceCandidates = new Map<string, DocumentState>();

    /**
     * Called as soon as a change arrives, before the (coalesced) update that builds it runs:
     * requests about these documents now wait for that update instead of answering from the
     * old text. Only the state is lowered; the tree is kept for an in-place edit.
     */
    markChanged(uris: URI[]): void {
        for (const uri of uris) {
            let document = this.langiumDocuments.getDocument(uri);
            if (!document) {
                // A newly opened file: a placeholder until the update parses it, as Langium's update does.
                // Anything else unknown (a folder, a file of another kind) is left to the update to sort out.
                if (!this.textDocuments?.get(uri.toString()) || !this.serviceRegistry.hasServices(uri)) continue;
                document = this.langiumDocumentFactory.fromModel({ $type: 'INVALID' }, uri);
                document.state = DocumentState.Changed;
                this.langiumDocuments.addDocument(document);
                continue;
            }
            const key = uri.toString();
            if (!this.inPlaceCandidates.has(key) && document.state >= DocumentState.Linked) this.inPlaceCandidates.set(key, document.state);
            if (document.state > DocumentState.Changed) document.state = DocumentState.Changed;
        }
        if (uris.length > 0) this.currentState = DocumentState.Changed;
    }

    override async update(changedUris: URI[], deleted: URI[], cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        const linesBefore = new Map(changedUris.map(uri => [uri.toString(), this.declarationLines(uri)]));
        const patched: URI[] = [];
        for (const uri of changedUris) if (await this.patchInPlace(uri)) patched.push(uri);
        if (patched.length > 0) await this.emitUpdate(patched, []);
        const changed = changedUris.filter(uri => !patched.includes(uri));
        // Remembered findings survive only updates made of in-place edits (see lint/remembered-findings.ts).
        // What else is derived from the trees is outdated by the factory when it parses a changed
        // file anew, not when it re-parses a block (journey-document-factory.ts).
        if (patched.length === 0 || changed.length > 0 || deleted.length > 0) this.forgetFindings(deleted.length > 0 || changed.length === 0);
        const before = new Map(changed.map(uri => [uri.toString(), this.exportSignature(uri)]));
        const namesBefore = new Set(changed.flatMap(uri => this.exportedNames(uri)));
        this.deferredRelinks = new Set();
        await super.update(changed, deleted, cancelToken);
        const changedExports = deleted.length > 0 || changed.some(uri => this.exportSignature(uri) !== before.get(uri.toString()));
        const moved = this.movedRepeatedNames(changedUris, linesBefore);
        if (!changedExports && moved.size === 0) return;
        // Declarations changed: do the relinking that was deferred, and recheck duplicates.
        const names = changedExports ? new Set([...namesBefore, ...changed.flatMap(uri => this.exportedNames(uri))]) : new Set<string>();
        const edited = new Set(changedUris.map(uri => uri.toString()));
        // Ids a changed file declares where another file declares them too: the first by file
        // resolves them (declaration-order.ts), so a new or moved one can take over references
        // of files that never referred to the changed file.
        const contested = changedExports ? new Set(changed.flatMap(uri => this.repeatedIds(uri))) : new Set<string>();
        let more = false;
        for (const document of this.langiumDocuments.all) {
            if (
                changedExports &&
                (this.deferredRelinks.has(document.uri.toString()) ||
                    (contested.size > 0 &&
                        !edited.has(document.uri.toString()) &&
                        document.state >= DocumentState.Linked &&
                        document.references.some(reference => contested.has(reference.$refText))))
            ) {
                this.resetToState(document, DocumentState.ComputedScopes);
                more = true;
            } else if (
                document.state === DocumentState.Validated &&
                this.exportedNames(document.uri).some(name => names.has(name) || (moved.has(name) && !edited.has(document.uri.toString())))
            ) {
                this.resetToState(document, DocumentState.IndexedReferences);
                more = true;
            }
        }
        this.deferredRelinks = new Set();
        if (!more) return;
        // Other files' references moved: their findings and these are checked afresh.
        this.forgetFindings();
        await super.update([], [], cancelToken);
    }

    override async build<T extends AstNode>(
        documents: Array<LangiumDocument<T>>,
        options?: BuildOptions,
        cancelToken?: Cancellation.CancellationToken,
    ): Promise<void> {
        this.forgetFindings();
        return super.build(documents, options, cancelToken);
    }

    /** Something else than in-place edits changed: remembered findings (and, unless told otherwise, everything derived from the trees) are outdated. */
    private forgetFindings(derivedOutdated = true): void {
        if (derivedOutdated) markWorkspaceChanged();
        for (const services of this.serviceRegistry.all) (services.validation.DocumentValidator as Partial<JourneyDocumentValidator>).forgetFindings?.();
    }

    /** Applies an edit in place when it allows; the document then only needs its references indexed and validation. */
    private async patchInPlace(uri: URI): Promise<boolean> {
        const document = this.langiumDocuments.getDocument(uri);
        const textDocument = this.textDocuments?.get(uri.toString());
        const stateBefore = this.inPlaceCandidates.get(uri.toString()) ?? document?.state ?? DocumentState.Changed;
        this.inPlaceCandidates.delete(uri.toString());
        if (!document || !textDocument || stateBefore < DocumentState.Linked) return false;
        const root = document.parseResult.value.$cstNode?.root;
        const tree = root && treeTextOf(root);
        const converter = this.serviceRegistry.getServices(uri).parser.ValueConverter;
        const textChangesBefore = tree?.changes;
        let shift: InPlacePatch | undefined;
        const onPatch = (patch: InPlacePatch) => {
            shift = patch;
        };
        let unchanged: boolean;
        // The editor's changes since the tree's text, when the document kept them: the text is not joined.
        const change = tree?.documentVersion !== undefined ? (textDocument as Partial<ChangeLog>).changeSince?.(tree.documentVersion) : undefined;
        if (change !== undefined) {
            unchanged = change === null;
            if (change && !applyInPlaceChange(document, change, converter, onPatch)) return false;
        } else {
            const text = textDocument.getText();
            // A change that leaves the text as it was (an undo back to it, a version bump) keeps the tree whole.
            unchanged = root?.fullText === text;
            if (!unchanged && !applyInPlaceEdit(document, text, converter, onPatch)) return false;
        }
        if (tree) tree.documentVersion = textDocument.version;
        bindTextDocument(document, textDocument);
        if (shift && textChangesBefore !== undefined) {
            (this.serviceRegistry.getServices(uri).validation.DocumentValidator as Partial<JourneyDocumentValidator>).notePatch?.(
                document,
                shift,
                textChangesBefore,
            );
        }
        // Links stay valid; exported declarations keep their ids and paths, refresh their positions;
        // the indexed references stay (if they were indexed for this tree: they read the moved tokens); then
        // only the validation is redone.
        if (!unchanged) await this.indexManager.updateContent(document);
        const referencesIndexed = stateBefore >= DocumentState.IndexedReferences;
        const referencesKept =
            referencesIndexed && (unchanged || (shift !== undefined && (this.indexManager as JourneyIndexManager).keepsReferences(document.uri)));
        if (!referencesKept) this.indexManager.removeReferences(document.uri);
        document.diagnostics = undefined;
        this.buildState.delete(uri.toString());
        document.state = referencesKept ? DocumentState.IndexedReferences : DocumentState.Linked;
        return true;
    }

    /**
     * Every listener of a phase the document reached runs, even when the build was cancelled
     * meanwhile. Langium checks for cancellation before each listener and skips the rest: a
     * change arriving just after a document was validated (a file opened while the workspace
     * builds) skipped the listener that publishes its diagnostics, and since the document
     * counts as validated no later build published them. The build stops at its next check.
     */
    protected override async notifyDocumentPhase(document: LangiumDocument, state: DocumentState, cancelToken: Cancellation.CancellationToken): Promise<void> {
        for (const listener of this.documentPhaseListeners.get(state).slice()) {
            try {
                await listener(document, cancelToken);
            } catch (error) {
                if (!isOperationCancelled(error)) throw error;
            }
        }
    }

    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        if (this.indexManager.isAffected(document, changedUris)) {
            // Re-resolve lazily against the new declarations; relink later only if they moved.
            this.serviceRegistry.getServices(document.uri).references.Linker.unlink({ ...document, references: [...document.references] } as LangiumDocument);
            this.deferredRelinks.add(document.uri.toString());
        } else if (document.references.some(reference => reference.error !== undefined)) {
            // Langium relinks these on every change in case a name got declared; only needed if declarations changed.
            this.deferredRelinks.add(document.uri.toString());
        }
        if (document.state >= DocumentState.Validated && (declaresSharedElements(document) || improvesAJourney(document))) {
            this.resetToState(document, DocumentState.IndexedReferences);
        }
        return false;
    }

    /** Where the document's declarations are: `type:id:line` each. */
    private declarationLines(uri: URI): string {
        return this.indexManager
            .allElements(undefined, new Set([uri.toString()]))
            .map(description => `${description.type}:${description.name}:${description.nameSegment?.range.start.line}`)
            .toArray()
            .join('\n');
    }

    /**
     * The ids (`type:id`) declared in the edited documents whose lines moved and that are declared
     * in other files of the project too: those files' duplicate-name findings name the line.
     */
    private movedRepeatedNames(edited: URI[], linesBefore: Map<string, string>): Set<string> {
        const index = this.indexManager as JourneyIndexManager;
        const names = new Set<string>();
        for (const uri of edited) {
            if (this.declarationLines(uri) === linesBefore.get(uri.toString())) continue;
            for (const description of index.allElements(undefined, new Set([uri.toString()]))) {
                if (index.firstDeclaration(description.type, description.name, uri)) names.add(`${description.type}:${description.name}`);
            }
        }
        return names;
    }

    private exportSignature(uri: URI): string {
        return this.indexManager
            .allElements(undefined, new Set([uri.toString()]))
            .map(description => `${description.type}:${description.name}:${description.path}`)
            .toArray()
            .sort()
            .join('\n');
    }

    /** The ids the document declares that other files of its project declare too. */
    private repeatedIds(uri: URI): string[] {
        const index = this.indexManager as JourneyIndexManager;
        return this.indexManager
            .allElements(undefined, new Set([uri.toString()]))
            .filter(description => index.firstDeclaration(description.type, description.name, uri) !== undefined)
            .map(description => description.name)
            .toArray();
    }

    private exportedNames(uri: URI): string[] {
        return this.indexManager
            .allElements(undefined, new Set([uri.toString()]))
            .map(description => `${description.type}:${description.name}`)
            .toArray();
    }
}

/** A future-state journey's findings depend on its current state, maybe in a file that just changed in place. */
function improvesAJourney(document: LangiumDocument): boolean {
    const model = document.parseResult.value as Model;
    return model.declarations?.some(declaration => declaration.$type === 'Journey' && declaration.improves.length > 0) ?? false;
}

function declaresSharedElements(document: LangiumDocument): boolean {
    const model = document.parseResult.value as Model;
    return model.declarations?.some(declaration => declaration.$type !== 'Journey') ?? false;
}
