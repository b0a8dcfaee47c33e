// The preview's and exports' own labels, in the user's language (the MapModel carries it).
// English text is the key; a missing Spanish entry falls back to English.
import type { Locale } from '../i18n/locale.js';

export const SPANISH_VIEW_LABELS: Readonly<Record<string, string>> = {
    Channel: 'Canal',
    Owner: 'Responsable',
    'Customer action': 'Acción del cliente',
    Backstage: 'Backstage',
    Thought: 'Pensamiento',
    Emotion: 'Emoción',
    Pains: 'Dolores',
    Gaps: 'Brechas',
    Opportunities: 'Oportunidades',
    KPIs: 'Indicadores',
    'Moment of truth': 'Momento de verdad',
    'Findings: ': 'Hallazgos: ',
    'no owner': 'sin responsable',
    'Reveal in editor': 'Mostrar en el editor',
    Role: 'Rol',
    Goal: 'Meta',
    Need: 'Necesidad',
    Concern: 'Preocupación',
    'Declarations: ': 'Declaraciones: ',
    'Change: ': 'Cambio: ',
    'Owner: ': 'Responsable: ',
    '★ moment of truth': '★ momento de verdad',
    Phase: 'Fase',
    Touchpoint: 'Contacto',
    touchpoint: 'contacto',
    phase: 'fase',
    'inherited from the {0}': 'heredado de la {0}',
    ' ({0}’s)': ' (de la {0})',
    'short term': 'corto plazo',
    'medium term': 'mediano plazo',
    'long term': 'largo plazo',
    'no horizon': 'sin horizonte',
    ' · moment {0}': ' · momento {0}',
    ' · owner: ': ' · responsable: ',
    'no touchpoints': 'sin contactos',
    'low impact': 'impacto bajo',
    'medium impact': 'impacto medio',
    'high impact': 'impacto alto',
    none: 'ninguno',
    error: 'error',
    warning: 'advertencia',
    info: 'información',
    hint: 'sugerencia',
    '1 error': '1 error',
    '{0} errors': '{0} errores',
    '1 warning': '1 advertencia',
    '{0} warnings': '{0} advertencias',
    '1 info': '1 informativo',
    '{0} info': '{0} informativos',
    '1 hint': '1 sugerencia',
    '{0} hints': '{0} sugerencias',
    // The canvas (language/export/map-view.ts, emotion-curve.ts).
    'current {0}': 'actual {0}',
    'target {0}': 'meta {0}',
    'no emotion': 'sin emoción',
    'emotion {0} of 5': 'emoción {0} de 5',
    // The HTML export (language/export/html-export.ts).
    'The diagram could not be drawn for this export.': 'No se pudo dibujar el diagrama para esta exportación.',
    // The Markdown export (language/export/markdown-export.ts).
    Personas: 'Personas',
    Persona: 'Persona',
    Quote: 'Cita',
    ' (moment {0})': ' (momento {0})',
    'No touchpoints.': 'Sin contactos.',
    Findings: 'Hallazgos',
    'None.': 'Ninguno.',
    'line {0}': 'línea {0}',
    Where: 'Dónde',
    Rule: 'Regla',
    Severity: 'Gravedad',
    Message: 'Mensaje',
    // The preview's toolbar and messages (webview/main.ts).
    'Journey to show': 'Recorrido a mostrar',
    '🔒 locked': '🔒 bloqueada',
    'All personas': 'Todas las personas',
    'Show the journey as one persona lives it': 'Mostrar el recorrido como lo vive una persona',
    'counts for nobody here': 'no cuenta para nadie aquí',
    'Journey diagram: drag to pan, Ctrl+wheel or + and - to zoom, 0 to reset':
        'Diagrama del recorrido: arrastre para desplazar, Ctrl+rueda o + y - para acercar o alejar, 0 para restablecer',
    'Waiting for the journey map…': 'Esperando el mapa del recorrido…',
    'This file has no journey.': 'Este archivo no tiene ningún recorrido.',
    'Zoom out (-)': 'Alejar (-)',
    'Zoom in (+)': 'Acercar (+)',
    'Reset zoom (0)': 'Restablecer zoom (0)',
    'Fit width': 'Ajustar al ancho',
    'Fit the diagram to the width of the preview': 'Ajustar el diagrama al ancho de la vista previa',
    Presentation: 'Presentación',
    'Mermaid diagram': 'Diagrama Mermaid',
    'Show or hide the Mermaid diagram': 'Mostrar u ocultar el diagrama Mermaid',
    'Presentation mode: hide the lint findings and the summary, collapse empty lanes':
        'Modo presentación: ocultar los hallazgos del linter y el resumen, contraer los carriles vacíos',
    'Export:': 'Exportar:',
    'Export as {0}': 'Exportar como {0}',
    'Diagram SVG': 'SVG del diagrama',
    'Diagram PNG': 'PNG del diagrama',
    'Line {0}: {1}': 'Línea {0}: {1}',
    'Line {0}, column {1}: {2}': 'Línea {0}, columna {1}: {2}',
    'Go to the error': 'Ir al error',
    '1 syntax error': '1 error de sintaxis',
    '{0} syntax errors': '{0} errores de sintaxis',
    ' — showing the last valid version of the map.': ' — se muestra la última versión válida del mapa.',
    'Map too large to draw: {0} touchpoints (the diagram is drawn up to {1}). The canvas below shows all of them.':
        'Mapa demasiado grande para dibujarlo: {0} contactos (el diagrama se dibuja hasta {1}). El lienzo de abajo los muestra todos.',
    'The diagram could not be drawn: {0}': 'No se pudo dibujar el diagrama: {0}',
    'Mermaid produced no SVG': 'Mermaid no produjo ningún SVG',
    'No journey to export': 'No hay ningún recorrido que exportar',
    'Map too large to draw': 'Mapa demasiado grande para dibujarlo',
    'The SVG could not be drawn as an image': 'El SVG no se pudo dibujar como imagen',
    // Comparison mode (webview/comparison/, language/export/comparison-*.ts).
    'Comparing with {0}': 'Comparando con {0}',
    Added: 'Añadido',
    Removed: 'Eliminado',
    Changed: 'Cambiado',
    'Before (dashed)': 'Antes (discontinua)',
    'After (solid)': 'Después (continua)',
    'Removed steps': 'Pasos eliminados',
    'Changes ({0})': 'Cambios ({0})',
    'Leave comparison': 'Salir de la comparación',
    'Show the map alone again': 'Volver a mostrar solo el mapa',
    'Compare with current state': 'Comparar con el estado actual',
    'Show this future-state journey against the current state it improves': 'Mostrar este recorrido futuro frente al estado actual que mejora',
    'Export comparison:': 'Exportar comparación:',
    'Export the comparison as {0}': 'Exportar la comparación como {0}',
    'No journey {0} in the preview': 'No hay ningún recorrido {0} en la vista previa',
    'Export failed: {0}': 'Error al exportar: {0}',
};

