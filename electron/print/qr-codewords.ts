/**
 * The unmasked QR symbol of one byte-mode segment at error correction M, built the way `qrcode`
 * builds it (ISO/IEC 18004): the smallest version that holds the bytes, mode and count header,
 * terminator and 0xEC/0x11 padding, Reed–Solomon per block, blocks interleaved, bits placed
 * in the two-column zigzag.
 *
 * Why not `qrcode` itself: its Reed–Solomon divides with a new array per step and it places
 * every module through method calls; for an invoice's ~1,000-character signed JWT that was
 * 0.4 ms of a ~6 ms invoice. Here the division runs in a shift register of 32-bit words, four
 * coefficients at a time from a table per generator (0.16 → 0.06 ms with the placement), and
 * what depends only on the version (function patterns, the order of data modules) is taken once per version from
 * `qrcode`'s own symbol, so it cannot drift from the library. The block counts come from
 * `qrcode`'s tables (deep imports). qr-symbol.test.ts compares the finished symbol with
 * `QRCode.create` at both edges of every version and on random texts.
 */
import QRCode from 'qrcode';
import ecCodeModule from 'qrcode/lib/core/error-correction-code.js';
import ecLevelModule from 'qrcode/lib/core/error-correction-level.js';
import utilsModule from 'qrcode/lib/core/utils.js';

type EcLevel = { bit: number };
// qrcode's CommonJS modules, imported statically so that the Electron bundle carries them.
const EC_LEVEL = ecLevelModule as { M: EcLevel };
const EC_CODE = ecCodeModule as {
  getBlocksCount(version: number, level: EcLevel): number;
  getTotalCodewordsCount(version: number, level: EcLevel): number;
};
const QR_UTILS = utilsModule as { getSymbolTotalCodewords(version: number): number };

const BYTE_MODE = 0b0100;

/** GF(256) with the QR polynomial x⁸ + x⁴ + x³ + x² + 1: exp doubled so products skip a mod 255. */
const EXP = new Uint8Array(512);
const LOG = new Uint8Array(256);
{
  let x = 1;
  for (let i = 0; i < 255; i++) {
    EXP[i] = x;
    LOG[x] = i;
    x <<= 1;
    if (x & 0x100) x ^= 0x11d;
  }
  for (let i = 255; i < 512; i++) EXP[i] = EXP[i - 255]!;
}

/**
 * Per generator degree: for every leading factor f (0–255), f × the generator polynomial
 * (highest power first, without the leading 1), packed four coefficients to a 32-bit word, first
 * coefficient in the top byte, zeros after the last. The division then works a word at a time.
 */
const generatorTables = new Map<number, Uint32Array>();

function generatorTable(degree: number): Uint32Array {
  const known = generatorTables.get(degree);
  if (known) return known;
  // (x - α⁰)(x - α¹)…(x - α^(degree-1)), coefficients highest power first.
  let poly = new Uint8Array([1]);
  for (let i = 0; i < degree; i++) {
    const next = new Uint8Array(poly.length + 1);
    for (let j = 0; j < poly.length; j++) {
      next[j]! ^= poly[j]!;
      if (poly[j]) next[j + 1]! ^= EXP[LOG[poly[j]!]! + i]!;
    }
    poly = next;
  }
  const words = (degree + 3) >> 2;
  const table = new Uint32Array(256 * words);
  for (let f = 1; f < 256; f++)
    for (let k = 0; k < degree; k++) {
      const g = poly[k + 1]!;
      if (g) table[f * words + (k >> 2)]! |= EXP[LOG[g]! + LOG[f]!]! << (24 - 8 * (k & 3));
    }
  generatorTables.set(degree, table);
  return table;
}

/**
 * The `degree` Reed–Solomon codewords of data[start, end), into out[at, at + degree): the
 * remainder of the data (times x^degree) divided by the generator, in a shift register of
 * 32-bit words (`register`, at least (degree + 3) / 4 long).
 */
