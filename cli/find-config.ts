// The command line reads the same `.journeylint.json` as the editor: the one in the nearest
// parent folder of the linted files (their common folder, then upwards).
import { readFileSync, existsSync } from 'node:fs';
import * as path from 'node:path';
import type { Locale } from '../language/i18n/locale.js';
import { checkLintConfig } from '../language/lint/lint-config-check.js';
import { CONFIG_FILE_NAME, type RuleSeverities } from '../language/lint/lint-config.js';

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
