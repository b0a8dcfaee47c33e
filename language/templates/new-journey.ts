// The starter map of "New Journey Map" (VS Code's File > New File…): a small journey that shows
// each concept once (two phases with moments, a pain with an opportunity, a gap with current and
// target, a moment of truth with its kpi), in the user's keyword language, that fits the
// workspace it is made in.
// Personas, teams and channels are declared once per workspace, so the map refers to ones
// already declared and declares only what the workspace lacks; its journey id is one no other
// declaration has. It has no lint finding, so every finding after is the user's own.
import type { IndexManager } from 'langium';
import type { Locale } from '../i18n/locale.js';

/** The ids the workspace declares, by kind. */
export interface WorkspaceNames {
    personas: readonly string[];
    teams: readonly string[];
    channels: readonly string[];
    journeys: readonly string[];
}

export const EMPTY_WORKSPACE: WorkspaceNames = { personas: [], teams: [], channels: [], journeys: [] };

export function workspaceNames(index: IndexManager): WorkspaceNames {
    const names = (type: string) =>
        index
            .allElements(type)
            .map(description => description.name)
            .toArray();
    return { personas: names('Persona'), teams: names('Team'), channels: names('Channel'), journeys: names('Journey') };
}

interface Words {
    /** The first line, which VS Code shows as the untitled editor's name. */
    comment: string;
    sharedComment: string;
    persona: { id: string; declaration: (id: string) => string };
    team: { id: string; declaration: (id: string) => string };
    channel: { id: string; declaration: (id: string) => string };
    journey: (id: string, persona: string, channel: string, team: string) => string;
    journeyId: string;
}

const ENGLISH: Words = {
    comment: '// First purchase: a customer journey map, phase by phase.',
    sharedComment: '// Personas, teams and channels are shared by the workspace: this map uses existing ones.',
    persona: { id: 'Customer', declaration: id => `persona ${id} "New customer" {\n  goal "What they want to achieve"\n  concern "What worries them"\n}` },
    team: { id: 'Support', declaration: id => `team ${id} "Customer support"` },
    channel: { id: 'web', declaration: id => `channel ${id} "Website"` },
    journeyId: 'FirstPurchase',
    journey: (id, persona, channel, team) => `journey ${id} "First purchase" {
  persona ${persona}
  description "From discovering the product to the first purchase."

  // Phases are stages, placed on the timeline by their moment.
  phase Discover "Discover" {
    moment 0
    touchpoint Search "Searches for a solution" {
      channel ${channel}
      owner ${team}
      action "Compares options online"
      emotion 4 "curious"
    }
  }

  phase Buy "Buy" {
    moment 1
    touchpoint Checkout "Pays for the order" {
      channel ${channel}
      owner ${team}
      action "Types in the address and the card"
      emotion 2 "impatient"
      // A pain calls for an opportunity (or a gap): what could be done about it.
      pain "Has to type the address twice"
      opportunity "Fill in the address from the account" {
        horizon short
        owner ${team}
      }
      // A gap: where the experience is, and where it should be.
      gap "Time to pay" {
        current "4 minutes"
        target "1 minute"
        change "One page for address and payment"
      }
      // The moment that makes or breaks the journey, measured by a kpi.
      moment-of-truth
      kpi "Checkouts completed" {
        current 62
        target 80
        unit "%"
      }
    }
  }
}`,
};

const SPANISH: Words = {
    comment: '// Primera compra: un mapa de experiencia del cliente, fase por fase.',
    sharedComment: '// Las personas, los equipos y los canales son de todo el espacio de trabajo: este mapa usa los existentes.',
    persona: { id: 'Cliente', declaration: id => `persona ${id} "Cliente nuevo" {\n  meta "Lo que quiere lograr"\n  preocupación "Lo que le preocupa"\n}` },
    team: { id: 'Soporte', declaration: id => `equipo ${id} "Atención al cliente"` },
    channel: { id: 'web', declaration: id => `canal ${id} "Sitio web"` },
    journeyId: 'PrimeraCompra',
    journey: (id, persona, channel, team) => `recorrido ${id} "Primera compra" {
  persona ${persona}
  descripción "Desde que descubre el producto hasta su primera compra."

  // Las fases son etapas, ubicadas en el tiempo por su momento.
  fase Descubrimiento "Descubrimiento" {
    momento 0
    contacto Busqueda "Busca una solución" {
      canal ${channel}
      responsable ${team}
      acción "Compara opciones en línea"
      emoción 4 "curioso"
    }
  }

  fase Compra "Compra" {
    momento 1
    contacto Pago "Paga el pedido" {
      canal ${channel}
      responsable ${team}
      acción "Escribe la dirección y la tarjeta"
      emoción 2 "impaciente"
      // Un dolor pide una oportunidad (o una brecha): lo que se podría hacer.
      dolor "Tiene que escribir la dirección dos veces"
      oportunidad "Completar la dirección desde la cuenta" {
        horizonte corto
        responsable ${team}
      }
      // Una brecha: dónde está la experiencia y dónde debería estar.
      brecha "Tiempo de pago" {
        actual "4 minutos"
        objetivo "1 minuto"
        cambio "Una sola página para dirección y pago"
      }
      // El momento que hace o deshace el recorrido, medido por un indicador.
      momento-de-verdad
      indicador "Compras completadas" {
        actual 62
        objetivo 80
        unidad "%"
      }
    }
  }
}`,
};

export function newJourneyText(keywordLanguage: Locale, workspace: WorkspaceNames = EMPTY_WORKSPACE): string {
    const words = keywordLanguage === 'es' ? SPANISH : ENGLISH;
    const taken = new Set([...workspace.personas, ...workspace.teams, ...workspace.channels, ...workspace.journeys]);
    const declarations: string[] = [];
    /** An id declared elsewhere in the workspace, or the template's own, declared here. */
    const use = (existing: readonly string[], own: Words['persona']): string => {
        if (existing.length > 0) return existing[0];
        const id = unique(own.id, taken);
        declarations.push(own.declaration(id));
        return id;
    };
    const persona = use(workspace.personas, words.persona);
    const team = use(workspace.teams, words.team);
    const channel = use(workspace.channels, words.channel);
    const journeyId = unique(words.journeyId, taken);
    const reused = declarations.length < 3;
    const blocks = [[words.comment, ...(reused ? [words.sharedComment] : [])].join('\n')];
    // As the formatter lays them out: a block declaration apart, one-line ones grouped.
    if (declarations.length > 0) blocks.push(declarations.map((text, i) => (i > 0 && declarations[i - 1].includes('{') ? `\n${text}` : text)).join('\n'));
    blocks.push(words.journey(journeyId, persona, channel, team));
    return blocks.join('\n\n') + '\n';
}

/** `id`, or `id2`, `id3`… : the first not taken, which is then taken. */
function unique(id: string, taken: Set<string>): string {
    let candidate = id;
    for (let n = 2; taken.has(candidate); n++) candidate = `${id}${n}`;
    taken.add(candidate);
    return candidate;
}
