// How a check reports a finding: the rule id is the diagnostic's code, the message comes
// in the user's language, and the default severity is applied (the document validator
// later applies configured severities and suppression comments).
import type { AstNode, DiagnosticInfo, ValidationAcceptor } from 'langium';
import type { DiagnosticRelatedInformation, Range } from 'vscode-languageserver-types';
import { message } from '../i18n/messages.js';
import type { Locale } from '../i18n/locale.js';
import { DEFAULT_SEVERITY, type RuleId } from './rules.js';

/** What a quick fix needs to know about a finding, carried in the diagnostic's `data`. */
export interface FindingData {
    code: RuleId;
    [key: string]: unknown;
}

export type Report = <N extends AstNode>(
    rule: RuleId,
    message: string,
    where: Omit<DiagnosticInfo<N>, 'code' | 'data'>,
    data?: Omit<FindingData, 'code'>,
) => void;

export function reporter(accept: ValidationAcceptor): Report {
    return (rule, message, where, data) => {
        accept(DEFAULT_SEVERITY[rule], message, {
            ...where,
            code: rule,
            data: { ...data, code: rule } satisfies FindingData,
            tags: rule === 'unused-declaration' ? [1 /* DiagnosticTag.Unnecessary: shown faded */] : undefined,
        } as DiagnosticInfo<AstNode>);
    };
}

/** A duplicate-name finding's related location: the first declaration of `name` (a click in Problems goes there). */
export function firstDeclarationAt(uri: string, range: Range | undefined, name: string, locale: Locale): DiagnosticRelatedInformation[] | undefined {
    return range && [{ location: { uri, range }, message: message(locale, 'duplicate-name.first', name) }];
}
