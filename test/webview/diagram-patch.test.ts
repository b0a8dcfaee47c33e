// Which Mermaid text changes the preview may patch into the drawn diagram (webview/diagram-patch.ts).
import { describe, expect, it } from 'vitest';
import { diagramChanges } from '../../webview/diagram-patch.js';

const diagram = (titles: string[], score = 3, actors = ': Carla') =>
    ['journey', '  title Map', '  section One', ...titles.map(title => `    ${title}: ${score}${actors}`), '  section Two', '    Last: 2: Carla', ''].join(
        '\n',
    );

describe('diagram changes', () => {
    it('finds plain-text title edits with their task positions', () => {
        expect(diagramChanges(diagram(['Agenda la cita', 'Paga']), diagram(['Agenda la cita por teléfono', 'Paga']))).toEqual([
            { kind: 'task', index: 0, title: { from: 'Agenda la cita', to: 'Agenda la cita por teléfono' } },
        ]);
        expect(diagramChanges(diagram(['A', 'B']), diagram(['A', 'Bé#44; ¿sí?']))).toEqual([{ kind: 'task', index: 1, title: { from: 'B', to: 'Bé, ¿sí?' } }]);
        // The codes of : ; # , are drawn as their characters.
        expect(diagramChanges(diagram(['Paso 1#58; agenda']), diagram(['Paso 1#58; agenda la cita#59; #35;2']))).toEqual([
            { kind: 'task', index: 0, title: { from: 'Paso 1: agenda', to: 'Paso 1: agenda la cita; #2' } },
        ]);
    });

    it('finds score edits, alone or with the title, with or without actors', () => {
        expect(diagramChanges(diagram(['A', 'B']), diagram(['A', 'B'], 4).replace('Last: 4', 'Last: 2'))).toEqual([
            { kind: 'task', index: 0, score: { from: 3, to: 4 } },
            { kind: 'task', index: 1, score: { from: 3, to: 4 } },
        ]);
        expect(diagramChanges(diagram(['A']), diagram(['Ab'], 1))).toEqual([
            { kind: 'task', index: 0, title: { from: 'A', to: 'Ab' }, score: { from: 3, to: 1 } },
        ]);
        expect(diagramChanges(diagram(['A'], 5, ''), diagram(['A'], 2, ''))).toEqual([{ kind: 'task', index: 0, score: { from: 5, to: 2 } }]);
        expect(diagramChanges(diagram(['A']), diagram(['A']).replace('Last: 2', 'Last: 5'))).toEqual([{ kind: 'task', index: 1, score: { from: 2, to: 5 } }]);
    });

    it('leaves everything else to Mermaid', () => {
        expect(diagramChanges(diagram(['A']), diagram(['A']))).toBeUndefined();
        expect(diagramChanges(diagram(['A']), diagram(['A'], 3, ': Carla, Tom'))).toBeUndefined(); // the actors
        expect(diagramChanges(diagram(['A']), diagram(['A'], 3, ''))).toBeUndefined(); // no actor left
        expect(diagramChanges(diagram(['A']), diagram(['A']).replace(': 3:', ': 3.5:'))).toBeUndefined(); // not an integer
        expect(diagramChanges(diagram(['A']), diagram(['A', 'B']))).toBeUndefined(); // a new task
        expect(diagramChanges(diagram(['A']), diagram(['A#37; b']))).toBeUndefined(); // another encoded character
        expect(diagramChanges(diagram(['A']), diagram(['A #35;58#59;']))).toBeUndefined(); // an entity code written out
        expect(diagramChanges(diagram(['A']), diagram(['A ']))).toBeUndefined(); // an edge space
        expect(diagramChanges(diagram(['A']), diagram(['a <b>']))).toBeUndefined(); // markup
        expect(diagramChanges(diagram(['A#60; b']), diagram(['A b']))).toBeUndefined(); // the drawn one was not plain
        expect(diagramChanges(diagram(['A']), diagram(['A']).replace('title Map', 'title Other <i>'))).toBeUndefined(); // a journey title not plain
        expect(diagramChanges(diagram(['A']), diagram(['A']).replace('section Two', 'section Two #37;'))).toBeUndefined(); // a section title not plain
    });

    it('finds section title edits by their position among the drawn sections', () => {
        expect(diagramChanges(diagram(['A']), diagram(['A']).replace('section Two', 'section Dos#58; pago'))).toEqual([
            { kind: 'section', index: 1, title: { from: 'Two', to: 'Dos: pago' } },
        ]);
        // A section without tasks is not drawn: it neither counts nor needs a patch.
        const withEmpty = (title: string) => diagram(['A']).replace('  section Two', `  section Empty\n  section ${title}`);
        expect(diagramChanges(withEmpty('Two'), withEmpty('Three'))).toEqual([{ kind: 'section', index: 1, title: { from: 'Two', to: 'Three' } }]);
        expect(diagramChanges(withEmpty('Two'), withEmpty('Two').replace('section Empty', 'section Vacía'))).toEqual([]);
    });

    it("finds the journey's title edit", () => {
        expect(diagramChanges(diagram(['A']), diagram(['A']).replace('title Map', 'title Mapa#58; taller'))).toEqual([
            { kind: 'journey', title: { from: 'Map', to: 'Mapa: taller' } },
        ]);
    });

    it('leaves sections Mermaid draws as one, before or after the edit, to Mermaid', () => {
        // Consecutive sections of the same title are one section in Mermaid's drawing.
        expect(diagramChanges(diagram(['A']), diagram(['A']).replace('section Two', 'section One'))).toBeUndefined();
        expect(diagramChanges(diagram(['A']).replace('section Two', 'section One'), diagram(['A']).replace('section Two', 'section Uno'))).toBeUndefined();
    });
});
