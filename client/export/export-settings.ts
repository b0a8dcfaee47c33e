// The `journey.export.*` settings (package.json contributes.configuration).
import * as vscode from 'vscode';
import { PAGE_SIZES, type PageSize } from '../../language/export/print-layout.js';

export interface ExportSettings {
    /** Draw the Mermaid diagram in the whole-map exports (SVG, PNG, HTML, PDF). */
    mermaidDiagram: boolean;
    /** Pixels per CSS pixel of the PNG exports. */
    pngScale: number;
    /** The printed page of the HTML and PDF exports, landscape. */
    pageSize: PageSize;
    /** The Chromium, Chrome or Edge that prints the PDF; empty: the usual places. */
    browserPath: string;
}

export function exportSettings(): ExportSettings {
    const configuration = vscode.workspace.getConfiguration('journey.export');
    const scale = configuration.get<number>('pngScale', 2);
    const page = configuration.get<string>('pageSize', 'a4');
    return {
        mermaidDiagram: configuration.get<boolean>('mermaidDiagram', true) !== false,
        pngScale: Number.isFinite(scale) && scale >= 0.5 ? Math.min(scale, 4) : 2,
        pageSize: PAGE_SIZES.find(size => size === page) ?? 'a4',
        browserPath: configuration.get<string>('browserPath', '') ?? '',
    };
}
