// Which Mermaid text changes the preview may patch into the drawn diagram (webview/task-title-patch.ts).
import { describe, expect, it } from 'vitest';
import { taskTitleChanges } from '../../webview/task-title-patch.js';

const diagram = (titles: string[], score = 3) => ['journey', '  title Map', '  section One', ...titles.map(title => `    ${title}: ${score}: Carla`), '  section Two', '    Last: 2: Carla', ''].join('\n');

describe('task title changes', () => {
    it('finds plain-text title edits with their task positions', () => {
        expect(taskTitleChanges(diagram(['Agenda la cita', 'Paga']), diagram(['Agenda la cita por teléfono', 'Paga']))).toEqual([{ index: 0, from: 'Agenda la cita', to: 'Agenda la cita por teléfono' }]);
        expect(taskTitleChanges(diagram(['A', 'B']), diagram(['A', 'Bé#44; ¿sí?']))).toEqual([{ index: 1, from: 'B', to: 'Bé, ¿sí?' }]);
        // The codes of : ; # , are drawn as their characters.
        expect(taskTitleChanges(diagram(['Paso 1#58; agenda']), diagram(['Paso 1#58; agenda la cita#59; #35;2']))).toEqual([{ index: 0, from: 'Paso 1: agenda', to: 'Paso 1: agenda la cita; #2' }]);
    });

    it('leaves everything else to Mermaid', () => {
        expect(taskTitleChanges(diagram(['A']), diagram(['A']))).toBeUndefined();
        expect(taskTitleChanges(diagram(['A']), diagram(['A'], 4))).toBeUndefined();          // a score
        expect(taskTitleChanges(diagram(['A']), diagram(['A', 'B']))).toBeUndefined();        // a new task
        expect(taskTitleChanges(diagram(['A']), diagram(['A#37; b']))).toBeUndefined();       // another encoded character
        expect(taskTitleChanges(diagram(['A']), diagram(['A #35;58#59;']))).toBeUndefined();  // an entity code written out
        expect(taskTitleChanges(diagram(['A']), diagram(['A '])) ).toBeUndefined();           // an edge space
        expect(taskTitleChanges(diagram(['A']), diagram(['a <b>']))).toBeUndefined();         // markup
        expect(taskTitleChanges(diagram(['A#60; b']), diagram(['A b']))).toBeUndefined();     // the drawn one was not plain
        expect(taskTitleChanges(diagram(['A']), diagram(['A']).replace('title Map', 'title Other'))).toBeUndefined();
    });
});
