import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LedgerError, LedgerErrorCode } from '../errors';
import type { Ledger } from '../ledger';
import { BUYER, SELLER, draftInput, fakeIrn, fixedClock, memoryLedger, sellerInput } from '../testing';

let ledger: Ledger;
let clock: ReturnType<typeof fixedClock>;

beforeEach(async () => {
  clock = fixedClock();
  ledger = await memoryLedger({ now: clock.now });
  ledger.businesses.upsert(sellerInput());
});
afterEach(() => ledger.close());

function caught(fn: () => unknown): LedgerError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(LedgerError);
    return error as LedgerError;
  }
  throw new Error('expected a LedgerError');
}

function generate(id: number, label: string, ackDt = '2024-07-15 10:00:00') {
  return ledger.irns.recordGenerated({
    invoiceId: id,
    irn: fakeIrn(label),
    ackNo: 112010000000000 + id,
    ackDt,
    signedInvoice: 'jwt.invoice',
    signedQrCode: 'jwt.qr',
    environment: 'builtin',
  });
}

describe('InvoiceRepo.saveDraft', () => {
  it('returns exactly what a read of the saved invoice gives (it is not read back)', () => {
    const input = draftInput({ docDate: '02/03/2025', reverseCharge: true, buyerGstin: ' 27aakfs7310q1zk ' });
    // Lines given out of order: a read returns them by line number.
    input.lines = [
      { ...input.lines[0]!, lineNo: 2, isService: true },
      { ...input.lines[0]!, lineNo: 1 },
    ];
    const returned = ledger.invoices.saveDraft(input);
    expect(returned).toEqual(ledger.invoices.require(returned.id));
    expect(returned.lines.map((l) => l.lineNo)).toEqual([1, 2]);
    const edited = ledger.invoices.saveDraft({ ...input, id: returned.id, buyerName: 'Renamed' });
    expect(edited).toEqual(ledger.invoices.require(returned.id));
  });

  it('saves a draft with its lines, the sortable date and the financial year', () => {
    const inv = ledger.invoices.saveDraft(draftInput({ docDate: '02/03/2025' }));
    expect(inv).toMatchObject({
      businessGstin: SELLER,
      docNo: 'INV/001',
      docDate: '02/03/2025',
      docDateIso: '2025-03-02',
      financialYear: '2024-25',
      status: 'draft',
      buyerGstin: BUYER,
      reverseCharge: false,
      model: { note: 'test invoice' },
    });
    expect(inv.totals).toEqual({
      assessablePaise: 100_000,
      cgstPaise: 0,
      sgstPaise: 0,
      igstPaise: 18_000,
      cessPaise: 0,
      stateCessPaise: 0,
      otherChargesPaise: 0,
      discountPaise: 0,
      roundOffPaise: 0,
      totalPaise: 118_000,
    });
    expect(inv.lines).toHaveLength(1);
    expect(inv.lines[0]).toMatchObject({
      lineNo: 1,
      hsnCode: '520811',
      qtyMilli: 10_000,
      unitPriceMilli: 100_000,
      isService: false,
    });
  });

  it('replaces the lines of an edited draft in one go', () => {
    const first = ledger.invoices.saveDraft(draftInput());
    clock.advanceMinutes(1);
    const edited = ledger.invoices.saveDraft(
      draftInput({
        id: first.id,
        buyerName: 'Unique Fabrics',
        lines: [
          { hsnCode: '520811', isService: false, gstRateMilli: 5000, totalPaise: 10 },
          { hsnCode: '998311', isService: true, gstRateMilli: 18000, totalPaise: 20 },
        ],
      }),
    );
    expect(edited.id).toBe(first.id);
    expect(edited.buyerName).toBe('Unique Fabrics');
    expect(edited.lines.map((l) => [l.lineNo, l.hsnCode, l.isService])).toEqual([
      [1, '520811', false],
      [2, '998311', true],
    ]);
    expect(edited.createdAt).not.toBe(edited.updatedAt);
  });

  it('refuses a document number already used in the same year and type, whatever its case', () => {
    ledger.invoices.saveDraft(draftInput({ docNo: 'inv/001' }));
    const error = caught(() => ledger.invoices.saveDraft(draftInput({ docNo: 'INV/001' })));
    expect(error.code).toBe(LedgerErrorCode.Conflict);
    expect(error.field).toBe('docNo');
    expect(error.message).toMatch(
      /INV\/001 is already used by another INV of 29AAGCB7383J1Z4 in financial year 2024-25/,
    );
    expect(ledger.invoices.list().total).toBe(1);
  });

  it('allows the same number in another financial year or as another document type', () => {
    ledger.invoices.saveDraft(draftInput());
    ledger.invoices.saveDraft(draftInput({ docDate: '15/07/2025' }));
    ledger.invoices.saveDraft(draftInput({ docType: 'CRN' }));
    expect(ledger.invoices.list().total).toBe(3);
  });

  it('refuses a date that is not a real dd/mm/yyyy date', () => {
    expect(caught(() => ledger.invoices.saveDraft(draftInput({ docDate: '31/02/2024' })))).toMatchObject({
      field: 'docDate',
    });
    expect(caught(() => ledger.invoices.saveDraft(draftInput({ docDate: '2024-07-15' })))).toMatchObject({
      field: 'docDate',
    });
  });

  it('keeps a draft with no complete line yet (the IRP rules run before sending, not on save)', () => {
    const saved = ledger.invoices.saveDraft(draftInput({ lines: [] }));
    expect(saved.lines).toEqual([]);
    expect(ledger.invoices.get(saved.id)?.status).toBe('draft');
  });

  it('rolls back the invoice when a line is refused', () => {
    const error = caught(() =>
      ledger.invoices.saveDraft(
        draftInput({ lines: [{ hsnCode: '520811', isService: false, gstRateMilli: 5000, qtyMilli: -1 }] }),
      ),
    );
    expect(error.code).toBe(LedgerErrorCode.Invalid);
    expect(ledger.invoices.list().total).toBe(0);
  });

  it('refuses to edit an invoice the IRP has accepted', () => {
    const inv = ledger.invoices.saveDraft(draftInput());
    generate(inv.id, 'a');
    const error = caught(() => ledger.invoices.saveDraft(draftInput({ id: inv.id, buyerName: 'Changed' })));
    expect(error.message).toBe(
      `Invoice ${inv.id} is generated and can no longer be edited; only drafts and failed invoices can.`,
    );
    expect(ledger.invoices.get(inv.id)?.buyerName).toBe('Unique Fabrics LLP');
  });

  it('lets a failed invoice be corrected, making it a draft again', () => {
    const inv = ledger.invoices.saveDraft(draftInput());
    ledger.invoices.setStatus(inv.id, 'failed');
    expect(ledger.invoices.saveDraft(draftInput({ id: inv.id, posStateCode: '29' })).status).toBe('draft');
  });

  it('finds the document the IRP would call a duplicate', () => {
    const inv = ledger.invoices.saveDraft(draftInput({ docNo: 'Inv/001' }));
    expect(
      ledger.invoices.findByDocument({
        businessGstin: SELLER,
        docType: 'INV',
        docNo: 'INV/001',
        docDate: '01/04/2024',
      })?.id,
    ).toBe(inv.id);
    expect(
      ledger.invoices.findByDocument({
        businessGstin: SELLER,
        docType: 'INV',
        docNo: 'INV/001',
        docDate: '31/03/2024',
      }),
    ).toBeNull();
  });
});

