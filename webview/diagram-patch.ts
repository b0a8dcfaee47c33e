// Typing in a touchpoint's, a phase's or the journey's title, or changing a touchpoint's
// emotion, changes one text or one face of Mermaid's journey diagram and nothing else of its
// drawing: task and section boxes have one size for the whole diagram (the preview draws again
// when a title needs another: webview/journey-box-size.ts), the text sits
// in them as a label (a foreignObject) with a <text> fallback, the journey's title is drawn above
// the diagram where its length moves nothing, and the score only places and shapes the task's
// face below it (the diagram's height is fixed whatever the scores). Redrawing a 1,000-task
// diagram costs Mermaid a second or more; putting the new title or face into the drawn SVG costs
// a millisecond. So when the new Mermaid text differs from the drawn one only in such titles and
// scores, and both old and new titles are plain text (which Mermaid draws verbatim: no markup,
// line break or edge spaces; of the entity codes only those of `:` `;` `#` `,`, which titles often
// hold and Mermaid draws as the character), the preview patches the drawing; anything else is
// drawn by Mermaid again. The browser tests compare a patched diagram with Mermaid's own drawing
// of the new text.
import { arc } from 'd3-shape';

/** A task line of language/mermaid/mermaid-journey.ts: `    <title>: <score>[: <actors>]`. */
const TASK_LINE = /^ {4}([^:]*): ([^:]*)(.*)$/;
/** A section line: `  section <title>`. */
const SECTION_LINE = /^ {2}section (.*)$/;
/** The journey's title line: `  title <title>` (drawn above the diagram; its length moves nothing). */
const TITLE_LINE = /^ {2}title (.*)$/;
/** Text Mermaid shows exactly as written (its strict sanitising and entity decoding leave it alone). */
const PLAIN_TITLE = /^[\p{L}\p{N}](?:[\p{L}\p{N} ,.:;#!?¿¡'()/_-]*[\p{L}\p{N}.!?)'])?$/u;
/** The entity codes language/mermaid/mermaid-text.ts writes for punctuation, and their characters. */
const PUNCTUATION: Record<string, string> = { '#58;': ':', '#59;': ';', '#35;': '#', '#44;': ',' };
/** A score as the generator writes it (an integer; the lint rules flag those outside 1–5). */
const SCORE = /^-?\d{1,3}$/;

/** The title Mermaid draws for a task's or section's encoded title, when it is plain text; otherwise undefined. */
function drawnTitle(encoded: string): string | undefined {
    const title = encoded.replace(/#(?:58|59|35|44);/g, code => PUNCTUATION[code]);
    // Text that reads as an entity code again (`#58;` written out) is left to Mermaid.
    return PLAIN_TITLE.test(title) && !/#\w+;/.test(title) ? title : undefined;
}

export type DiagramChange =
    | {
          kind: 'task';
          /** The task's position among all tasks of the diagram (Mermaid's `-task<N>` ids). */
          index: number;
          /** The titles as drawn (entity codes decoded), when the title changed. */
          title?: TitleChange;
          /** The emotion scores, when the score changed. */
          score?: { from: number; to: number };
      }
    | {
          kind: 'section';
          /** The section's position among the drawn sections (Mermaid draws none for a section without tasks). */
          index: number;
          title: TitleChange;
      }
    | { kind: 'journey'; title: TitleChange };

interface TitleChange {
    from: string;
    to: string;
}

function titleChange(from: string, to: string): TitleChange | undefined {
    const drawnFrom = drawnTitle(from);
    const drawnTo = drawnTitle(to);
    return drawnFrom === undefined || drawnTo === undefined ? undefined : { from: drawnFrom, to: drawnTo };
}

/** The changes of task titles and scores, of section titles and of the journey's title from `drawn` to `next` (none when only undrawn text changed), or undefined when the texts are equal or anything else differs. */
export function diagramChanges(drawn: string, next: string): DiagramChange[] | undefined {
    const before = drawn.split('\n');
    const after = next.split('\n');
    if (before.length !== after.length) return undefined;
    const changes: DiagramChange[] = [];
    let task = -1;
    let section = -1;
    let differs = false;
    for (let line = 0; line < before.length; line++) {
        const oldTask = TASK_LINE.exec(before[line]);
        const oldSection = oldTask ? null : SECTION_LINE.exec(before[line]);
        if (oldTask) task++;
        if (oldSection && TASK_LINE.test(before[line + 1] ?? '')) section++;
        if (before[line] === after[line]) continue;
        differs = true;
        const oldTitle = TITLE_LINE.exec(before[line]);
        if (oldTitle) {
            const current = TITLE_LINE.exec(after[line]);
            const title = current && titleChange(oldTitle[1], current[1]);
            if (!title) return undefined;
            changes.push({ kind: 'journey', title });
            continue;
        }
        if (oldSection) {
            const current = SECTION_LINE.exec(after[line]);
            const title = current && titleChange(oldSection[1], current[1]);
            if (!title) return undefined;
            // A section without tasks is not drawn.
            if (TASK_LINE.test(before[line + 1] ?? '')) changes.push({ kind: 'section', index: section, title });
            continue;
        }
        const current = TASK_LINE.exec(after[line]);
        // The actors decide the task's circles and the legend: a change there is Mermaid's to draw.
        if (!oldTask || !current || oldTask[3] !== current[3]) return undefined;
        const change: DiagramChange = { kind: 'task', index: task };
        if (oldTask[1] !== current[1]) {
            const title = titleChange(oldTask[1], current[1]);
            if (!title) return undefined;
            change.title = title;
        }
        if (oldTask[2] !== current[2]) {
            if (!SCORE.test(oldTask[2]) || !SCORE.test(current[2])) return undefined;
            change.score = { from: Number(oldTask[2]), to: Number(current[2]) };
        }
        changes.push(change);
    }
    // Only the title of a section without tasks changed: nothing drawn changes.
    if (changes.length === 0) return differs ? [] : undefined;
    // Mermaid draws consecutive sections of the same title as one.
    if (changes.some(change => change.kind === 'section') && (mergesSections(before) || mergesSections(after))) return undefined;
    return changes;
}

/** Whether two consecutive drawn sections have the same title. */
function mergesSections(lines: string[]): boolean {
    let previous: string | undefined;
    for (let line = 0; line < lines.length; line++) {
        const section = SECTION_LINE.exec(lines[line]);
        if (!section || !TASK_LINE.test(lines[line + 1] ?? '')) continue;
        if (section[1] === previous) return true;
        previous = section[1];
    }
    return false;
}

/** Puts the new titles and faces into Mermaid's drawing; changes nothing and returns false unless every task and section is found as expected. */
export function patchDiagram(svg: SVGSVGElement, changes: DiagramChange[]): boolean {
    const edits: (() => void)[] = [];
    const sections = svg.querySelectorAll(':scope > g > rect.journey-section');
    for (const change of changes) {
        if (change.kind === 'journey') {
            const titles = svg.querySelectorAll(':scope > text:not(.legend)');
            if (titles.length !== 1 || titles[0].textContent !== change.title.from) return false;
            const to = change.title.to;
            edits.push(() => {
                titles[0].textContent = to;
            });
            continue;
        }
        const line = change.kind === 'task' ? svg.querySelector(`#${CSS.escape(`${svg.id}-task${change.index}`)}`) : undefined;
        const group = change.kind === 'task' ? line?.parentElement : sections[change.index]?.parentElement;
        if (!group) return false;
        if (change.title) {
            const edit = labelEdit(group, change.title);
            if (!edit) return false;
            edits.push(edit);
        }
        if (change.kind === 'task' && change.score) {
            const face = line && drawnFace(line, change.score.from);
            if (!face) return false;
            const to = change.score.to;
            edits.push(() => redrawFace(face, to));
        }
    }
    for (const edit of edits) edit();
    return true;
}

/** Replaces a task's or section's label and its <text> fallback, when they show `title.from`. */
function labelEdit(group: Element, title: TitleChange): (() => void) | undefined {
    const labels = group.querySelectorAll(':scope > switch > foreignObject div.label');
    const fallbacks = group.querySelectorAll(':scope > switch > text > tspan');
    if (labels.length !== 1 || fallbacks.length !== 1) return undefined;
    if (labels[0].textContent !== title.from || fallbacks[0].textContent !== title.from) return undefined;
    return () => {
        labels[0].textContent = title.to;
        fallbacks[0].textContent = title.to;
    };
}

// The face as Mermaid's svgDraw.js draws it below a task: a circle whose height tells the score,
// two eyes, and a mouth (a smile above 3, a frown below, a straight line at 3).
const FACE_RADIUS = 15;
const SMILE = arc()
    .startAngle(Math.PI / 2)
    .endAngle(3 * (Math.PI / 2))
    .innerRadius(FACE_RADIUS / 2)
    .outerRadius(FACE_RADIUS / 2.2);
const FROWN = arc()
    .startAngle((3 * Math.PI) / 2)
    .endAngle(5 * (Math.PI / 2))
    .innerRadius(FACE_RADIUS / 2)
    .outerRadius(FACE_RADIUS / 2.2);
const faceY = (score: number) => 300 + (5 - score) * 30;
type Mouth = 'smile' | 'frown' | 'straight';
const mouthOf = (score: number): Mouth => (score > 3 ? 'smile' : score < 3 ? 'frown' : 'straight');

interface DrawnFace {
    circle: Element;
    eyes: Element[];
    mouth: Element;
    cx: number;
}

/** The face drawn after the task's line, checked to be the one of `score`. */
function drawnFace(line: Element, score: number): DrawnFace | undefined {
    const circle = line.nextElementSibling;
    const features = circle?.nextElementSibling;
    if (!circle || !features || circle.tagName !== 'circle' || circle.getAttribute('class') !== 'face' || features.tagName !== 'g') return undefined;
    if (circle.getAttribute('cy') !== String(faceY(score))) return undefined;
    const eyes = Array.from(features.children).filter(child => child.tagName === 'circle');
    const mouth = features.querySelector(':scope > .mouth');
    const expected = mouthOf(score) === 'straight' ? 'line' : 'path';
    if (eyes.length !== 2 || !mouth || mouth.tagName !== expected || features.children.length !== 3) return undefined;
    return { circle, eyes, mouth, cx: Number(circle.getAttribute('cx')) };
}

/** The face of `score`, with the attributes in the order Mermaid (D3) sets them. */
function redrawFace(face: DrawnFace, score: number): void {
    const cy = faceY(score);
    face.circle.setAttribute('cy', String(cy));
    for (const eye of face.eyes) eye.setAttribute('cy', String(cy - FACE_RADIUS / 3));
    const kind = mouthOf(score);
    const mouth = document.createElementNS('http://www.w3.org/2000/svg', kind === 'straight' ? 'line' : 'path');
    const attributes: [string, string][] =
        kind === 'straight'
            ? [
                  ['class', 'mouth'],
                  ['stroke', '#666'],
                  ['x1', String(face.cx - 5)],
                  ['y1', String(cy + 7)],
                  ['x2', String(face.cx + 5)],
                  ['y2', String(cy + 7)],
                  ['stroke-width', '1px'],
              ]
            : [
                  ['class', 'mouth'],
                  ['d', String((kind === 'smile' ? SMILE : FROWN)(undefined as never))],
                  ['transform', `translate(${face.cx},${cy + (kind === 'smile' ? 2 : 7)})`],
              ];
    for (const [name, value] of attributes) mouth.setAttribute(name, value);
    face.mouth.replaceWith(mouth);
}
