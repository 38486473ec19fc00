import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  amountInWords,
  divRound,
  formatRupees,
  hasMoreDecimals,
  milliToNumber,
  MoneyParseError,
  mulDivRound,
  paiseToRupees,
  parseQuantity,
  parseRate,
  parseRupees,
  parseUnitPrice,
  rupeesToPaise,
  toMilli,
} from '.';

describe('parseRupees', () => {
  it.each([
    ['1,23,456.50', 12345650],
    ['123,456.50', 12345650],
    ['₹ 1,00,000', 10000000],
    ['Rs. 99.9', 9990],
    ['0.05', 5],
    ['.5', 50],
    ['7.', 700],
    ['-12.34', -1234],
    ['  42  ', 4200],
    ['- 5', -500],
    ['12,34,56,789', 12_34_56_78_900],
    ['12,345,678.05', 12_34_56_78_05],
    ['1,234', 123400],
  ])('reads %s as %i paise', (text, paise) => {
    expect(parseRupees(text)).toBe(paise);
  });

  it.each(['', 'abc', '1.234', '12-3', '1e5', '--1', '.'])('refuses %j naming the field', (text) => {
    expect(() => parseRupees(text, 'Discount')).toThrow(MoneyParseError);
    try {
      parseRupees(text, 'Discount');
    } catch (error) {
      expect((error as MoneyParseError).field).toBe('Discount');
      expect((error as Error).message).toMatch(/^Discount: /);
    }
  });

  it('says how many decimals are allowed', () => {
    expect(() => parseRupees('1.234', 'Unit price')).toThrow('more than 2 decimal places');
  });

  // Dropping the commas or spaces would read each of these ten to a thousand times too large.
  it.each(['12,5', '1,2,3', '1.2,5', '1,00.50', '12,34,5', ',123', '123,', '1,2345', '1 234', '12 5'])(
    'refuses %j instead of guessing what the commas or spaces meant',
    (text) => {
      expect(() => parseRupees(text, 'Discount')).toThrow(MoneyParseError);
      expect(() => parseRupees(text, 'Discount')).toThrow(/^Discount: /);
    },
  );

  it('says where commas go', () => {
    expect(() => parseRupees('12,5', 'Discount')).toThrow(
      'Discount: "12,5" has commas in the wrong places; write it like 1,23,456.50 or 123456.50.',
    );
    expect(() => parseQuantity('1,5', 'Quantity')).toThrow('Quantity: "1,5" has commas in the wrong places');
  });
});

describe('thousandths', () => {
  it('reads quantities, unit prices and rates with three decimals', () => {
    expect(parseQuantity('12.5')).toBe(12500);
    expect(parseQuantity('1,000')).toBe(1_000_000);
    expect(parseUnitPrice('99.999')).toBe(99999);
    expect(parseRate('0.25')).toBe(250);
    expect(parseRate('18')).toBe(18000);
    expect(() => parseQuantity('1.2345', 'Qty')).toThrow('Qty: "1.2345" has more than 3 decimal places');
  });
});

describe('one rounding rule: half away from zero', () => {
  it.each([
    [5, 10, 1],
    [4, 10, 0],
    [15, 10, 2],
    [-5, 10, -1],
    [-15, 10, -2],
    [-14, 10, -1],
    [25, -10, -3],
  ])('divRound(%i, %i) = %i', (n, d, expected) => {
    expect(divRound(n, d)).toBe(expected);
  });

  it('keeps products beyond 2^53 exact', () => {
    // 9,999,999,999.999 units × ₹99,99,99,999.999 would overflow a double.
    expect(mulDivRound(9_999_999_999_999, 999_999_999, 10_000)).toBe(
      Number((9_999_999_999_999n * 999_999_999n + 5_000n) / 10_000n),
    );
  });

  it('agrees with exact rational rounding on random integers', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 1, max: 1e6 }), (n, d) => {
        const q = divRound(n, d);
        // |n/d − q| ≤ 1/2, and exactly 1/2 only when rounding away from zero.
        const twice = 2 * (n - q * d);
        expect(Math.abs(twice)).toBeLessThanOrEqual(d);
        if (Math.abs(twice) === d) expect(Math.sign(q)).toBe(Math.sign(n));
      }),
    );
  });
});

describe('JSON numbers ↔ integers', () => {
  it('reads the decimal as written', () => {
    expect(rupeesToPaise(1.115)).toBe(112);
    expect(rupeesToPaise(0.1 + 0.2)).toBe(30);
    expect(rupeesToPaise(118000)).toBe(11800000);
    expect(rupeesToPaise(-0.2)).toBe(-20);
    expect(toMilli(7.6)).toBe(7600);
    expect(toMilli(0.001)).toBe(1);
  });

  it('rounds once, on the digits as written, half away from zero', () => {
    expect(rupeesToPaise(0.0049999999)).toBe(0);
    expect(rupeesToPaise(2.0049999999)).toBe(200);
    expect(rupeesToPaise(-2.0049999999)).toBe(-200);
    expect(rupeesToPaise(2.005)).toBe(201);
    expect(rupeesToPaise(-2.005)).toBe(-201);
    expect(rupeesToPaise(90.005)).toBe(9001);
    expect(toMilli(1.2344999999)).toBe(1234);
    expect(toMilli(1.2345)).toBe(1235);
    expect(rupeesToPaise(1e-7)).toBe(0);
    expect(rupeesToPaise(0.005)).toBe(1);
  });

  it('round-trips every paise and thousandths value through JSON text', () => {
    fc.assert(
      fc.property(fc.integer({ min: -99_999_999_999_999, max: 99_999_999_999_999 }), (p) => {
        const json = JSON.parse(JSON.stringify(paiseToRupees(p))) as number;
        expect(rupeesToPaise(json)).toBe(p);
        expect(hasMoreDecimals(json, 2)).toBe(false);
        const m = JSON.parse(JSON.stringify(milliToNumber(p))) as number;
        expect(toMilli(m)).toBe(p);
      }),
    );
  });

  it('spots amounts with too many decimals', () => {
    expect(hasMoreDecimals(10.005, 2)).toBe(true);
    expect(hasMoreDecimals(10.05, 2)).toBe(false);
  });
});

describe('amountInWords', () => {
  it.each([
    [12345650, 'Rupees One Lakh Twenty-Three Thousand Four Hundred Fifty-Six and Fifty Paise Only'],
    [0, 'Rupees Zero Only'],
    [5, 'Rupees Zero and Five Paise Only'],
    [10000, 'Rupees One Hundred Only'],
    [1_00_00_000_00, 'Rupees One Crore Only'],
    [
      12_34_56_789_01,
      'Rupees Twelve Crore Thirty-Four Lakh Fifty-Six Thousand Seven Hundred Eighty-Nine and One Paise Only',
    ],
    [1_00_00_00_000_00, 'Rupees One Hundred Crore Only'],
    [-2000, 'Minus Rupees Twenty Only'],
    [11900, 'Rupees One Hundred Nineteen Only'],
  ])('%i paise', (paise, words) => {
    expect(amountInWords(paise)).toBe(words);
  });
});

describe('formatting', () => {
  it('reuses the shared ₹ formatter with lakh/crore grouping', () => {
    expect(formatRupees(12345650)).toBe('₹1,23,456.50');
  });
});
