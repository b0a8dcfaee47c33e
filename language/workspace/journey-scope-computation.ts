import type { LangiumDocument, LocalSymbols } from 'langium';
import { DefaultScopeComputation, MultiMap } from 'langium';

/**
 * References only ever target top-level personas, teams and channels, which the global
 * scope already exports. Langium's default would also register every phase and touchpoint
 * as a local symbol that each reference scans, which makes linking quadratic in the file
 * size (measured: 2.9 s of a 4 s build at 10,000 touchpoints). No local symbols: linear.
 */
export class JourneyScopeComputation extends DefaultScopeComputation {
    override async collectLocalSymbols(_document: LangiumDocument): Promise<LocalSymbols> {
        return new MultiMap();
    }
}
