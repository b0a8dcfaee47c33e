// Which parts of a tree changed since something was derived from them. An edit patched into
// the tree in place (parser/in-place-edit.ts) marks the node it changed and its ancestors.
// Any other update (a parse, a re-parsed block, a file of the workspace added or removed) can
// change what a node shows of other nodes (a persona's title on a touchpoint, maybe from another
// file): the builder then marks the whole workspace changed, which outdates everything.
import type { AstNode } from 'langium';

const revisions = new WeakMap<AstNode, number>();
let workspaceRevision = 0;

/** `node` (and so each of its ancestors) changed in place. */
export function markChanged(node: AstNode): void {
    for (let changed: AstNode | undefined = node; changed; changed = changed.$container) {
        revisions.set(changed, (revisions.get(changed) ?? 0) + 1);
    }
}

/** Something outside the edited trees may have changed: nothing derived earlier is current. */
export function markWorkspaceChanged(): void {
    workspaceRevision++;
}

/** Equal for two calls exactly when nothing `node` derives from was marked changed in between. */
export function revisionOf(node: AstNode): string {
    return `${workspaceRevision}.${revisions.get(node) ?? 0}`;
}
