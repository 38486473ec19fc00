import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Ledger } from '../ledger';
import { ItemService } from './item-service';
import { BUYER, SELLER, clock, errorOf, ledgerWithSeller } from './testing';
import type { ItemSaveInput } from './types';

let ledger: Ledger;
let active: string | null;
let items: ItemService;

function goods(overrides: Partial<ItemSaveInput> = {}): ItemSaveInput {
  return {
    description: 'Cotton fabric, 60 inch',
    hsnCode: '520811',
    isService: false,
    unit: 'MTR',
    gstRateMilli: 5000,
    defaultUnitPriceMilli: 245_500,
    ...overrides,
  };
}

function service(overrides: Partial<ItemSaveInput> = {}): ItemSaveInput {
  return {
    description: 'Dyeing job work',
    hsnCode: '998821',
    isService: true,
    gstRateMilli: 18000,
    ...overrides,
  };
}

beforeEach(async () => {
  ledger = await ledgerWithSeller(clock().now);
  active = SELLER;
  items = new ItemService({ ledger, activeGstin: () => active });
});
afterEach(() => ledger.close());

describe('ItemService.save', () => {
  it('creates goods with a UQC unit, normalising codes', () => {
    const item = items.save(goods({ unit: ' mtr ', hsnCode: ' 5208 11 ', cessRateMilli: 1000 }));
    expect(item).toMatchObject({
      businessGstin: SELLER,
      description: 'Cotton fabric, 60 inch',
      hsnCode: '520811',
      isService: false,
      unit: 'MTR',
      unitName: 'Metres',
      gstRateMilli: 5000,
      cessRateMilli: 1000,
      cessNonAdvolPaise: 0,
      defaultUnitPriceMilli: 245_500,
    });
    expect(items.get(item.id)).toEqual(item);
  });

  it('creates a service without a unit or price', () => {
    expect(items.save(service())).toMatchObject({
      hsnCode: '998821',
      isService: true,
      unit: null,
      unitName: null,
      defaultUnitPriceMilli: null,
    });
    expect(items.save(service({ unit: 'OTH', hsnCode: '9988' })).unit).toBe('OTH');
  });

  it('accepts every GST rate the IRP accepts', () => {
    for (const rate of [0, 100, 250, 1000, 1500, 3000, 5000, 6000, 7500, 12000, 18000, 28000, 40000]) {
      expect(items.save(goods({ gstRateMilli: rate })).gstRateMilli).toBe(rate);
    }
  });

  const invalid: Array<[string, ItemSaveInput, string, RegExp]> = [
    ['description missing', goods({ description: ' ' }), 'description', /Description is required/],
    ['description short', goods({ description: 'ab' }), 'description', /3 to 300 characters/],
    ['description long', goods({ description: 'd'.repeat(301) }), 'description', /3 to 300/],
    ['description quote', goods({ description: '12" pipe' }), 'description', /double quote/],
    ['description not text', goods({ description: 12 as never }), 'description', /must be text/],
    ['HSN missing', goods({ hsnCode: '' }), 'hsnCode', /HSN\/SAC code is required/],
    ['HSN 3 digits', goods({ hsnCode: '520' }), 'hsnCode', /4, 6 or 8 digits.*2176/],
    ['HSN 5 digits', goods({ hsnCode: '52081' }), 'hsnCode', /4, 6 or 8 digits/],
    ['HSN 10 digits', goods({ hsnCode: '5208110000' }), 'hsnCode', /4, 6 or 8 digits/],
    ['HSN zeros', goods({ hsnCode: '000000' }), 'hsnCode', /not all zeros/],
    ['HSN letters', goods({ hsnCode: '52A811' }), 'hsnCode', /4, 6 or 8 digits/],
    ['goods with SAC', goods({ hsnCode: '998821' }), 'hsnCode', /starts with 99.*service/],
    ['service with HSN', service({ hsnCode: '520811' }), 'hsnCode', /SAC codes for services start with 99/],
    ['service flag', goods({ isService: 'N' as never }), 'isService', /true or false/],
    ['goods without unit', goods({ unit: null }), 'unit', /required for goods.*2239/],
    ['unit not UQC', goods({ unit: 'METRE' }), 'unit', /not a UQC unit.*2177/],
    ['service unit not UQC', service({ unit: 'HRS' }), 'unit', /not a UQC unit/],
    [
      'GST rate 17 %',
      goods({ gstRateMilli: 17000 }),
      'gstRateMilli',
      /17% is not a GST rate.*0, 0\.1, 0\.25/,
    ],
    ['GST rate as text', goods({ gstRateMilli: '18' as never }), 'gstRateMilli', /whole number/],
    ['GST rate fraction', goods({ gstRateMilli: 18.5 }), 'gstRateMilli', /whole number/],
    ['GST rate negative', goods({ gstRateMilli: -5000 }), 'gstRateMilli', /less than 0/],
    ['cess rate negative', goods({ cessRateMilli: -1 }), 'cessRateMilli', /Cess rate cannot be less than 0/],
    ['cess rate too high', goods({ cessRateMilli: 1_000_000 }), 'cessRateMilli', /more than/],
    ['non-advol cess', goods({ cessNonAdvolPaise: -100 }), 'cessNonAdvolPaise', /less than 0/],
    ['price negative', goods({ defaultUnitPriceMilli: -1 }), 'defaultUnitPriceMilli', /less than 0/],
    ['price fraction', goods({ defaultUnitPriceMilli: 1.5 }), 'defaultUnitPriceMilli', /whole number/],
    ['id', goods({ id: 0 }), 'id', /positive whole number/],
  ];

  it.each(invalid)('refuses %s, naming the field', (_name, input, field, message) => {
    const e = errorOf(() => items.save(input));
    expect(e.code).toBe('BAD_REQUEST');
    expect(e.field).toBe(field);
    expect(e.message).toMatch(message);
  });

  it('asks for 6-digit HSN codes when the turnover is above 5 crore', () => {
    expect(items.save(goods({ hsnCode: '5208' })).hsnCode).toBe('5208');
    ledger.businesses.upsert({ gstin: SELLER, legalName: 'Bharat Traders', aatoPaise: 6_00_00_000_00 });
    const e = errorOf(() => items.save(goods({ hsnCode: '5208' })));
    expect([e.field, e.message]).toEqual([
      'hsnCode',
      'HSN/SAC code 5208 needs at least 6 digits for a business with turnover above ₹5 crore (IRP error 2176).',
    ]);
  });

  it('updates an item of the active GSTIN only', () => {
    const item = items.save(goods());
    const updated = items.save(goods({ id: item.id, gstRateMilli: 12000, defaultUnitPriceMilli: null }));
    expect(updated).toMatchObject({ id: item.id, gstRateMilli: 12000, defaultUnitPriceMilli: null });

    ledger.businesses.upsert({ gstin: BUYER, legalName: 'Another business of ours' });
    active = BUYER;
    for (const id of [item.id, 999]) {
      const e = errorOf(() => items.save(goods({ id })));
      expect([e.code, e.field]).toEqual(['NOT_FOUND', 'id']);
    }
    active = null;
    expect(errorOf(() => items.list()).field).toBe('activeGstin');
  });
});

