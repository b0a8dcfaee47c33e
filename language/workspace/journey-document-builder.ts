import type { LangiumDocument, URI } from 'langium';
import { Cancellation, DefaultDocumentBuilder, DocumentState } from 'langium';
import type { Model } from '../generated/ast.js';

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
 *   that share an id with a changed declaration, for `duplicate-name`.
 */
export class JourneyDocumentBuilder extends DefaultDocumentBuilder {
    private deferredRelinks = new Set<string>();

    override async update(changed: URI[], deleted: URI[], cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        const before = new Map(changed.map(uri => [uri.toString(), this.exportSignature(uri)]));
        const namesBefore = new Set(changed.flatMap(uri => this.exportedNames(uri)));
        this.deferredRelinks = new Set();
        await super.update(changed, deleted, cancelToken);
        const changedExports = deleted.length > 0 || changed.some(uri => this.exportSignature(uri) !== before.get(uri.toString()));
        if (!changedExports) return;
        // Declarations changed: do the relinking that was deferred, and recheck duplicates.
        const names = new Set([...namesBefore, ...changed.flatMap(uri => this.exportedNames(uri))]);
        let more = false;
        for (const document of this.langiumDocuments.all) {
            if (this.deferredRelinks.has(document.uri.toString())) {
                this.resetToState(document, DocumentState.ComputedScopes);
                more = true;
            } else if (document.state === DocumentState.Validated && this.exportedNames(document.uri).some(name => names.has(name))) {
                this.resetToState(document, DocumentState.IndexedReferences);
                more = true;
            }
        }
        this.deferredRelinks = new Set();
        if (more) await super.update([], [], cancelToken);
    }

    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        if (document.references.some(reference => reference.error !== undefined)) return true;
        if (this.indexManager.isAffected(document, changedUris)) {
            // Re-resolve lazily against the new declarations; relink later only if they moved.
            this.serviceRegistry.getServices(document.uri).references.Linker.unlink({ ...document, references: [...document.references] } as LangiumDocument);
            this.deferredRelinks.add(document.uri.toString());
        }
        if (document.state >= DocumentState.Validated && declaresSharedElements(document)) {
            this.resetToState(document, DocumentState.IndexedReferences);
        }
        return false;
    }

    private exportSignature(uri: URI): string {
        return this.indexManager.allElements(undefined, new Set([uri.toString()]))
            .map(description => `${description.type}:${description.name}:${description.path}`).toArray().sort().join('\n');
    }

    private exportedNames(uri: URI): string[] {
        return this.indexManager.allElements(undefined, new Set([uri.toString()]))
            .map(description => `${description.type}:${description.name}`).toArray();
    }
}

function declaresSharedElements(document: LangiumDocument): boolean {
    const model = document.parseResult.value as Model;
    return model.declarations?.some(declaration => declaration.$type !== 'Journey') ?? false;
}