let current: Locale = 'en';

/** What the canvas and exports label themselves in: the map's keywords' language (`map`), or one chosen. */
export type LabelLanguage = 'map' | 'en' | 'es';
export const LABEL_LANGUAGES: LabelLanguage[] = ['map', 'en', 'es'];
let choice: LabelLanguage = 'map';

/** Set from `journey.preview.labelLanguage` or `journey export --lang`. */
export function setLabelLanguage(language: LabelLanguage | undefined): void {
    choice = language === 'en' || language === 'es' ? language : 'map';
}

/**
 * The labels' language for a journey of a model: the chosen one, else the journey's keywords'
 * (a Spanish map gets Spanish labels whatever the display language), else the model's.
 */
export function labelLocaleOf(model: { locale?: Locale; journeys: { keywordLanguage?: Locale }[] }, journey?: { keywordLanguage?: Locale }): Locale {
    if (choice !== 'map') return choice;
    return journey?.keywordLanguage ?? model.journeys[0]?.keywordLanguage ?? model.locale ?? 'en';
}

/** A label in a given language, whatever the labels' language now is (the preview's toolbar follows the display language). */
export function labelIn(locale: Locale, text: string, ...args: string[]): string {
    const template = locale === 'es' ? (SPANISH_VIEW_LABELS[text] ?? text) : text;
    return template.replace(/\{(\d+)\}/g, (_, index: string) => args[Number(index)] ?? '');
}

/** Set from the model being drawn (MapModel.locale). */
export function setViewLocale(locale: Locale | undefined): void {
    current = locale === 'es' ? 'es' : 'en';
}

export function viewLocale(): Locale {
    return current;
}

export function label(text: string, ...args: string[]): string {
    return labelIn(current, text, ...args);
}
