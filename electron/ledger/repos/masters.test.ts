import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LedgerError } from '../errors';
import type { Ledger } from '../ledger';
import { BUYER, SELLER, draftInput, fixedClock, memoryLedger, sellerInput } from '../testing';
import { toBusinessSummary } from './business-repo';
import { toItemSummary } from './item-repo';
import { toPartySummary } from './party-repo';

let ledger: Ledger;
let clock: ReturnType<typeof fixedClock>;

beforeEach(async () => {
  clock = fixedClock();
  ledger = await memoryLedger({ now: clock.now });
});
afterEach(() => ledger.close());

describe('BusinessRepo', () => {
  it('creates a GSTIN with PAN and state code taken from it', () => {
    const b = ledger.businesses.upsert(sellerInput({ gstin: ' 29aagcb7383j1z4 ' }));
    expect(b).toMatchObject({
      gstin: SELLER,
      pan: 'AAGCB7383J',
      stateCode: '29',
      legalName: 'Bharat Traders Private Limited',
      pin: 560001,
      isDemo: false,
      createdAt: '2024-07-15T04:30:00.000Z',
    });
    expect(toBusinessSummary(b)).toEqual({
      gstin: SELLER,
      pan: 'AAGCB7383J',
      legalName: 'Bharat Traders Private Limited',
      tradeName: 'Bharat Traders',
      stateCode: '29',
      environment: 'builtin',
    });
  });

  it('updates in place, keeping created_at', () => {
    ledger.businesses.upsert(sellerInput());
    clock.advanceMinutes(5);
    const b = ledger.businesses.upsert(
      sellerInput({ legalName: 'Bharat Traders Pvt Ltd', environment: 'nic-sandbox' }),
    );
    expect(b.legalName).toBe('Bharat Traders Pvt Ltd');
    expect(b.environment).toBe('nic-sandbox');
    expect(b.createdAt).toBe('2024-07-15T04:30:00.000Z');
    expect(b.updatedAt).toBe('2024-07-15T04:35:00.000Z');
    expect(ledger.businesses.list()).toHaveLength(1);
  });

  it('lists grouped by PAN and gets by GSTIN in any case', () => {
    ledger.businesses.upsert(sellerInput({ gstin: '27AAGCB7383J1Z2', legalName: 'Bharat Mumbai' }));
    ledger.businesses.upsert(sellerInput());
    ledger.businesses.upsert(sellerInput({ gstin: '05AAACG2115R1ZN', legalName: 'Another' }));
    expect(ledger.businesses.list().map((b) => b.gstin)).toEqual([
      '05AAACG2115R1ZN',
      '27AAGCB7383J1Z2',
      SELLER,
    ]);
    expect(ledger.businesses.get(SELLER.toLowerCase())?.gstin).toBe(SELLER);
    expect(ledger.businesses.get('07AAACG2115R1ZN')).toBeNull();
  });

  it('removes a GSTIN without invoices, with its parties and items', () => {
    ledger.businesses.upsert(sellerInput());
    ledger.parties.create({ businessGstin: SELLER, legalName: 'Someone', stateCode: '29' });
    ledger.businesses.remove(SELLER);
    expect(ledger.businesses.get(SELLER)).toBeNull();
    expect(ledger.parties.list({ businessGstin: SELLER })).toEqual([]);
  });

  it('refuses to remove a GSTIN that has invoices, or one that does not exist', () => {
    ledger.businesses.upsert(sellerInput());
    ledger.invoices.saveDraft(draftInput());
    expect(() => ledger.businesses.remove(SELLER)).toThrow(/has 1 invoice in the ledger/);
    expect(() => ledger.businesses.remove('07AAACG2115R1ZN')).toThrow(LedgerError);
  });
});

