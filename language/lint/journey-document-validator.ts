import type { AstNode, LangiumDocument, ValidationAcceptor, ValidationCheck, ValidationOptions } from 'langium';
import { AstUtils, Cancellation, DefaultDocumentValidator, DocumentValidator, interruptAndCheck } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { JourneyServices } from '../journey-module.js';
import type { Journey, Model } from '../generated/ast.js';
import { improvedJourney } from './checks/improvement-checks.js';
import { treeShape, type AstNodeWalker } from '../ast-node-walker.js';
import type { InPlacePatch } from '../parser/in-place-edit.js';
import { treeTextOf } from '../parser/journey-cst-node-builder.js';
import { message } from '../i18n/messages.js';
import { isStrayCloser, strayCloserRelatedMessage, syntaxMessage } from '../i18n/syntax-messages.js';
import { strayCloserBefore } from '../parser/layout-recovery.js';
import { isRuleId, SYNTAX_ERROR, UNKNOWN_RULE, type RuleId, type Severity } from './rules.js';
import { RememberedFindings, type FindingsContext } from './remembered-findings.js';
import { findSuppressions, isSuppressed, type Suppressions } from './suppressions.js';

const SEVERITY_CODE: Record<Severity, 1 | 2 | 3 | 4> = { error: 1, warning: 2, info: 3, hint: 4 };
const KIND_OF_TYPE: Record<string, 'kind.persona' | 'kind.team' | 'kind.channel' | 'kind.journey'> = {
    Persona: 'kind.persona',
    Team: 'kind.team',
    Channel: 'kind.channel',
    Journey: 'kind.journey',
};
/** What an unresolved reference names, by the property it stands in (a persona where none is listed). */
const KIND_OF_PROPERTY = new Map<string, 'kind.team' | 'kind.channel' | 'kind.journey'>([
    ['owners', 'kind.team'],
    ['channels', 'kind.channel'],
    ['improves', 'kind.journey'],
]);

/**
 * Langium's validation, then the lint policy: syntax and linking errors get our rule ids
 * and messages, configured severities replace the defaults ('off' drops a finding), and
 * suppression comments remove what they name. Every diagnostic carries its rule id as code.
 */
export class JourneyDocumentValidator extends DefaultDocumentValidator {
    private readonly services: JourneyServices;

    private readonly walker: AstNodeWalker;

    constructor(services: JourneyServices) {
        super(services);
        this.services = services;
        this.walker = services.ast.NodeWalker;
    }

    /** The findings of the last validation of each tree, for revalidating after in-place edits. */
    private readonly remembered = new WeakMap<AstNode, RememberedFindings>();
    private epoch = 0;

    override async validateDocument(
        document: LangiumDocument,
        options: ValidationOptions = {},
        cancelToken = Cancellation.CancellationToken.None,
    ): Promise<Diagnostic[]> {
        const root = document.parseResult.value;
        const context = this.contextOf(document, options);
        if (!context) return this.applyLintPolicy(document, await super.validateDocument(document, options, cancelToken), findSuppressions(textOf(document)));
        const known = this.remembered.get(root);
        let findings: RememberedFindings | undefined;
        if (known?.matches(context)) {
            findings = await this.revalidatePatched(document, known, options, cancelToken);
        } else {
            this.astFindings.delete(root);
            const diagnostics = await super.validateDocument(document, options, cancelToken);
            const astFindings = this.astFindings.get(root);
            this.astFindings.delete(root);
            const syntaxErrors = diagnostics.some(diagnostic => isSyntaxError(diagnostic));
            if (!astFindings || syntaxErrors) {
                this.remembered.delete(root);
                return this.applyLintPolicy(document, diagnostics, findSuppressions(textOf(document)));
            }
            const linking = diagnostics.filter(diagnostic => codeOf(diagnostic) === DocumentValidator.LinkingError);
            findings = new RememberedFindings(context, linking, inTextOrder(astFindings), findSuppressions(textOf(document)));
            this.remembered.set(root, findings);
        }
        return this.applyLintPolicy(document, [...findings.linking, ...[...findings.byNode.values()].flat()], findings.suppressions);
    }

    /**
     * An in-place edit of `document` (parser/in-place-edit.ts) was just applied: its remembered
     * findings move along, and its next validation checks only the nodes the edit can affect.
     */
    notePatch(document: LangiumDocument, patch: InPlacePatch, textChangesBefore: number): void {
        const root = document.parseResult.value;
        const findings = this.remembered.get(root);
        const tree = root.$cstNode && treeTextOf(root.$cstNode.root);
        if (!findings || !tree || findings.context.textChanges !== textChangesBefore) {
            this.remembered.delete(root);
            return;
        }
        findings.notePatch(patch, tree.changes);
    }

    /** Something other than in-place edits changed in the workspace: no remembered finding is trusted. */
    forgetFindings(): void {
        this.epoch++;
    }

