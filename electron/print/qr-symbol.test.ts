import fc from 'fast-check';
import QRCode from 'qrcode';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { formatBits, penalty, qrSymbol } from './qr-symbol';

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
    fc.assert(
      fc.property(
        fc
          .integer({ min: 11, max: 41 })
          .chain((size) =>
            fc.tuple(
              fc.constant(size),
              fc.uint8Array({ min: 0, max: 1, minLength: size * size, maxLength: size * size }),
            ),
          ),
        ([size, data]) => {
          const matrix = { size, data, get: (r: number, c: number) => data[r * size + c]! };
          const expected =
            qrcodeMasks.getPenaltyN1(matrix) +
            qrcodeMasks.getPenaltyN2(matrix) +
            qrcodeMasks.getPenaltyN3(matrix) +
            qrcodeMasks.getPenaltyN4(matrix);
          return penalty(data, size) === expected;
        },
      ),
      { numRuns: 200, seed: 11 },
    );
  });
});
