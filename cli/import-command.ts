// `journey import <file> [-o out.journey] [--force]`: a Mermaid journey diagram (a .mmd file,
// or the first ```mermaid journey block of a Markdown file) to a `.journey` file.
// Without -o the output is <file> with the extension .journey, beside it. An existing file is
// replaced only with --force; the file is written atomically (temp file + rename).
import { existsSync, readFileSync } from 'node:fs';
import { parse as parsePath, join } from 'node:path';
import { importMermaidJourney, MermaidImportError } from '../language/mermaid/mermaid-import.js';
import { writeFileAtomic } from '../client/export/atomic-write.js';

export const IMPORT_USAGE = 'Usage: journey import <file.mmd|file.md> [-o out.journey] [--force]\n'
    + '  Turns a Mermaid journey diagram into a .journey file: sections become phases, tasks touchpoints, actors personas.\n'
    + '  -o, --output <file>  where to write (default: the input with the extension .journey; "-" for standard output)\n'
    + '  --force              replace the output file if it exists\n';

export interface ImportIo {
    stdout(text: string): void;
    stderr(text: string): void;
}
const defaultIo: ImportIo = { stdout: text => process.stdout.write(text), stderr: text => process.stderr.write(text) };

/** Runs the import; `args` are the words after `import`. Returns the process exit code. */
export async function runImport(args: string[], io: ImportIo = defaultIo): Promise<number> {
    let input: string | undefined;
    let output: string | undefined;
    let force = false;
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        if (arg === '-h' || arg === '--help') {
            io.stdout(IMPORT_USAGE);
            return 0;
        } else if (arg === '-o' || arg === '--output') {
            output = args[++i];
            if (output === undefined) {
                io.stderr(`journey import: ${arg} needs a file name\n${IMPORT_USAGE}`);
                return 2;
            }
        } else if (arg.startsWith('--output=')) {
            output = arg.slice('--output='.length);
        } else if (arg === '--force' || arg === '-f') {
            force = true;
        } else if (arg.startsWith('-') && arg !== '-') {
            io.stderr(`journey import: unknown option ${arg}\n${IMPORT_USAGE}`);
            return 2;
        } else if (input === undefined) {
            input = arg;
        } else {
            io.stderr(`journey import: only one input file, got ${input} and ${arg}\n`);
            return 2;
        }
    }
    if (!input) {
        io.stderr(IMPORT_USAGE);
        return 2;
    }
    let text: string;
    try {
        text = readFileSync(input, 'utf8');
    } catch (error) {
        io.stderr(`journey import: cannot read ${input}: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n`);
        return 1;
    }
    let journeyText: string;
    try {
        journeyText = importMermaidJourney(text, input).text;
    } catch (error) {
        if (error instanceof MermaidImportError) {
            io.stderr(`journey import: ${error.message}\n`);
            return 1;
        }
        throw error;
    }
    if (output === '-') {
        io.stdout(journeyText);
        return 0;
    }
    const parsed = parsePath(input);
    const target = output ?? join(parsed.dir, `${parsed.name}.journey`);
    if (existsSync(target) && !force) {
        io.stderr(`journey import: ${target} already exists; use --force to replace it, or -o to choose another file\n`);
        return 1;
    }
    try {
        writeFileAtomic(target, journeyText);
    } catch (error) {
        io.stderr(`journey import: cannot write ${target}: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n`);
        return 1;
    }
    io.stdout(`${target}\n`);
    return 0;
}
