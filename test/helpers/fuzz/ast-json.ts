// The meaning of a parsed file, as plain JSON: the AST without its concrete syntax nodes,
// containers, positions or resolved targets. Two texts with the same JSON say the same thing.
import { isReference, type AstNode } from 'langium';

export function astToJson(node: unknown): unknown {
    if (Array.isArray(node)) return node.map(astToJson);
    if (isReference(node)) return { $ref: node.$refText };
    if (node === null || typeof node !== 'object') return node;
    const result: Record<string, unknown> = {};
    for (const key of Object.keys(node).sort()) {
        if (key.startsWith('$') && key !== '$type') continue;
        result[key] = astToJson((node as Record<string, unknown>)[key]);
    }
    return result;
}

export function astJsonText(root: AstNode): string {
    return JSON.stringify(astToJson(root));
}
