// The Mermaid form with emotions per persona (LANGUAGE.md "Rendering as Mermaid"): one score per
// task, the shared one or the involved personas' mean rounded half up; a diagram for one persona
// with their emotions and only their touchpoints (the map model's filter, and the CLI's --persona).
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Journey } from '../../language/generated/ast.js';
import { journeyToMermaid } from '../../language/mermaid/mermaid-journey.js';
import { buildMapModel } from '../../language/model/build-map-model.js';
import { mermaidTextOf } from '../../language/model/mermaid-text-of.js';
import { journeyForPersona, personasOf } from '../../language/model/persona-filter.js';
import { main } from '../../cli/main.js';
import { lintFiles } from '../helpers/lint.js';

const read = (name: string) => readFileSync(new URL(`../../examples/farmacia/${name}`, import.meta.url), 'utf8');

async function farmacia() {
    const files = await lintFiles({ 'actual.journey': read('actual.journey'), 'futuro.journey': read('futuro.journey') });
    const document = files['actual.journey'].document;
    const journey = document.parseResult.value.declarations.find(d => d.$type === 'Journey') as Journey;
    return { journey, model: buildMapModel(document) };
}

export const ACTUAL_MERMAID = [
    'journey',
    '  title Reponer una receta en línea',
    '  section Aviso y pedido',
    '    Recibe un recordatorio: 4: Marta#44; 58#44; diabética',
    // Marta 2, Luis 3: the mean 2.5 rounded half up.
    '    Pide la reposición en la aplicación: 3: Marta#44; 58#44; diabética, Luis#44; 34#44; padre primerizo',
    '  section Aprobación farmacéutica',
    // Marta 2, Luis none: Marta's.
    '    Se verifica la receta: 2: Marta#44; 58#44; diabética, Luis#44; 34#44; padre primerizo',
    '  section Entrega',
    '    Sigue el paquete: 3: Luis#44; 34#44; padre primerizo',
    '    Recibe la nevera: 1: Marta#44; 58#44; diabética',
    '',
].join('\n');

