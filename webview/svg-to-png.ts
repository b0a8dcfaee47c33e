// The preview's "Export as PNG": the very SVG that "Export as SVG" writes, drawn on a canvas.
// Mermaid's labels are HTML in a foreignObject (wrapped, centred, coloured by the SVG's own
// <style>); drawn from a data: URL the canvas stays readable, whereas Chromium taints a canvas
// that drew such an SVG from a blob: URL. An SVG drawn as an image loads nothing from outside,
// so it must be (and Mermaid's is) self-contained: its styles inline, its fonts the system's.
import { label } from '../language/export/view-labels.js';

/** Pixels per SVG pixel, as `journey export --format png` (cli/export-render.ts). */
const SCALE = 2;

/** A `data:image/png;base64,…` URL of `svg` on a white background, at twice its size. */
export async function svgToPng(svg: string): Promise<string> {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
        image.onload = () => resolve();
        image.onerror = () => reject(new Error(label('The SVG could not be drawn as an image')));
        image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    });
    const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
    const width = Number.parseFloat(parsed.getAttribute('width') ?? '') || image.naturalWidth || 800;
    const height = Number.parseFloat(parsed.getAttribute('height') ?? '') || image.naturalHeight || 600;
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(width * SCALE);
    canvas.height = Math.ceil(height * SCALE);
    const context = canvas.getContext('2d')!;
    context.fillStyle = 'white';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return canvas.toDataURL('image/png');
}
