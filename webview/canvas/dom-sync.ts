// Moving the canvas's drawn cells into place with as few DOM operations as possible: an edit
// changes one column, so an update touches one cell per lane, not every drawn cell.

/** Makes `parent`'s children exactly `wanted`, moving and inserting as few nodes as it can. */
export function syncChildren(parent: Element, wanted: Node[]): void {
    const keep = new Set(wanted);
    for (let child = parent.firstChild; child;) {
        const next = child.nextSibling;
        if (!keep.has(child)) child.remove();
        child = next;
    }
    let current = parent.firstChild;
    for (const node of wanted) {
        if (node === current) current = current.nextSibling;
        else parent.insertBefore(node, current);
    }
}

/**
 * Makes `parent`'s children `wanted` when they are `shown`: only the run between the longest
 * unchanged start and end is touched.
 */
export function replaceChanged(parent: Element, shown: Node[], wanted: Node[]): void {
    if (parent.childNodes.length !== shown.length) {
        syncChildren(parent, wanted);
        return;
    }
    let start = 0;
    while (start < shown.length && start < wanted.length && shown[start] === wanted[start]) start++;
    let end = 0;
    while (end < shown.length - start && end < wanted.length - start && shown[shown.length - 1 - end] === wanted[wanted.length - 1 - end]) end++;
    const kept = new Set(wanted.slice(start, wanted.length - end));
    for (let i = start; i < shown.length - end; i++) if (!kept.has(shown[i])) (shown[i] as ChildNode).remove();
    const anchor = end > 0 ? shown[shown.length - end] : null;
    for (let i = start; i < wanted.length - end; i++) parent.insertBefore(wanted[i], anchor);
}
