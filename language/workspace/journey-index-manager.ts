import type { LangiumDocument, URI } from 'langium';
import { Cancellation, DefaultIndexManager } from 'langium';

/**
 * Adds two workspace-wide questions the lint rules ask for every declaration
 * (unused-declaration, duplicate-name), answered from tables built once per index
 * change instead of scanning every reference and symbol of the workspace per declaration.
 */
export class JourneyIndexManager extends DefaultIndexManager {
    private referencedTargets: Set<string> | undefined;
    private declarationCounts: Map<string, number> | undefined;

    /** Is the node at `path` of the document `uri` the target of any cross-reference? */
    isReferenced(uri: URI, path: string): boolean {
        if (!this.referencedTargets) {
            const targets = new Set<string>();
            for (const references of this.referenceIndex.values()) {
                for (const reference of references) targets.add(`${reference.targetUri.toString()}#${reference.targetPath}`);
            }
            this.referencedTargets = targets;
        }
        return this.referencedTargets.has(`${uri.toString()}#${path}`);
    }

    /** How many exported declarations of this type and id the workspace holds. */
    declarationCount(type: string, name: string): number {
        if (!this.declarationCounts) {
            const counts = new Map<string, number>();
            for (const description of this.allElements()) {
                const key = `${description.type}\u0000${description.name}`;
                counts.set(key, (counts.get(key) ?? 0) + 1);
            }
            this.declarationCounts = counts;
        }
        return this.declarationCounts.get(`${type}\u0000${name}`) ?? 0;
    }

    override async updateContent(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        this.declarationCounts = undefined;
        await super.updateContent(document, cancelToken);
        this.declarationCounts = undefined;
    }

    override async updateReferences(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        this.referencedTargets = undefined;
        await super.updateReferences(document, cancelToken);
        this.referencedTargets = undefined;
    }

    override removeContent(uri: URI): void {
        this.declarationCounts = undefined;
        super.removeContent(uri);
    }

    override removeReferences(uri: URI): void {
        this.referencedTargets = undefined;
        super.removeReferences(uri);
    }

    override remove(uri: URI): void {
        this.declarationCounts = undefined;
        this.referencedTargets = undefined;
        super.remove(uri);
    }
}
