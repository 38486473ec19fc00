/**
 * The signed QR code as a PNG data URL. The symbol comes from the `qrcode` package (see
 * qr-symbol.ts: error correction M, its own mask choice); the PNG is written here with Node's zlib
 * because `qrcode`'s own PNG output (pure-JS pngjs) takes ~11 ms per code, most of a whole
 * invoice's render budget.
 */
import { crc32, deflateSync } from 'node:zlib';
import { qrSymbol } from './qr-symbol';

/**
 * Printed size of one QR module: 1.44 pt (0.51 mm) is exactly 3 pixels at 150 dpi, 6 at 300 and
 * 12 at 600, so rasterisers and laser printers draw every module the same width, and a phone
 * reads the ~60 mm symbol of a 1,000-character signed JWT (QR version 25) comfortably.
 */
export const QR_MODULE_PT = 1.44;

export interface QrImage {
  dataUrl: string;
  /** Width (= height) to draw it at, in points, quiet zone included. */
  sizePt: number;
}

export interface QrImageOptions {
  /** Pixels per module in the PNG: 3 maps one to one onto a 150 dpi raster. */
  scale?: number;
  /** Quiet zone in modules inside the image; the page's white margin adds to it. */
  margin?: number;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** An 8-bit greyscale PNG of the QR symbol (black on white). */
export function qrPng(text: string, options: QrImageOptions = {}): { png: Buffer; modules: number } {
  const scale = options.scale ?? 3;
  const margin = options.margin ?? 1;
  const { size, modules } = qrSymbol(text);
  const pixels = (size + 2 * margin) * scale;
  const stride = pixels + 1; // one filter byte (0, none) before each row
  const raw = Buffer.alloc(stride * pixels, 0xff);
  for (let y = 0; y < pixels; y++) raw[y * stride] = 0;
  // Draw each module row once into its first pixel row, then copy that row down `scale - 1` times.
  for (let row = 0; row < size; row++) {
    const first = (row + margin) * scale * stride;
    for (let col = 0; col < size; col++) {
      if (!modules[row * size + col]) continue;
      const x = first + 1 + (col + margin) * scale;
      for (let dx = 0; dx < scale; dx++) raw[x + dx] = 0;
    }
    for (let dy = 1; dy < scale; dy++) raw.copy(raw, first + dy * stride, first, first + stride);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(pixels, 0);
  header.writeUInt32BE(pixels, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  const png = Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    // Level 1: two colours in long runs compress almost as well as at 6, in a fraction of the time.
    chunk('IDAT', deflateSync(raw, { level: 1 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return { png, modules: size + 2 * margin };
}

export function qrImage(text: string, options: QrImageOptions = {}): QrImage {
  const { png, modules } = qrPng(text, options);
  return { dataUrl: `data:image/png;base64,${png.toString('base64')}`, sizePt: modules * QR_MODULE_PT };
}
