// Every construct and keyword alias of LANGUAGE.md parses to the same AST.
import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, it } from 'vitest';
import type { Journey, Model, Persona, Team, Touchpoint } from '../../language/generated/ast.js';
import { createJourneyCoreServices } from '../../language/journey-module.js';
import { normalizeHorizon, normalizeLevel } from '../../language/ast-queries.js';

const parse = parseHelper<Model>(createJourneyCoreServices(EmptyFileSystem).Journey);

async function parseClean(text: string): Promise<Model> {
    const document = await parse(text);
    expect(document.parseResult.lexerErrors).toEqual([]);
    expect(document.parseResult.parserErrors.map(e => e.message)).toEqual([]);
    return document.parseResult.value;
}

const ENGLISH = `
persona Ana "Ana Gómez" { role "Buyer" goal "Fast" goal "Cheap" need "Clarity" concern "Fees" quote "I \\"hate\\" waiting\\n" }
team Ops "Operations" { lead "Mia" }
channel web "Website"
journey Buy "Buy: online; #1" {
  persona Ana, Ana
  description "From search to delivery"
  phase Search "Search" {
    moment 0
    owner Ops
    touchpoint Find "Finds the shop" {
      channel web
      owner Ops
      persona Ana
      action "Searches"
      backstage "SEO"
      thought "Is it trustworthy?"
      emotion 4 "curious"
      pain "Too many ads"
      gap "Load time" { current "4 s" target "1 s" change "CDN" owner Ops }
      opportunity "Faster pages" { horizon short owner Ops }
      kpi "Bounce rate" { current 12.5 target 20 unit "%" }
      impact high
      moment-of-truth
    }
  }
}`;

const SPANISH_ACCENTED = `
persona Ana "Ana Gómez" { rol "Compradora" meta "Rápido" meta "Barato" necesidad "Claridad" preocupación "Comisiones" cita "Odio \\"esperar\\"\\n" }
equipo Ops "Operaciones" { líder "Mia" }
canal web "Sitio"
recorrido Buy "Compra: en línea; #1" {
  persona Ana, Ana
  descripción "De la búsqueda a la entrega"
  fase Search "Búsqueda" {
    momento 0
    responsable Ops
    contacto Find "Encuentra la tienda" {
      canal web
      responsable Ops
      persona Ana
      acción "Busca"
      backstage "SEO"
      pensamiento "¿Es confiable?"
      emoción 4 "curiosa"
      dolor "Demasiados anuncios"
      brecha "Tiempo de carga" { actual "4 s" objetivo "1 s" cambio "CDN" responsable Ops }
      oportunidad "Páginas rápidas" { horizonte corto responsable Ops }
      indicador "Tasa de rebote" { actual 12.5 objetivo 20 unidad "%" }
      impacto alto
      momento-de-verdad
    }
  }
}`;

const SPANISH_UNACCENTED = SPANISH_ACCENTED.replace('preocupación', 'preocupacion')
    .replace('líder', 'lider')
    .replace('descripción', 'descripcion')
    .replace('acción', 'accion')
    .replace('emoción', 'emocion');

function shape(model: Model) {
    const [persona, team, channel, journey] = model.declarations as [Persona, Team, { name: string }, Journey];
    const touchpoint = journey.phases[0].touchpoints[0] as Touchpoint;
    return {
        persona: [persona.name, persona.roles.length, persona.goals.length, persona.needs.length, persona.concerns.length, persona.quotes.length],
        team: [team.name, team.leads.length],
        channel: channel.name,
        journey: [journey.name, journey.personas.map(p => p.$refText), journey.descriptions.length, journey.phases.length],
        phase: [journey.phases[0].moments, journey.phases[0].owners.map(o => o.$refText)],
        touchpoint: {
            channel: touchpoint.channels.map(c => c.$refText),
            owner: touchpoint.owners.map(o => o.$refText),
            persona: touchpoint.personas.map(p => p.$refText),
            emotion: [touchpoint.emotions[0].score, touchpoint.emotions[0].label !== undefined],
            counts: [touchpoint.actions.length, touchpoint.backstages.length, touchpoint.thoughts.length, touchpoint.pains.length],
            gap: [touchpoint.gaps[0].currents.length, touchpoint.gaps[0].targets.length, touchpoint.gaps[0].changes.length, touchpoint.gaps[0].owners.length],
            opportunity: [normalizeHorizon(touchpoint.opportunities[0].horizons[0]), touchpoint.opportunities[0].owners.length],
            kpi: [touchpoint.kpis[0].currents[0], touchpoint.kpis[0].targets[0], touchpoint.kpis[0].units.length],
            impact: normalizeLevel(touchpoint.impacts[0]),
            momentOfTruth: touchpoint.momentsOfTruth.length,
        },
    };
}

