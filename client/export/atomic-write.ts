// Writes a file so that an interrupted write never leaves a partial file: the data goes to a
// temporary file in the same directory, is flushed, then renamed over the target (an atomic
// replace on the same file system). No `vscode` import: the command line uses it too.
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

export function writeFileAtomic(path: string, data: string | Uint8Array): void {
    const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
    let fd: number | undefined;
    try {
        fd = openSync(temp, 'wx', 0o644);
        const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
        let offset = 0;
        while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
        fsyncSync(fd);
        closeSync(fd);
        fd = undefined;
        renameSync(temp, path);
    } catch (error) {
        if (fd !== undefined) closeSync(fd);
        rmSync(temp, { force: true });
        throw error;
    }
}
