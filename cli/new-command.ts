// `journey new <file.journey> [--lang en|es] [--force]`: a starter map, as VS Code's "New
// Journey Map" writes it, that fits the folder it is written in: the `.journey` files there
// (and below) form its workspace, whose personas, teams and channels the map uses instead of
// declaring them again (language/templates/new-journey.ts). "-" writes to standard output.
import * as path from 'node:path';
import type { Locale } from '../language/i18n/locale.js';
import { newJourneyText, workspaceNames } from '../language/templates/new-journey.js';
import { writeFileSafely } from '../language/node/safe-write.js';
import { loadWorkspace } from './cli-workspace.js';
import { findJourneyFiles } from './find-files.js';
import { UsageError, type Io } from './io.js';

export interface NewOptions {
    file: string;
    keywordLanguage: Locale;
    force: boolean;
}

export async function runNew(options: NewOptions, io: Io): Promise<number> {
    if (options.file !== '-' && !options.file.endsWith('.journey')) throw new UsageError('journey new writes a .journey file');
    const folder = options.file === '-' ? '.' : path.dirname(options.file);
    const { files } = await findJourneyFiles([folder]);
    const { services } = await loadWorkspace(files, { locale: options.keywordLanguage, rules: {}, validation: false });
    const text = newJourneyText(options.keywordLanguage, workspaceNames(services.shared.workspace.IndexManager));
    if (options.file === '-') io.stdout(text);
    else await writeFileSafely(options.file, text, { replace: options.force });
    return 0;
}
