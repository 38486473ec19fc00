/**
 * The QR symbol of a text at error correction M, with the mask pattern chosen exactly as the
 * `qrcode` package chooses it (the lowest ISO/IEC 18004 penalty score, the first of equals), but
 * scored on flat arrays.
 *
 * Why: `qrcode` scores the 8 candidate masks through a method call per module (about 110,000
 * calls per mask on the version-25 symbol of a signed JWT), which was a sixth of an invoice's
 * render time. Here `qrcode` still does all the encoding (segments, version, Reed–Solomon, module
 * placement) with mask 0 named up front; that mask is undone, and the same four penalty rules as
 * `qrcode/lib/core/mask-pattern.js`, on the same candidates (format information for the mask
 * included), pick the mask. The result is module for module the symbol `QRCode.create` draws
 * (qr-symbol.test.ts checks this over many lengths and versions).
 */
import QRCode from 'qrcode';

export interface QrSymbol {
  /** Modules per side, without quiet zone. */
  size: number;
  /** 1 = dark, row by row. */
  modules: Uint8Array;
  maskPattern: number;
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

/** Writes the format information of mask `p` where `qrcode` writes it (both copies, dark module). */
function writeFormat(m: Uint8Array, size: number, p: number): void {
  const bits = formatBits(p);
  for (let i = 0; i < 15; i++) {
    const v = (bits >> i) & 1;
    const row = i < 6 ? i : i < 8 ? i + 1 : size - 15 + i;
    m[row * size + 8] = v;
    const col = i < 8 ? size - i - 1 : i < 9 ? 15 - i : 15 - i - 1;
    m[8 * size + col] = v;
  }
  m[(size - 8) * size + 8] = 1;
}

/**
 * Penalty rules N1–N4 exactly as `qrcode` scores them: N1 runs of 5+ equal modules in a row or
 * column (3 + length − 5 each), N2 2×2 blocks of one colour, N3 finder-like 1:1:3:1:1 patterns
 * with 4 light modules on one side, N4 the dark share's distance from 50 %. Columns are scanned
 * row by row with one state per column, so memory is read in order.
 */
export function penalty(m: Uint8Array, size: number): number {
  let n1 = 0;
  let n2 = 0;
  let n3 = 0;
  let dark = 0;
  const colRun = new Int32Array(size);
  const colLast = new Int32Array(size).fill(-1);
  const colBits = new Int32Array(size);
  for (let r = 0; r < size; r++) {
    const at = r * size;
    let run = 0;
    let last = -1;
    let bits = 0;
    for (let c = 0; c < size; c++) {
      const v = m[at + c]!;
      dark += v;
      if (v === last) run++;
      else {
        if (run >= 5) n1 += run - 2;
        last = v;
        run = 1;
      }
      bits = ((bits << 1) & 0x7ff) | v;
      if (c >= 10 && (bits === 0x5d0 || bits === 0x05d)) n3++;

      if (v === colLast[c]) colRun[c]!++;
      else {
        const cr = colRun[c]!;
        if (cr >= 5) n1 += cr - 2;
        colLast[c] = v;
        colRun[c] = 1;
      }
      const cb = ((colBits[c]! << 1) & 0x7ff) | v;
      colBits[c] = cb;
      if (r >= 10 && (cb === 0x5d0 || cb === 0x05d)) n3++;

      if (r > 0 && c > 0) {
        const sum = v + m[at + c - 1]! + m[at - size + c]! + m[at - size + c - 1]!;
        if (sum === 0 || sum === 4) n2++;
      }
    }
    if (run >= 5) n1 += run - 2;
  }
  for (let c = 0; c < size; c++) if (colRun[c]! >= 5) n1 += colRun[c]! - 2;
  const k = Math.abs(Math.ceil((dark * 100) / (size * size) / 5) - 10);
  return n1 + n2 * 3 + n3 * 40 + k * 10;
}

/**
 * Per version, which modules each of the 8 masks flips (data modules only). A constant of the
 * version (function patterns sit where the version puts them), not of the text.
 */
const flipsByVersion = new Map<number, Uint8Array[]>();

function maskFlips(version: number, size: number, reserved: Uint8Array): Uint8Array[] {
  let flips = flipsByVersion.get(version);
  if (flips) return flips;
  flips = [];
  for (let p = 0; p < 8; p++) {
    const flip = new Uint8Array(size * size);
    for (let r = 0; r < size; r++)
      for (let c = 0; c < size; c++) if (!reserved[r * size + c] && maskAt(p, r, c)) flip[r * size + c] = 1;
    flips.push(flip);
  }
  flipsByVersion.set(version, flips);
  return flips;
}

/** The symbol for `text` as one byte-mode segment at error correction M. */
export function qrSymbol(text: string): QrSymbol {
  // Error correction M: about 15 % of the symbol may be smudged or torn and it still reads.
  // One byte-mode segment: a signed JWT is base64url text, which byte mode carries anyway, and
  // naming the segment skips the library's shortest-path search over mixed modes.
  const qr = QRCode.create([{ data: Buffer.from(text, 'utf8'), mode: 'byte' }], {
    errorCorrectionLevel: 'M',
    maskPattern: 0,
  });
  const size = qr.modules.size;
  const reserved = qr.modules.reservedBit;
  // The data modules as placed, before any mask; function patterns stay as drawn.
  const base = new Uint8Array(qr.modules.data);
  const flips = maskFlips(qr.version, size, reserved);
  const flip0 = flips[0]!;
  for (let i = 0; i < base.length; i++) base[i]! ^= flip0[i]!;

  const candidate = new Uint8Array(size * size);
  const draw = (p: number): Uint8Array => {
    const flip = flips[p]!;
    for (let i = 0; i < base.length; i++) candidate[i] = base[i]! ^ flip[i]!;
    writeFormat(candidate, size, p);
    return candidate;
  };
  let best = 0;
  let lowest = Infinity;
  for (let p = 0; p < 8; p++) {
    const score = penalty(draw(p), size);
    if (score < lowest) {
      lowest = score;
      best = p;
    }
  }
  return { size, modules: draw(best), maskPattern: best };
}
