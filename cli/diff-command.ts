// `journey diff OLD NEW` (files or folders) and `journey diff --git REF|A..B [paths…]`: what
// changed for the customer between two versions of the maps (language/diff/), as text, JSON
// or Markdown for a pull-request comment; `--fail-on` makes CI fail on new findings or a
// lower emotion. Both versions are linted with the working tree's .journeylint.json, so that
// only changes to the maps show.
import { readFile, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { localeFromEnvironment, toLocale, type Locale } from '../language/i18n/locale.js';
import type { RuleSeverities } from '../language/lint/lint-config.js';
import { versionPairModels, versionWorkspace, type VersionWorkspace } from '../language/diff/version-models.js';
import { compareMaps } from '../language/diff/compare-maps.js';
import { dropsEmotion, introducesFindings, type DiffReport, type FileComparison } from '../language/diff/diff-report.js';
import { renderJson } from '../language/diff/render-json.js';
import { renderMarkdown } from '../language/diff/render-markdown.js';
import { renderText } from '../language/diff/render-text.js';
import { UnreadableFileError } from './cli-workspace.js';
import { GitError, GitRepository, pairFiles, type FilePair, type VersionFile } from './diff-git.js';
import { findConfigFile, loadConfigRules } from './find-config.js';
import { findJourneyFiles } from './find-files.js';
import { UsageError, type Io } from './io.js';
import { outputFileSettings, type OutputFileOptions } from './output-file-options.js';
import { writeFileSafely } from '../language/node/safe-write.js';

export const DIFF_FORMATS = ['text', 'json', 'markdown'] as const;
export const FAIL_CONDITIONS = ['introduced-findings', 'emotion-drop'] as const;
type FailCondition = (typeof FAIL_CONDITIONS)[number];

export interface DiffOptions {
    /** OLD NEW without --git; optional pathspecs with it. */
    paths: string[];
    git?: string;
    format: (typeof DIFF_FORMATS)[number];
    mermaid: boolean;
    failOn: FailCondition[];
    output?: string;
    force: boolean;
    locale: Locale;
    /** The folder git and relative paths start from (the current one). */
    cwd?: string;
}

/** The `diff` command's arguments and options on a commander command (its action sets the exit code). */
export function defineDiffCommand(command: Command, io: Io, exit: (code: number) => void): Command {
    return command
        .description('Show what changed for the customer between two versions of journey maps: files, folders or git revisions.')
        .argument('[paths...]', 'OLD NEW (files or folders); with --git, the files or folders to compare (default: every .journey file)')
        .option('--git <revision>', 'compare the working tree with a git revision (HEAD, main, origin/main), or two revisions (A..B)')
        .addOption(new Option('-f, --format <format>', 'output format').choices(DIFF_FORMATS).default('text'))
        .option('--mermaid', "add both versions' Mermaid diagrams (Markdown format)")
        .addOption(
            new Option('--fail-on <conditions>', 'exit 1 when the change introduces findings or lowers an emotion (comma list)').argParser(failConditions),
        )
        .option('-o, --output <file>', 'write to this file instead of standard output')
        .option('--force', 'replace the output file if it exists')
        .addOption(
            new Option('--lang <en|es>', 'language of the output').argParser(language).default(localeFromEnvironment(process.env), "the environment's locale"),
        )
        .addHelpText('after', '\nExit codes: 0 compared, 1 a --fail-on condition met, 2 bad usage, unreadable file or git problem.\n')
        .action(
            async (
                paths: string[],
                options: OutputFileOptions & { git?: string; format: DiffOptions['format']; mermaid?: boolean; failOn?: FailCondition[] },
            ) => {
                exit(
                    await runDiff(
                        {
                            paths,
                            git: options.git,
                            format: options.format,
                            mermaid: options.mermaid ?? false,
                            failOn: options.failOn ?? [],
                            ...outputFileSettings(options),
                        },
                        io,
                    ),
                );
            },
        );
}

export async function runDiff(options: DiffOptions, io: Io): Promise<number> {
    let report: DiffReport;
    try {
        report = options.git !== undefined ? await gitReport(options, io) : await pathReport(options, io);
    } catch (error) {
        if (error instanceof GitError) {
            io.stderr(`journey: ${error.message}\n`);
            return 2;
        }
        throw error;
    }
    const content =
        options.format === 'json'
            ? renderJson(report)
            : options.format === 'markdown'
              ? renderMarkdown(report, options.locale)
              : renderText(report, options.locale);
    if (options.output) {
        await writeFileSafely(options.output, content, { replace: options.force });
        io.stderr(`journey: wrote ${options.output}\n`);
    } else {
        io.stdout(content);
    }
    for (const file of report.files) {
        for (const side of file.syntaxErrors)
            io.stderr(
                `journey: ${side === 'before' ? file.before : file.after} (${side === 'before' ? report.before : report.after}) has syntax errors; compared on what could be read\n`,
            );
    }
    const failed =
        (options.failOn.includes('introduced-findings') && introducesFindings(report)) || (options.failOn.includes('emotion-drop') && dropsEmotion(report));
    return failed ? 1 : 0;
}

async function gitReport(options: DiffOptions, io: Io): Promise<DiffReport> {
    // The repository holding the paths given, else the one of the current folder.
    const repository = await GitRepository.at((await repositoryFolder(options.paths[0])) ?? options.cwd ?? process.cwd());
    const [before, after] = splitRange(options.git!);
    await repository.verify(before);
    if (after !== undefined) await repository.verify(after);
    const reading = Promise.all([
        repository.filesAt(before, options.paths),
        after === undefined ? repository.workingTreeFiles(options.paths) : repository.filesAt(after, options.paths),
        repository.renames(before, after, options.paths),
    ]);
    // Git's processes read the files while this one makes the language services (awaited below, even if these throw).
    reading.catch(() => undefined);
    const workspace = versionWorkspace();
    const rules = configRules([path.join(repository.root, '.')], io, options.locale);
    const [oldFiles, newFiles, renamed] = await reading;
    return compareVersions(
        { label: before, files: oldFiles },
        { label: after ?? 'working tree', files: newFiles },
        pairFiles(oldFiles, newFiles, renamed),
        { ...options, rules },
        workspace,
    );
}

async function repositoryFolder(file: string | undefined): Promise<string | undefined> {
    if (file === undefined) return undefined;
    const info = await stat(file).catch(() => undefined);
    // A path deleted from the working tree still names its folder.
    return info?.isDirectory() ? path.resolve(file) : path.dirname(path.resolve(file));
}

/** `A..B` is two revisions; `A` alone is A against the working tree. */
function splitRange(revision: string): [string, string | undefined] {
    const range = /^(.+?)\.\.(?!\.)(.+)$/.exec(revision);
    if (!range) {
        if (revision.trim() === '' || revision.includes('..')) throw new UsageError(`--git needs a revision or A..B, not "${revision}"`);
        return [revision, undefined];
    }
    return [range[1], range[2]];
}

async function pathReport(options: DiffOptions, io: Io): Promise<DiffReport> {
    if (options.paths.length !== 2) throw new UsageError('journey diff needs OLD and NEW (two files or two folders), or --git REVISION');
    const [oldPath, newPath] = options.paths;
    const [oldInfo, newInfo] = await Promise.all(options.paths.map(file => stat(file).catch(() => undefined)));
    if (!oldInfo) throw new UnreadableFileError(`cannot read ${oldPath}: ENOENT`);
    if (!newInfo) throw new UnreadableFileError(`cannot read ${newPath}: ENOENT`);
    if (oldInfo.isDirectory() !== newInfo.isDirectory()) throw new UsageError('journey diff compares two files or two folders, not a file with a folder');
    const rules = configRules(options.paths, io, options.locale);
    if (!oldInfo.isDirectory()) {
        const oldFiles = [{ path: oldPath, text: await read(oldPath) }];
        const newFiles = [{ path: newPath, text: await read(newPath) }];
        return compareVersions({ label: oldPath, files: oldFiles }, { label: newPath, files: newFiles }, [{ before: oldPath, after: newPath }], {
            ...options,
            rules,
        });
    }
    // Two folders: files pair by their path inside each folder.
    const folderFiles = async (folder: string) =>
        Promise.all(
            (await findJourneyFiles([folder])).files.map(async file => ({
                path: path.relative(folder, file).split(path.sep).join('/'),
                text: await read(file),
            })),
        );
    const [oldFiles, newFiles] = await Promise.all([folderFiles(oldPath), folderFiles(newPath)]);
    return compareVersions({ label: oldPath, files: oldFiles }, { label: newPath, files: newFiles }, pairFiles(oldFiles, newFiles, new Map()), {
        ...options,
        rules,
    });
}

interface Version {
    label: string;
    files: VersionFile[];
}

async function compareVersions(
    before: Version,
    after: Version,
    pairs: FilePair[],
    options: DiffOptions & { rules: RuleSeverities },
    workspace?: VersionWorkspace,
): Promise<DiffReport> {
    const models = await versionPairModels(pairs, before.files, after.files, options, workspace);
    const files: FileComparison[] = pairs.map((pair, index) => {
        const { before: old, after: now } = models[index];
        const syntaxErrors: FileComparison['syntaxErrors'] = [];
        if (old && old.syntaxErrors.length > 0) syntaxErrors.push('before');
        if (now && now.syntaxErrors.length > 0) syntaxErrors.push('after');
        return {
            ...(pair.before !== undefined ? { before: pair.before } : {}),
            ...(pair.after !== undefined ? { after: pair.after } : {}),
            syntaxErrors,
            diff: compareMaps(old, now, { mermaid: options.mermaid }),
        };
    });
    return { before: before.label, after: after.label, files };
}

async function read(file: string): Promise<string> {
    try {
        return await readFile(file, 'utf8');
    } catch (error) {
        throw new UnreadableFileError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
}

function configRules(paths: string[], io: Io, locale: Locale): RuleSeverities {
    const { rules, problems } = loadConfigRules(findConfigFile(paths), locale);
    for (const problem of problems) io.stderr(`journey: ${problem}\n`);
    return rules;
}

function failConditions(value: string, previous: FailCondition[] | undefined): FailCondition[] {
    const conditions = value
        .split(',')
        .map(part => part.trim())
        .filter(Boolean);
    for (const condition of conditions) {
        if (!(FAIL_CONDITIONS as readonly string[]).includes(condition)) throw new InvalidArgumentError(`Use ${FAIL_CONDITIONS.join(' or ')}.`);
    }
    return [...(previous ?? []), ...(conditions as FailCondition[])];
}

function language(value: string): Locale {
    if (!/^(en|es)([-_].*)?$/i.test(value)) throw new InvalidArgumentError('Use en or es.');
    return toLocale(value);
}
