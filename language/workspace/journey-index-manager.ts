import type { AstNodeDescription, LangiumDocument, URI } from 'langium';
import { compareDeclarationOrder } from './declaration-order.js';
import { Cancellation, DefaultIndexManager } from 'langium';

/**
 * Adds two workspace-wide questions the lint rules ask for every declaration
 * (unused-declaration, duplicate-name), answered from tables built once per index
 * change instead of scanning every reference and symbol of the workspace per declaration.
 */
export class JourneyIndexManager extends DefaultIndexManager {
    private referencedTargets: Set<string> | undefined;
    private declarationsByKey: Map<string, AstNodeDescription[]> | undefined;

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

    /**
     * Is this declaration a repeat of an earlier one of the same type and id? "Earlier" is in
     * declaration order (declaration-order.ts), so exactly one of a group of duplicates counts
     * as the original: the one references resolve to.
     */
    isRepeatedDeclaration(type: string, name: string, uri: URI, path: string): boolean {
        const first = this.firstDeclaration(type, name);
        return first !== undefined && (first.documentUri.toString() !== uri.toString() || first.path !== path);
    }

    /** The original of the declarations of this type and id, when there are several. */
    firstDeclaration(type: string, name: string): AstNodeDescription | undefined {
        if (!this.declarationsByKey) {
            const byKey = new Map<string, AstNodeDescription[]>();
            for (const description of this.allElements()) {
                const key = `${description.type}\u0000${description.name}`;
                const list = byKey.get(key) ?? [];
                list.push(description);
                byKey.set(key, list);
            }
            for (const list of byKey.values()) list.sort(compareDeclarationOrder);
            this.declarationsByKey = byKey;
        }
        const list = this.declarationsByKey.get(`${type}\u0000${name}`);
        return list !== undefined && list.length > 1 ? list[0] : undefined;
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
