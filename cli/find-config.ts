// The command line reads the same `.journeylint.json` files as the editor: each file's is the one
// in the nearest folder at or above it, which makes that folder the file's project
// (language/workspace/journey-projects.ts).
import { readFileSync, existsSync } from 'node:fs';
import * as path from 'node:path';
import type { Locale } from '../language/i18n/locale.js';
import { checkLintConfig } from '../language/lint/lint-config-check.js';
import { CONFIG_FILE_NAME, type RuleSeverities } from '../language/lint/lint-config.js';

/** The `.journeylint.json` of each file's project (undefined: the file is in none), looking each folder up once. */
export function findProjectConfigs(files: string[]): Map<string, string | undefined> {
    const byFolder = new Map<string, string | undefined>();
    const configOf = (folder: string): string | undefined => {
        if (byFolder.has(folder)) return byFolder.get(folder);
        const candidate = path.join(folder, CONFIG_FILE_NAME);
        const parent = path.dirname(folder);
        const config = existsSync(candidate) ? candidate : parent === folder ? undefined : configOf(parent);
        byFolder.set(folder, config);
        return config;
    };
    return new Map(files.map(file => [file, configOf(path.dirname(path.resolve(file)))]));
}

export function findConfigFile(files: string[]): string | undefined {
    if (files.length === 0) return undefined;
    let folder = commonFolder(files.map(file => path.dirname(path.resolve(file))));
    for (;;) {
        const candidate = path.join(folder, CONFIG_FILE_NAME);
        if (existsSync(candidate)) return candidate;
        const parent = path.dirname(folder);
        if (parent === folder) return undefined;
        folder = parent;
    }
}

/**
 * The rules of `file`, and one line per mistake in it (`file:line:col message`): the file is
 * checked against its schema; the valid entries are kept.
 */
export function loadConfigRules(file: string | undefined, locale: Locale): { rules: RuleSeverities; problems: string[] } {
    if (!file) return { rules: {}, problems: [] };
    const { rules, problems } = checkLintConfig(readFileSync(file, 'utf8'), locale);
    return { rules, problems: problems.map(problem => `${file}:${problem.range.start.line + 1}:${problem.range.start.character + 1} ${problem.message}`) };
}

function commonFolder(folders: string[]): string {
    return folders.reduce((common, folder) => {
        while (folder !== common && !folder.startsWith(common + path.sep)) {
            const parent = path.dirname(common);
            if (parent === common) break;
            common = parent;
        }
        return common;
    });
}
