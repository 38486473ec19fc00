import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLedger, rawDatabase, type Ledger } from './ledger';
import { BUYER, SELLER, draftInput, fakeIrn, sellerInput } from './testing';

/** The schema itself refuses bad rows, whatever code wrote them. */
describe('schema constraints', () => {
  let ledger: Ledger;
  let db: Database.Database;
  let invoiceId: number;

  beforeEach(async () => {
    ledger = await openLedger({ file: ':memory:' });
    db = rawDatabase(ledger);
    ledger.businesses.upsert(sellerInput());
    invoiceId = ledger.invoices.saveDraft(draftInput()).id;
  });
  afterEach(() => ledger.close());

  const validInvoice = {
    business_gstin: SELLER,
    doc_type: 'INV',
    doc_no: 'X-1',
    doc_date: '15/07/2024',
    doc_date_iso: '2024-07-15',
    financial_year: '2024-25',
    supply_type: 'B2B',
    buyer_gstin: BUYER,
    buyer_name: 'Buyer',
    pos_state_code: '27',
    status: 'draft',
    total_paise: 100,
    round_off_paise: 0,
    model_json: '{}',
    at: '2024-07-15T00:00:00.000Z',
  };

  function insertInvoice(overrides: Partial<Record<keyof typeof validInvoice, unknown>>) {
    return db
      .prepare(
        `INSERT INTO invoices (business_gstin, doc_type, doc_no, doc_date, doc_date_iso, financial_year, supply_type,
           buyer_gstin, buyer_name, pos_state_code, status, total_paise, round_off_paise, model_json, created_at, updated_at)
         VALUES (@business_gstin, @doc_type, @doc_no, @doc_date, @doc_date_iso, @financial_year, @supply_type,
           @buyer_gstin, @buyer_name, @pos_state_code, @status, @total_paise, @round_off_paise, @model_json, @at, @at)`,
      )
      .run({ ...validInvoice, ...overrides });
  }

  function code(fn: () => unknown): string | undefined {
    try {
      fn();
      return undefined;
    } catch (error) {
      return (error as { code?: string }).code;
    }
  }

  it('accepts the valid row the other cases start from', () => {
    expect(code(() => insertInvoice({}))).toBeUndefined();
  });

  it.each([
    ['a negative total', { total_paise: -1 }],
    ['an unknown status', { status: 'sent' }],
    ['an unknown document type', { doc_type: 'BIL' }],
    ['an unknown supply type', { supply_type: 'B2C' }],
    ['a round-off beyond ₹99.99', { round_off_paise: 10_000 }],
    ['a sortable date that disagrees with the document date', { doc_date_iso: '2024-07-16' }],
    ['a financial year that is not the document date’s', { financial_year: '2023-24' }],
    ['a date in the wrong form', { doc_date: '2024-07-15', doc_date_iso: '2024-07-15' }],
    ['model JSON that is not JSON', { model_json: '{oops' }],
    ['a document number longer than 16 characters', { doc_no: 'A'.repeat(17) }],
  ])('refuses an invoice with %s', (_label, overrides) => {
    expect(code(() => insertInvoice(overrides))).toBe('SQLITE_CONSTRAINT_CHECK');
  });

  it('computes the financial year across the April boundary', () => {
    expect(
      code(() =>
        insertInvoice({
          doc_no: 'M',
          doc_date: '31/03/2025',
          doc_date_iso: '2025-03-31',
          financial_year: '2024-25',
        }),
      ),
    ).toBeUndefined();
    expect(
      code(() =>
        insertInvoice({
          doc_no: 'A',
          doc_date: '01/04/2025',
          doc_date_iso: '2025-04-01',
          financial_year: '2025-26',
        }),
      ),
    ).toBeUndefined();
    expect(
      code(() =>
        insertInvoice({
          doc_no: 'Y',
          doc_date: '15/01/2000',
          doc_date_iso: '2000-01-15',
          financial_year: '1999-00',
        }),
      ),
    ).toBeUndefined();
  });

  it('refuses a text where STRICT wants an integer', () => {
    expect(code(() => insertInvoice({ total_paise: 'a lot' }))).toBe('SQLITE_CONSTRAINT_DATATYPE');
  });

  it('refuses an invoice for a GSTIN that is not set up (foreign keys are on)', () => {
    expect(code(() => insertInvoice({ business_gstin: '07AAACG2115R1ZN' }))).toBe(
      'SQLITE_CONSTRAINT_FOREIGNKEY',
    );
  });

  it('refuses negative line quantities and amounts, and HSN codes of the wrong length', () => {
    const line = (overrides: Record<string, unknown>) =>
      db
        .prepare(
          `INSERT INTO invoice_lines (invoice_id, line_no, hsn_code, is_service, qty_milli, gst_rate_milli, total_paise)
           VALUES (@invoice_id, @line_no, @hsn_code, 0, @qty_milli, 18000, @total_paise)`,
        )
        .run({
          invoice_id: invoiceId,
          line_no: 9,
          hsn_code: '520811',
          qty_milli: 1000,
          total_paise: 100,
          ...overrides,
        });
    expect(code(() => line({ qty_milli: -1 }))).toBe('SQLITE_CONSTRAINT_CHECK');
    expect(code(() => line({ total_paise: -5 }))).toBe('SQLITE_CONSTRAINT_CHECK');
    expect(code(() => line({ hsn_code: '52081' }))).toBe('SQLITE_CONSTRAINT_CHECK');
    expect(code(() => line({ line_no: 0 }))).toBe('SQLITE_CONSTRAINT_CHECK');
    expect(code(() => line({}))).toBeUndefined();
  });

  it('refuses a business whose state code is not the start of its GSTIN', () => {
    expect(() =>
      ledger.businesses.upsert(sellerInput({ gstin: '27AAPFU0939F1ZV', stateCode: '29' })),
    ).toThrow(/value the ledger refuses/);
  });

  it('refuses an IRN record with a malformed IRN, AckNo or AckDt, or a cancelled status without cancel data', () => {
    const irn = (overrides: Record<string, unknown>) =>
      db
        .prepare(
          `INSERT INTO irn_records (invoice_id, irn, ack_no, ack_dt, ack_at, status, environment, cancelled_at, cancel_reason, created_at)
           VALUES (@invoice_id, @irn, @ack_no, @ack_dt, 'x', @status, 'builtin', @cancelled_at, @cancel_reason, 'x')`,
        )
        .run({
          invoice_id: invoiceId,
          irn: fakeIrn('a'),
          ack_no: '112010000002315',
          ack_dt: '2024-07-15 10:00:00',
          status: 'ACT',
          cancelled_at: null,
          cancel_reason: null,
          ...overrides,
        });
    expect(code(() => irn({ irn: fakeIrn('a').toUpperCase() }))).toBe('SQLITE_CONSTRAINT_CHECK');
    expect(code(() => irn({ ack_no: '11201000000231' }))).toBe('SQLITE_CONSTRAINT_CHECK');
    expect(code(() => irn({ ack_dt: '15/07/2024 10:00' }))).toBe('SQLITE_CONSTRAINT_CHECK');
    expect(code(() => irn({ status: 'CNL' }))).toBe('SQLITE_CONSTRAINT_CHECK');
    expect(code(() => irn({}))).toBeUndefined();
  });

  it('keeps the audit log append-only', () => {
    ledger.audit.append({ actor: 'user', action: 'invoice-save', outcome: 'ok' });
    expect(() => db.prepare(`UPDATE audit_log SET outcome = 'error'`).run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(ledger.audit.list()).toHaveLength(1);
  });

  it('never lets a document series go back', () => {
    const key = { businessGstin: SELLER, docType: 'INV' as const, financialYear: '2024-25' };
    ledger.series.take(key);
    expect(() => db.prepare('UPDATE document_series SET next_number = 1').run()).toThrow(/never reused/);
  });

  it('allows only one open outbox request per invoice and kind', () => {
    const insert = (state: string) =>
      db
        .prepare(
          `INSERT INTO outbox (kind, invoice_id, business_gstin, state, request_hash, payload_json, next_attempt_at, created_at, updated_at)
           VALUES ('generate-irn', ?, ?, ?, 'h', '{}', 'x', 'x', 'x')`,
        )
        .run(invoiceId, SELLER, state);
    insert('failed');
    insert('done');
    insert('queued');
    expect(code(() => insert('unknown'))).toBe('SQLITE_CONSTRAINT_UNIQUE');
    expect(code(() => insert('failed'))).toBeUndefined();
  });
});
