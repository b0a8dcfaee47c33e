import type { AstNode, LangiumDocument, ValidationAcceptor, ValidationCheck, ValidationOptions } from 'langium';
import { Cancellation, DefaultDocumentValidator, DocumentValidator, interruptAndCheck } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { JourneyServices } from '../journey-module.js';
import { AstNodeWalker } from '../ast-node-walker.js';
import { message } from '../i18n/messages.js';
import { isRuleId, SYNTAX_ERROR, type RuleId, type Severity } from './rules.js';
import { findSuppressions, isSuppressed } from './suppressions.js';

const SEVERITY_CODE: Record<Severity, 1 | 2 | 3 | 4> = { error: 1, warning: 2, info: 3, hint: 4 };
const KIND_OF_TYPE: Record<string, 'kind.persona' | 'kind.team' | 'kind.channel'> = {
    Persona: 'kind.persona', Team: 'kind.team', Channel: 'kind.channel',
};

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
        this.walker = new AstNodeWalker(services.Grammar, services.shared.AstReflection);
    }

    override async validateDocument(document: LangiumDocument, options: ValidationOptions = {}, cancelToken = Cancellation.CancellationToken.None): Promise<Diagnostic[]> {
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        const suppressions = findSuppressions(document.textDocument.getText());
        const config = this.services.preferences.lint;
        const result: Diagnostic[] = [];
        for (const diagnostic of diagnostics) {
            const code = (diagnostic.data as { code?: string } | undefined)?.code;
            if (code === DocumentValidator.LexingError || code === DocumentValidator.ParsingError) {
                result.push({ ...diagnostic, code: SYNTAX_ERROR, data: { code: SYNTAX_ERROR },
                    message: message(this.services.preferences.locale, 'syntax-error', String(diagnostic.message)) });
                continue;
            }
            const rule = code === DocumentValidator.LinkingError ? 'unresolved-reference' : code;
            if (!isRuleId(rule)) {
                result.push(diagnostic);
                continue;
            }
            const severity = config.severityOf(rule);
            if (severity === 'off' || isSuppressed(suppressions, rule, diagnostic.range.start.line)) continue;
            const adjusted = rule === 'unresolved-reference' ? this.unresolved(diagnostic) : diagnostic;
            result.push({ ...adjusted, code: rule, severity: SEVERITY_CODE[severity] });
        }
        return result;
    }

    /**
     * Langium's loop awaits an interruption check and every check for each node, and looks the
     * checks up through streams each time; the lint checks are synchronous (see
     * journey-validation-registry.ts), so run them in a plain loop over a plain walk of the tree
     * with the checks of each type looked up once, still yielding to the event loop every few
     * hundred nodes (validation at 1,000 touchpoints: ~40 ms → a few ms).
     */
    protected override async validateAstNodes(rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        const checksByType = new Map<string, ValidationCheck[]>();
        let count = 0;
        for (const node of this.walker.allAstNodes(rootNode)) {
            if (++count % 500 === 0) await interruptAndCheck(cancelToken);
            let checks = checksByType.get(node.$type);
            if (!checks) {
                checks = this.validationRegistry.getChecks(node.$type, options.categories).toArray();
                checksByType.set(node.$type, checks);
            }
            for (const check of checks) {
                const result = check(node, acceptor, cancelToken);
                if (result instanceof Promise) await result;
            }
        }
    }

    private unresolved(diagnostic: Diagnostic): Diagnostic {
        const data = diagnostic.data as { containerType?: string; property?: string; refText?: string };
        const kind = data.property === 'owners' ? 'kind.team' : data.property === 'channels' ? 'kind.channel' : 'kind.persona';
        const locale = this.services.preferences.locale;
        const ruleId: RuleId = 'unresolved-reference';
        return {
            ...diagnostic,
            message: message(locale, 'unresolved-reference', message(locale, KIND_OF_TYPE[kind] ?? kind), data.refText ?? ''),
            data: { code: ruleId, kind: kind.slice('kind.'.length), name: data.refText },
        };
    }
}
