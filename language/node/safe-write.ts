// The one file writer of the command line and the desktop extension. language/node/ is the
// only part of language/ that uses Node APIs (as langium/node in Langium): never import it
// from code that runs in a browser or a web worker.
//
// The content goes to a hidden temporary file in the target's folder, flushed to disk, which
// then takes the target's name in one step: rename() when replacing was confirmed, link()
// otherwise, which fails instead of replacing (no window between a check and the write).
// Whatever fails or is interrupted, the target is absent, as it was, or complete.
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

/** The target exists and replacing it was not confirmed; nothing was written. */
export class FileExistsError extends Error {
    constructor(readonly file: string) {
        super(`${file} exists`);
        this.name = 'FileExistsError';
    }
}

export interface SafeWriteOptions {
    /** Replace an existing file: only when the user confirmed it (a dialog, --force). */
    replace: boolean;
}

export async function writeFileSafely(target: string, content: string | Uint8Array, options: SafeWriteOptions): Promise<void> {
    const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    let handle: fs.FileHandle | undefined;
    try {
        // Inside the try: a write that fails half-way (disk full, file size limit) must not
        // leave the partial temporary file behind either.
        handle = await fs.open(temporary, 'wx', 0o644);
        await handle.writeFile(content);
        await handle.sync();
        await handle.close();
        handle = undefined;
        if (options.replace) await fs.rename(temporary, target);
        else await linkWithoutReplacing(temporary, target);
    } finally {
        await handle?.close().catch(() => undefined);
        await fs.unlink(temporary).catch(() => undefined);
    }
}

/** File systems without hard links (FAT, exFAT, some network shares) refuse link() with these. */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS']);

async function linkWithoutReplacing(temporary: string, target: string): Promise<void> {
    try {
        await fs.link(temporary, target);
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? '';
        if (code === 'EEXIST') throw new FileExistsError(target);
        if (!NO_HARD_LINKS.has(code)) throw error;
        // There, check and rename: the content still arrives whole, in one step.
        if (
            await fs.lstat(target).then(
                () => true,
                () => false,
            )
        )
            throw new FileExistsError(target);
        await fs.rename(temporary, target);
    }
}
