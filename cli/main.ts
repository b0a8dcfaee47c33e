// The `journey` command line: lint, export and import `.journey` files, and start new ones.
// One parser (commander) for every command, so options, help and usage errors behave alike.
import '../scripts/polyfills.cjs';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { localeFromEnvironment, toLocale, type Locale } from '../language/i18n/locale.js';
import { FileExistsError } from '../language/node/safe-write.js';
import { runExport, EXPORT_FORMATS } from './export-command.js';
import { UnreadableFileError } from './cli-workspace.js';
import { processIo, UsageError, type Io } from './io.js';
import { outputFileSettings, type OutputFileOptions } from './output-file-options.js';
import { runLint } from './lint-command.js';
import { runImport } from './import-command.js';
import { runNew } from './new-command.js';
import { defineDiffCommand } from './diff-command.js';
import { ExportRenderError } from './export-render.js';
import { PAGE_SIZES, type PageSize } from '../language/export/print-layout.js';
import { BrowserNotFoundError } from '../language/node/local-browser.js';
import { PdfPrintError } from '../language/node/print-to-pdf.js';

declare const JOURNEY_VERSION: string | undefined;
const VERSION = typeof JOURNEY_VERSION === 'string' ? JOURNEY_VERSION : '0.0.0-dev';

/** Exit code of bad usage and of a file that cannot be read or written (README "Command line"). */
const USAGE_EXIT = 2;

const EXIT_CODES = `
Exit codes: 0 clean, 1 errors (or warnings over --max-warnings), 2 bad usage or unreadable file.
`;

export async function main(argv: string[], io: Io = processIo): Promise<number> {
    let exitCode = 0;
    const program = commandLine(io, code => {
        exitCode = code;
    });
    try {
        await program.parseAsync(argv, { from: 'user' });
        return exitCode;
    } catch (error) {
        return exitCodeOf(error, io);
    }
}

function commandLine(io: Io, exit: (code: number) => void): Command {
    const program = new Command('journey')
        .description('Lint, export and import customer journey maps written as code (.journey files).')
        .version(VERSION, '-v, --version')
        // Settings given before .command() are inherited by every command.
        .exitOverride()
        .configureOutput({
            writeOut: text => io.stdout(text),
            writeErr: text => io.stderr(text),
            outputError: (text, write) => write(text.replace(/^error: /, 'journey: ')),
        })
        .showHelpAfterError('(journey --help lists the commands)')
        .addHelpText('after', EXIT_CODES);

    command(program, 'lint')
        .description('Report the lint findings of .journey files; all files of one run form one workspace.')
        .argument('<patterns...>', 'files, folders or globs')
        .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'sarif']).default('text'))
        .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', wholeNumber)
        .option('--config <file>', 'the .journeylint.json to use (default: the nearest one above the files)')
        .addOption(langOption())
        .action(async (patterns: string[], options: { format: 'text' | 'json' | 'sarif'; maxWarnings?: number; config?: string; lang: Locale }) => {
            exit(
                await runLint(
                    { patterns, format: options.format, maxWarnings: options.maxWarnings, config: options.config, locale: options.lang, version: VERSION },
                    io,
                ),
            );
        });

    command(program, 'export')
        .description('Write one journey as Mermaid, JSON, Markdown, HTML, PDF, or an SVG or PNG image of the whole map or of its Mermaid diagram.')
        .argument('<file>', 'a .journey file')
        .addOption(
            new Option('-f, --format <format>', 'output format (map-svg, map-png: the whole map; svg, png: the Mermaid diagram alone)')
                .choices(EXPORT_FORMATS)
                .default('mermaid'),
        )
        .option('-j, --journey <id>', 'which journey, when the file has several')
        .option('--persona <id>', 'the journey as this persona lives it: their touchpoints and emotions')
        .option('--presentation', 'presentation mode: no findings, no summary, empty lanes collapsed')
        .addOption(new Option('--page <size>', 'the printed page of html and pdf, landscape').choices(PAGE_SIZES).default('a4'))
        .option('--no-mermaid', 'leave the Mermaid diagram out of html, pdf, map-svg and map-png')
        .option('--scale <n>', 'pixels per CSS pixel of png and map-png', pngScale, 2)
        .option('-o, --output <file>', 'write to this file instead of standard output')
        .option('--force', 'replace the output file if it exists')
        .addOption(langOption())
        .action(
            async (
                file: string,
                options: OutputFileOptions & {
                    format: (typeof EXPORT_FORMATS)[number];
                    journey?: string;
                    persona?: string;
                    presentation?: boolean;
                    page: PageSize;
                    mermaid: boolean;
                    scale: number;
                },
                exportCommand: Command,
            ) => {
                // The map's labels follow its keywords unless --lang is given (README "Labels in the map's language").
                const labels = exportCommand.getOptionValueSource('lang') === 'cli' ? options.lang : undefined;
                exit(
                    await runExport(
                        {
                            file,
                            format: options.format,
                            ...outputFileSettings(options),
                            journey: options.journey,
                            persona: options.persona,
                            labels,
                            presentation: options.presentation ?? false,
                            page: options.page,
                            withoutDiagram: !options.mermaid,
                            scale: options.scale,
                        },
                        io,
                    ),
                );
            },
        );

    command(program, 'import')
        .description('Turn the Mermaid journey diagrams of a .mmd or Markdown file into one .journey file.')
        .argument('<file>', 'a .mmd or Markdown file')
        .option('-o, --output <file>', 'where to write (default: the input with the extension .journey; - for standard output)')
        .option('--force', 'replace the output file if it exists')
        .addOption(langOption())
        .action(async (file: string, options: OutputFileOptions) => {
            exit(await runImport({ file, ...outputFileSettings(options) }, io));
        });

    command(program, 'new')
        .description('Write a starter map that uses the declarations of its folder (- prints it).')
        .argument('<file>', 'a .journey file, or -')
        .addOption(langOption('keyword language'))
        .option('--force', 'replace the file if it exists')
        .action(async (file: string, options: { lang: Locale; force?: boolean }) => {
            exit(await runNew({ file, keywordLanguage: options.lang, force: options.force ?? false }, io));
        });

    defineDiffCommand(command(program, 'diff'), io, exit);

    return program;
}

