import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LedgerError, LedgerErrorCode } from '../errors';
import type { Ledger } from '../ledger';
import { draftInput, fakeIrn, fixedClock, memoryLedger, sellerInput } from '../testing';

let ledger: Ledger;
let invoiceId: number;

beforeEach(async () => {
  ledger = await memoryLedger({ now: fixedClock().now });
  ledger.businesses.upsert(sellerInput());
  invoiceId = ledger.invoices.saveDraft(draftInput()).id;
  ledger.invoices.setStatus(invoiceId, 'pending');
});
afterEach(() => ledger.close());

const IRN = fakeIrn('irn-one');

function generated(overrides: Record<string, unknown> = {}) {
  return {
    invoiceId,
    irn: IRN.toUpperCase(),
    ackNo: 112010000002315,
    ackDt: '2024-07-15 10:00:00',
    signedInvoice: 'header.invoice.sig',
    signedQrCode: 'header.qr.sig',
    environment: 'builtin' as const,
    ...overrides,
  };
}

describe('IrnRepo', () => {
  it('records the IRN with the signed data and marks the invoice generated, together', () => {
    const record = ledger.irns.recordGenerated(generated());
    expect(record).toMatchObject({
      invoiceId,
      irn: IRN,
      ackNo: '112010000002315',
      ackDt: '2024-07-15 10:00:00',
      ackAt: '2024-07-15T04:30:00.000Z',
      signedInvoice: 'header.invoice.sig',
      signedQrCode: 'header.qr.sig',
      status: 'ACT',
      cancelledAt: null,
    });
    expect(ledger.invoices.get(invoiceId)?.status).toBe('generated');
    expect(ledger.irns.getByIrn(IRN)).toEqual(record);
    expect(ledger.irns.getByInvoice(invoiceId)).toEqual(record);
  });

  it('is idempotent for the same IRN and refuses a second, different one', () => {
    const first = ledger.irns.recordGenerated(generated());
    expect(ledger.irns.recordGenerated(generated())).toEqual(first);
    expect(() => ledger.irns.recordGenerated(generated({ irn: fakeIrn('other') }))).toThrow(
      /already has IRN/,
    );
  });

  it('refuses an IRN already recorded for another invoice', () => {
    ledger.irns.recordGenerated(generated());
    const other = ledger.invoices.saveDraft(draftInput({ docNo: 'INV/002' }));
    expect(() => ledger.irns.recordGenerated(generated({ invoiceId: other.id }))).toThrow(
      /already recorded for another invoice/,
    );
    expect(ledger.invoices.get(other.id)?.status).toBe('draft');
  });

  it('writes nothing when the IRP record is refused (status stays as it was)', () => {
    expect(() => ledger.irns.recordGenerated(generated({ ackNo: '123' }))).toThrow(LedgerError);
    expect(ledger.invoices.get(invoiceId)?.status).toBe('pending');
    expect(ledger.irns.getByInvoice(invoiceId)).toBeNull();
  });

  it('refuses an AckDt that is not in the IRP form', () => {
    const error = (() => {
      try {
        ledger.irns.recordGenerated(generated({ ackDt: '15/07/2024 10:00' }));
      } catch (e) {
        return e as LedgerError;
      }
    })();
    expect(error?.field).toBe('ackDt');
    expect(error?.code).toBe(LedgerErrorCode.Invalid);
  });

  it('keeps an IRN adopted without signed data, and stores it when fetched later', () => {
    ledger.irns.recordGenerated(generated({ signedInvoice: null, signedQrCode: null }));
    expect(ledger.irns.getByIrn(IRN)?.signedQrCode).toBeNull();
    expect(ledger.irns.storeSigned(IRN, 'si', 'sq')).toMatchObject({
      signedInvoice: 'si',
      signedQrCode: 'sq',
    });
  });

  it('records a cancellation with the invoice, once', () => {
    ledger.irns.recordGenerated(generated());
    const cancelled = ledger.irns.recordCancelled({
      irn: IRN,
      cancelDate: '2024-07-15 12:00:00',
      reason: '2',
      remark: 'Wrong rate',
    });
    expect(cancelled).toMatchObject({
      status: 'CNL',
      cancelReason: '2',
      cancelRemark: 'Wrong rate',
      cancelledAt: '2024-07-15T06:30:00.000Z',
    });
    expect(ledger.invoices.get(invoiceId)?.status).toBe('cancelled');
    const again = ledger.irns.recordCancelled({
      irn: IRN,
      cancelDate: '2024-07-15 13:00:00',
      reason: '1',
      remark: 'x',
    });
    expect(again).toEqual(cancelled);
    expect(() =>
      ledger.irns.recordCancelled({
        irn: fakeIrn('nope'),
        cancelDate: '2024-07-15 13:00:00',
        reason: '1',
        remark: 'x',
      }),
    ).toThrow(/is not in the ledger/);
  });

  it('joins a caller’s transaction: everything rolls back together', () => {
    expect(() =>
      ledger.tx(() => {
        ledger.irns.recordGenerated(generated());
        throw new Error('the outbox update failed');
      }),
    ).toThrow('the outbox update failed');
    expect(ledger.irns.getByIrn(IRN)).toBeNull();
    expect(ledger.invoices.get(invoiceId)?.status).toBe('pending');
  });
});

describe('EwayBillRepo', () => {
  beforeEach(() => {
    ledger.irns.recordGenerated(generated());
  });

  it('records, finds and cancels an e-way bill', () => {
    const ewb = ledger.ewaybills.recordGenerated({
      invoiceId,
      irn: IRN,
      ewbNo: 331001234567,
      ewbDate: '2024-07-15 10:05:00',
      validTill: '2024-07-16 23:59:00',
      distanceKm: 120,
      transMode: '1',
      vehicleNo: 'KA01AB1234',
      vehicleType: 'R',
    });
    expect(ewb).toMatchObject({ ewbNo: '331001234567', status: 'ACT', distanceKm: 120, irn: IRN });
    expect(ledger.ewaybills.listByInvoice(invoiceId)).toEqual([ewb]);
    const cancelled = ledger.ewaybills.recordCancelled({
      ewbNo: '331001234567',
      reason: '2',
      remark: 'Order cancelled',
      cancelledAt: new Date('2024-07-15T06:00:00.000Z'),
    });
    expect(cancelled).toMatchObject({
      status: 'CNL',
      cancelReason: '2',
      cancelledAt: '2024-07-15T06:00:00.000Z',
    });
  });

  it('refuses a duplicate number and an impossible distance', () => {
    const base = { invoiceId, ewbNo: '331001234567', ewbDate: '2024-07-15 10:05:00', distanceKm: 10 };
    ledger.ewaybills.recordGenerated(base);
    expect(() => ledger.ewaybills.recordGenerated(base)).toThrow(
      'E-way bill 331001234567 is already recorded.',
    );
    expect(() =>
      ledger.ewaybills.recordGenerated({ ...base, ewbNo: '331001234568', distanceKm: 4001 }),
    ).toThrow(LedgerError);
  });
});
