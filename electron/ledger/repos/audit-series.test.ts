import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Ledger } from '../ledger';
import { SELLER, fixedClock, memoryLedger, sellerInput } from '../testing';

let ledger: Ledger;
let clock: ReturnType<typeof fixedClock>;

beforeEach(async () => {
  clock = fixedClock();
  ledger = await memoryLedger({ now: clock.now });
  ledger.businesses.upsert(sellerInput());
});
afterEach(() => ledger.close());

describe('AuditRepo', () => {
  it('appends entries and lists them newest first, filtered', () => {
    const first = ledger.audit.append({
      actor: 'user',
      action: 'irn-generate',
      gstin: SELLER,
      entity: 'invoice',
      entityId: '7',
      api: '/eicore/v1.03/Invoice',
      outcome: 'refused',
      durationMs: 420,
      errorCodes: ['2172', '2240'],
      requestHash: 'sha256:abc',
      details: { docNo: 'INV/001' },
    });
    expect(first).toMatchObject({
      at: '2024-07-15T04:30:00.000Z',
      errorCodes: ['2172', '2240'],
      details: { docNo: 'INV/001' },
      outcome: 'refused',
    });
    clock.advanceMinutes(1);
    const second = ledger.audit.append({ actor: 'system', action: 'outbox-retry', outcome: 'ok' });
    expect(second).toMatchObject({ gstin: null, errorCodes: [], details: null, api: null });
    expect(ledger.audit.list().map((e) => e.id)).toEqual([second.id, first.id]);
    expect(ledger.audit.list({ action: 'irn-generate' }).map((e) => e.id)).toEqual([first.id]);
    expect(ledger.audit.list({ gstin: SELLER.toLowerCase(), entity: 'invoice', entityId: '7' })).toHaveLength(
      1,
    );
    expect(ledger.audit.list({ limit: 1, offset: 1 }).map((e) => e.id)).toEqual([first.id]);
  });

  it('refuses an unknown outcome', () => {
    expect(() => ledger.audit.append({ actor: 'user', action: 'x', outcome: 'maybe' as never })).toThrow(
      /audit entry/,
    );
  });
});

describe('SeriesRepo', () => {
  const key = { businessGstin: SELLER, docType: 'INV' as const, financialYear: '2024-25' };

  it('hands out numbers in order, separately per type and year', () => {
    expect(ledger.series.peek(key)).toBe('1');
    expect([ledger.series.take(key), ledger.series.take(key)]).toEqual(['1', '2']);
    expect(ledger.series.take({ ...key, docType: 'CRN' })).toBe('1');
    expect(ledger.series.take({ ...key, financialYear: '2025-26' })).toBe('1');
    expect(ledger.series.peek(key)).toBe('3');
  });

  it('applies a prefix and moves forward, never back', () => {
    ledger.series.take(key);
    expect(ledger.series.configure(key, { prefix: 'BT/24-25/', nextNumber: 100 })).toBe('BT/24-25/100');
    expect(ledger.series.take(key)).toBe('BT/24-25/100');
    expect(() => ledger.series.configure(key, { nextNumber: 5 })).toThrow(/cannot go back from 101 to 5/);
    expect(ledger.series.peek(key)).toBe('BT/24-25/101');
  });
});
