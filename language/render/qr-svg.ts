import { create } from 'qrcode/lib/core/qrcode.js';
import { html, type Html } from './html.js';

/*
 * A QR code as inline SVG, for the printed handout: a phone can scan an exercise's video link from paper.
 * Only the module matrix comes from the `qrcode` package; the SVG is ours and holds nothing but numbers
 * (one path of unit squares), so it needs no image source and the page's CSP stays `img-src data:` at most.
 */

/** Quiet zone around the code, in modules: the standard asks for 4. */
const QUIET = 4;

/** Undefined when the text cannot be encoded (too long for a QR code), so the handout just prints the address. */
export function qrSvg(text: string, label: string): Html | undefined {
    let matrix;
    try {
        matrix = create(text, { errorCorrectionLevel: 'M' }).modules;
    } catch {
        return undefined;
    }
    const size = matrix.size;
    let d = '';
    for (let row = 0; row < size; row++) {
        for (let col = 0; col < size; col++) {
            if (!matrix.get(row, col)) continue;
            // Runs of dark modules in a row are one rectangle: a smaller path, and no hairline gaps in print.
            let end = col;
            while (end + 1 < size && matrix.get(row, end + 1)) end++;
            d += `M${col + QUIET} ${row + QUIET}h${end - col + 1}v1h-${end - col + 1}z`;
            col = end;
        }
    }
    const box = size + 2 * QUIET;
    return html`<svg class="qr" role="img" aria-label="${label}" viewBox="0 0 ${box} ${box}" width="96" height="96" shape-rendering="crispEdges"><rect class="qr-bg" fill="#ffffff" width="${box}" height="${box}"/><path class="qr-dark" fill="#000000" d="${d}"/></svg>`;
}
