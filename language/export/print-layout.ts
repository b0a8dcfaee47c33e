// The printed map (the HTML export's print stylesheet, and the PDF printed from it): landscape
// A4 or A3 pages, the canvas cut into page-wide parts. A part holds whole phases, so a page
// break falls between phases; only a phase wider than a page is cut, and then between two
// touchpoint columns. Every part is a table of its own with the lane names, so they repeat on
// each page. One zoom fits the widest part to the page's width, so every page reads the same size.
import type { JourneyView, PhaseView } from '../model/map-model.js';
import { COLUMN_WIDTH } from './map-view.js';

export type PageSize = 'a4' | 'a3';
export const PAGE_SIZES: PageSize[] = ['a4', 'a3'];

/** The lane names' column of the static canvas (webview/style.css `.grid.static col.label-col`). */
const LABEL_COLUMN_WIDTH = 120;
const CSS_PX_PER_MM = 96 / 25.4;
/** The page's margin on every side, in millimetres. */
export const PAGE_MARGIN_MM = 10;
/** Landscape page sizes in millimetres. */
const PAGE_MM: Record<PageSize, { width: number; height: number }> = { a4: { width: 297, height: 210 }, a3: { width: 420, height: 297 } };
/** The smallest zoom a full page of columns is printed at: the 14 px text stays about 11 px (8 pt) or larger. */
const MIN_ZOOM = 0.78;

export interface PrintPart {
    /** The phases (or the piece of a wide phase) on this page. */
    journey: JourneyView;
    /** The index of its first phase in the whole journey (phase colours and keys follow it). */
    firstPhase: number;
}

export interface PrintLayout {
    page: PageSize;
    parts: PrintPart[];
    /** The CSS zoom that fits the widest part to the page's printable width. */
    zoom: number;
}

/** The printable width of a landscape page, in CSS pixels. */
export function printableWidth(page: PageSize): number {
    return (PAGE_MM[page].width - 2 * PAGE_MARGIN_MM) * CSS_PX_PER_MM;
}

/** The most touchpoint columns a page holds at the smallest zoom. */
export function columnsPerPage(page: PageSize): number {
    return Math.max(1, Math.floor((printableWidth(page) / MIN_ZOOM - LABEL_COLUMN_WIDTH) / COLUMN_WIDTH));
}

const columnsOf = (phase: PhaseView) => Math.max(1, phase.touchpoints.length);

export function printLayout(journey: JourneyView, page: PageSize): PrintLayout {
    const perPage = columnsPerPage(page);
    const parts: PrintPart[] = [];
    let current: PrintPart | undefined;
    let used = 0;
    journey.phases.forEach((phase, p) => {
        const pieces = columnsOf(phase) <= perPage ? [phase] : piecesOf(phase, perPage);
        for (const piece of pieces) {
            if (!current || used + columnsOf(piece) > perPage) {
                current = { journey: { ...journey, phases: [] }, firstPhase: p };
                parts.push(current);
                used = 0;
            }
            current.journey.phases.push(piece);
            used += columnsOf(piece);
        }
    });
    const widest = Math.max(1, ...parts.map(part => part.journey.phases.reduce((sum, phase) => sum + columnsOf(phase), 0)));
    const zoom = Math.min(1.25, printableWidth(page) / (LABEL_COLUMN_WIDTH + widest * COLUMN_WIDTH));
    return { page, parts, zoom: Math.floor(zoom * 1000) / 1000 };
}

/** A phase too wide for one page, cut between its touchpoints into page-wide pieces. */
function piecesOf(phase: PhaseView, perPage: number): PhaseView[] {
    const pieces: PhaseView[] = [];
    for (let start = 0; start < phase.touchpoints.length; start += perPage) {
        pieces.push({ ...phase, touchpoints: phase.touchpoints.slice(start, start + perPage) });
    }
    return pieces;
}

/**
 * The print stylesheet: the page size, the screen's single wide canvas swapped for the
 * page-wide parts, each part starting a page and kept whole when it fits one.
 */
export function printStylesheet(layout: PrintLayout): string {
    return `@page { size: ${layout.page.toUpperCase()} landscape; margin: ${PAGE_MARGIN_MM}mm; }
.print-parts { display: none; }
@media print {
  html, body { background: #ffffff; }
  body { margin: 0; padding: 0; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .journey-preview { zoom: ${layout.zoom}; width: ${Math.floor(printableWidth(layout.page) / layout.zoom)}px; padding: 0; }
  .journey-preview > .grid-host { display: none; }
  .print-parts { display: block; }
  .print-part { break-before: page; break-inside: avoid; }
  .print-part:first-child { break-before: auto; }
  .print-part tr, .print-part th, .print-part td { break-inside: avoid; }
  .print-part .phase .phase-heading { position: static; }
  .diagram { break-before: page; }
  .static-diagram { overflow: visible; }
  .static-diagram svg { max-width: 100%; height: auto; }
}`;
}
