// Links from Mermaid's drawing back to the map: Mermaid's `journey` diagram has no `click`
// directive, so after each render the drawn tasks and sections get the canvas's `data-key`s
// (language/export/map-view.ts), and the preview's one click handler reveals them in the editor
// as it does the canvas's cells.
//
// Mermaid draws, as direct children of the <svg>, one <g> per section (its rect.journey-section)
// before the <g> of each task (its line.task-line), in the order of the text: a task per
// touchpoint, a section per run of tasks of one section title (a phase without touchpoints draws
// none, and consecutive phases of one title draw one, which stands for the first). In-place
// patches (webview/diagram-patch.ts) change titles and faces only, never this structure, so the
// keys stay right; the accessible names are set again from the patched journey.
import type { JourneyView } from '../../language/model/map-model.js';
import { phaseKey, touchpointKey } from '../../language/export/map-view.js';

export interface DrawnElement {
    key: string;
    title: string;
    kind: 'phase' | 'touchpoint';
}

/** The drawn sections and tasks of the journey's diagram, in Mermaid's drawing order. */
export function drawnElements(journey: JourneyView): { sections: DrawnElement[]; tasks: DrawnElement[] } {
    const sections: DrawnElement[] = [];
    const tasks: DrawnElement[] = [];
    let drawnSection: string | undefined;
    journey.phases.forEach((phase, p) => {
        if (phase.touchpoints.length === 0) return;
        const sectionLine = phase.mermaidSection.slice(0, phase.mermaidSection.indexOf('\n'));
        if (sectionLine !== drawnSection) sections.push({ key: phaseKey(p), title: phase.title, kind: 'phase' });
        drawnSection = sectionLine;
        phase.touchpoints.forEach((touchpoint, t) => tasks.push({ key: touchpointKey(p, t), title: touchpoint.title, kind: 'touchpoint' }));
    });
    return { sections, tasks };
}

export interface LinkLabels {
    /** The accessible name of a task or section: its kind and title. */
    name(element: DrawnElement): string;
    /** The tooltip. */
    hint: string;
}

/**
 * Gives each drawn task and section of `svg` its key, makes it focusable as a button, names it;
 * returns false (and leaves the drawing as it is) when the drawing does not hold the journey's
 * tasks and sections.
 */
export function linkDiagram(svg: SVGSVGElement, journey: JourneyView, labels: LinkLabels): boolean {
    const { sections, tasks } = drawnElements(journey);
    const sectionGroups: Element[] = [];
    const taskGroups: Element[] = [];
    for (const child of Array.from(svg.children)) {
        if (child.tagName !== 'g') continue;
        const first = child.firstElementChild;
        if (first?.tagName === 'rect' && first.classList.contains('journey-section')) sectionGroups.push(child);
        else if (first?.tagName === 'line' && first.classList.contains('task-line')) taskGroups.push(child);
    }
    if (sectionGroups.length !== sections.length || taskGroups.length !== tasks.length) return false;
    const link = (group: Element, element: DrawnElement) => {
        group.setAttribute('data-key', element.key);
        group.classList.add('diagram-link', `diagram-${element.kind}`);
        group.setAttribute('role', 'button');
        group.setAttribute('tabindex', '0');
        group.setAttribute('aria-label', labels.name(element));
        let tooltip = group.querySelector(':scope > title');
        if (!tooltip) {
            tooltip = group.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'title');
            group.append(tooltip);
        }
        tooltip.textContent = labels.hint;
    };
    sectionGroups.forEach((group, index) => link(group, sections[index]));
    taskGroups.forEach((group, index) => link(group, tasks[index]));
    return true;
}