/** A command whose usage errors point to its own help. */
function command(program: Command, name: string): Command {
    return program.command(name).showHelpAfterError(`(journey ${name} --help shows its options)`);
}

function langOption(what = 'language of messages'): Option {
    return new Option('--lang <en|es>', what)
        .argParser(value => {
            if (!/^(en|es)([-_].*)?$/i.test(value)) throw new InvalidArgumentError('Use en or es.');
            return toLocale(value);
        })
        .default(localeFromEnvironment(process.env), "the environment's locale");
}

function pngScale(value: string): number {
    const number = Number(value);
    if (value.trim() === '' || !Number.isFinite(number) || number < 0.5 || number > 4) throw new InvalidArgumentError('It must be a number from 0.5 to 4.');
    return number;
}

function wholeNumber(value: string): number {
    const number = Number(value);
    if (value.trim() === '' || !Number.isInteger(number) || number < 0) throw new InvalidArgumentError('It must be a whole number of 0 or more.');
    return number;
}

function exitCodeOf(error: unknown, io: Io): number {
    if (error instanceof CommanderError) {
        // Commander has printed the message (or the help, or the version) already.
        return error.exitCode === 0 ? 0 : USAGE_EXIT;
    }
    if (error instanceof UsageError) {
        io.stderr(`journey: ${error.message}\n`);
        return USAGE_EXIT;
    }
    if (error instanceof FileExistsError) {
        io.stderr(`journey: ${error.file} exists; use --force to replace it\n`);
        return USAGE_EXIT;
    }
    if (error instanceof BrowserNotFoundError) {
        // The PDF can still be made by hand: the HTML export prints from any browser.
        io.stderr(`journey: ${error.message}\n`);
        io.stderr('journey: without one, `journey export --format html --no-mermaid` writes a page that any browser prints to PDF\n');
        return USAGE_EXIT;
    }
    if (error instanceof UnreadableFileError) {
        io.stderr(`journey: ${error.message}\n`);
        return USAGE_EXIT;
    }
    const systemError = error as NodeJS.ErrnoException;
    if (typeof systemError?.code === 'string' && typeof systemError.syscall === 'string') {
        // The file system refused (disk full, no permission…): say so plainly, no stack trace.
        io.stderr(`journey: ${systemError.syscall} ${systemError.path ?? ''} failed: ${systemError.code}\n`);
        return USAGE_EXIT;
    }
    if (error instanceof ExportRenderError || error instanceof PdfPrintError) {
        io.stderr(`journey: ${error.message}\n`);
        return 1;
    }
    throw error;
}

// Run when bundled as dist/cli.cjs (bin/journey.cjs); tests import main() instead.
if (typeof require !== 'undefined' && require.main !== undefined && /cli\.cjs$|journey(\.cjs)?$/.test(require.main.filename)) {
    // A reader that stops early (`journey diff … | head`) is no error.
    for (const stream of [process.stdout, process.stderr])
        stream.on('error', (error: NodeJS.ErrnoException) => {
            if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
            throw error;
        });
    main(process.argv.slice(2)).then(
        code => {
            process.exitCode = code;
        },
        error => {
            process.stderr.write(`journey: internal error: ${(error as Error).stack ?? error}\n`);
            process.exitCode = 2;
        },
    );
}