    /** The patched nodes, their ancestors and their descendants are checked again; the rest is kept. */
    private async revalidatePatched(
        document: LangiumDocument,
        findings: RememberedFindings,
        options: ValidationOptions,
        cancelToken: Cancellation.CancellationToken,
    ): Promise<RememberedFindings> {
        const root = document.parseResult.value;
        const toCheck = new Set<AstNode>();
        for (const node of findings.patchedNodes) {
            for (let ancestor: AstNode | undefined = node; ancestor; ancestor = ancestor.$container) toCheck.add(ancestor);
            for (const inner of this.walker.subtreeNodes(node)) toCheck.add(inner);
        }
        const fresh = await this.checkNodes([...toCheck], options, cancelToken);
        const byNode = new Map([...findings.byNode].filter(([node]) => !toCheck.has(node)));
        for (const [node, diagnostics] of fresh) byNode.set(node, diagnostics);
        const sorted = inTextOrder(byNode);
        const context = this.contextOf(document, options)!;
        const suppressions = findings.suppressionsValid ? findings.suppressions : findSuppressions(textOf(document));
        const updated = new RememberedFindings(context, findings.linking, sorted, suppressions);
        this.remembered.set(root, updated);
        return updated;
    }

    /** Undefined for a tree whose text changes cannot be told (not built by this language's parser). */
    private contextOf(document: LangiumDocument, options: ValidationOptions): FindingsContext | undefined {
        const root = document.parseResult.value;
        const tree = root.$cstNode && treeTextOf(root.$cstNode.root);
        if (!tree) return undefined;
        return {
            textChanges: tree.changes,
            shape: treeShape(root),
            epoch: this.epoch,
            locale: this.services.preferences.locale,
            categories: (options.categories ?? []).join(','),
            improved: improvedTreesSignature(root),
        };
    }

    /** The `}` a stray-closer error names, as the diagnostic's related location (Problems lists it under the error; a click goes there). */
    private strayCloserLocation(document: LangiumDocument, text: string, diagnostic: Diagnostic): Pick<Diagnostic, 'relatedInformation'> {
        const brace = strayCloserBefore(text, document.textDocument.offsetAt(diagnostic.range.start));
        if (brace === undefined) return {};
        const range = { start: document.textDocument.positionAt(brace), end: document.textDocument.positionAt(brace + 1) };
        return {
            relatedInformation: [{ location: { uri: document.uri.toString(), range }, message: strayCloserRelatedMessage(this.services.preferences.locale) }],
        };
    }

    /** Syntax errors get their rule id and message; configured severities, 'off' and suppression comments apply. */
    private applyLintPolicy(document: LangiumDocument, diagnostics: Diagnostic[], suppressions: Suppressions): Diagnostic[] {
        const config = this.services.preferences.lint;
        const project = this.services.shared.workspace.Projects.projectOf(document.uri);
        const locale = this.services.preferences.locale;
        let text: string | undefined;
        const result: Diagnostic[] = [];
        for (const diagnostic of diagnostics) {
            const code = codeOf(diagnostic);
            if (isSyntaxError(diagnostic)) {
                const raw = String(diagnostic.message);
                result.push({
                    ...diagnostic,
                    code: SYNTAX_ERROR,
                    data: { code: SYNTAX_ERROR },
                    message: message(locale, 'syntax-error', syntaxMessage(locale, raw)),
                    ...(isStrayCloser(raw) ? this.strayCloserLocation(document, (text ??= textOf(document)), diagnostic) : {}),
                });
                continue;
            }
            const rule = code === DocumentValidator.LinkingError ? 'unresolved-reference' : code;
            if (!isRuleId(rule)) {
                result.push(diagnostic);
                continue;
            }
            const severity = config.severityOf(rule, project);
            if (severity === 'off' || isSuppressed(suppressions, rule, diagnostic.range.start.line)) continue;
            const adjusted = rule === 'unresolved-reference' ? this.unresolved(diagnostic) : diagnostic;
            result.push({ ...adjusted, code: rule, severity: SEVERITY_CODE[severity] });
        }
        for (const { rule, kind, line, character } of suppressions.unknown) {
            result.push({
                range: { start: { line, character }, end: { line, character: character + rule.length } },
                severity: SEVERITY_CODE.warning,
                code: UNKNOWN_RULE,
                data: { code: UNKNOWN_RULE, rule, kind },
                source: 'journey',
                message: message(locale, kind === 'directive' ? 'unknown-rule.directive' : 'unknown-rule', rule),
            });
        }
        return result;
    }

    /** Left by validateAst for validateDocument: the findings of each node of a tree. */
    private readonly astFindings = new WeakMap<AstNode, Map<AstNode, Diagnostic[]>>();

