// Reads a PDF as a reader does, through pdf.js (pdfjs-dist): its pages' sizes and text, and
// pictures of its pages drawn by pdf.js in Chromium.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Browser } from 'playwright-core';

export interface PdfPage {
    /** In millimetres, rounded. */
    widthMm: number;
    heightMm: number;
    /** The page's text as pdf.js extracts it (what a search finds), runs joined by spaces. */
    text: string;
}

const POINTS_PER_MM = 72 / 25.4;

export async function readPdf(bytes: Uint8Array): Promise<PdfPage[]> {
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const document = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 }).promise;
    try {
        const pages: PdfPage[] = [];
        for (let number = 1; number <= document.numPages; number++) {
            const page = await document.getPage(number);
            const [x0, y0, x1, y1] = page.view;
            const content = await page.getTextContent();
            const text = content.items
                .map(item => ('str' in item ? item.str : ''))
                .join(' ')
                .replace(/\s+/g, ' ');
            pages.push({ widthMm: Math.round((x1 - x0) / POINTS_PER_MM), heightMm: Math.round((y1 - y0) / POINTS_PER_MM), text });
        }
        return pages;
    } finally {
        await document.destroy();
    }
}

/** The page's script (a module of its own: the test's code is transformed by Vite, a page's is not). */
const RENDER_PAGES = `
import * as pdfjs from '/pdf.mjs';
pdfjs.GlobalWorkerOptions.workerSrc = '/pdf.worker.mjs';
window.renderPdfPages = async base64 => {
    const data = Uint8Array.from(atob(base64), char => char.charCodeAt(0));
    const document = await pdfjs.getDocument({ data }).promise;
    const urls = [];
    for (let number = 1; number <= document.numPages; number++) {
        const page = await document.getPage(number);
        const viewport = page.getViewport({ scale: 1.5 });
        const canvas = window.document.createElement('canvas');
        canvas.width = Math.ceil(viewport.width);
        canvas.height = Math.ceil(viewport.height);
        await page.render({ canvas, canvasContext: canvas.getContext('2d'), viewport }).promise;
        urls.push(canvas.toDataURL('image/png'));
    }
    return urls;
};`;

/** Each page of the PDF drawn by pdf.js on a canvas in Chromium, as PNG bytes (at 1.5× its size in CSS pixels). */
export async function pdfPagePictures(browser: Browser, bytes: Uint8Array): Promise<Buffer[]> {
    const build = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'legacy', 'build');
    const origin = 'https://pdf-pages.invalid';
    const page = await browser.newPage();
    try {
        await page.route('**/*', route => {
            const url = new URL(route.request().url());
            if (url.origin !== origin) return route.abort();
            if (url.pathname === '/')
                return route.fulfill({
                    contentType: 'text/html',
                    body: '<!DOCTYPE html><html><body><script type="module" src="/render.mjs"></script></body></html>',
                });
            if (url.pathname === '/render.mjs') return route.fulfill({ contentType: 'text/javascript', body: RENDER_PAGES });
            const file = url.pathname.replace(/^\//, '');
            if (file !== 'pdf.mjs' && file !== 'pdf.worker.mjs') return route.fulfill({ status: 404, body: '' });
            return route.fulfill({ contentType: 'text/javascript', body: readFileSync(join(build, file)) });
        });
        await page.goto(`${origin}/`);
        await page.waitForFunction(() => 'renderPdfPages' in window);
        const pictures = await page.evaluate(
            base64 => (window as unknown as { renderPdfPages(data: string): Promise<string[]> }).renderPdfPages(base64),
            Buffer.from(bytes).toString('base64'),
        );
        return pictures.map(url => Buffer.from(url.replace(/^data:image\/png;base64,/, ''), 'base64'));
    } finally {
        await page.close();
    }
}
