import type { AstNode, AstReflection, Grammar } from 'langium';
import { AstUtils, GrammarAST, GrammarUtils } from 'langium';

/**
 * Lists every node of a tree, the root first, in the order of Langium's `AstUtils.streamAst`.
 * streamAst looks at every property of every node through lazy iterators (~2 µs per node,
 * half of a validation pass at 10,000 touchpoints); this walker looks only at the properties
 * the grammar can fill with nodes (a touchpoint: 4 of its 17), in a plain recursion, and
 * remembers the list of a tree until its shape changes: most keystrokes only change a string
 * (parser/in-place-edit.ts), and the walk alone still took ~15 ms at 10,000 touchpoints.
 */
export class AstNodeWalker {
    private readonly remembered = new WeakMap<AstNode, { shape: number; nodes: AstNode[] }>();
    /** Features assigned a parser rule's node somewhere in the grammar (`emotions+=Emotion`). */
    private readonly containmentFeatures: Set<string>;
    private readonly featuresByType = new Map<string, string[]>();

    constructor(
        grammar: Grammar,
        private readonly reflection: AstReflection,
    ) {
        this.containmentFeatures = new Set();
        for (const node of AstUtils.streamAllContents(grammar)) {
            if (GrammarAST.isAssignment(node) && holdsNodes(node.terminal)) this.containmentFeatures.add(node.feature);
            if (GrammarAST.isAction(node) && node.feature) this.containmentFeatures.add(node.feature);
        }
    }

    /** The list is shared between calls: not to be modified. */
    allAstNodes(root: AstNode): readonly AstNode[] {
        const shape = shapeOf(root);
        const known = this.remembered.get(root);
        if (known?.shape === shape) return known.nodes;
        const nodes: AstNode[] = [];
        this.collect(root, nodes);
        this.remembered.set(root, { shape, nodes });
        return nodes;
    }

    /** A node and every node inside it, in walk order (not remembered). */
    subtreeNodes(node: AstNode): AstNode[] {
        const nodes: AstNode[] = [];
        this.collect(node, nodes);
        return nodes;
    }

    private collect(node: AstNode, into: AstNode[]): void {
        into.push(node);
        const features = this.featuresOf(node);
        for (let i = 0; i < features.length; i++) {
            const value = (node as unknown as Record<string, unknown>)[features[i]];
            if (Array.isArray(value)) {
                for (const item of value) if (isNode(item)) this.collect(item, into);
            } else if (isNode(value)) {
                this.collect(value, into);
            }
        }
    }

    /**
     * The type's containment features in the order of its properties in the AST reflection,
     * which is the nodes' own property order (streamAst's order): the parser creates every node
     * with all its properties in that order (journey-parser.ts).
     */
    private featuresOf(node: AstNode): string[] {
        let features = this.featuresByType.get(node.$type);
        if (!features) {
            features = Object.keys(this.reflection.getTypeMetaData(node.$type).properties).filter(key => this.containmentFeatures.has(key));
            this.featuresByType.set(node.$type, features);
        }
        return features;
    }
}

const shapes = new WeakMap<AstNode, number>();

/** To be called by whatever adds, removes or replaces nodes in an existing tree (parser/block-reparse.ts). */
export function treeShapeChanged(root: AstNode): void {
    shapes.set(root, shapeOf(root) + 1);
}

/** Changes whenever nodes are added to, removed from or replaced in the tree. */
export function treeShape(root: AstNode): number {
    return shapeOf(root);
}

function shapeOf(root: AstNode): number {
    return shapes.get(root) ?? 0;
}

function holdsNodes(terminal: GrammarAST.AbstractElement): boolean {
    return AstUtils.streamAst(terminal).some(
        element => GrammarAST.isRuleCall(element) && GrammarAST.isParserRule(element.rule.ref) && !GrammarUtils.isDataTypeRule(element.rule.ref),
    );
}

function isNode(value: unknown): value is AstNode {
    return typeof value === 'object' && value !== null && typeof (value as AstNode).$type === 'string';
}
