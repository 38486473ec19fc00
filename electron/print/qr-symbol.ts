/**
 * The QR symbol of a text at error correction M, module for module the symbol
 * `QRCode.create(text, { errorCorrectionLevel: 'M' })` draws for one byte-mode segment: encoded
 * and placed as `qrcode` does (qr-codewords.ts), with the mask it would choose (the lowest
 * ISO/IEC 18004 penalty score, the first of equals).
 *
 * Why: an invoice's signed QR code (a ~1,000-character JWT, version 25) took `qrcode` ~3 ms, a
 * fifth of a whole invoice's render, most of it scoring the 8 masks with ~110,000 method calls
 * each. Here every mask is scored on rows packed 32 modules to a word with bit operations: rows
 * with shifts, columns straight down the words. qr-symbol.test.ts checks the result against
 * `QRCode.create` at both edges of every version and on random texts, and the scoring against
 * `qrcode`'s own penalty rules.
 */
import { packedRows, rowStride, unmaskedSymbol } from './qr-codewords';

export interface QrSymbol {
  /** Modules per side, without quiet zone. */
  size: number;
  /** 1 = dark, row by row (unpacked from `packed` on first read). */
  readonly modules: Uint8Array;
  /**
   * The same modules, 32 to a word: row r's module c is bit c % 32 of word r × rowWords + c / 32.
   * Read it with `eightModules`.
   */
  packed: Int32Array;
  rowWords: number;
  maskPattern: number;
}

/**
 * Modules col … col + 7 of `row` (dark = 1), module col in the lowest bit; modules outside the
 * symbol (a quiet zone) are light.
 */
export function eightModules(symbol: QrSymbol, row: number, col: number): number {
  const { size, packed, rowWords } = symbol;
  if (row < 0 || row >= size || col >= size || col <= -8) return 0;
  if (col < 0) return (packed[row * rowWords]! << -col) & 0xff;
  const w = row * rowWords + (col >> 5);
  const shift = col & 31;
  // The word after a row's last is 0, so the modules past the edge read light.
  const bits = shift > 24 ? (packed[w]! >>> shift) | (packed[w + 1]! << (32 - shift)) : packed[w]! >>> shift;
  return bits & 0xff;
}

/** Whether mask `p` flips the module at row i, column j (ISO/IEC 18004 table 10). */
function maskAt(p: number, i: number, j: number): boolean {
  switch (p) {
    case 0:
      return (i + j) % 2 === 0;
    case 1:
      return i % 2 === 0;
    case 2:
      return j % 3 === 0;
    case 3:
      return (i + j) % 3 === 0;
    case 4:
      return (Math.floor(i / 2) + Math.floor(j / 3)) % 2 === 0;
    case 5:
      return ((i * j) % 2) + ((i * j) % 3) === 0;
    case 6:
      return (((i * j) % 2) + ((i * j) % 3)) % 2 === 0;
    default:
      return (((i * j) % 3) + ((i + j) % 2)) % 2 === 0;
  }
}

const EC_LEVEL_M_BITS = 0b00;

/** The 15 format bits for level M and mask `p`: BCH(15,5) with generator 0x537, then XOR 0x5412. */
export function formatBits(p: number): number {
  const data = (EC_LEVEL_M_BITS << 3) | p;
  let d = data << 10;
  for (let bit = 14; bit >= 10; bit--) if (d & (1 << bit)) d ^= 0x537 << (bit - 10);
  return ((data << 10) | d) ^ 0x5412;
}

/**
 * Calls `at(row, col, i)` for each of the two places `qrcode` writes format bit i (the dark
 * module beside them never changes, so it is left out).
 */
function formatPlaces(size: number, at: (row: number, col: number, i: number) => void): void {
  for (let i = 0; i < 15; i++) {
    at(i < 6 ? i : i < 8 ? i + 1 : size - 15 + i, 8, i);
    at(8, i < 8 ? size - i - 1 : i < 9 ? 15 - i : 15 - i - 1, i);
  }
}

