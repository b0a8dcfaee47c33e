// SARIF names files by URI (RFC 3986), not by path: a space, `ñ`, `#` or `%` written raw
// makes an invalid URI or one that points at another file. Paths are written relative to
// the `%SRCROOT%` base (the folder `journey lint` ran in), declared once in the run's
// `originalUriBaseIds`, as SARIF recommends and GitHub code scanning expects.
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

export const SOURCE_ROOT = '%SRCROOT%';

export interface ArtifactLocation {
    uri: string;
    uriBaseId?: typeof SOURCE_ROOT;
}

/** The `originalUriBaseIds` entry: `%SRCROOT%` as an absolute `file:` URI ending in `/`. */
export function sourceRootUri(folder: string): string {
    const href = pathToFileURL(path.resolve(folder)).href;
    return href.endsWith('/') ? href : href + '/';
}

/** Where `file` (absolute, or relative to the working directory) is, seen from `folder`. */
export function artifactLocation(file: string, folder: string): ArtifactLocation {
    const relative = path.relative(path.resolve(folder), path.resolve(file));
    // Another drive (Windows): no relative path exists, so an absolute file: URI.
    if (path.isAbsolute(relative)) return { uri: pathToFileURL(relative).href };
    return { uri: relative.split(path.sep).map(encodeSegment).join('/'), uriBaseId: SOURCE_ROOT };
}

/**
 * encodeURI leaves `#` and `?` (they would start a fragment or a query) and `:` (in a first
 * segment it would read as a scheme); everything else it leaves is allowed in a path segment.
 */
function encodeSegment(segment: string): string {
    return encodeURI(segment).replace(/[#?:]/g, char => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}
