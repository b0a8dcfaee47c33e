// `journey import <file.mmd|file.md> [-o FILE.journey] [--force]`: a Mermaid journey diagram,
// or every journey block of a Markdown file, to one `.journey` file, and a sentence on standard
// error saying what was imported and what was skipped. Without -o the output is <file> with the
// extension .journey, beside it; "-" prints it. An existing file is replaced only with --force.
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import type { Locale } from '../language/i18n/locale.js';
import { importSummaryText } from '../language/mermaid/import-summary.js';
import { importMermaidJourneys, MermaidImportError, type ImportResult } from '../language/mermaid/mermaid-import.js';
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
    let imported: ImportResult;
    try {
        imported = importMermaidJourneys(text, options.file);
    } catch (error) {
        if (error instanceof MermaidImportError) {
            io.stderr(`journey: ${error.message}\n`);
            return 1;
        }
        throw error;
    }
    const summary = `journey: ${importSummaryText(imported.summary, options.locale)}\n`;
    if (options.output === '-') {
        io.stdout(imported.text);
        io.stderr(summary);
        return 0;
    }
    const parsed = path.parse(options.file);
    const target = options.output ?? path.join(parsed.dir, `${parsed.name}.journey`);
    await writeFileSafely(target, imported.text, { replace: options.force });
    io.stderr(`${summary}journey: wrote ${target}\n`);
    return 0;
}
