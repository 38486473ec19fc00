import fc from 'fast-check';
import QRCode from 'qrcode';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { eightModules, formatBits, penalty, qrSymbol } from './qr-symbol';

type Matrix = { size: number; data: Uint8Array; get(row: number, col: number): number };
type Rule = (matrix: Matrix) => number;
/** qrcode's own penalty rules, to check ours against (test-only deep import). */
const qrcodeMasks = createRequire(import.meta.url)('qrcode/lib/core/mask-pattern.js') as Record<
  'getPenaltyN1' | 'getPenaltyN2' | 'getPenaltyN3' | 'getPenaltyN4',
  Rule
>;

function reference(text: string) {
  return QRCode.create([{ data: Buffer.from(text, 'utf8'), mode: 'byte' }], { errorCorrectionLevel: 'M' });
}

/** Bytes one byte-mode segment can hold at level M, versions 1–40 (ISO/IEC 18004 table 7). */
const BYTE_CAPACITY_M = [
  14, 26, 42, 62, 84, 106, 122, 152, 180, 213, 251, 287, 331, 362, 412, 450, 504, 560, 624, 666, 711, 779,
  857, 911, 997, 1059, 1125, 1190, 1264, 1370, 1452, 1538, 1628, 1722, 1809, 1911, 1989, 2099, 2213, 2331,
];

describe('qrSymbol', () => {
  it('draws module for module the symbol qrcode draws with its own mask choice, at every length', () => {
    // Lengths from version 1 to version 29 at level M, in both alphabets a signed JWT uses.
    for (let length = 1; length <= 1600; length += 41) {
      const text = Array.from({ length }, (_, i) => 'eyJ0-_.Az9'[(i * 7 + length) % 10]).join('');
      const ref = reference(text);
      const mine = qrSymbol(text);
      expect(mine.size).toBe(ref.modules.size);
      expect(mine.maskPattern).toBe(ref.maskPattern);
      expect(Buffer.from(mine.modules).equals(Buffer.from(ref.modules.data))).toBe(true);
    }
  });

  it('matches qrcode at both edges of every version from 1 to 40', () => {
    // The longest byte-mode text each version holds at level M, then one byte more (next version).
    for (let version = 1; version <= 40; version++) {
      const capacity = BYTE_CAPACITY_M[version - 1]!;
      for (const length of version < 40 ? [capacity, capacity + 1] : [capacity]) {
        const text = Array.from({ length }, (_, i) => 'eyJhbGciOi-_.0Z'[(i * 11 + version) % 15]).join('');
        const ref = reference(text);
        expect(ref.version).toBe(length === capacity ? version : version + 1);
        const mine = qrSymbol(text);
        expect(mine.size).toBe(ref.modules.size);
        expect(mine.maskPattern).toBe(ref.maskPattern);
        expect(Buffer.from(mine.modules).equals(Buffer.from(ref.modules.data))).toBe(true);
      }
    }
  });

  it('reads 8 modules at a time from the packed rows, light all round the symbol', () => {
    for (const length of [1, 200, 1500]) {
      const symbol = qrSymbol('z'.repeat(length));
      const { size, modules } = symbol;
      expect(symbol.packed.length).toBe(size * symbol.rowWords);
      for (let row = -2; row < size + 2; row++)
        for (let col = -12; col < size + 12; col++) {
          let expected = 0;
          for (let k = 0; k < 8; k++) {
            const c = col + k;
            if (row >= 0 && row < size && c >= 0 && c < size) expected |= modules[row * size + c]! << k;
          }
          if (eightModules(symbol, row, col) !== expected) throw new Error(`row ${row}, column ${col}`);
        }
    }
  });

  it('refuses a text too long for any QR code, in plain words', () => {
    expect(() => qrSymbol('x'.repeat(2331))).not.toThrow();
    expect(() => qrSymbol('x'.repeat(2332))).toThrow(/QR code text is 2332 bytes long.*at most 2331/);
  });

  it('matches qrcode on random texts too (every mask gets picked somewhere)', () => {
    const masks = new Set<number>();
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 300, unit: 'binary-ascii' }), (text) => {
        const ref = reference(text);
        const mine = qrSymbol(text);
        masks.add(mine.maskPattern);
        return (
          mine.maskPattern === ref.maskPattern &&
          Buffer.from(mine.modules).equals(Buffer.from(ref.modules.data))
        );
      }),
      { numRuns: 300, seed: 7 },
    );
    expect(masks.size).toBe(8);
  });

  it('writes the format information ISO/IEC 18004 lists for level M', () => {
    // Table C.1: level M, masks 0–7.
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((p) => formatBits(p).toString(2).padStart(15, '0'))).toEqual([
      '101010000010010',
      '101000100100101',
      '101111001111100',
      '101101101001011',
      '100010111111001',
      '100000011001110',
      '100111110010111',
      '100101010100000',
    ]);
  });

  it('scores any matrix exactly as the penalty rules of qrcode do', () => {
    // 12×12, all light: 24 runs of 12 (N1 = 24 × 10), 121 blocks (N2 = 363), no N3, 0 % dark (N4 = 100).
    expect(penalty(new Uint8Array(144), 12)).toBe(240 + 363 + 0 + 100);
    const matches = (size: number, data: Uint8Array) => {
      const matrix = { size, data, get: (r: number, c: number) => data[r * size + c]! };
      const expected =
        qrcodeMasks.getPenaltyN1(matrix) +
        qrcodeMasks.getPenaltyN2(matrix) +
        qrcodeMasks.getPenaltyN3(matrix) +
        qrcodeMasks.getPenaltyN4(matrix);
      return penalty(data, size) === expected;
    };
    // Real symbols, finder patterns and all, at sizes of one to six 32-bit words a line.
    for (const length of [5, 60, 300, 900, 1500, 2300]) {
      const { modules } = reference('Q'.repeat(length));
      expect(matches(modules.size, modules.data)).toBe(true);
    }
    fc.assert(
      fc.property(
        fc
          .integer({ min: 11, max: 100 })
          .chain((size) =>
            fc.tuple(
              fc.constant(size),
              fc.uint8Array({ minLength: size * size, maxLength: size * size }),
              fc.integer({ min: 1, max: 128 }),
            ),
          ),
        ([size, noise, change]) => {
          // Each module repeats the one before unless its noise byte is below `change`: from long
          // runs and many one-colour blocks (small `change`) to coin flips (128).
          const data = new Uint8Array(size * size);
          for (let i = 1; i < data.length; i++) data[i] = data[i - 1]! ^ (noise[i]! < change ? 1 : 0);
          return matches(size, data);
        },
      ),
      { numRuns: 200, seed: 11 },
    );
  });
});
