// The preview's PNG exports: the very SVG that the matching SVG export writes (the diagram's,
// or the whole map's), drawn on a canvas.
// Mermaid's labels are HTML in a foreignObject (wrapped, centred, coloured by the SVG's own
// <style>); drawn from a data: URL the canvas stays readable, whereas Chromium taints a canvas
// that drew such an SVG from a blob: URL. An SVG drawn as an image loads nothing from outside,
// so it must be (and Mermaid's is) self-contained: its styles inline, its fonts the system's.
import { label } from '../../language/export/view-labels.js';

/** Pixels per SVG pixel by default, as `journey export --format png` (cli/export-render.ts). */
export const DEFAULT_PNG_SCALE = 2;
/**
 * The largest canvas sides Chromium allows, newest first (older versions stop at 32,767), and
 * its largest area: a larger canvas cannot be drawn on and encodes as `data:,`.
 */
const MAX_SIDES = [65_535, 32_767, 16_384];
const MAX_AREA = 268_435_456;

/**
 * A `data:image/png;base64,…` URL of `svg` on a white background, at `scale` times its size
 * (twice by default), or at the largest size a canvas holds for a drawing too large for that
 * (a diagram of some 160 touchpoints and more).
 */
export async function svgToPng(svg: string, scale = DEFAULT_PNG_SCALE): Promise<string> {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
        image.onload = () => resolve();
        image.onerror = () => reject(new Error(label('The SVG could not be drawn as an image')));
        image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    });
    const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
    const width = Number.parseFloat(parsed.getAttribute('width') ?? '') || image.naturalWidth || 800;
    const height = Number.parseFloat(parsed.getAttribute('height') ?? '') || image.naturalHeight || 600;
    for (const maxSide of MAX_SIDES) {
        const fitted = Math.min(scale, (maxSide - 1) / width, (maxSide - 1) / height, Math.sqrt(MAX_AREA / (width * height)) * 0.99);
        const png = drawn(image, Math.ceil(width * fitted), Math.ceil(height * fitted));
        if (png) return png;
    }
    throw new Error(label('Map too large to draw'));
}

/** The image drawn on a white canvas of that size, as a PNG data URL; undefined when the canvas is too large. */
function drawn(image: HTMLImageElement, width: number, height: number): string | undefined {
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) return undefined;
    context.fillStyle = 'white';
    context.fillRect(0, 0, width, height);
    context.drawImage(image, 0, 0, width, height);
    const png = canvas.toDataURL('image/png');
    return png.startsWith('data:image/png;base64,') ? png : undefined;
}
