// What the PDF export needs and only the desktop has: a local Chromium, Chrome or Edge to print
// the HTML export (language/node/print-to-pdf.ts). The Node entry (extension.ts) provides it;
// in the browser (vscode.dev, github.dev) it is absent and the command says so.
export interface PdfPrinter {
    /** The PDF of the page; `browserPath` is `journey.export.browserPath` (empty: look in the usual places). */
    print(html: string, browserPath: string): Promise<Uint8Array>;
    /** No browser was found where it was looked for. */
    isBrowserNotFound(error: unknown): boolean;
}

let provided: PdfPrinter | undefined;

export function providePdfPrinter(printer: PdfPrinter): void {
    provided = printer;
}

/** Undefined in the browser. */
export function pdfPrinter(): PdfPrinter | undefined {
    return provided;
}
