// Which Mermaid text changes the preview may patch into the drawn diagram (webview/task-patch.ts).
import { describe, expect, it } from 'vitest';
import { taskChanges } from '../../webview/task-patch.js';

const diagram = (titles: string[], score = 3, actors = ': Carla') => ['journey', '  title Map', '  section One', ...titles.map(title => `    ${title}: ${score}${actors}`), '  section Two', '    Last: 2: Carla', ''].join('\n');

describe('task changes', () => {
    it('finds plain-text title edits with their task positions', () => {
        expect(taskChanges(diagram(['Agenda la cita', 'Paga']), diagram(['Agenda la cita por teléfono', 'Paga']))).toEqual([{ index: 0, title: { from: 'Agenda la cita', to: 'Agenda la cita por teléfono' } }]);
        expect(taskChanges(diagram(['A', 'B']), diagram(['A', 'Bé#44; ¿sí?']))).toEqual([{ index: 1, title: { from: 'B', to: 'Bé, ¿sí?' } }]);
        // The codes of : ; # , are drawn as their characters.
        expect(taskChanges(diagram(['Paso 1#58; agenda']), diagram(['Paso 1#58; agenda la cita#59; #35;2']))).toEqual([{ index: 0, title: { from: 'Paso 1: agenda', to: 'Paso 1: agenda la cita; #2' } }]);
    });

    it('finds score edits, alone or with the title, with or without actors', () => {
        expect(taskChanges(diagram(['A', 'B']), diagram(['A', 'B'], 4).replace('Last: 4', 'Last: 2'))).toEqual([{ index: 0, score: { from: 3, to: 4 } }, { index: 1, score: { from: 3, to: 4 } }]);
        expect(taskChanges(diagram(['A']), diagram(['Ab'], 1))).toEqual([{ index: 0, title: { from: 'A', to: 'Ab' }, score: { from: 3, to: 1 } }]);
        expect(taskChanges(diagram(['A'], 5, ''), diagram(['A'], 2, ''))).toEqual([{ index: 0, score: { from: 5, to: 2 } }]);
        expect(taskChanges(diagram(['A']), diagram(['A']).replace('Last: 2', 'Last: 5'))).toEqual([{ index: 1, score: { from: 2, to: 5 } }]);
    });

    it('leaves everything else to Mermaid', () => {
        expect(taskChanges(diagram(['A']), diagram(['A']))).toBeUndefined();
        expect(taskChanges(diagram(['A']), diagram(['A'], 3, ': Carla, Tom'))).toBeUndefined();  // the actors
        expect(taskChanges(diagram(['A']), diagram(['A'], 3, ''))).toBeUndefined();              // no actor left
        expect(taskChanges(diagram(['A']), diagram(['A']).replace(': 3:', ': 3.5:'))).toBeUndefined(); // not an integer
        expect(taskChanges(diagram(['A']), diagram(['A', 'B']))).toBeUndefined();        // a new task
        expect(taskChanges(diagram(['A']), diagram(['A#37; b']))).toBeUndefined();       // another encoded character
        expect(taskChanges(diagram(['A']), diagram(['A #35;58#59;']))).toBeUndefined();  // an entity code written out
        expect(taskChanges(diagram(['A']), diagram(['A '])) ).toBeUndefined();           // an edge space
        expect(taskChanges(diagram(['A']), diagram(['a <b>']))).toBeUndefined();         // markup
        expect(taskChanges(diagram(['A#60; b']), diagram(['A b']))).toBeUndefined();     // the drawn one was not plain
        expect(taskChanges(diagram(['A']), diagram(['A']).replace('title Map', 'title Other'))).toBeUndefined();
    });
});
