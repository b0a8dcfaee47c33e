// Which parts of the trees changed since something was derived from them. An edit patched into
// a tree in place (parser/in-place-edit.ts) logs the node it changed, whitespace typed between
// tokens (parser/whitespace-edit.ts) the node whose positions it moved. Any other update (a parse,
// a re-parsed block, a file of the workspace added or removed) can change what a node shows of
// other nodes (a persona's title on a touchpoint, maybe from another file): the builder then
// marks the whole workspace changed, which outdates everything derived earlier.
import type { AstNode } from 'langium';

let workspaceRevision = 0;
/** The nodes changed in place, oldest first; `logStart` counts the changes dropped before log[0]. */
let log: AstNode[] = [];
let logStart = 0;
/** Consumers that fall further behind than this recompute everything. */
const MAX_LOG = 1024;

/** `node` changed in place (and so did each of its ancestors). */
export function markChanged(node: AstNode): void {
    log.push(node);
    if (log.length > MAX_LOG) {
        const dropped = log.length >> 1;
        log = log.slice(dropped);
        logStart += dropped;
    }
}

/** Something outside the edited trees may have changed: nothing derived earlier is current. */
export function markWorkspaceChanged(): void {
    workspaceRevision++;
    logStart += log.length;
    log = [];
}

/** A point in the sequence of changes, to ask later what changed since. */
export interface ChangeMark {
    readonly workspace: number;
    readonly position: number;
}

export function changeMark(): ChangeMark {
    return { workspace: workspaceRevision, position: logStart + log.length };
}

/**
 * The nodes changed in place since `mark` (ancestors not listed), or undefined when that is not
 * known (the workspace changed, or the log no longer reaches back): then anything may have changed.
 */
export function changedSince(mark: ChangeMark): readonly AstNode[] | undefined {
    if (mark.workspace !== workspaceRevision || mark.position < logStart) return undefined;
    return log.slice(mark.position - logStart);
}
