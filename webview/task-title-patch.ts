// Typing in a touchpoint's title changes one task's text in Mermaid's journey diagram and
// nothing else of its drawing: task boxes have a fixed size and the text sits in them as a
// label (a foreignObject) with a <text> fallback. Redrawing a 1,000-task diagram costs Mermaid
// seconds; putting the new title into the drawn SVG costs a millisecond. So when the new
// Mermaid text differs from the drawn one only in such titles, and both old and new titles are
// plain text (which Mermaid draws verbatim: no markup, line break or edge spaces; of the entity
// codes only those of `:` `;` `#` `,`, which titles often hold and Mermaid draws as the
// character), the preview patches the titles; anything else is drawn by Mermaid again. The
// browser tests compare a patched diagram with Mermaid's own drawing of the new text.

/** A task line of language/mermaid/mermaid-journey.ts: `    <title>: <score>[: <actors>]`. */
const TASK_LINE = /^ {4}([^:]*): (.*)$/;
/** Text Mermaid shows exactly as written (its strict sanitising and entity decoding leave it alone). */
const PLAIN_TITLE = /^[\p{L}\p{N}](?:[\p{L}\p{N} ,.:;#!?¿¡'()/_-]*[\p{L}\p{N}.!?)'])?$/u;
/** The entity codes language/mermaid/mermaid-text.ts writes for punctuation, and their characters. */
const PUNCTUATION: Record<string, string> = { '#58;': ':', '#59;': ';', '#35;': '#', '#44;': ',' };

/** The title Mermaid draws for a task's encoded title, when it is plain text; otherwise undefined. */
function drawnTitle(encoded: string): string | undefined {
    const title = encoded.replace(/#(?:58|59|35|44);/g, code => PUNCTUATION[code]);
    // Text that reads as an entity code again (`#58;` written out) is left to Mermaid.
    return PLAIN_TITLE.test(title) && !/#\w+;/.test(title) ? title : undefined;
}

export interface TaskTitleChange {
    /** The task's position among all tasks of the diagram (Mermaid's `-task<N>` ids). */
    index: number;
    /** The titles as drawn (entity codes decoded). */
    from: string;
    to: string;
}

/** The task title changes from `drawn` to `next`, or undefined when anything else differs. */
export function taskTitleChanges(drawn: string, next: string): TaskTitleChange[] | undefined {
    const before = drawn.split('\n');
    const after = next.split('\n');
    if (before.length !== after.length) return undefined;
    const changes: TaskTitleChange[] = [];
    let task = -1;
    for (let line = 0; line < before.length; line++) {
        const old = TASK_LINE.exec(before[line]);
        if (old) task++;
        if (before[line] === after[line]) continue;
        const current = TASK_LINE.exec(after[line]);
        if (!old || !current || old[2] !== current[2]) return undefined;
        const from = drawnTitle(old[1]);
        const to = drawnTitle(current[1]);
        if (from === undefined || to === undefined) return undefined;
        changes.push({ index: task, from, to });
    }
    return changes.length > 0 ? changes : undefined;
}

/** Puts the new titles into Mermaid's drawing; changes nothing and returns false unless every task is found as expected. */
export function patchTaskTitles(svg: SVGSVGElement, changes: TaskTitleChange[]): boolean {
    const targets: { label: Element; fallback: Element; to: string }[] = [];
    for (const change of changes) {
        const line = svg.querySelector(`#${CSS.escape(`${svg.id}-task${change.index}`)}`);
        const task = line?.parentElement;
        const labels = task?.querySelectorAll(':scope > switch > foreignObject div.label');
        const fallbacks = task?.querySelectorAll(':scope > switch > text > tspan');
        if (!labels || labels.length !== 1 || !fallbacks || fallbacks.length !== 1) return false;
        if (labels[0].textContent !== change.from || fallbacks[0].textContent !== change.from) return false;
        targets.push({ label: labels[0], fallback: fallbacks[0], to: change.to });
    }
    for (const { label, fallback, to } of targets) {
        label.textContent = to;
        fallback.textContent = to;
    }
    return true;
}