describe('InvoiceRepo status', () => {
  it('moves between draft, pending and failed, and refuses the rest', () => {
    const inv = ledger.invoices.saveDraft(draftInput());
    expect(ledger.invoices.setStatus(inv.id, 'pending').status).toBe('pending');
    expect(ledger.invoices.setStatus(inv.id, 'failed').status).toBe('failed');
    expect(caught(() => ledger.invoices.setStatus(inv.id, 'generated')).message).toMatch(
      /recorded with its IRN record/,
    );
    expect(caught(() => ledger.invoices.setStatus(999, 'pending')).code).toBe(LedgerErrorCode.NotFound);
    // A refused change leaves it as it was; asking for the status it has is no change at all.
    expect(ledger.invoices.get(inv.id)?.status).toBe('failed');
    const before = ledger.invoices.get(inv.id)?.updatedAt;
    clock.advanceMinutes(1);
    ledger.invoices.changeStatus(inv.id, 'failed');
    expect(ledger.invoices.get(inv.id)).toMatchObject({ status: 'failed', updatedAt: before });
  });

  it('deletes drafts only', () => {
    const a = ledger.invoices.saveDraft(draftInput({ docNo: 'A' }));
    const b = ledger.invoices.saveDraft(draftInput({ docNo: 'B' }));
    ledger.invoices.setStatus(b.id, 'pending');
    ledger.invoices.deleteDraft(a.id);
    expect(ledger.invoices.get(a.id)).toBeNull();
    expect(caught(() => ledger.invoices.deleteDraft(b.id)).message).toMatch(/only drafts can be deleted/);
  });
});

