// The opening that every HTML page we write shares: document type, language, UTF-8, Content
// Security Policy and viewport. The preview's page (webview/page-html.ts) and the static
// exports (html-export.ts) add their own title, styles and body after it.

/** A value inside a double-quoted attribute: no `"` can close it, no `&` or `<` be read as markup. */
export const attributeText = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** From `<!DOCTYPE html>` to the viewport's `<meta>` in `<head>`. */
export function htmlDocumentStart(language: string, contentSecurityPolicy: string): string {
    return `<!DOCTYPE html>
<html lang="${attributeText(language)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attributeText(contentSecurityPolicy)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">`;
}
