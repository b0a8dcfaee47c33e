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
            // The original's place as the related location when it is in this file: in another
            // file it would go stale as that file's lines move, since this file is not checked again.
            const first = index.firstDeclaration(declaration.$type, declaration.name);
            const range = first?.documentUri.toString() === document.uri.toString() ? first.nameSegment?.range : undefined;
            report('duplicate-name', message(locale(), 'duplicate-name.workspace', message(locale(), kind.lower), declaration.name), {
                ...at,
                relatedInformation: firstDeclarationAt(document.uri.toString(), range, declaration.name, locale()),
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