describe('InvoiceRepo.list', () => {
  function seed() {
    const party = ledger.parties.create({
      businessGstin: SELLER,
      gstin: BUYER,
      legalName: 'Zenith Textiles',
      tradeName: 'Zenith',
      stateCode: '27',
    });
    const rows = [
      { docNo: 'A-3', docDate: '10/07/2024', buyerName: 'Alpha Co', total: 300 },
      { docNo: 'A-1', docDate: '01/07/2024', buyerName: 'Beta & Sons', total: 100 },
      { docNo: 'A-2', docDate: '05/07/2024', buyerName: 'Gamma 50% Ltd', total: 200 },
    ].map((r) =>
      ledger.invoices.saveDraft(
        draftInput({
          docNo: r.docNo,
          docDate: r.docDate,
          buyerName: r.buyerName,
          totals: { totalPaise: r.total },
        }),
      ),
    );
    const withParty = ledger.invoices.saveDraft(
      draftInput({
        docNo: 'B-1',
        docDate: '12/07/2024',
        buyerName: 'ZT',
        partyId: party.id,
        totals: { totalPaise: 50 },
      }),
    );
    return { rows, withParty };
  }

  it('answers the register row shape, newest document first, with the IRN of generated ones', () => {
    const { rows } = seed();
    const irn = generate(rows[0]!.id, 'x');
    const page = ledger.invoices.list();
    expect(page.total).toBe(4);
    expect(page.rows.map((r) => r.docNo)).toEqual(['B-1', 'A-3', 'A-2', 'A-1']);
    expect(page.rows[1]).toEqual({
      id: rows[0]!.id,
      sellerGstin: SELLER,
      docType: 'INV',
      docNo: 'A-3',
      docDate: '10/07/2024',
      buyerName: 'Alpha Co',
      buyerGstin: BUYER,
      totalPaise: 300,
      status: 'generated',
      irn: irn.irn,
      ackNo: irn.ackNo,
      ackDt: '2024-07-15 10:00:00',
    });
    expect(page.rows[0]?.irn).toBeNull();
  });

  it('filters by status and pages with a total of all matches', () => {
    const { rows } = seed();
    ledger.invoices.setStatus(rows[1]!.id, 'pending');
    expect(ledger.invoices.list({ status: 'pending' }).rows.map((r) => r.docNo)).toEqual(['A-1']);
    const page = ledger.invoices.list({ status: 'draft', limit: 2, offset: 1, sort: 'docno-asc' });
    expect(page.total).toBe(3);
    expect(page.rows.map((r) => r.docNo)).toEqual(['A-3', 'B-1']);
  });

  it('searches doc number, buyer name, party name and IRN, ignoring case', () => {
    const { rows } = seed();
    const irn = generate(rows[2]!.id, 'search-me');
    const search = (s: string) =>
      ledger.invoices.list({ search: s, sort: 'docno-asc' }).rows.map((r) => r.docNo);
    expect(search('a-')).toEqual(['A-1', 'A-2', 'A-3']);
    expect(search('beta')).toEqual(['A-1']);
    expect(search('ZENITH')).toEqual(['B-1']);
    expect(search(irn.irn.slice(10, 30))).toEqual(['A-2']);
    expect(search('50%')).toEqual(['A-2']);
    expect(search('nothing like it')).toEqual([]);
  });

  it('sorts by total and buyer, and keeps to one GSTIN when asked', () => {
    seed();
    expect(ledger.invoices.list({ sort: 'total-desc' }).rows.map((r) => r.totalPaise)).toEqual([
      300, 200, 100, 50,
    ]);
    expect(ledger.invoices.list({ sort: 'buyer-asc' }).rows.map((r) => r.buyerName)).toEqual([
      'Alpha Co',
      'Beta & Sons',
      'Gamma 50% Ltd',
      'ZT',
    ]);
    ledger.businesses.upsert(sellerInput({ gstin: '27AAGCB7383J1Z2' }));
    ledger.invoices.saveDraft(draftInput({ businessGstin: '27AAGCB7383J1Z2' }));
    expect(ledger.invoices.list({ businessGstin: '27AAGCB7383J1Z2' }).total).toBe(1);
    expect(ledger.invoices.list().total).toBe(5);
  });
});