/**
 * A symbol packed into 32-bit words: row r holds module c at bit c % 32 of word r × stride + c / 32.
 * Each row ends in a zero word, so "the module k places further on" is
 * `(w >>> k) | (next << (32 - k))` with no test for the row's last word.
 */
interface Layout {
  size: number;
  /** Words per row, the zero word included. */
  stride: number;
  /** Per word of a row, bits at columns that start a window of 2 (resp. 11) inside the row. */
  fits2: Int32Array;
  fits11: Int32Array;
  /** Per word of a row, bits at columns inside the symbol. */
  inside: Int32Array;
}

function layout(size: number): Layout {
  // Past 177 (version 40) a row's count could overflow the byte-wide tallies of scoreRows.
  if (!Number.isInteger(size) || size < 1 || size > 177)
    throw new Error(`A QR symbol is 1 to 177 modules a side, not ${size}.`);
  const stride = rowStride(size);
  const fits = (width: number) => {
    const words = new Int32Array(stride);
    for (let k = 0; k + width <= size; k++) words[k >> 5]! |= 1 << (k & 31);
    return words;
  };
  return { size, stride, fits2: fits(2), fits11: fits(11), inside: fits(1) };
}

function popcount(v: number): number {
  v -= (v >>> 1) & 0x55555555;
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** The set bits of each byte of v, in that byte. */
function byteCounts(v: number): number {
  v -= (v >>> 1) & 0x55555555;
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (v + (v >>> 4)) & 0x0f0f0f0f;
}

/** The sum of v's 4 bytes, when it is under 256. */
function sumBytes(v: number): number {
  return Math.imul(v, 0x01010101) >>> 24;
}

/**
 * N1 + N2 + N3 (weighted) along the packed rows, the rules as `qrcode` applies them: N1 each run
 * of 5+ equal modules scores its length − 2; N3 each 11-module window reading 10111010000 or
 * 00001011101 scores 40; N2 each 2×2 block of one colour (this row and the next) scores 3.
 * `scratch` holds one row of words.
 */
function scoreRows(lines: Int32Array, lay: Layout, scratch: Int32Array): number {
  const { size, stride, fits2, fits11 } = lay;
  const words = stride - 1;
  let score = 0;
  for (let l = 0; l < size; l++) {
    const b = l * stride;
    // eq: bit k set when modules k and k + 1 are equal.
    for (let i = 0; i < words; i++) {
      const x = lines[b + i]!;
      scratch[i] = ~(x ^ ((x >>> 1) | (lines[b + i + 1]! << 31))) & fits2[i]!;
    }
    // Per-byte counts summed over the line's words, added up across bytes once per line (a line
    // scores under 256 for each rule, so no byte overflows).
    let runBytes = 0;
    let blockBytes = 0;
    let finders = 0;
    let carry = 0;
    for (let i = 0; i < words; i++) {
      const e = scratch[i]!;
      const en = scratch[i + 1]!;
      // A run of L ≥ 5 equal modules is L − 1 ≥ 4 set eq bits: L − 4 places where 4 in a row
      // start, plus 2 at its first such place, make the L − 2 qrcode scores.
      const four = e & ((e >>> 1) | (en << 31)) & ((e >>> 2) | (en << 30)) & ((e >>> 3) | (en << 29));
      runBytes += byteCounts(four) + 2 * byteCounts(four & ~((four << 1) | carry));
      carry = four >>> 31;

      const x = lines[b + i]!;
      const y = lines[b + i + 1]!;
      const s1 = (x >>> 1) | (y << 31);
      const s2 = (x >>> 2) | (y << 30);
      const s3 = (x >>> 3) | (y << 29);
      const s4 = (x >>> 4) | (y << 28);
      const s5 = (x >>> 5) | (y << 27);
      const s6 = (x >>> 6) | (y << 26);
      const s7 = (x >>> 7) | (y << 25);
      const s8 = (x >>> 8) | (y << 24);
      const s9 = (x >>> 9) | (y << 23);
      const s10 = (x >>> 10) | (y << 22);
      // Both patterns read 1 0 1 at offsets 4–6; a match is rare, so count it only when found.
      const found =
        s4 &
        ~s5 &
        s6 &
        fits11[i]! &
        ((x & ~s1 & s2 & s3 & ~(s7 | s8 | s9 | s10)) | (~(x | s1 | s2 | s3) & s7 & s8 & ~s9 & s10));
      if (found !== 0) finders += popcount(found);

      if (l + 1 < size) {
        const same = ~(x ^ lines[b + stride + i]!);
        const sameNext = ~(y ^ lines[b + stride + i + 1]!);
        blockBytes += byteCounts(same & ((same >>> 1) | (sameNext << 31)) & e);
      }
    }
    score += sumBytes(runBytes) + 40 * finders + 3 * sumBytes(blockBytes);
  }
  return score;
}

/**
 * N1 + N3 (weighted) down the columns, read straight from the packed rows: bit c of every word is
 * column c, so a column's neighbours are the same bit of the words above and below, and 32
 * columns are scored at once with no shifts and no transposed copy.
 */
function scoreColumns(rows: Int32Array, lay: Layout): number {
  const { size, stride, inside } = lay;
  let runs = 0;
  let starts = 0;
  let finders = 0;
  for (let i = 0; i < stride - 1; i++) {
    const valid = inside[i]!;
    // eq1..eq3: "rows r − 1 and r equal", and the two pairs before; four: the last 4 pairs equal.
    let eq1 = 0;
    let eq2 = 0;
    let eq3 = 0;
    let four = 0;
    // q0..q10: the 11 rows ending at row r, q10 = row r (q0 is set as the window slides).
    let q0: number;
    let q1 = 0;
    let q2 = 0;
    let q3 = 0;
    let q4 = 0;
    let q5 = 0;
    let q6 = 0;
    let q7 = 0;
    let q8 = 0;
    let q9 = 0;
    let q10 = rows[i]!;
    for (let r = 1; r < size; r++) {
      q0 = q1;
      q1 = q2;
      q2 = q3;
      q3 = q4;
      q4 = q5;
      q5 = q6;
      q6 = q7;
      q7 = q8;
      q8 = q9;
      q9 = q10;
      q10 = rows[r * stride + i]!;
      const eq = ~(q9 ^ q10) & valid;
      // As for rows: a run of L ≥ 5 scores L − 4 places where 4 equal pairs start, plus 2.
      const nextFour = eq & eq1 & eq2 & eq3;
      runs += popcount(nextFour);
      starts += popcount(nextFour & ~four);
      four = nextFour;
      eq3 = eq2;
      eq2 = eq1;
      eq1 = eq;
      if (r >= 10) {
        const found =
          q4 &
          ~q5 &
          q6 &
          valid &
          ((q0 & ~q1 & q2 & q3 & ~(q7 | q8 | q9 | q10)) | (~(q0 | q1 | q2 | q3) & q7 & q8 & ~q9 & q10));
        if (found !== 0) finders += popcount(found);
      }
    }
  }
  return runs + 2 * starts + 40 * finders;
}

/** Writes base XOR change into `rows` (a candidate symbol) and gives its N4 score. */
function candidate(base: Int32Array, change: Int32Array, rows: Int32Array, lay: Layout): number {
  let dark = 0;
  for (let i = 0; i < rows.length; i++) {
    const word = base[i]! ^ change[i]!;
    rows[i] = word;
    dark += popcount(word);
  }
  return darkPoints(dark, lay.size);
}

/** N4: 10 points per 5 % step the dark share is away from 50 %, computed as qrcode computes it. */
function darkPoints(dark: number, size: number): number {
  return Math.abs(Math.ceil((dark * 100) / (size * size) / 5) - 10) * 10;
}

/**
 * Penalty rules N1–N4 exactly as `qrcode` scores them: N1 runs of 5+ equal modules in a row or
 * column (3 + length − 5 each), N2 2×2 blocks of one colour, N3 finder-like 1:1:3:1:1 patterns
 * with 4 light modules on one side, N4 the dark share's distance from 50 %.
 */
export function penalty(m: Uint8Array, size: number): number {
  const lay = layout(size);
  const rows = packedRows(m, size);
  let dark = 0;
  for (const word of rows) dark += popcount(word);
  return darkPoints(dark, size) + scoreRows(rows, lay, new Int32Array(lay.stride)) + scoreColumns(rows, lay);
}

/** The most bytes one byte-mode segment holds at error correction M (version 40). */
const MAX_BYTES_M = 2331;

/**
 * Per version, constants of the version and not of the text: the packed layout and, for each
 * mask p, the packed rows to XOR onto the unmasked symbol to get the candidate with mask p: the
 * data modules p flips, and the format bits that differ from those of mask 0.
 */
interface VersionPlan {
  lay: Layout;
  rowChanges: Int32Array[];
}

const plans = new Map<number, VersionPlan>();

function plan(version: number, size: number, reserved: Uint8Array): VersionPlan {
  const known = plans.get(version);
  if (known) return known;
  const lay = layout(size);
  const rowChanges: Int32Array[] = [];
  const zeroFormat = formatBits(0);
  for (let p = 0; p < 8; p++) {
    const change = new Uint8Array(size * size);
    for (let r = 0; r < size; r++)
      for (let c = 0; c < size; c++) if (!reserved[r * size + c] && maskAt(p, r, c)) change[r * size + c] = 1;
    const differ = formatBits(p) ^ zeroFormat;
    formatPlaces(size, (r, c, i) => {
      change[r * size + c] = (differ >> i) & 1;
    });
    rowChanges.push(packedRows(change, size));
  }
  const made = { lay, rowChanges };
  plans.set(version, made);
  return made;
}

/** The symbol for `text` as one byte-mode segment at error correction M. */
export function qrSymbol(text: string): QrSymbol {
  // Error correction M: about 15 % of the symbol may be smudged or torn and it still reads.
  // One byte-mode segment: a signed JWT is base64url text, which byte mode carries anyway, and
  // naming the segment skips the library's shortest-path search over mixed modes.
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length > MAX_BYTES_M) {
    throw new Error(
      `The QR code text is ${bytes.length} bytes long; a QR code at error correction M holds at most ${MAX_BYTES_M}.`,
    );
  }
  // The unmasked symbol, with mask 0's format bits (what rowChanges are relative to).
  const symbol = unmaskedSymbol(bytes);
  const size = symbol.size;
  const { lay, rowChanges } = plan(symbol.version, size, symbol.reserved);
  const base = symbol.packed;

  const rows = new Int32Array(base.length);
  const scratch = new Int32Array(lay.stride);
  let best = 0;
  let lowest = Infinity;
  for (let p = 0; p < 8; p++) {
    let score = candidate(base, rowChanges[p]!, rows, lay) + scoreRows(rows, lay, scratch);
    // Every rule adds, so a candidate already no better than the best so far can stop here.
    if (score >= lowest) continue;
    score += scoreColumns(rows, lay);
    if (score < lowest) {
      lowest = score;
      best = p;
    }
  }

  const packed = new Int32Array(base.length);
  const change = rowChanges[best]!;
  for (let i = 0; i < packed.length; i++) packed[i] = base[i]! ^ change[i]!;
  let modules: Uint8Array | undefined;
  const stride = lay.stride;
  return {
    size,
    packed,
    rowWords: stride,
    maskPattern: best,
    get modules() {
      return (modules ??= unpack(packed, size, stride));
    },
  };
}

function unpack(packed: Int32Array, size: number, stride: number): Uint8Array {
  const modules = new Uint8Array(size * size);
  for (let r = 0; r < size; r++)
    for (let c = 0; c < size; c++) modules[r * size + c] = (packed[r * stride + (c >> 5)]! >>> (c & 31)) & 1;
  return modules;
}
