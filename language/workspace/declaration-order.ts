// Which of several declarations sharing an id is "the" declaration: the one references resolve
// to (journey-scope-provider.ts) and the one `duplicate-name` leaves unflagged. The first by file
// URI, then by place in the file, so the editor and `journey lint` agree whatever order the
// files were read in.
import type { URI } from 'langium';

export interface DeclarationPlace {
    readonly documentUri: URI;
    /** Langium's path of the node in its document, e.g. `/declarations@12`. */
    readonly path: string;
}

export function compareDeclarationOrder(a: DeclarationPlace, b: DeclarationPlace): number {
    const aUri = a.documentUri.toString();
    const bUri = b.documentUri.toString();
    if (aUri !== bUri) return aUri < bUri ? -1 : 1;
    return comparePaths(a.path, b.path);
}

/** Segment by segment, indexes as numbers: `@9` comes before `@10`. */
function comparePaths(a: string, b: string): number {
    const aSegments = a.split('/');
    const bSegments = b.split('/');
    for (let i = 0; i < Math.min(aSegments.length, bSegments.length); i++) {
        const [aProperty, aIndex] = aSegments[i].split('@');
        const [bProperty, bIndex] = bSegments[i].split('@');
        if (aProperty !== bProperty) return aProperty < bProperty ? -1 : 1;
        const difference = Number(aIndex ?? -1) - Number(bIndex ?? -1);
        if (difference !== 0) return difference;
    }
    return aSegments.length - bSegments.length;
}
