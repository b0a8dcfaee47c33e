import type { AstNode } from 'langium';
import { DefaultAstNodeLocator } from 'langium';

/**
 * Langium's node paths (`/declarations@3/phases@0/touchpoints@12`), joined once instead of
 * one `+` per level: each such path became a chain of ~6 V8 cons strings that the index keeps
 * (~355,000 strings, 11 MB, for the ten 1,000-touchpoint files of a team workspace) and that
 * every Set or Map lookup of the path flattened again. The paths are the same strings.
 */
export class JourneyAstNodeLocator extends DefaultAstNodeLocator {
    override getAstNodePath(node: AstNode): string {
        const segments: string[] = [];
        for (let current = node; current.$container; current = current.$container) segments.push(this.getPathSegment(current));
        if (segments.length === 0) return '';
        segments.push('');
        return segments.reverse().join(this.segmentSeparator);
    }
}
