// The `journey` command line: lint, export and import `.journey` files, and start new ones.
import '../scripts/polyfills.cjs';
import { parseArgs } from 'node:util';
import { localeFromEnvironment, toLocale } from '../language/i18n/locale.js';
import { runExport, EXPORT_FORMATS, type ExportFormat } from './export-command.js';
import { FileExistsError } from './safe-write.js';
import { UnreadableFileError } from './cli-workspace.js';
import { processIo, UsageError, type Io } from './io.js';
import { runLint } from './lint-command.js';
import { runImport } from './import-command.js';
import { runNew } from './new-command.js';
import { ChromiumNotFoundError, ExportRenderError } from './export-render.js';

declare const JOURNEY_VERSION: string | undefined;
const VERSION = typeof JOURNEY_VERSION === 'string' ? JOURNEY_VERSION : '0.0.0-dev';

export const USAGE = `Usage:
  journey lint <files, folders or globs…> [--format text|json|sarif] [--max-warnings N] [--config FILE] [--lang en|es]
  journey export <file> [--format ${EXPORT_FORMATS.join('|')}] [--journey ID] [--persona ID] [--lang en|es] [--presentation] [-o FILE] [--force]
  journey import <file.mmd|file.md> [-o FILE.journey] [--force]
  journey new <file.journey> [--lang en|es] [--force]
  journey --version | --help

Exit codes: 0 clean, 1 errors (or warnings over --max-warnings), 2 bad usage or unreadable file.
`;

export async function main(argv: string[], io: Io = processIo): Promise<number> {
    try {
        return await run(argv, io);
    } catch (error) {
        if (error instanceof UsageError) {
            io.stderr(`journey: ${error.message}\n\n${USAGE}`);
            return 2;
        }
        if (error instanceof UnreadableFileError || error instanceof FileExistsError || error instanceof ChromiumNotFoundError) {
            io.stderr(`journey: ${error.message}\n`);
            return 2;
        }
        const systemError = error as NodeJS.ErrnoException;
        if (typeof systemError?.code === 'string' && typeof systemError.syscall === 'string') {
            // The file system refused (disk full, no permission…): say so plainly, no stack trace.
            io.stderr(`journey: ${systemError.syscall} ${systemError.path ?? ''} failed: ${systemError.code}\n`);
            return 2;
        }
        if (error instanceof ExportRenderError) {
            io.stderr(`journey: ${error.message}\n`);
            return 1;
        }
        throw error;
    }
}

async function run(argv: string[], io: Io): Promise<number> {
    const [command, ...rest] = argv;
    if (command === '--version' || command === '-v') {
        io.stdout(`${VERSION}\n`);
        return 0;
    }
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
        io.stdout(USAGE);
        return command === undefined ? 2 : 0;
    }
    if (command === 'import') return runImport(rest, { stdout: text => io.stdout(text), stderr: text => io.stderr(text) });
    const { values, positionals } = parse(rest);
    const locale = values.lang ? toLocale(values.lang) : localeFromEnvironment();
    switch (command) {
        case 'lint': {
            const format = values.format ?? 'text';
            if (format !== 'text' && format !== 'json' && format !== 'sarif') throw new UsageError(`unknown lint format "${format}"`);
            const maxWarnings = values['max-warnings'] === undefined ? undefined : Number(values['max-warnings']);
            if (maxWarnings !== undefined && (!Number.isInteger(maxWarnings) || maxWarnings < 0)) {
                throw new UsageError('--max-warnings needs a whole number of 0 or more');
            }
            return runLint({ patterns: positionals, format, maxWarnings, config: values.config, locale, version: VERSION }, io);
        }
        case 'export': {
            if (positionals.length !== 1) throw new UsageError('journey export needs exactly one file');
            const format = (values.format ?? 'mermaid') as ExportFormat;
            if (!(EXPORT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`unknown export format "${format}"`);
            return runExport({ file: positionals[0], format, output: values.output, force: values.force ?? false, journey: values.journey, persona: values.persona, locale,
                labels: values.lang ? toLocale(values.lang) : undefined, presentation: values.presentation ?? false }, io);
        }
        case 'new': {
            if (positionals.length !== 1) throw new UsageError('journey new needs exactly one file');
            return runNew({ file: positionals[0], keywordLanguage: locale, force: values.force ?? false }, io);
        }
        default:
            throw new UsageError(`unknown command "${command}"`);
    }
}

function parse(args: string[]) {
    try {
        return parseArgs({
            args,
            allowPositionals: true,
            options: {
                format: { type: 'string', short: 'f' },
                'max-warnings': { type: 'string' },
                config: { type: 'string' },
                lang: { type: 'string' },
                output: { type: 'string', short: 'o' },
                force: { type: 'boolean' },
                journey: { type: 'string', short: 'j' },
                persona: { type: 'string' },
                presentation: { type: 'boolean' },
            },
        });
    } catch (error) {
        throw new UsageError((error as Error).message);
    }
}

// Run when bundled as dist/cli.cjs (bin/journey.cjs); tests import main() instead.
if (typeof require !== 'undefined' && require.main !== undefined && /cli\.cjs$|journey(\.cjs)?$/.test(require.main.filename)) {
    main(process.argv.slice(2)).then(code => { process.exitCode = code; }, error => {
        process.stderr.write(`journey: internal error: ${(error as Error).stack ?? error}\n`);
        process.exitCode = 2;
    });
}