function reedSolomon(
  data: Uint8Array,
  start: number,
  end: number,
  degree: number,
  out: Uint8Array,
  at: number,
  register: Uint32Array,
): void {
  const table = generatorTable(degree);
  const words = (degree + 3) >> 2;
  const last = words - 1;
  register.fill(0, 0, words);
  for (let i = start; i < end; i++) {
    const row = (data[i]! ^ (register[0]! >>> 24)) * words;
    // Shift out the leading coefficient (cancelled by the subtraction), then subtract f × generator.
    for (let w = 0; w < last; w++)
      register[w] = ((register[w]! << 8) | (register[w + 1]! >>> 24)) ^ table[row + w]!;
    register[last] = (register[last]! << 8) ^ table[row + last]!;
  }
  for (let k = 0; k < degree; k++) out[at + k] = register[k >> 2]! >>> (24 - 8 * (k & 3));
}

/**
 * Words per packed row: a row holds module c at bit c % 32 of word c / 32 and ends in a zero
 * word, so qr-symbol.ts can read "the module k places further on" without testing for the
 * row's last word.
 */
export function rowStride(size: number): number {
  return ((size + 31) >> 5) + 1;
}

/** Packs a row-major 0/1 matrix into rows of `rowStride(size)` words. */
export function packedRows(m: Uint8Array, size: number): Int32Array {
  const stride = rowStride(size);
  const rows = new Int32Array(size * stride);
  for (let r = 0; r < size; r++)
    for (let c = 0; c < size; c++) rows[r * stride + (c >> 5)]! |= m[r * size + c]! << (c & 31);
  return rows;
}

interface VersionShape {
  version: number;
  size: number;
  totalCodewords: number;
  dataCodewords: number;
  blocks: number;
  ecPerBlock: number;
  /** The symbol with mask 0's format bits and nothing in the data modules, packed (`packedRows`). */
  template: Int32Array;
  /** Which modules are function patterns or format/version information (row-major 0/1). */
  reserved: Uint8Array;
  /** Data modules in placement order, as places in the packed rows: word index × 32 + bit. */
  order: Int32Array;
}

const shapes = new Map<number, VersionShape>();

function shapeOf(version: number): VersionShape {
  const known = shapes.get(version);
  if (known) return known;
  // qrcode's own symbol of this version, mask 0: its function patterns and format bits.
  const sample = QRCode.create([{ data: Buffer.alloc(1), mode: 'byte' }], {
    version,
    errorCorrectionLevel: 'M',
    maskPattern: 0,
  });
  const size = sample.modules.size;
  const reserved = Uint8Array.from(sample.modules.reservedBit);
  const template = new Uint8Array(size * size);
  for (let i = 0; i < template.length; i++) if (reserved[i]) template[i] = sample.modules.data[i]!;
  // The zigzag: column pairs from the right, up then down, skipping the timing column 6.
  const stride = rowStride(size);
  const order: number[] = [];
  let row = size - 1;
  let step = -1;
  for (let col = size - 1; col > 0; col -= 2) {
    if (col === 6) col--;
    for (;;) {
      for (let x = col; x > col - 2; x--)
        if (!reserved[row * size + x]) order.push((row * stride + (x >> 5)) * 32 + (x & 31));
      row += step;
      if (row < 0 || row >= size) {
        row -= step;
        step = -step;
        break;
      }
    }
  }
  const totalCodewords = QR_UTILS.getSymbolTotalCodewords(version);
  const blocks = EC_CODE.getBlocksCount(version, EC_LEVEL.M);
  const ecTotal = EC_CODE.getTotalCodewordsCount(version, EC_LEVEL.M);
  const shape: VersionShape = {
    version,
    size,
    totalCodewords,
    dataCodewords: totalCodewords - ecTotal,
    blocks,
    // As qrcode counts it: every block has the same number of EC codewords.
    ecPerBlock: Math.floor(totalCodewords / blocks) - Math.floor((totalCodewords - ecTotal) / blocks),
    template: packedRows(template, size),
    reserved,
    order: Int32Array.from(order),
  };
  shapes.set(version, shape);
  return shape;
}

