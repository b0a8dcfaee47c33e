// The order in which quick fixes and completion offer teams and channels (language/nearest-first.ts),
// and that it follows the map through edits (the journey's counts are remembered per tree shape).
import { describe, expect, it } from 'vitest';
import { isJourney, type Journey, type Touchpoint } from '../../language/generated/ast.js';
import { clearFirst, nearestFirst } from '../../language/nearest-first.js';
import { openInEditor } from '../lsp/lsp-workspace.js';

const MAP = `team Ana "A"
team Bea "B"
team Cris "C"
channel web "Web"
channel tel "Phone"
journey J {
  phase Early {
    touchpoint E1 { owner Bea channel tel }
    touchpoint E2 { owner Bea }
  }
  phase Late {
    owner Cris
    touchpoint L1 { channel web }
    touchpoint L2 { gap "g" { owner Ana } }
  }
}
`;

describe('nearest first', () => {
    it('ranks by uses in the phase, then in the journey, then by name, and follows edits that change the tree', async () => {
        const map = await openInEditor('map.journey', MAP);
        const touchpoint = (name: string) =>
            (map.document.parseResult.value.declarations.find(isJourney) as Journey).phases
                .flatMap(phase => phase.touchpoints)
                .find(t => t.name === name) as Touchpoint;
        const teams = ['Ana', 'Bea', 'Cris'];
        // In Late: Cris (the phase's default) and Ana (a gap's owner) once each; Bea twice, in Early.
        expect(nearestFirst(touchpoint('L1'), teams, 'Team')).toEqual([
            { name: 'Ana', inPhase: 1, inJourney: 1 },
            { name: 'Cris', inPhase: 1, inJourney: 1 },
            { name: 'Bea', inPhase: 0, inJourney: 2 },
        ]);
        expect(clearFirst(nearestFirst(touchpoint('L1'), teams, 'Team'))).toBe(false);
        expect(nearestFirst(touchpoint('E1'), teams, 'Team').map(r => r.name)).toEqual(['Bea', 'Ana', 'Cris']);
        expect(clearFirst(nearestFirst(touchpoint('E1'), teams, 'Team'))).toBe(true);
        expect(nearestFirst(touchpoint('L2'), ['tel', 'web'], 'Channel').map(r => r.name)).toEqual(['web', 'tel']);

        // E2's owner becomes Cris (its touchpoint is parsed again): Cris now leads in the journey.
        const text = map.textDocument.getText();
        map.edit(text.indexOf('owner Bea }'), 'owner Cris }', 'owner Bea }'.length);
        await map.build();
        expect(nearestFirst(touchpoint('L1'), teams, 'Team')).toEqual([
            { name: 'Cris', inPhase: 1, inJourney: 2 },
            { name: 'Ana', inPhase: 1, inJourney: 1 },
            { name: 'Bea', inPhase: 0, inJourney: 1 },
        ]);
        // In Early, Bea and Cris own one touchpoint each: Cris, used more in the journey, comes first.
        expect(nearestFirst(touchpoint('E1'), teams, 'Team')).toEqual([
            { name: 'Cris', inPhase: 1, inJourney: 2 },
            { name: 'Bea', inPhase: 1, inJourney: 1 },
            { name: 'Ana', inPhase: 0, inJourney: 1 },
        ]);
        expect(clearFirst(nearestFirst(touchpoint('E1'), teams, 'Team'))).toBe(false);
    });
});
