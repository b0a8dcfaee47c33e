// Mermaid text to a sanitized SVG element of this document: the one drawing path of the
// preview, its exports and the Markdown preview. Mermaid draws in an off-screen box of its own
// (`sandbox`, its third render argument), so that measuring text does not lay out the page
// around it again and again: with a large canvas in the page that made a 1,000-task diagram
// take many seconds.
import mermaid from 'mermaid';
import { importDrawnSvg, importSvg } from '../svg-import.js';
import { watchSandbox } from './drawn-svg.js';
import { initMermaid, type MermaidSetup } from './mermaid-config.js';

/** Makes the off-screen box Mermaid draws in; it must be in the document. */
export function mermaidSandbox(document: Document): HTMLDivElement {
    const sandbox = document.createElement('div');
    sandbox.className = 'mermaid-sandbox';
    sandbox.setAttribute('aria-hidden', 'true');
    return sandbox;
}

/**
 * Mermaid's SVG markup of `text` drawn with `setup`, not yet sanitized (for callers that sanitize
 * it themselves, as the exports do); rejects with Mermaid's message when it cannot draw. `id`
 * becomes the SVG's id (Mermaid prefixes its element ids with it).
 */
export async function drawMermaid(id: string, text: string, setup: MermaidSetup, sandbox: HTMLElement): Promise<string> {
    initMermaid(setup);
    try {
        // render() parses (and rejects a bad text) itself: no separate parse.
        const { svg } = await mermaid.render(id, text, sandbox);
        return svg;
    } finally {
        sandbox.replaceChildren();
    }
}

/** The SVG element of `text` drawn with `setup`, sanitized and adopted (../svg-import.ts); undefined when Mermaid made none. */
export async function renderMermaid(id: string, text: string, setup: MermaidSetup, sandbox: HTMLElement): Promise<SVGSVGElement | undefined> {
    const drawing = watchSandbox(sandbox);
    let markup: string;
    let drawn: SVGSVGElement | undefined;
    try {
        markup = await drawMermaid(id, text, setup, sandbox);
    } finally {
        drawn = drawing.take(id);
    }
    // Mermaid's own tree when it left it in the sandbox (./drawn-svg.ts), else a parse of its markup.
    return drawn ? importDrawnSvg(drawn, markup) : importSvg(markup);
}

/** Mermaid's own reading of a diagram (for the import tests): its sections and tasks, or its error. */
export async function readMermaid(
    text: string,
): Promise<{ ok: true; title?: string; tasks: { section: string; task: string; score: number | 'NaN'; people: string[] }[] } | { ok: false; error: string }> {
    try {
        await mermaid.parse(text);
        const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
        const db = diagram.db as unknown as { getTasks(): { section: string; task: string; score: number; people: string[] }[]; getDiagramTitle?(): string };
        const tasks = db
            .getTasks()
            .map(task => ({ section: task.section, task: task.task, score: Number.isNaN(task.score) ? ('NaN' as const) : task.score, people: task.people }));
        return { ok: true, title: db.getDiagramTitle?.(), tasks };
    } catch (error) {
        return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
}
