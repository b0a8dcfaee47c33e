// Completion inside suppression comments (language/lint/suppressions.ts): the directive after
// `//`, then the rule ids, each with what it checks, leaving out those the comment already names.
// A misspelt rule id would silently suppress nothing; completion keeps it from being typed.
import { CompletionItemKind, type CompletionItem, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'langium';
import type { Locale } from '../../language/i18n/locale.js';
import { describeRule } from '../../language/i18n/messages.js';
import { DEFAULT_SEVERITY, RULE_IDS } from '../../language/lint/rules.js';

const DIRECTIVES = ['journey-lint-disable-next-line', 'journey-lint-disable'] as const;
/** The comment so far on the cursor's line: `//`, then a directive being typed. */
const DIRECTIVE_SO_FAR = /\/\/[ \t]*([a-z-]*)$/;
/** A directive, the rule ids already listed, and the one being typed. */
const RULES_SO_FAR = /\/\/[ \t]*journey-lint-disable(?:-next-line)?[ \t]+((?:[A-Za-z-]+[ \t]*,[ \t]*)*)([A-Za-z-]*)$/;

/** Items when the cursor is in a suppression comment (or `//` that may start one); undefined elsewhere. */
export function suppressionCompletion(document: TextDocument, position: Position, locale: Locale, triggerCharacter?: string): CompletionItem[] | undefined {
    const line = document.getText({ start: { line: position.line, character: 0 }, end: position });
    const rules = RULES_SO_FAR.exec(line);
    if (rules) {
        const listed = new Set(
            rules[1]
                .split(',')
                .map(id => id.trim())
                .filter(Boolean),
        );
        const range = { start: { line: position.line, character: position.character - rules[2].length }, end: position };
        return RULE_IDS.filter(rule => !listed.has(rule)).map((rule, index) => ({
            label: rule,
            kind: CompletionItemKind.EnumMember,
            detail: describeRule(locale, rule),
            labelDetails: { description: DEFAULT_SEVERITY[rule] },
            sortText: String(index).padStart(2, '0'),
            textEdit: { range, newText: rule },
        }));
    }
    const directive = DIRECTIVE_SO_FAR.exec(line);
    // Not on the space after `//` in every comment: once a letter of it is typed, or when asked.
    if (directive && (directive[1] || triggerCharacter === undefined) && DIRECTIVES.some(name => name.startsWith(directive[1]))) {
        const range = { start: { line: position.line, character: position.character - directive[1].length }, end: position };
        return DIRECTIVES.map((name, index) => ({
            label: name,
            kind: CompletionItemKind.Keyword,
            sortText: String(index),
            textEdit: { range, newText: `${name} ` },
            // The rule ids follow at once.
            command: { title: 'rule ids', command: 'editor.action.triggerSuggest' },
        }));
    }
    return undefined;
}
