// What only the desktop has: atomic writes to the local disk and a home folder. The Node entry
// (extension.ts) provides them; in the browser they are absent and files go through
// vscode.workspace.fs (export/save-file.ts), which the browser bundle must not import Node for.
import type { SafeWriteOptions } from '../language/node/safe-write.js';

export interface DiskAccess {
    writeFileSafely(target: string, content: string | Uint8Array, options: SafeWriteOptions): Promise<void>;
    /** The target appeared although replacing it was not confirmed. */
    isFileExistsError(error: unknown): boolean;
    homeFolder(): string;
}

let provided: DiskAccess | undefined;

export function provideDiskAccess(access: DiskAccess): void {
    provided = access;
}

/** Undefined in the browser. */
export function diskAccess(): DiskAccess | undefined {
    return provided;
}
