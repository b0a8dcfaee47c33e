// Writes an output file without ever replacing an existing one unless asked (--force), and
// without leaving a partial file behind: the content goes to a temporary file in the same
// folder, which then takes the target's name in one step.
import { link, rename, unlink, writeFile } from 'node:fs/promises';
import * as path from 'node:path';

export class FileExistsError extends Error {}

export async function writeFileSafely(target: string, content: string | Uint8Array, options: { force: boolean }): Promise<void> {
    const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
    try {
        // Inside the try: a write that fails half-way (disk full, file size limit) must not
        // leave the partial temporary file behind either.
        await writeFile(temporary, content);
        if (options.force) {
            await rename(temporary, target);
            return;
        }
        // link() fails with EEXIST instead of replacing: no window between a check and the write.
        await link(temporary, target).catch((error: NodeJS.ErrnoException) => {
            if (error.code === 'EEXIST') throw new FileExistsError(`${target} exists; use --force to replace it`);
            throw error;
        });
    } finally {
        await unlink(temporary).catch(() => undefined);
    }
}
