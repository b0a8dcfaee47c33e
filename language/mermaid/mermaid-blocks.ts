// The Mermaid diagrams of a file, each with its kind: a `.mmd` file is one diagram; a Markdown
// file has one per fenced ```mermaid block (journeys, flowcharts and every other kind), found
// as CommonMark finds fences, so that the import can say what it took and what it skipped.

export interface MermaidBlock {
    /** The diagram's text (a fence's content, or the whole `.mmd` file). */
    text: string;
    /** 0-based line in the file where `text` starts. */
    lineOffset: number;
    /** The word that names the diagram type as written (`journey`, `flowchart`, `graph`, `sequenceDiagram`…); '' when empty. */
    kind: string;
}

// What may precede the type word: YAML front matter, `%%{…}%%` directives, `%%` comment lines.
export const FRONT_MATTER = /^-{3}\s*[\n\r](.*?)[\n\r]-{3}\s*[\n\r]+/s;
export const DIRECTIVE = /%{2}{\s*(?:(\w+)\s*:|(\w+))\s*(?:(\w+)|((?:(?!}%{2}).|\r?\n)*))?\s*(?:}%{2})?/gi;
export const COMMENT_LINE = /^\s*%%(?!{)[^\n]+\n?/gm;

const FENCE_OPEN = /^( {0,3})(`{3,}|~{3,})\s*([^\s`]*)[^\n]*$/;

export function isMarkdownFile(fileName: string): boolean {
    return /\.(md|markdown|mdx)$/i.test(fileName);
}

/** Every Mermaid diagram of a file, in file order. */
export function findMermaidBlocks(fileText: string, fileName = ''): MermaidBlock[] {
    const text = fileText.replace(/\r\n?/g, '\n');
    if (!isMarkdownFile(fileName)) return [{ text, lineOffset: 0, kind: diagramKind(text) }];
    const lines = text.split('\n');
    const blocks: MermaidBlock[] = [];
    for (let i = 0; i < lines.length; i++) {
        const open = FENCE_OPEN.exec(lines[i]);
        if (!open) continue;
        const [, indent, fence, info] = open;
        const closing = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`);
        let end = i + 1;
        while (end < lines.length && !closing.test(lines[end])) end++;
        if (/^\{?mermaid\}?$/i.test(info)) {
            // CommonMark removes the opening fence's indentation from each content line.
            const unindent = new RegExp(`^ {0,${indent.length}}`);
            const body = lines
                .slice(i + 1, end)
                .map(line => line.replace(unindent, ''))
                .join('\n');
            blocks.push({ text: body, lineOffset: i + 1, kind: diagramKind(body) });
        }
        i = end;
    }
    return blocks;
}

/** The diagram type's word, read as Mermaid reads it: after the front matter, directives and comments. */
function diagramKind(diagram: string): string {
    const body = diagram.replace(FRONT_MATTER, '').replace(DIRECTIVE, '').replace(COMMENT_LINE, '');
    if (/^\s*journey\b/i.test(body)) return 'journey';
    return /^\s*([^\s:;{]*)/.exec(body)![1];
}
