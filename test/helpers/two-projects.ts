// A folder tree with two projects (each a folder with a `.journeylint.json`) that declare the same
// team, and a file outside both that refers to it: for the editor's and the command line's tests.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const map = (journey: string) => `journey ${journey} "${journey}" {
  persona Ana
  phase Browse "Browse" {
    moment 0
    touchpoint Search "Search" {
      channel site
      owner Ops
    }
  }
}
`;

export const TWO_PROJECTS: Record<string, string> = {
    'north/.journeylint.json': '{}\n',
    'north/shared.journey': 'persona Ana "Ana"\nteam Ops "North operations"\nchannel site "Website"\n',
    'north/map.journey': map('North'),
    // This project turns missing-emotion off: its findings follow its own configuration.
    'south/.journeylint.json': '{ "rules": { "missing-emotion": "off" } }\n',
    'south/shared.journey': 'persona Ana "Ana"\nteam Ops "South operations"\nchannel site "Website"\n',
    'south/map.journey': map('South'),
    'outside.journey': map('Outside'),
};

/** Writes the files into a new temporary folder (the caller removes it) and returns it. */
export function writeTree(files: Record<string, string>): string {
    const folder = mkdtempSync(path.join(tmpdir(), 'journey-projects-'));
    for (const [name, text] of Object.entries(files)) {
        mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
        writeFileSync(path.join(folder, name), text);
    }
    return folder;
}