describe('PartyRepo', () => {
  beforeEach(() => {
    ledger.businesses.upsert(sellerInput());
  });

  it('creates, updates only the given fields, and gets', () => {
    const p = ledger.parties.create({
      businessGstin: SELLER,
      gstin: BUYER.toLowerCase(),
      legalName: 'Unique Fabrics LLP',
      stateCode: '27',
      pin: 400001,
    });
    expect(p).toMatchObject({ gstin: BUYER, countryCode: 'IN', status: null, address1: null });
    const updated = ledger.parties.update(p.id, { tradeName: 'Unique', status: 'ACT', blockStatus: 'U' });
    expect(updated).toMatchObject({
      legalName: 'Unique Fabrics LLP',
      tradeName: 'Unique',
      status: 'ACT',
      pin: 400001,
    });
    expect(ledger.parties.get(p.id)).toEqual(updated);
    expect(toPartySummary(updated)).toEqual({
      id: p.id,
      gstin: BUYER,
      legalName: 'Unique Fabrics LLP',
      stateCode: '27',
      pin: 400001,
    });
    expect(ledger.parties.findByGstin(SELLER, BUYER)?.id).toBe(p.id);
  });

  it('searches by name or GSTIN ignoring case, in name order', () => {
    ledger.parties.create({
      businessGstin: SELLER,
      gstin: BUYER,
      legalName: 'Zenith Textiles',
      stateCode: '27',
    });
    ledger.parties.create({
      businessGstin: SELLER,
      legalName: 'apex exports',
      stateCode: '96',
      countryCode: 'US',
    });
    ledger.parties.create({
      businessGstin: SELLER,
      legalName: 'Metro Cash 100%',
      tradeName: 'Metro',
      stateCode: '29',
    });
    expect(ledger.parties.list({ businessGstin: SELLER }).map((p) => p.legalName)).toEqual([
      'apex exports',
      'Metro Cash 100%',
      'Zenith Textiles',
    ]);
    expect(ledger.parties.list({ businessGstin: SELLER, search: 'ZENITH' }).map((p) => p.legalName)).toEqual([
      'Zenith Textiles',
    ]);
    expect(ledger.parties.list({ businessGstin: SELLER, search: 'aapfu' }).map((p) => p.gstin)).toEqual([
      BUYER,
    ]);
    // % is a literal, not a wildcard
    expect(ledger.parties.list({ businessGstin: SELLER, search: '%' }).map((p) => p.legalName)).toEqual([
      'Metro Cash 100%',
    ]);
  });

  it('refuses a second party with the same GSTIN, but allows many unregistered ones', () => {
    ledger.parties.create({ businessGstin: SELLER, gstin: BUYER, legalName: 'One', stateCode: '27' });
    expect(() =>
      ledger.parties.create({ businessGstin: SELLER, gstin: BUYER, legalName: 'Two', stateCode: '27' }),
    ).toThrow(`A party with GSTIN ${BUYER} already exists.`);
    ledger.parties.create({ businessGstin: SELLER, legalName: 'Walk-in A', stateCode: '29' });
    ledger.parties.create({ businessGstin: SELLER, legalName: 'Walk-in B', stateCode: '29' });
    expect(ledger.parties.list({ businessGstin: SELLER })).toHaveLength(3);
  });

  it('refuses bad values in plain words and reports a missing party', () => {
    const error = (() => {
      try {
        ledger.parties.create({ businessGstin: SELLER, legalName: 'X', stateCode: '27', pin: 12 });
      } catch (e) {
        return e as LedgerError;
      }
    })();
    expect(error).toBeInstanceOf(LedgerError);
    expect(error?.message).toMatch(/^The party has a value the ledger refuses/);
    expect(() => ledger.parties.update(999, { legalName: 'Nobody' })).toThrow('Party 999 does not exist.');
  });
});

describe('ItemRepo', () => {
  beforeEach(() => {
    ledger.businesses.upsert(sellerInput());
  });

  it('creates, updates, searches by description or HSN ignoring case', () => {
    const cloth = ledger.items.create({
      businessGstin: SELLER,
      description: 'Cotton Fabric',
      hsnCode: '520811',
      isService: false,
      unit: 'MTR',
      gstRateMilli: 5000,
      defaultUnitPriceMilli: 250_500,
    });
    ledger.items.create({
      businessGstin: SELLER,
      description: 'Consulting',
      hsnCode: '998311',
      isService: true,
      gstRateMilli: 18000,
    });
    expect(toItemSummary(cloth)).toEqual({
      id: cloth.id,
      description: 'Cotton Fabric',
      hsnCode: '520811',
      isService: false,
      unit: 'MTR',
      gstRateMilli: 5000,
      unitPriceMilli: 250_500,
    });
    const updated = ledger.items.update(cloth.id, { gstRateMilli: 12000, isService: false });
    expect(updated).toMatchObject({ gstRateMilli: 12000, unit: 'MTR', cessRateMilli: 0 });
    expect(ledger.items.list({ businessGstin: SELLER, search: 'cotton' }).map((i) => i.id)).toEqual([
      cloth.id,
    ]);
    expect(ledger.items.list({ businessGstin: SELLER, search: '9983' }).map((i) => i.description)).toEqual([
      'Consulting',
    ]);
    expect(ledger.items.list({ businessGstin: SELLER }).map((i) => i.description)).toEqual([
      'Consulting',
      'Cotton Fabric',
    ]);
  });

  it('refuses an HSN code of the wrong length and a negative rate', () => {
    const base = { businessGstin: SELLER, description: 'X', isService: false };
    expect(() => ledger.items.create({ ...base, hsnCode: '12345', gstRateMilli: 5000 })).toThrow(LedgerError);
    expect(() => ledger.items.create({ ...base, hsnCode: '1234', gstRateMilli: -1 })).toThrow(LedgerError);
    expect(ledger.items.list({ businessGstin: SELLER })).toEqual([]);
  });
});
