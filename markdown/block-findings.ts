// The findings of a ```journey block in the Markdown preview, in the words of a Markdown page.
// The preview cannot read the workspace's files: the blocks of a page are checked as a small
// workspace of their own. So a reference that names nothing is not "undeclared in the
// workspace" (it may well be declared in a .journey file): the block is self-contained and
// must declare what it uses.
import type { LangiumDocument } from 'langium';
import type { Locale } from '../language/i18n/locale.js';
import { message } from '../language/i18n/messages.js';

/** What the validator attaches to an unresolved-reference finding (lint/journey-document-validator.ts). */
interface UnresolvedReferenceData {
    code: 'unresolved-reference';
    kind: 'team' | 'channel' | 'persona';
    name: string;
}

function isUnresolvedReference(data: unknown): data is UnresolvedReferenceData {
    return (data as UnresolvedReferenceData | undefined)?.code === 'unresolved-reference';
}

/** Rewords the unresolved references of a block's validated document; other findings stay as they are. */
export function rewordForMarkdownBlock(document: LangiumDocument, locale: Locale): void {
    document.diagnostics = document.diagnostics?.map(diagnostic =>
        isUnresolvedReference(diagnostic.data)
            ? {
                  ...diagnostic,
                  message: message(locale, 'unresolved-reference.markdown', message(locale, `kind.${diagnostic.data.kind}`), diagnostic.data.name),
              }
            : diagnostic,
    );
}
