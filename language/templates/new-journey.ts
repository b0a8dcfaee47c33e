// The starter map of "New Journey Map" (VS Code's File > New File…): a journey with one phase
// and one touchpoint, in the user's keyword language, that fits the workspace it is made in.
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
    const names = (type: string) => index.allElements(type).map(description => description.name).toArray();
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

  phase Discover "Discover" {
    moment 0
    touchpoint Search "Searches for a solution" {
      channel ${channel}
      owner ${team}
      action "Compares options online"
      emotion 3 "curious"
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

  fase Descubrimiento "Descubrimiento" {
    momento 0
    contacto Busqueda "Busca una solución" {
      canal ${channel}
      responsable ${team}
      acción "Compara opciones en línea"
      emoción 3 "curioso"
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
    if (declarations.length > 0) blocks.push(declarations.map((text, i) => i > 0 && declarations[i - 1].includes('{') ? `\n${text}` : text).join('\n'));
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
