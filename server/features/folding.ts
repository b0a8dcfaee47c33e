// Folding: every block (Langium's default), every multi-line `/* */` comment, and runs of
// two or more `//` comment lines, such as a file's header.
import type { AstNode, LangiumDocument } from 'langium';
import { DefaultFoldingRangeProvider, type FoldingRangeAcceptor } from 'langium/lsp';
import { FoldingRangeKind } from 'vscode-languageserver';
import type { JourneyLspServices } from '../journey-lsp-module.js';

export class JourneyFoldingRangeProvider extends DefaultFoldingRangeProvider {
    constructor(private readonly services: JourneyLspServices) {
        super(services);
    }

    protected override collectCommentFolding(document: LangiumDocument, _node: AstNode, acceptor: FoldingRangeAcceptor): void {
        const text = document.textDocument.getText();
        const comments = this.services.parser.Lexer.tokenize(text)
            .hidden.filter(token => token.tokenType.name === 'ML_COMMENT' || token.tokenType.name === 'SL_COMMENT')
            .map(token => ({
                kind: token.tokenType.name,
                start: document.textDocument.positionAt(token.startOffset).line,
                end: document.textDocument.positionAt(token.startOffset + token.image.length).line,
                ownLine: text.slice(text.lastIndexOf('\n', token.startOffset - 1) + 1, token.startOffset).trim() === '',
            }));
        let run: { start: number; end: number } | undefined;
        const flush = () => {
            if (run && run.end > run.start) acceptor({ startLine: run.start, endLine: run.end, kind: FoldingRangeKind.Comment });
            run = undefined;
        };
        for (const comment of comments) {
            if (comment.kind === 'ML_COMMENT') {
                flush();
                if (comment.end > comment.start) acceptor({ startLine: comment.start, endLine: comment.end, kind: FoldingRangeKind.Comment });
            } else if (comment.ownLine && run && comment.start === run.end + 1) {
                run.end = comment.start;
            } else {
                flush();
                if (comment.ownLine) run = { start: comment.start, end: comment.start };
            }
        }
        flush();
    }
}