describe('Mermaid with emotions per persona', () => {
    it('one score per task: the shared one, or the rounded mean of the involved personas', async () => {
        const { journey, model } = await farmacia();
        expect(journeyToMermaid(journey)).toBe(ACTUAL_MERMAID);
        expect(mermaidTextOf(model.journeys[0])).toBe(ACTUAL_MERMAID);
    });

    it('rounds half up: 1 and 2 give 2, 1, 2 and 2 give 2, 4 and 5 give 5', async () => {
        const scores = async (lines: string) => {
            const files = await lintFiles({
                'r.journey': `persona A "A"\npersona B "B"\npersona C "C"\njourney J "J" {\n  persona A, B\n  phase P "P" {\n    touchpoint T "T" {\n${lines}\n    }\n  }\n}\n`,
            });
            const text = journeyToMermaid(files['r.journey'].document.parseResult.value.declarations.find(d => d.$type === 'Journey') as Journey);
            return Number(/T: (\d+)/.exec(text)![1]);
        };
        expect(await scores('      emotion A 1\n      emotion B 2')).toBe(2);
        expect(await scores('      persona A, B, C\n      emotion A 1\n      emotion B 2\n      emotion C 2')).toBe(2);
        expect(await scores('      emotion 4\n      emotion B 5')).toBe(5);
        expect(await scores('      emotion A 3\n      emotion B 3')).toBe(3);
    });

    it('a diagram for one persona: their touchpoints, their emotions, them as the only actor', async () => {
        const { model } = await farmacia();
        expect(personasOf(model.journeys[0]).map(p => p.id)).toEqual(['Marta', 'Luis']);
        expect(mermaidTextOf(journeyForPersona(model.journeys[0], 'Marta'))).toBe(
            [
                'journey',
                '  title Reponer una receta en línea',
                '  section Aviso y pedido',
                '    Recibe un recordatorio: 4: Marta#44; 58#44; diabética',
                '    Pide la reposición en la aplicación: 2: Marta#44; 58#44; diabética',
                '  section Aprobación farmacéutica',
                '    Se verifica la receta: 2: Marta#44; 58#44; diabética',
                '  section Entrega',
                '    Recibe la nevera: 1: Marta#44; 58#44; diabética',
                '',
            ].join('\n'),
        );
        // Luis has no emotion at Verificacion: 3, as for any touchpoint without one.
        expect(mermaidTextOf(journeyForPersona(model.journeys[0], 'Luis'))).toBe(
            [
                'journey',
                '  title Reponer una receta en línea',
                '  section Aviso y pedido',
                '    Pide la reposición en la aplicación: 3: Luis#44; 34#44; padre primerizo',
                '  section Aprobación farmacéutica',
                '    Se verifica la receta: 3: Luis#44; 34#44; padre primerizo',
                '  section Entrega',
                '    Sigue el paquete: 3: Luis#44; 34#44; padre primerizo',
                '',
            ].join('\n'),
        );
    });

    it("the model keeps every emotion line: each involved persona's, and the lines that count for nobody", async () => {
        const { model } = await farmacia();
        const touchpoints = model.journeys[0].phases.flatMap(phase => phase.touchpoints);
        const pedido = touchpoints.find(t => t.id === 'Pedido')!;
        expect(pedido.emotion).toEqual({ score: 3, label: 'con prisa' });
        expect(pedido.personaEmotions.map(p => [p.persona.id, p.score, p.label, p.own])).toEqual([
            ['Marta', 2, 'irritada', true],
            ['Luis', 3, 'con prisa', false],
        ]);
        const seguimiento = touchpoints.find(t => t.id === 'Seguimiento')!;
        expect(seguimiento.personaEmotions.map(p => [p.persona.id, p.score])).toEqual([['Luis', 3]]);
        expect(seguimiento.otherEmotions).toEqual([{ persona: { id: 'Marta', title: 'Marta, 58, diabética', resolved: true }, score: 4, label: 'organizada' }]);
        expect(touchpoints.find(t => t.id === 'Verificacion')!.personaEmotions.map(p => [p.persona.id, p.score])).toEqual([
            ['Marta', 2],
            ['Luis', undefined],
        ]);
    });
});

describe('journey export --persona', () => {
    const run = async (...args: string[]) => {
        let stdout = '';
        let stderr = '';
        const code = await main(args, {
            stdout: text => {
                stdout += String(text);
            },
            stderr: text => {
                stderr += text;
            },
        });
        return { code, stdout, stderr };
    };

    it("writes the persona's Mermaid diagram and JSON model; an uninvolved persona is a usage error", async () => {
        const mermaid = await run('export', 'examples/farmacia/actual.journey', '--format', 'mermaid', '--persona', 'Luis');
        expect(mermaid.code).toBe(0);
        expect(mermaid.stdout).toContain('    Sigue el paquete: 3: Luis#44; 34#44; padre primerizo\n');
        expect(mermaid.stdout).not.toContain('Recibe la nevera');
        const dir = mkdtempSync(path.join(tmpdir(), 'journey-persona-'));
        try {
            const out = path.join(dir, 'marta.json');
            expect((await run('export', 'examples/farmacia/actual.journey', '--format', 'json', '--persona', 'Marta', '-o', out)).code).toBe(0);
            const model = JSON.parse(readFileSync(out, 'utf8'));
            const touchpoints = model.journeys[0].phases.flatMap((phase: { touchpoints: { id: string; emotion?: { score: number } }[] }) => phase.touchpoints);
            expect(touchpoints.map((t: { id: string; emotion?: { score: number } }) => [t.id, t.emotion?.score])).toEqual([
                ['Recordatorio', 4],
                ['Pedido', 2],
                ['Verificacion', 2],
                ['Recepcion', 1],
            ]);
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
        const wrong = await run('export', 'examples/farmacia/actual.journey', '--persona', 'Nadie');
        expect(wrong.code).toBe(2);
        expect(wrong.stderr).toContain('no persona "Nadie" is involved in journey Reposicion; it involves: Marta, Luis');
    });
});
