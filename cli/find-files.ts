// Expands the command line's file arguments: files as given, folders searched for
// `.journey` files, anything else taken as a glob.
import { stat } from 'node:fs/promises';
import * as path from 'node:path';
import { glob } from 'tinyglobby';

const IGNORED = ['**/node_modules/**', '**/.git/**'];

export async function findJourneyFiles(args: string[]): Promise<{ files: string[]; missing: string[] }> {
    const files = new Set<string>();
    const missing: string[] = [];
    for (const arg of args) {
        const info = await stat(arg).catch(() => undefined);
        if (info?.isFile()) {
            files.add(path.normalize(arg));
        } else if (info?.isDirectory()) {
            (await glob('**/*.journey', { cwd: arg, ignore: IGNORED, absolute: false })).forEach(file => files.add(path.join(arg, file)));
        } else {
            const matches = await glob(arg.split(path.sep).join('/'), { ignore: IGNORED });
            if (matches.length === 0) missing.push(arg);
            matches.forEach(file => files.add(path.normalize(file)));
        }
    }
    return { files: [...files].sort(), missing };
}
