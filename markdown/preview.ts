// Preview script of VS Code's Markdown preview (contributed as markdown.previewScripts):
// draws each ```journey block as a journey map — header, Mermaid diagram, canvas. The Mermaid
// diagram is drawn as the preview draws it (webview/mermaid/): one configuration, one sanitiser.
//
// Why a parser here: the Markdown preview cannot reach the language server, and markdown-it
// plugins run synchronously while Langium's linking and validation are asynchronous. So the
// Langium services of the language (no file system: EmptyFileSystem) are bundled into this
// script, and the blocks of one Markdown page form one small in-memory workspace, so a block
// may use the personas, teams and channels declared in another block of the page. It is the
// same parser, linker and lint rules as the server's, producing the same MapModel.
import { EmptyFileSystem, URI } from 'langium';
import { createJourneyCoreServices } from '../language/journey-module.js';
import type { Model } from '../language/generated/ast.js';
import type { LangiumDocument } from 'langium';
import { buildMapModel } from '../language/model/build-map-model.js';
import { mermaidTextOf } from '../language/model/mermaid-text-of.js';
import { gridView, headerView, touchpointCount } from '../language/export/map-view.js';
import { toDom } from '../webview/vnode-dom.js';
import { label, setViewLocale } from '../language/export/view-labels.js';
import { toLocale } from '../language/i18n/locale.js';
import { MAX_MERMAID_TOUCHPOINTS } from '../webview/protocol.js';
import { boxSizeFor } from '../webview/journey-box-size.js';
import { mermaidThemeOf } from '../webview/mermaid/mermaid-config.js';
import { mermaidSandbox, renderMermaid } from '../webview/mermaid/mermaid-render.js';
import { rewordForMarkdownBlock } from './block-findings.js';
import '../webview/style.css';

let generation = 0;
/** Where Mermaid draws, off screen: the preview's drawing path (webview/mermaid/mermaid-render.ts). */
let sandbox: HTMLDivElement | undefined;

async function renderAll(): Promise<void> {
    const current = ++generation;
    const blocks = Array.from(document.querySelectorAll<HTMLElement>('.journey-markdown'));
    if (blocks.length === 0) return;
    const services = createJourneyCoreServices(EmptyFileSystem);
    const locale = toLocale(blocks[0].dataset.locale);
    services.Journey.preferences.locale = locale;
    setViewLocale(locale);
    const shared = services.shared;
    const documents: LangiumDocument<Model>[] = blocks.map((block, index) => {
        const source = block.querySelector('.journey-markdown-source')?.textContent ?? '';
        const document = shared.workspace.LangiumDocumentFactory.fromString<Model>(source, URI.parse(`inmemory:///markdown-block-${index}.journey`));
        shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    for (const built of documents) rewordForMarkdownBlock(built, locale);
    for (const [index, block] of blocks.entries()) {
        if (current !== generation) return;
        const model = buildMapModel(documents[index], locale);
        const output = document.createElement('div');
        output.className = 'journey-markdown-map journey-preview';
        if (model.syntaxErrors.length) {
            const banner = document.createElement('div');
            banner.className = 'error-banner';
            banner.textContent = model.syntaxErrors.map(e => label('Line {0}: {1}', String(e.range.start.line + 1), e.message)).join('\n');
            output.append(banner);
        }
        for (const journey of model.journeys) {
            output.append(toDom(headerView(model, journey), document));
            const diagram = document.createElement('div');
            diagram.className = 'diagram';
            if (touchpointCount(journey) > MAX_MERMAID_TOUCHPOINTS) {
                diagram.textContent = label('Map too large to draw');
            } else {
                try {
                    // The preview's configuration, themes, limits and sanitising, fitted to the page's width.
                    if (!sandbox?.isConnected) document.body.append((sandbox = mermaidSandbox(document)));
                    const svg = await renderMermaid(
                        `journey-md-${current}-${index}-${journey.id}`,
                        mermaidTextOf(journey),
                        { theme: mermaidThemeOf(document.body), boxSize: boxSizeFor(journey), fitContainer: true },
                        sandbox,
                    );
                    if (svg) diagram.append(svg);
                } catch (error) {
                    diagram.textContent = label('The diagram could not be drawn: {0}', error instanceof Error ? error.message : String(error));
                }
            }
            output.append(diagram);
            const gridHost = document.createElement('div');
            gridHost.className = 'grid-host';
            gridHost.append(toDom(gridView(journey), document));
            output.append(gridHost);
        }
        if (current !== generation) return;
        block.querySelector('.journey-markdown-map')?.remove();
        const source = block.querySelector<HTMLElement>('.journey-markdown-source');
        if (source) source.hidden = true;
        block.append(output);
    }
}

window.addEventListener('vscode.markdown.updateContent', () => void renderAll());
new MutationObserver(() => void renderAll()).observe(document.body, { attributes: true, attributeFilter: ['class'] });
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => void renderAll());
else void renderAll();