    protected override async validateAst(
        rootNode: AstNode,
        options: ValidationOptions,
        cancelToken = Cancellation.CancellationToken.None,
    ): Promise<Diagnostic[]> {
        // Checks of the whole document (none here so far) cannot be redone node by node.
        if (this.validationRegistry.checksBefore.length > 0 || this.validationRegistry.checksAfter.length > 0) {
            return super.validateAst(rootNode, options, cancelToken);
        }
        const byNode = await this.checkNodes(this.walker.allAstNodes(rootNode), options, cancelToken);
        this.astFindings.set(rootNode, byNode);
        return [...byNode.values()].flat();
    }

    /**
     * Langium's loop awaits an interruption check and every check for each node, and looks the
     * checks up through streams each time; the lint checks are synchronous (see
     * journey-validation-registry.ts), so run them in a plain loop with the checks of each type
     * looked up once, still yielding to the event loop every few hundred nodes (validation at
     * 1,000 touchpoints: ~40 ms → a few ms). The findings of each node are kept apart.
     */
    private async checkNodes(
        nodes: readonly AstNode[],
        options: ValidationOptions,
        cancelToken: Cancellation.CancellationToken,
    ): Promise<Map<AstNode, Diagnostic[]>> {
        const checksByType = new Map<string, ValidationCheck[]>();
        const byNode = new Map<AstNode, Diagnostic[]>();
        let found: Diagnostic[] = [];
        const acceptor: ValidationAcceptor = (severity, text, info) => {
            found.push(this.toDiagnostic(severity, text, info));
        };
        for (let i = 0; i < nodes.length; i++) {
            if (i % 500 === 499) await interruptAndCheck(cancelToken);
            const node = nodes[i];
            let checks = checksByType.get(node.$type);
            if (!checks) {
                checks = this.validationRegistry.getChecks(node.$type, options.categories).toArray();
                checksByType.set(node.$type, checks);
            }
            for (const check of checks) {
                const result = check(node, acceptor, cancelToken);
                if (result instanceof Promise) await result;
            }
            if (found.length > 0) {
                byNode.set(node, found);
                found = [];
            }
        }
        return byNode;
    }

    private unresolved(diagnostic: Diagnostic): Diagnostic {
        const data = diagnostic.data as { containerType?: string; property?: string; refText?: string };
        const kind = KIND_OF_PROPERTY.get(data.property ?? '') ?? 'kind.persona';
        const locale = this.services.preferences.locale;
        const ruleId: RuleId = 'unresolved-reference';
        return {
            ...diagnostic,
            message: message(locale, 'unresolved-reference', message(locale, KIND_OF_TYPE[kind] ?? kind), data.refText ?? ''),
            data: { code: ruleId, kind: kind.slice('kind.'.length), name: data.refText },
        };
    }
}

function codeOf(diagnostic: Diagnostic): string | undefined {
    return (diagnostic.data as { code?: string } | undefined)?.code;
}

function isSyntaxError(diagnostic: Diagnostic): boolean {
    const code = codeOf(diagnostic);
    return code === DocumentValidator.LexingError || code === DocumentValidator.ParsingError;
}

/**
 * The findings of each node, nodes in the order they start in the text (a node before the
 * nodes inside it): the same order after a full validation and after revalidating a few nodes.
 */
function inTextOrder(byNode: Map<AstNode, Diagnostic[]>): Map<AstNode, Diagnostic[]> {
    const position = (node: AstNode) => (node.$cstNode ? [node.$cstNode.offset, -node.$cstNode.length] : [-1, 0]);
    return new Map(
        [...byNode].sort(([a], [b]) => {
            const [startA, lengthA] = position(a);
            const [startB, lengthB] = position(b);
            return startA - startB || lengthA - lengthB;
        }),
    );
}

/**
 * A future-state journey's findings (unimproved-pain, improves-cycle) depend on the journeys it
 * improves, maybe in other files, which an in-place edit there changes without touching this
 * tree: the signature changes with their trees' text and shape. Empty for files without `improves`.
 */
function improvedTreesSignature(root: AstNode): string {
    let signature = '';
    for (const declaration of (root as Model).declarations ?? []) {
        if (declaration.$type !== 'Journey' || declaration.improves.length === 0) continue;
        const seen = new Set<Journey>();
        for (let journey = improvedJourney(declaration); journey && !seen.has(journey); journey = improvedJourney(journey)) {
            seen.add(journey);
            const improvedRoot = AstUtils.findRootNode(journey);
            const tree = improvedRoot.$cstNode && treeTextOf(improvedRoot.$cstNode.root);
            signature += `${AstUtils.getDocument(journey).uri.toString()}:${treeShape(improvedRoot)}:${tree?.changes ?? -1};`;
        }
    }
    return signature;
}

/** The text the tree was built from (kept up to date by in-place edits). */
function textOf(document: LangiumDocument): string {
    return document.parseResult.value.$cstNode?.root.fullText ?? document.textDocument.getText();
}