describe('ItemService.list and remove', () => {
  it('searches by description or HSN ignoring case', () => {
    items.save(goods());
    items.save(service());
    items.save(goods({ description: 'Polyester yarn', hsnCode: '540233', unit: 'KGS' }));
    expect(items.list().map((i) => i.description)).toEqual([
      'Cotton fabric, 60 inch',
      'Dyeing job work',
      'Polyester yarn',
    ]);
    expect(items.list({ search: 'YARN' }).map((i) => i.hsnCode)).toEqual(['540233']);
    expect(items.list({ search: '9988' }).map((i) => i.isService)).toEqual([true]);
    expect(items.list({ search: '100%' })).toEqual([]);
    expect(items.list({ limit: 2 })).toHaveLength(2);
    expect(errorOf(() => items.list({ search: 5 as never })).field).toBe('search');
  });

  it('removes an item; invoice lines keep their own details', () => {
    const item = items.save(goods());
    const draft = ledger.invoices.saveDraft({
      businessGstin: SELLER,
      docType: 'INV',
      docNo: 'INV/007',
      docDate: '15/07/2024',
      supplyType: 'B2B',
      buyerGstin: BUYER,
      buyerName: 'Unique Fabrics LLP',
      posStateCode: '27',
      model: {},
      lines: [{ itemId: item.id, hsnCode: '520811', isService: false, gstRateMilli: 5000, unit: 'MTR' }],
    });
    items.remove(item.id);
    expect(errorOf(() => items.get(item.id)).code).toBe('NOT_FOUND');
    expect(ledger.invoices.get(draft.id)?.lines[0]).toMatchObject({
      itemId: null,
      hsnCode: '520811',
      unit: 'MTR',
    });
    expect(errorOf(() => items.remove(item.id)).code).toBe('NOT_FOUND');
  });
});
