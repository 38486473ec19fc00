/**
 * The signed QR code as a PNG data URL. The symbol is the one the `qrcode` package would draw
 * (see qr-symbol.ts: error correction M, its mask choice); the PNG is written here with Node's
 * zlib because `qrcode`'s own PNG output (pure-JS pngjs) takes ~11 ms per code, most of a whole
 * invoice's render budget.
 *
 * The PNG is 1-bit greyscale: pdfkit copies a PNG without alpha into the PDF as it is (its
 * deflated rows, with /DecodeParms naming the PNG predictor and /BitsPerComponent 1), so the page
 * rasterises to the same pixels as from an 8-bit PNG, from an eighth of the bytes.
 */
import { constants, crc32, deflateSync } from 'node:zlib';
import { eightModules, qrSymbol } from './qr-symbol';

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

/**
 * Per scale: for each byte of 8 modules (first module lowest, 1 = dark), the `scale` bytes of
 * 1-bit pixels they draw (first pixel highest, 1 = white).
 */
const spreads = new Map<number, Uint8Array>();

function spread(scale: number): Uint8Array {
  const known = spreads.get(scale);
  if (known) return known;
  const table = new Uint8Array(256 * scale);
  for (let eight = 0; eight < 256; eight++)
    for (let m = 0; m < 8; m++)
      if (!((eight >> m) & 1))
        for (let px = m * scale; px < (m + 1) * scale; px++)
          table[eight * scale + (px >> 3)]! |= 0x80 >> (px & 7);
  spreads.set(scale, table);
  return table;
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

/** A 1-bit greyscale PNG of the QR symbol (black on white). */
export function qrPng(text: string, options: QrImageOptions = {}): { png: Buffer; modules: number } {
  const scale = options.scale ?? 3;
  const margin = options.margin ?? 1;
  if (!Number.isInteger(scale) || scale < 1)
    throw new Error(`QR scale must be a whole number of pixels, not ${scale}.`);
  if (!Number.isInteger(margin) || margin < 0)
    throw new Error(`QR margin must be a whole number of modules, not ${margin}.`);
  const symbol = qrSymbol(text);
  const size = symbol.size;
  const pixels = (size + 2 * margin) * scale;
  // One bit per pixel (1 = white), rows padded to whole bytes: an eighth of the bytes of 8-bit
  // grey for zlib to deflate, for the same pixel grid. Each row starts with its PNG filter byte.
  const stride = 1 + ((pixels + 7) >> 3);
  const raw = Buffer.alloc(stride * pixels);
  const table = spread(scale);
  for (let row = -margin; row < size + margin; row++) {
    const at = (row + margin) * scale * stride;
    // Filter 2 ("up") on the module row's other pixel rows: equal to the row above, so their
    // bytes stay 0 — long zero runs that zlib's run-length strategy packs fast.
    for (let dy = 1; dy < scale; dy++) raw[at + dy * stride] = 2;
    // 8 modules are `scale` whole bytes of pixels.
    for (let col = -margin, out = at + 1, end = at + stride; out < end; col += 8) {
      const eight = eightModules(symbol, row, col);
      for (let t = eight * scale, stop = t + scale; t < stop && out < end; t++) raw[out++] = table[t]!;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(pixels, 0);
  header.writeUInt32BE(pixels, 4);
  header[8] = 1; // bit depth
  header[9] = 0; // greyscale
  const png = Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    // Level 1, runs only: with the "up" rows above, ~3.7 KB where level 6 gives ~3.2, in 40 % of its time.
    chunk('IDAT', deflateSync(raw, { level: 1, strategy: constants.Z_RLE })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return { png, modules: size + 2 * margin };
}

export function qrImage(text: string, options: QrImageOptions = {}): QrImage {
  const { png, modules } = qrPng(text, options);
  return { dataUrl: `data:image/png;base64,${png.toString('base64')}`, sizePt: modules * QR_MODULE_PT };
}
