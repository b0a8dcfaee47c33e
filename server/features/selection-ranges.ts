// Selection ranges (expand / shrink selection): a string's content, the token, then each
// enclosing node of the syntax tree (property, block, declaration, file). Langium has no
// provider for this request, so the language server announces and answers it itself.
import type { CstNode, LangiumDocument } from 'langium';
import { CstUtils, DocumentState, URI } from 'langium';
import { DefaultLanguageServer, type LangiumSharedServices } from 'langium/lsp';
import type { InitializeParams, InitializeResult, Position, Range, SelectionRange } from 'vscode-languageserver';

export function selectionRangesFor(document: LangiumDocument, positions: Position[]): SelectionRange[] {
    const root = document.parseResult.value.$cstNode;
    const text = document.textDocument;
    const whole: Range = { start: text.positionAt(0), end: text.positionAt(text.getText().length) };
    return positions.map(position => {
        const offset = text.offsetAt(position);
        const ranges: Range[] = [];
        const leaf = root ? CstUtils.findLeafNodeAtOffset(root, offset) : undefined;
        if (leaf) {
            if (leaf.text.length >= 2 && leaf.text.startsWith('"') && leaf.text.endsWith('"') && offset > leaf.offset && offset < leaf.end) {
                ranges.push({ start: text.positionAt(leaf.offset + 1), end: text.positionAt(leaf.end - 1) });
            }
            for (let node: CstNode | undefined = leaf; node; node = node.container) ranges.push(node.range);
        }
        ranges.push(whole);
        let result: SelectionRange | undefined;
        const distinct = ranges.filter((range, index) => index === 0 || !sameRange(range, ranges[index - 1]));
        for (const range of distinct.reverse()) {
            if (result && sameRange(result.range, range)) continue;
            result = { range, parent: result };
        }
        return result ?? { range: { start: position, end: position } };
    });
}

function sameRange(a: Range, b: Range): boolean {
    return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/** Langium's language server plus selection ranges. */
export class JourneyLanguageServer extends DefaultLanguageServer {
    constructor(services: LangiumSharedServices) {
        super(services);
        const connection = services.lsp.Connection;
        connection?.onSelectionRanges(async params => {
            const uri = URI.parse(params.textDocument.uri);
            const document = services.workspace.LangiumDocuments.getDocument(uri);
            if (!document) return null;
            if (document.state < DocumentState.Parsed) await services.workspace.DocumentBuilder.waitUntil(DocumentState.Parsed, uri);
            return selectionRangesFor(document, params.positions);
        });
    }

    protected override buildInitializeResult(params: InitializeParams): InitializeResult {
        const result = super.buildInitializeResult(params);
        return { ...result, capabilities: { ...result.capabilities, selectionRangeProvider: true } };
    }
}
