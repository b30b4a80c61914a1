// The encoder of the `qrcode` package, without its PNG, canvas and terminal renderers (which pull in
// Node built-ins): `create` gives the module matrix, and qr-svg.ts draws it.
declare module 'qrcode/lib/core/qrcode.js' {
    export interface BitMatrix {
        size: number;
        get(row: number, col: number): number | boolean;
    }
    export function create(
        text: string,
        options?: { errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H' }
    ): { modules: BitMatrix; version: number };
}
