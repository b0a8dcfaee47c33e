import type { AstNode, CstNode, DocumentSegment, LangiumDocument, ReferenceDescription } from 'langium';
import { DefaultReferenceDescriptionProvider, UriUtils } from 'langium';

/**
 * Where a reference is written, read from its CST leaf when asked. The leaf's position is
 * always current (an edit in place moves the tree's tokens, parser/tree-text.ts), so nothing
 * has to move these segments after such an edit; and indexing allocates one object per
 * reference instead of four (a segment, its range and two positions: ~50,000 references at
 * 10,000 touchpoints, most never read).
 */
export class LiveSegment implements DocumentSegment {
    constructor(private readonly leaf: CstNode) {}
    get offset(): number {
        return this.leaf.offset;
    }
    get end(): number {
        return this.leaf.end;
    }
    get length(): number {
        return this.leaf.end - this.leaf.offset;
    }
    get range(): DocumentSegment['range'] {
        return this.leaf.range;
    }
}

/**
 * The reference index of a document, built from the references the linker already collected
 * (`document.references`) instead of walking every AST node and its properties again; paths
 * are computed once per referring node, and segments read their leaf (LiveSegment). Same
 * descriptions as Langium's, a fraction of the time (measured: 38 ms → a few ms per edit at
 * 1,000 touchpoints).
 */
export class JourneyReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    override async createDescriptions(document: LangiumDocument): Promise<ReferenceDescription[]> {
        const descriptions: ReferenceDescription[] = [];
        const paths = new Map<AstNode, string>();
        for (const reference of document.references) {
            const target = 'items' in reference ? undefined : reference.$nodeDescription;
            const container = (reference as { node?: AstNode }).node;
            if (!target || !container || reference.error || !reference.$refNode) continue;
            let sourcePath = paths.get(container);
            if (sourcePath === undefined) {
                sourcePath = this.nodeLocator.getAstNodePath(container);
                paths.set(container, sourcePath);
            }
            descriptions.push({
                sourceUri: document.uri,
                sourcePath,
                targetUri: target.documentUri,
                targetPath: target.path,
                segment: new LiveSegment(reference.$refNode),
                local: target.documentUri === document.uri || UriUtils.equals(target.documentUri, document.uri),
            });
        }
        return descriptions;
    }
}