/** Data capacity in bits per version at level M (from qrcode's tables). */
function dataBits(version: number): number {
  return (
    (QR_UTILS.getSymbolTotalCodewords(version) - EC_CODE.getTotalCodewordsCount(version, EC_LEVEL.M)) * 8
  );
}

const countBits = (version: number) => (version < 10 ? 8 : 16);

/** The smallest version whose level-M capacity holds `length` bytes in one byte segment, or 0. */
export function versionFor(length: number): number {
  for (let version = 1; version <= 40; version++)
    if (4 + countBits(version) + 8 * length <= dataBits(version)) return version;
  return 0;
}

/** Data codewords then error correction codewords, interleaved by block. */
function codewords(bytes: Uint8Array, shape: VersionShape): Uint8Array {
  const { version, dataCodewords, totalCodewords, blocks, ecPerBlock } = shape;
  // Header, bytes, terminator (up to 4 zero bits), zero bits to a byte boundary, 0xEC/0x11 pad.
  const data = new Uint8Array(dataCodewords);
  // The 12- or 20-bit header leaves every byte 4 bits off a byte boundary.
  const header =
    countBits(version) === 8 ? (BYTE_MODE << 8) | bytes.length : (BYTE_MODE << 16) | bytes.length;
  let at = 0;
  let carry: number;
  if (countBits(version) === 8) {
    data[at++] = header >> 4;
    carry = header & 0x0f;
  } else {
    data[at++] = header >> 12;
    data[at++] = (header >> 4) & 0xff;
    carry = header & 0x0f;
  }
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    data[at++] = (carry << 4) | (byte >> 4);
    carry = byte & 0x0f;
  }
  // The last 4 bits, then the terminator's zeros (already 0).
  if (at < dataCodewords) data[at] = carry << 4;
  let bits = at * 8 + 4;
  bits = Math.min(bits + 4, dataCodewords * 8);
  bits = (bits + 7) & ~7;
  for (let i = 0, at = bits >> 3; at < dataCodewords; i++, at++) data[at] = i % 2 ? 0x11 : 0xec;

  // Blocks: the first ones one data codeword shorter than the rest.
  const longBlocks = totalCodewords % blocks;
  const shortBlocks = blocks - longBlocks;
  const shortData = Math.floor(dataCodewords / blocks);
  const ec = new Uint8Array(blocks * ecPerBlock);
  const register = new Uint32Array((ecPerBlock + 3) >> 2);
  const starts: number[] = [];
  for (let b = 0, at = 0; b < blocks; b++) {
    const length = b < shortBlocks ? shortData : shortData + 1;
    starts.push(at);
    reedSolomon(data, at, at + length, ecPerBlock, ec, b * ecPerBlock, register);
    at += length;
  }
  const out = new Uint8Array(totalCodewords);
  let index = 0;
  for (let i = 0; i <= shortData; i++)
    for (let b = 0; b < blocks; b++)
      if (i < shortData || b >= shortBlocks) out[index++] = data[starts[b]! + i]!;
  for (let i = 0; i < ecPerBlock; i++)
    for (let b = 0; b < blocks; b++) out[index++] = ec[b * ecPerBlock + i]!;
  return out;
}

export interface UnmaskedSymbol {
  version: number;
  size: number;
  /** Function patterns, mask 0's format bits, data bits not yet masked, packed (`packedRows`). */
  packed: Int32Array;
  reserved: Uint8Array;
}

/** The symbol for `bytes` before masking (callers check the length against the version-40 limit). */
export function unmaskedSymbol(bytes: Uint8Array): UnmaskedSymbol {
  const version = versionFor(bytes.length);
  if (!version) throw new Error(`${bytes.length} bytes do not fit in a QR code at error correction M.`);
  const shape = shapeOf(version);
  const words = codewords(bytes, shape);
  const packed = shape.template.slice();
  const order = shape.order;
  const bitCount = Math.min(order.length, words.length * 8);
  for (let k = 0; k < bitCount; k++)
    if ((words[k >> 3]! >> (7 - (k & 7))) & 1) {
      const place = order[k]!;
      packed[place >> 5]! |= 1 << (place & 31);
    }
  return { version, size: shape.size, packed, reserved: shape.reserved };
}
