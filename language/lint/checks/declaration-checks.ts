import type { ValidationAcceptor } from 'langium';
import { AstUtils } from 'langium';
import type { Declaration } from '../../generated/ast.js';
import type { JourneyIndexManager } from '../../workspace/journey-index-manager.js';
import type { AstNodeLocator } from 'langium';
import { message, type MessageKey } from '../../i18n/messages.js';
import type { Locale } from '../../i18n/locale.js';
import { firstDeclarationAt, reporter } from '../report.js';

const KIND: Record<Declaration['$type'], { lower: MessageKey; upper: MessageKey }> = {
    Persona: { lower: 'kind.persona', upper: 'kind.Persona' },
    Team: { lower: 'kind.team', upper: 'kind.Team' },
    Channel: { lower: 'kind.channel', upper: 'kind.Channel' },
    Journey: { lower: 'kind.journey', upper: 'kind.journey' },
};

/** duplicate-name across the workspace (on every repeat, not on the first), and unused-declaration. */
export function checkDeclaration(locale: () => Locale, index: JourneyIndexManager, locator: AstNodeLocator) {
    return (declaration: Declaration, accept: ValidationAcceptor): void => {
        const report = reporter(accept);
        const at = { node: declaration, property: 'name' } as const;
        const kind = KIND[declaration.$type];
        const document = AstUtils.getDocument(declaration);
        const path = locator.getAstNodePath(declaration);
        if (index.isRepeatedDeclaration(declaration.$type, declaration.name, document.uri, path)) {
            // The original's place as the related location; when it is in another file, the message
            // names that file and line too (JourneyDocumentBuilder checks this file again when they move).
            const first = index.firstDeclaration(declaration.$type, declaration.name, document.uri)!;
            const range = first.nameSegment?.range;
            const elsewhere = first.documentUri.toString() !== document.uri.toString();
            const text =
                elsewhere && range
                    ? message(
                          locale(),
                          'duplicate-name.elsewhere',
                          message(locale(), kind.lower),
                          declaration.name,
                          index.projects.displayPath(first.documentUri),
                          String(range.start.line + 1),
                      )
                    : message(locale(), 'duplicate-name.workspace', message(locale(), kind.lower), declaration.name);
            report('duplicate-name', text, {
                ...at,
                relatedInformation: firstDeclarationAt(first.documentUri.toString(), range, declaration.name, locale()),
            });
            return; // references resolve to the original, so a repeat is never "used": one finding is enough
        }
        if (declaration.$type !== 'Journey') {
            if (!index.isReferenced(document.uri, path)) {
                report('unused-declaration', message(locale(), 'unused-declaration', message(locale(), kind.upper), declaration.name), at);
            }
        }
    };
}
