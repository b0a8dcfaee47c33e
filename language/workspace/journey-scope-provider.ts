import type { ReferenceInfo, Scope } from 'langium';
import { AstUtils, DefaultScopeProvider, MultiMapScope } from 'langium';
import { compareDeclarationOrder } from './declaration-order.js';
import type { JourneyIndexManager } from './journey-index-manager.js';

/**
 * Langium's global scope resolves an id declared twice to the first in the index, whose order
 * is the order the files were read in. Here it is the first in declaration order
 * (declaration-order.ts), the one `duplicate-name` treats as the original. A reference sees
 * only the declarations of its own file's project (journey-projects.ts).
 */
export class JourneyScopeProvider extends DefaultScopeProvider {
    protected override getGlobalScope(referenceType: string, context: ReferenceInfo): Scope {
        const index = this.indexManager as JourneyIndexManager;
        const uri = AstUtils.getDocument(context.container).uri;
        const project = index.projects.projectOf(uri);
        return this.globalScopeCache.get(
            `${referenceType}\u0000${project}`,
            () => new MultiMapScope(index.elementsInProjectOf(referenceType, uri).sort(compareDeclarationOrder)),
        );
    }
}
