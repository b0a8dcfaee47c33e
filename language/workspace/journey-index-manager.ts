import type { AstNodeDescription, LangiumDocument, LangiumSharedCoreServices, URI } from 'langium';
import { compareDeclarationOrder } from './declaration-order.js';
import { Cancellation, DefaultIndexManager } from 'langium';
import type { JourneyProjects } from './journey-projects.js';

/**
 * Adds two workspace-wide questions the lint rules ask for every declaration
 * (unused-declaration, duplicate-name), answered from tables built once per index
 * change instead of scanning every reference and symbol of the workspace per declaration.
 * Ids are compared only among the files of one project (journey-projects.ts).
 */
export class JourneyIndexManager extends DefaultIndexManager {
    /** The paths of the referenced nodes, by their document's URI. */
    private referencedTargets: Map<string, Set<string>> | undefined;
    private declarationsByKey: Map<string, AstNodeDescription[]> | undefined;
    private declarationsRevision = -1;
    readonly projects: JourneyProjects;

    constructor(services: LangiumSharedCoreServices & { workspace: { Projects: JourneyProjects } }) {
        super(services);
        this.projects = services.workspace.Projects;
    }

    /** Is the node at `path` of the document `uri` the target of any cross-reference? */
    isReferenced(uri: URI, path: string): boolean {
        if (!this.referencedTargets) {
            // Grouped by document, not one `uri#path` string per reference: ~60,000 strings built and hashed per index change in a large workspace.
            const targets = new Map<string, Set<string>>();
            for (const references of this.referenceIndex.values()) {
                for (const reference of references) {
                    const target = reference.targetUri.toString();
                    let paths = targets.get(target);
                    if (!paths) targets.set(target, (paths = new Set()));
                    paths.add(reference.targetPath);
                }
            }
            this.referencedTargets = targets;
        }
        return this.referencedTargets.get(uri.toString())?.has(path) ?? false;
    }

    /**
     * Is this declaration a repeat of an earlier one of the same type and id? "Earlier" is in
     * declaration order (declaration-order.ts), so exactly one of a group of duplicates counts
     * as the original: the one references resolve to.
     */
    isRepeatedDeclaration(type: string, name: string, uri: URI, path: string): boolean {
        const first = this.firstDeclaration(type, name, uri);
        return first !== undefined && (first.documentUri.toString() !== uri.toString() || first.path !== path);
    }

    /** The original of the declarations of this type and id in the project of `uri`, when there are several. */
    firstDeclaration(type: string, name: string, uri: URI): AstNodeDescription | undefined {
        if (!this.declarationsByKey || this.declarationsRevision !== this.projects.revision) {
            const byKey = new Map<string, AstNodeDescription[]>();
            for (const description of this.allElements()) {
                const key = `${this.projects.projectOf(description.documentUri)}\u0000${description.type}\u0000${description.name}`;
                const list = byKey.get(key) ?? [];
                list.push(description);
                byKey.set(key, list);
            }
            for (const list of byKey.values()) list.sort(compareDeclarationOrder);
            this.declarationsByKey = byKey;
            this.declarationsRevision = this.projects.revision;
        }
        const list = this.declarationsByKey.get(`${this.projects.projectOf(uri)}\u0000${type}\u0000${name}`);
        return list !== undefined && list.length > 1 ? list[0] : undefined;
    }

    /** The declarations of this type that files of the project of `uri` can refer to. */
    elementsInProjectOf(type: string, uri: URI): AstNodeDescription[] {
        const project = this.projects.projectOf(uri);
        return this.allElements(type)
            .filter(description => this.projects.projectOf(description.documentUri) === project)
            .toArray();
    }

    /**
     * After an edit inside one line of a string or comment (parser/in-place-edit.ts), the
     * document's references are the same, and each reads its position from its token, which
     * the edit already moved (LiveSegment, journey-reference-descriptions.ts): the index stays
     * as it is, ~100× cheaper than indexing the document's references again (~150 ms at
     * 10,000 touchpoints). False when the document has no reference index to keep.
     */
    keepsReferences(uri: URI): boolean {
        return this.referenceIndex.has(uri.toString());
    }

    override async updateContent(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        this.declarationsByKey = undefined;
        await super.updateContent(document, cancelToken);
        this.declarationsByKey = undefined;
    }

    override async updateReferences(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        this.referencedTargets = undefined;
        await super.updateReferences(document, cancelToken);
        this.referencedTargets = undefined;
    }

    override removeContent(uri: URI): void {
        this.declarationsByKey = undefined;
        super.removeContent(uri);
    }

    override removeReferences(uri: URI): void {
        this.referencedTargets = undefined;
        super.removeReferences(uri);
    }

    override remove(uri: URI): void {
        this.declarationsByKey = undefined;
        this.referencedTargets = undefined;
        super.remove(uri);
    }
}