describe('InvoiceRepo.dashboardSummary', () => {
  it('counts by IST day and the 24-hour cancel window', () => {
    const make = (docNo: string) => ledger.invoices.saveDraft(draftInput({ docNo })).id;
    // Yesterday 23:30 IST: not today, but still inside the cancel window at 10:00 today.
    generate(make('Y1'), 'y1', '2024-07-14 23:30:00');
    // Today 00:10 IST (the previous UTC day: 18:40Z on 14/07).
    generate(make('T1'), 't1', '2024-07-15 00:10:00');
    // Today, then cancelled: generated today, not cancellable.
    const t2 = generate(make('T2'), 't2', '2024-07-15 09:00:00');
    ledger.irns.recordCancelled({
      irn: t2.irn,
      cancelDate: '2024-07-15 09:30:00',
      reason: '2',
      remark: 'Wrong rate',
    });
    // Exactly midnight IST today counts as today.
    generate(make('T0'), 't0', '2024-07-15 00:00:00');
    // Two days ago: outside both.
    generate(make('O1'), 'o1', '2024-07-13 09:00:00');
    ledger.invoices.setStatus(make('P1'), 'pending');
    ledger.invoices.setStatus(make('F1'), 'failed');
    make('D1');

    const now = new Date('2024-07-15T04:30:00.000Z'); // 10:00 IST
    expect(ledger.invoices.dashboardSummary(now)).toEqual({
      generatedToday: 3,
      pending: 1,
      failed: 1,
      cancellableNow: 3,
      drafts: 1,
    });
    // At 23:45 IST the IRN from yesterday 23:30 is past 24 hours.
    expect(ledger.invoices.dashboardSummary(new Date('2024-07-15T18:15:00.000Z')).cancellableNow).toBe(2);
    // Just after midnight IST on the 16th: a new day.
    expect(ledger.invoices.dashboardSummary(new Date('2024-07-15T18:31:00.000Z')).generatedToday).toBe(0);
    expect(ledger.invoices.dashboardSummary(now, '27AAGCB7383J1Z2')).toEqual({
      generatedToday: 0,
      pending: 0,
      failed: 0,
      cancellableNow: 0,
      drafts: 0,
    });
  });
});