describe('parsing', () => {
    it('parses every construct with English keywords', async () => {
        const model = await parseClean(ENGLISH);
        expect(shape(model)).toEqual({
            persona: ['Ana', 1, 2, 1, 1, 1],
            team: ['Ops', 1],
            channel: 'web',
            journey: ['Buy', ['Ana', 'Ana'], 1, 1],
            phase: [[0], ['Ops']],
            touchpoint: {
                channel: ['web'],
                owner: ['Ops'],
                persona: ['Ana'],
                emotion: [4, true],
                counts: [1, 1, 1, 1],
                gap: [1, 1, 1, 1],
                opportunity: ['short', 1],
                kpi: [12.5, 20, 1],
                impact: 'high',
                momentOfTruth: 1,
            },
        });
    });

    it('parses the same map with accented Spanish keywords', async () => {
        expect(shape(await parseClean(SPANISH_ACCENTED))).toEqual(shape(await parseClean(ENGLISH)));
    });

    it('parses the same map with unaccented Spanish keywords', async () => {
        expect(shape(await parseClean(SPANISH_UNACCENTED))).toEqual(shape(await parseClean(ENGLISH)));
    });

    it('maps every Spanish horizon and impact value to the English one', async () => {
        const values = [
            ['corto', 'short'],
            ['mediano', 'medium'],
            ['largo', 'long'],
        ] as const;
        for (const [es, en] of values) expect(normalizeHorizon(es)).toBe(en);
        for (const [es, en] of [
            ['alto', 'high'],
            ['medio', 'medium'],
            ['bajo', 'low'],
        ] as const)
            expect(normalizeLevel(es)).toBe(en);
    });

    it('unescapes strings and keeps titles with punctuation, accents and emoji', async () => {
        const model = await parseClean(`journey J "Pago: caja; #2 \\"rápido\\" 🚗 %% nota" {}\npersona P "Tab\\there"`);
        expect((model.declarations[0] as Journey).title).toBe('Pago: caja; #2 "rápido" 🚗 %% nota');
        expect((model.declarations[1] as Persona).title).toBe('Tab\there');
    });

    it('accepts identifiers with accents and letters of any script', async () => {
        const model = await parseClean('team Atención "A"\nteam Ñandú_2 "B"\nchannel 電話 "Teléfono"\npersona Заказчик "C"\nchannel café "D"');
        expect(model.declarations.map(d => d.name)).toEqual(['Atención', 'Ñandú_2', '電話', 'Заказчик', 'café']);
    });

    it('ignores line and block comments anywhere', async () => {
        const model = await parseClean('// a\nteam /* inline */ T "T" /* multi\nline */ { // trailing\n lead "x" }\n');
        expect(model.declarations).toHaveLength(1);
    });

    it('keeps properties optional: bare declarations and empty blocks parse', async () => {
        const model = await parseClean('persona P\nteam T\nchannel C\njourney J {}\njourney K "k" { phase A { touchpoint X } }');
        expect(model.declarations).toHaveLength(5);
    });

    it('accepts non-integer and negative emotion scores (a lint finding, not a syntax error)', async () => {
        const model = await parseClean('journey J { phase A { touchpoint X { emotion -2 } touchpoint Y { emotion 3.5 } } }');
        const scores = (model.declarations[0] as Journey).phases[0].touchpoints.map(t => t.emotions[0].score);
        expect(scores).toEqual([-2, 3.5]);
    });

    it('reports syntax errors without throwing, on truncated and binary input', async () => {
        for (const text of ['journey J "x" { phase', '\u0000\u0001\uffff{{{}}"', 'persona "no id"', '}}}}']) {
            const document = await parse(text);
            expect(document.parseResult.lexerErrors.length + document.parseResult.parserErrors.length).toBeGreaterThan(0);
        }
    });
});
