import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Ledger } from '../ledger';
import { ItemService } from './item-service';
import { itemInputFromText, readPin, readRate, readRupees, readUnitPrice } from './text-input';
import { SELLER, clock, errorOf, ledgerWithSeller } from './testing';

describe('reading typed numbers', () => {
  it('reads rupees, unit prices, rates and PINs as integers', () => {
    expect(readRupees('₹ 1,23,456.50', 'x')).toBe(12_345_650);
    expect(readUnitPrice('99.995', 'x')).toBe(99_995);
    expect(readRate('18', 'x')).toBe(18_000);
    expect(readRate(' 0.25% ', 'x')).toBe(250);
    expect(readPin(' 560 001 ')).toBe(560_001);
    expect(readPin('')).toBeNull();
    expect(readPin(null)).toBeNull();
  });

  const bad: Array<[string, () => unknown, string, RegExp]> = [
    [
      'rupees with 3 decimals',
      () => readRupees('10.005', 'cessNonAdvolPaise', 'Cess'),
      'cessNonAdvolPaise',
      /more than 2 decimal places/,
    ],
    [
      'price not a number',
      () => readUnitPrice('abc', 'defaultUnitPriceMilli', 'Price'),
      'defaultUnitPriceMilli',
      /"abc" is not a number/,
    ],
    [
      'rate with 4 decimals',
      () => readRate('0.1255', 'gstRateMilli', 'GST rate'),
      'gstRateMilli',
      /GST rate: .* more than 3 decimal/,
    ],
    ['PIN with 5 digits', () => readPin('56001'), 'pin', /must be 6 digits/],
  ];

  it.each(bad)('refuses %s, naming the field', (_name, fn, field, message) => {
    const e = errorOf(fn);
    expect([e.code, e.field]).toEqual(['BAD_REQUEST', field]);
    expect(e.message).toMatch(message);
  });
});

describe('itemInputFromText', () => {
  let ledger: Ledger;
  beforeEach(async () => {
    ledger = await ledgerWithSeller(clock().now);
  });
  afterEach(() => ledger.close());

  it('turns a typed item form into the integers ItemService.save takes', () => {
    const input = itemInputFromText({
      description: 'Coal, steam grade',
      hsnCode: '270112',
      isService: false,
      unit: 'TON',
      gstRate: '5%',
      cessRate: '',
      cessNonAdvol: '400',
      defaultUnitPrice: '4,250.125',
    });
    expect(input).toEqual({
      description: 'Coal, steam grade',
      hsnCode: '270112',
      isService: false,
      unit: 'TON',
      gstRateMilli: 5000,
      cessRateMilli: 0,
      cessNonAdvolPaise: 40_000,
      defaultUnitPriceMilli: 4_250_125,
    });
    const saved = new ItemService({ ledger, activeGstin: () => SELLER }).save(input);
    expect(saved).toMatchObject({
      cessNonAdvolPaise: 40_000,
      defaultUnitPriceMilli: 4_250_125,
      unitName: 'Tonnes',
    });
    expect(
      itemInputFromText({ id: saved.id, description: 'x', hsnCode: '9983', isService: true, gstRate: '18' }),
    ).toMatchObject({ id: saved.id, unit: null, defaultUnitPriceMilli: null, cessNonAdvolPaise: 0 });
  });
});
