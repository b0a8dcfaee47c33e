// A Chromium-based browser installed on this machine (Chromium, Chrome or Edge), for what only a
// browser draws: the command line's SVG and PNG, and the PDF of both the command line and the
// desktop extension. Nothing is downloaded: a configured path, $CHROME_PATH, or the usual places.
import { existsSync } from 'node:fs';

/** No browser was found; the message says where we looked and what to do. */
export class BrowserNotFoundError extends Error {
    constructor(readonly searched: string[]) {
        super(`No Chromium, Chrome or Edge found (looked at: ${searched.join(', ')}). Install Chromium or set CHROME_PATH to a Chrome/Chromium executable.`);
        this.name = 'BrowserNotFoundError';
    }
}

/** The usual install places, most likely first, for each system. */
export function browserCandidates(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string[] {
    if (platform === 'darwin') {
        return [
            '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
            '/Applications/Chromium.app/Contents/MacOS/Chromium',
            '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
        ];
    }
    if (platform === 'win32') {
        const roots = [env.PROGRAMFILES ?? 'C:\\Program Files', env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)', env.LOCALAPPDATA].filter(
            (root): root is string => !!root,
        );
        return roots.flatMap(root => [
            `${root}\\Google\\Chrome\\Application\\chrome.exe`,
            `${root}\\Microsoft\\Edge\\Application\\msedge.exe`,
            `${root}\\Chromium\\Application\\chrome.exe`,
        ]);
    }
    return [
        '/usr/bin/chromium',
        '/usr/bin/chromium-browser',
        '/usr/bin/google-chrome',
        '/usr/bin/google-chrome-stable',
        '/usr/bin/microsoft-edge',
        '/snap/bin/chromium',
    ];
}

/**
 * The browser to use: `configured` (a setting) when given, else $CHROME_PATH, else the first
 * usual place that exists. A path that was given but does not exist is an error, not skipped.
 */
export function findLocalBrowser(configured?: string): string {
    const given = configured?.trim() || process.env.CHROME_PATH;
    if (given) {
        if (!existsSync(given)) throw new BrowserNotFoundError([given]);
        return given;
    }
    const candidates = browserCandidates();
    const found = candidates.find(candidate => existsSync(candidate));
    if (!found) throw new BrowserNotFoundError(candidates);
    return found;
}
