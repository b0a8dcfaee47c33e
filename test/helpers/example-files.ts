// The repository's example maps, read: each `.journey` file under a folder, with its text.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** [path, text] of every `.journey` file under `folder`, subfolders included. */
export function exampleFiles(folder = 'examples'): [string, string][] {
    return readdirSync(folder, { withFileTypes: true }).flatMap(entry =>
        entry.isDirectory()
            ? exampleFiles(join(folder, entry.name))
            : entry.name.endsWith('.journey')
              ? [[join(folder, entry.name), readFileSync(join(folder, entry.name), 'utf8')] as [string, string]]
              : [],
    );
}
