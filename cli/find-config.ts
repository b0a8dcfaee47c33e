// The command line reads the same `.journeylint.json` as the editor: the one in the nearest
// parent folder of the linted files (their common folder, then upwards).
import { readFileSync, existsSync } from 'node:fs';
import * as path from 'node:path';
import { CONFIG_FILE_NAME, parseLintConfig, type RuleSeverities } from '../language/lint/lint-config.js';

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

export function loadConfigRules(file: string | undefined, warn: (message: string) => void): RuleSeverities {
    if (!file) return {};
    const { rules, problems } = parseLintConfig(readFileSync(file, 'utf8'));
    problems.forEach(problem => warn(`${file}: ${problem.message}`));
    return rules;
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
