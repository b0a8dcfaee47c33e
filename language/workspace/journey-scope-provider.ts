import type { ReferenceInfo, Scope } from 'langium';
import { DefaultScopeProvider, MultiMapScope } from 'langium';
import { compareDeclarationOrder } from './declaration-order.js';

/**
 * Langium's global scope resolves an id declared twice to the first in the index, whose order
 * is the order the files were read in. Here it is the first in declaration order
 * (declaration-order.ts), the one `duplicate-name` treats as the original.
 */
export class JourneyScopeProvider extends DefaultScopeProvider {
    protected override getGlobalScope(referenceType: string, _context: ReferenceInfo): Scope {
        return this.globalScopeCache.get(referenceType, () =>
            new MultiMapScope(this.indexManager.allElements(referenceType).toArray().sort(compareDeclarationOrder)));
    }
}
