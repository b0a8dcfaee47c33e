// markdown-it plugin for VS Code's built-in Markdown preview: a fenced ```journey block becomes
// a placeholder holding its source as escaped text; the preview script (markdown/preview.ts)
// draws the journey map there. Registered through `extendMarkdownIt` in client/extension.ts.
interface Token {
    info: string;
    content: string;
}
interface MarkdownIt {
    renderer: { rules: Record<string, ((tokens: Token[], idx: number, options: unknown, env: unknown, self: unknown) => string) | undefined> };
    utils: { escapeHtml(text: string): string };
}

/** `locale` is the display language: the map's labels and findings follow it. */
export function journeyMarkdownItPlugin(md: MarkdownIt, locale: 'en' | 'es' = 'en'): MarkdownIt {
    const previous = md.renderer.rules.fence;
    md.renderer.rules.fence = (tokens, idx, options, env, self) => {
        const token = tokens[idx];
        const language = token.info.trim().split(/\s+/)[0]?.toLowerCase();
        if (language === 'journey') {
            // The source stays visible (as code) until the preview script replaces it with the map.
            return `<div class="journey-markdown" data-locale="${locale}"><pre class="journey-markdown-source"><code>${md.utils.escapeHtml(token.content)}</code></pre></div>\n`;
        }
        return previous ? previous(tokens, idx, options, env, self) : `<pre><code>${md.utils.escapeHtml(token.content)}</code></pre>\n`;
    };
    return md;
}
