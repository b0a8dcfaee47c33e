// `journey import <file.mmd|file.md> [-o FILE.journey] [--force]`: a Mermaid journey diagram
// to a `.journey` file. Without -o the output is <file> with the extension .journey, beside it;
// "-" prints it. An existing file is replaced only with --force.
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import type { Locale } from '../language/i18n/locale.js';
import { importMermaidJourney, MermaidImportError } from '../language/mermaid/mermaid-import.js';
import { writeFileSafely } from '../language/node/safe-write.js';
import { UnreadableFileError } from './cli-workspace.js';
import type { Io } from './io.js';

export interface ImportOptions {
    file: string;
    output?: string;
    force: boolean;
    locale: Locale;
}

export async function runImport(options: ImportOptions, io: Io): Promise<number> {
    let text: string;
    try {
        text = await readFile(options.file, 'utf8');
    } catch (error) {
        throw new UnreadableFileError(`cannot read ${options.file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    let journeyText: string;
    try {
        journeyText = importMermaidJourney(text, options.file).text;
    } catch (error) {
        if (error instanceof MermaidImportError) {
            io.stderr(`journey: ${error.message}\n`);
            return 1;
        }
        throw error;
    }
    if (options.output === '-') {
        io.stdout(journeyText);
        return 0;
    }
    const parsed = path.parse(options.file);
    const target = options.output ?? path.join(parsed.dir, `${parsed.name}.journey`);
    await writeFileSafely(target, journeyText, { replace: options.force });
    io.stderr(`journey: wrote ${target}\n`);
    return 0;
}
