import type { DashboardSummary, InvoiceListPage, InvoiceListQuery, InvoiceRow } from '../../../shared/api';
import { financialYear, fromIstParts, parseIstDate, toIstParts } from '../../../shared/time/ist';
import { LedgerError, LedgerErrorCode, guard, isSqliteError, translateSqliteError } from '../errors';
import type {
  DocType,
  Invoice,
  InvoiceDraftInput,
  InvoiceLine,
  InvoiceLineInput,
  InvoiceStatus,
  InvoiceTotals,
  InvoiceWithLines,
  SupplyType,
} from '../types';
import {
  clampLimit,
  clampOffset,
  likePattern,
  nowIso,
  sqlLiterals,
  toFlag,
  type RepoContext,
  transactional,
} from './context';

interface InvoiceDbRow {
  id: number;
  business_gstin: string;
  doc_type: DocType;
  doc_no: string;
  doc_date: string;
  doc_date_iso: string;
  financial_year: string;
  supply_type: SupplyType;
  reverse_charge: number;
  party_id: number | null;
  buyer_gstin: string | null;
  buyer_name: string;
  pos_state_code: string;
  status: InvoiceStatus;
  assessable_paise: number;
  cgst_paise: number;
  sgst_paise: number;
  igst_paise: number;
  cess_paise: number;
  state_cess_paise: number;
  other_charges_paise: number;
  discount_paise: number;
  round_off_paise: number;
  total_paise: number;
  model_json: string;
  created_at: string;
  updated_at: string;
}

interface LineDbRow {
  line_no: number;
  item_id: number | null;
  description: string | null;
  hsn_code: string;
  is_service: number;
  qty_milli: number;
  free_qty_milli: number;
  unit: string | null;
  unit_price_milli: number;
  discount_paise: number;
  other_charges_paise: number;
  gst_rate_milli: number;
  assessable_paise: number;
  cgst_paise: number;
  sgst_paise: number;
  igst_paise: number;
  cess_paise: number;
  state_cess_paise: number;
  total_paise: number;
}

interface RegisterDbRow {
  id: number;
  business_gstin: string;
  doc_type: DocType;
  doc_no: string;
  doc_date: string;
  buyer_name: string;
  buyer_gstin: string | null;
  total_paise: number;
  status: InvoiceStatus;
  irn: string | null;
  ack_no: string | null;
  ack_dt: string | null;
}

function toInvoice(r: InvoiceDbRow): Invoice {
  return invoiceWith(r, JSON.parse(r.model_json));
}

/** The invoice with its model given: a draft just written passes the object it stored. */
function invoiceWith(r: InvoiceDbRow, model: unknown): Invoice {
  return {
    id: r.id,
    businessGstin: r.business_gstin,
    docType: r.doc_type,
    docNo: r.doc_no,
    docDate: r.doc_date,
    docDateIso: r.doc_date_iso,
    financialYear: r.financial_year,
    supplyType: r.supply_type,
    reverseCharge: r.reverse_charge === 1,
    partyId: r.party_id,
    buyerGstin: r.buyer_gstin,
    buyerName: r.buyer_name,
    posStateCode: r.pos_state_code,
    status: r.status,
    totals: {
      assessablePaise: r.assessable_paise,
      cgstPaise: r.cgst_paise,
      sgstPaise: r.sgst_paise,
      igstPaise: r.igst_paise,
      cessPaise: r.cess_paise,
      stateCessPaise: r.state_cess_paise,
      otherChargesPaise: r.other_charges_paise,
      discountPaise: r.discount_paise,
      roundOffPaise: r.round_off_paise,
      totalPaise: r.total_paise,
    },
    model,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function toLine(r: LineDbRow): InvoiceLine {
  return {
    lineNo: r.line_no,
    itemId: r.item_id,
    description: r.description,
    hsnCode: r.hsn_code,
    isService: r.is_service === 1,
    qtyMilli: r.qty_milli,
    freeQtyMilli: r.free_qty_milli,
    unit: r.unit,
    unitPriceMilli: r.unit_price_milli,
    discountPaise: r.discount_paise,
    otherChargesPaise: r.other_charges_paise,
    gstRateMilli: r.gst_rate_milli,
    assessablePaise: r.assessable_paise,
    cgstPaise: r.cgst_paise,
    sgstPaise: r.sgst_paise,
    igstPaise: r.igst_paise,
    cessPaise: r.cess_paise,
    stateCessPaise: r.state_cess_paise,
    totalPaise: r.total_paise,
  };
}

function toRegisterRow(r: RegisterDbRow): InvoiceRow {
  return {
    id: r.id,
    sellerGstin: r.business_gstin,
    docType: r.doc_type,
    docNo: r.doc_no,
    docDate: r.doc_date,
    buyerName: r.buyer_name,
    buyerGstin: r.buyer_gstin,
    totalPaise: r.total_paise,
    status: r.status,
    irn: r.irn,
    ackNo: r.ack_no,
    ackDt: r.ack_dt,
  };
}

/** Register sort orders; each ends in `id` so pages never shuffle rows that tie. */
export const INVOICE_SORTS = {
  'date-desc': 'i.doc_date_iso DESC, i.id DESC',
  'date-asc': 'i.doc_date_iso ASC, i.id ASC',
  'docno-asc': 'i.doc_no COLLATE NOCASE ASC, i.id ASC',
  'docno-desc': 'i.doc_no COLLATE NOCASE DESC, i.id DESC',
  'total-desc': 'i.total_paise DESC, i.id DESC',
  'total-asc': 'i.total_paise ASC, i.id ASC',
  'buyer-asc': 'i.buyer_name COLLATE NOCASE ASC, i.id ASC',
  'updated-desc': 'i.updated_at DESC, i.id DESC',
} as const;

export type InvoiceSort = keyof typeof INVOICE_SORTS;

export interface InvoiceRegisterQuery extends Omit<InvoiceListQuery, 'sort'> {
  /** Only this GSTIN's documents; all when absent. */
  businessGstin?: string;
  sort?: InvoiceSort;
}

/** dd/mm/yyyy → yyyy-mm-dd for the sortable column; null when malformed. */
function isoDay(text: string | undefined): string | null {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text?.trim() ?? '');
  return m ? `${m[3]}-${m[2]}-${m[1]}` : null;
}

/**
 * Status changes `setStatus` may make. `generated` and `cancelled` are reached only through
 * IrnRepo, because each must be written together with the IRP's record of it.
 */
const TRANSITIONS: Record<InvoiceStatus, readonly InvoiceStatus[]> = {
  draft: ['pending', 'failed'],
  pending: ['failed', 'draft'],
  failed: ['draft', 'pending'],
  generated: [],
  cancelled: [],
};

/**
 * For each status, the UPDATE that moves an invoice to it only from the statuses TRANSITIONS
 * allows (read backwards): the check and the change in one statement.
 */
const MOVE_TO = Object.fromEntries(
  (Object.keys(TRANSITIONS) as InvoiceStatus[]).map((to) => {
    const sources = (Object.keys(TRANSITIONS) as InvoiceStatus[]).filter((from) =>
      TRANSITIONS[from].includes(to),
    );
    return [
      to,
      `UPDATE invoices SET status = ?, updated_at = ?
       WHERE id = ? AND status IN (${sqlLiterals(sources)})`,
    ];
  }),
) as Record<InvoiceStatus, string>;

/** Statuses in which the document may still be edited: the IRP has not accepted it. */
const EDITABLE: readonly InvoiceStatus[] = ['draft', 'failed'];

const DAY_MS = 24 * 60 * 60 * 1000;

/** Start of the IST calendar day holding `instant`, as an instant. */
function istDayStart(instant: Date): Date {
  const p = toIstParts(instant);
  return fromIstParts({ year: p.year, month: p.month, day: p.day, hour: 0, minute: 0, second: 0 });
}

function documentDate(docDate: string): { iso: string; financialYear: string } {
  const text = docDate.trim();
  const instant = parseIstDate(text);
  if (!instant) {
    throw new LedgerError(
      LedgerErrorCode.Invalid,
      `The document date "${docDate}" is not a real date written as dd/mm/yyyy.`,
      'docDate',
    );
  }
  const p = toIstParts(instant);
  const iso = `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
  return { iso, financialYear: financialYear(p) };
}

function lineParams(invoiceId: number, line: InvoiceLineInput, index: number) {
  return {
    invoice_id: invoiceId,
    line_no: line.lineNo ?? index + 1,
    item_id: line.itemId ?? null,
    description: line.description ?? null,
    hsn_code: line.hsnCode,
    is_service: toFlag(line.isService),
    qty_milli: line.qtyMilli ?? 0,
    free_qty_milli: line.freeQtyMilli ?? 0,
    unit: line.unit ?? null,
    unit_price_milli: line.unitPriceMilli ?? 0,
    discount_paise: line.discountPaise ?? 0,
    other_charges_paise: line.otherChargesPaise ?? 0,
    gst_rate_milli: line.gstRateMilli,
    assessable_paise: line.assessablePaise ?? 0,
    cgst_paise: line.cgstPaise ?? 0,
    sgst_paise: line.sgstPaise ?? 0,
    igst_paise: line.igstPaise ?? 0,
    cess_paise: line.cessPaise ?? 0,
    state_cess_paise: line.stateCessPaise ?? 0,
    total_paise: line.totalPaise ?? 0,
  };
}

function totalParams(t: Partial<InvoiceTotals> | undefined) {
  return {
    assessable_paise: t?.assessablePaise ?? 0,
    cgst_paise: t?.cgstPaise ?? 0,
    sgst_paise: t?.sgstPaise ?? 0,
    igst_paise: t?.igstPaise ?? 0,
    cess_paise: t?.cessPaise ?? 0,
    state_cess_paise: t?.stateCessPaise ?? 0,
    other_charges_paise: t?.otherChargesPaise ?? 0,
    discount_paise: t?.discountPaise ?? 0,
    round_off_paise: t?.roundOffPaise ?? 0,
    total_paise: t?.totalPaise ?? 0,
  };
}

const INSERT_LINE = `INSERT INTO invoice_lines (invoice_id, line_no, item_id, description, hsn_code, is_service,
    qty_milli, free_qty_milli, unit, unit_price_milli, discount_paise, other_charges_paise, gst_rate_milli,
    assessable_paise, cgst_paise, sgst_paise, igst_paise, cess_paise, state_cess_paise, total_paise)
  VALUES (@invoice_id, @line_no, @item_id, @description, @hsn_code, @is_service, @qty_milli, @free_qty_milli, @unit,
    @unit_price_milli, @discount_paise, @other_charges_paise, @gst_rate_milli, @assessable_paise, @cgst_paise,
    @sgst_paise, @igst_paise, @cess_paise, @state_cess_paise, @total_paise)`;

/** Invoices, credit and debit notes with their lines: the register. */
export class InvoiceRepo {
  constructor(private readonly ctx: RepoContext) {}

  /**
   * Creates a draft, or replaces an editable one (draft or failed) and its lines, in one
   * transaction. Saving an edited failed invoice makes it a draft again. A draft may have no
   * complete line yet: the line table holds the lines that are complete, the model all of them,
   * and the IRP's rules (at least one item, 2228) are checked before anything is sent.
   */
  saveDraft(input: InvoiceDraftInput): InvoiceWithLines {
    const date = documentDate(input.docDate);
    const at = nowIso(this.ctx);
    const docNo = input.docNo.trim();
    const params = {
      business_gstin: input.businessGstin.trim().toUpperCase(),
      doc_type: input.docType,
      doc_no: docNo,
      doc_date: input.docDate.trim(),
      doc_date_iso: date.iso,
      financial_year: date.financialYear,
      supply_type: input.supplyType,
      reverse_charge: toFlag(input.reverseCharge),
      party_id: input.partyId ?? null,
      buyer_gstin: input.buyerGstin?.trim().toUpperCase() || null,
      buyer_name: input.buyerName.trim(),
      pos_state_code: input.posStateCode,
      ...totalParams(input.totals),
      model_json: input.modelJson ?? JSON.stringify(input.model ?? null),
      at,
    };
    const save = transactional(this.ctx, (): number => {
      let id: number;
      if (input.id === undefined) {
        const result = this.ctx.db
          .prepare(
            `INSERT INTO invoices (business_gstin, doc_type, doc_no, doc_date, doc_date_iso, financial_year, supply_type,
               reverse_charge, party_id, buyer_gstin, buyer_name, pos_state_code, status, assessable_paise, cgst_paise,
               sgst_paise, igst_paise, cess_paise, state_cess_paise, other_charges_paise, discount_paise,
               round_off_paise, total_paise, model_json, created_at, updated_at)
             VALUES (@business_gstin, @doc_type, @doc_no, @doc_date, @doc_date_iso, @financial_year, @supply_type,
               @reverse_charge, @party_id, @buyer_gstin, @buyer_name, @pos_state_code, 'draft', @assessable_paise,
               @cgst_paise, @sgst_paise, @igst_paise, @cess_paise, @state_cess_paise, @other_charges_paise,
               @discount_paise, @round_off_paise, @total_paise, @model_json, @at, @at)`,
          )
          .run(params);
        id = Number(result.lastInsertRowid);
      } else {
        id = input.id;
        const current = this.statusOf(id);
        if (!EDITABLE.includes(current)) {
          throw new LedgerError(
            LedgerErrorCode.Conflict,
            `Invoice ${id} is ${current} and can no longer be edited; only drafts and failed invoices can.`,
            'id',
          );
        }
        this.ctx.db
          .prepare(
            `UPDATE invoices SET business_gstin = @business_gstin, doc_type = @doc_type, doc_no = @doc_no,
               doc_date = @doc_date, doc_date_iso = @doc_date_iso, financial_year = @financial_year,
               supply_type = @supply_type, reverse_charge = @reverse_charge, party_id = @party_id,
               buyer_gstin = @buyer_gstin, buyer_name = @buyer_name, pos_state_code = @pos_state_code,
               status = 'draft', assessable_paise = @assessable_paise, cgst_paise = @cgst_paise,
               sgst_paise = @sgst_paise, igst_paise = @igst_paise, cess_paise = @cess_paise,
               state_cess_paise = @state_cess_paise, other_charges_paise = @other_charges_paise,
               discount_paise = @discount_paise, round_off_paise = @round_off_paise, total_paise = @total_paise,
               model_json = @model_json, updated_at = @at
             WHERE id = @id`,
          )
          .run({ ...params, id });
        this.ctx.db.prepare('DELETE FROM invoice_lines WHERE invoice_id = ?').run(id);
      }
      const insertLine = this.ctx.db.prepare(INSERT_LINE);
      lineRows = input.lines.map((line, index) => lineParams(id, line, index));
      for (const line of lineRows) insertLine.run(line);
      return id;
    });
    let id: number;
    let lineRows: LineDbRow[] = [];
    try {
      id = save();
    } catch (error) {
      if (
        isSqliteError(error, 'SQLITE_CONSTRAINT_UNIQUE') &&
        /invoices\./.test(String((error as Error).message))
      ) {
        throw new LedgerError(
          LedgerErrorCode.Conflict,
          `Document number ${docNo} is already used by another ${input.docType} of ${params.business_gstin} in financial year ${date.financialYear} (numbers differing only in capitals count as the same).`,
          'docNo',
        );
      }
      if (isSqliteError(error, 'SQLITE_CONSTRAINT_PRIMARYKEY')) {
        throw new LedgerError(
          LedgerErrorCode.Invalid,
          'Two lines of the invoice have the same line number.',
          'lines',
        );
      }
      throw translateSqliteError(error, 'invoice');
    }
    if (input.id !== undefined) return this.require(id);
    // A new draft as just written, without reading it back (a batch saves thousands). Its model
    // is the caller's own object rather than the stored JSON parsed again (the same data, as
    // JSON keeps it): parsing it back was a tenth of saving an invoice.
    const { at: _at, ...columns } = params;
    const written: InvoiceDbRow = { ...columns, id, status: 'draft', created_at: at, updated_at: at };
    const lines = [...lineRows].sort((a, b) => a.line_no - b.line_no).map(toLine);
    return { ...invoiceWith(written, input.model ?? null), lines };
  }

  get(id: number): InvoiceWithLines | null {
    const row = this.ctx.db.prepare('SELECT * FROM invoices WHERE id = ?').get(id) as
      InvoiceDbRow | undefined;
    if (!row) return null;
    const lines = this.ctx.db
      .prepare('SELECT * FROM invoice_lines WHERE invoice_id = ? ORDER BY line_no')
      .all(id) as LineDbRow[];
    return { ...toInvoice(row), lines: lines.map(toLine) };
  }

  require(id: number): InvoiceWithLines {
    const found = this.get(id);
    if (!found) throw this.notFound(id);
    return found;
  }

  /** The document the IRP would call a duplicate of this one (same GSTIN, year, type, number in any case). */
  findByDocument(key: {
    businessGstin: string;
    docType: DocType;
    docNo: string;
    docDate: string;
  }): Invoice | null {
    const { financialYear: fy } = documentDate(key.docDate);
    const row = this.ctx.db
      .prepare(
        `SELECT * FROM invoices
         WHERE business_gstin = ? AND financial_year = ? AND doc_type = ? AND doc_no = ? COLLATE NOCASE`,
      )
      .get(key.businessGstin.trim().toUpperCase(), fy, key.docType, key.docNo.trim()) as
      InvoiceDbRow | undefined;
    return row ? toInvoice(row) : null;
  }

  /** Every row matching the query, page by page (exports and the CLI; the screen pages itself). */
  listAll(query: Omit<InvoiceRegisterQuery, 'limit' | 'offset'> = {}): InvoiceRow[] {
    const rows: InvoiceRow[] = [];
    for (let offset = 0; ; offset += 500) {
      const page = this.list({ ...query, limit: 500, offset });
      rows.push(...page.rows);
      if (page.rows.length < 500) return rows;
    }
  }

  /** One invoice as the register shows it (with its IRN), without its lines or model. */
  registerRow(id: number): InvoiceRow | null {
    const row = this.ctx.db
      .prepare(
        `SELECT i.id, i.business_gstin, i.doc_type, i.doc_no, i.doc_date, i.buyer_name, i.buyer_gstin,
           i.total_paise, i.status, r.irn, r.ack_no, r.ack_dt
         FROM invoices i LEFT JOIN irn_records r ON r.invoice_id = i.id WHERE i.id = ?`,
      )
      .get(id) as RegisterDbRow | undefined;
    return row ? toRegisterRow(row) : null;
  }

  /** One page of the register, with the IRN details of generated documents. */
  list(query: InvoiceRegisterQuery = {}): InvoiceListPage {
    const where: string[] = [];
    const params: Record<string, unknown> = {};
    if (query.businessGstin) {
      where.push('i.business_gstin = @business');
      params.business = query.businessGstin.trim().toUpperCase();
    }
    if (query.status) {
      where.push('i.status = @status');
      params.status = query.status;
    }
    if (query.docType) {
      where.push('i.doc_type = @docType');
      params.docType = query.docType;
    }
    if (query.partyId !== undefined) {
      where.push('i.party_id = @partyId');
      params.partyId = query.partyId;
    }
    const from = isoDay(query.dateFrom);
    if (from) {
      where.push('i.doc_date_iso >= @dateFrom');
      params.dateFrom = from;
    }
    const to = isoDay(query.dateTo);
    if (to) {
      where.push('i.doc_date_iso <= @dateTo');
      params.dateTo = to;
    }
    const search = query.search?.trim();
    if (search) {
      where.push(`(i.doc_no LIKE @pattern ESCAPE '\\' OR i.buyer_name LIKE @pattern ESCAPE '\\'
        OR i.buyer_gstin LIKE @pattern ESCAPE '\\' OR p.legal_name LIKE @pattern ESCAPE '\\'
        OR p.trade_name LIKE @pattern ESCAPE '\\' OR r.irn LIKE @pattern ESCAPE '\\')`);
      params.pattern = likePattern(search);
    }
    const whereSql = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
    const joins = `LEFT JOIN parties p ON p.id = i.party_id LEFT JOIN irn_records r ON r.invoice_id = i.id`;
    const order = INVOICE_SORTS[query.sort ?? 'date-desc'] ?? INVOICE_SORTS['date-desc'];
    const rows = this.ctx.db
      .prepare(
        `SELECT i.id, i.business_gstin, i.doc_type, i.doc_no, i.doc_date, i.buyer_name, i.buyer_gstin,
           i.total_paise, i.status, r.irn, r.ack_no, r.ack_dt
         FROM invoices i ${joins} ${whereSql} ORDER BY ${order} LIMIT @limit OFFSET @offset`,
      )
      .all({
        ...params,
        limit: clampLimit(query.limit, 50, 500),
        offset: clampOffset(query.offset),
      }) as RegisterDbRow[];
    // The joins matter to the count only when searching; without them the count reads one index.
    const { total } = this.ctx.db
      .prepare(`SELECT count(*) AS total FROM invoices i ${search ? joins : ''} ${whereSql}`)
      .get(params) as { total: number };
    return { rows: rows.map(toRegisterRow), total };
  }

  /**
   * The dashboard's counts. "Generated today" counts IRNs acknowledged on the current IST
   * calendar day (even if cancelled since); "cancellable now" counts live IRNs whose
   * acknowledgement is less than 24 hours old, the IRP's cancel window.
   */
  dashboardSummary(now: Date, businessGstin?: string): DashboardSummary {
    const dayStart = istDayStart(now);
    const business = businessGstin?.trim().toUpperCase();
    // Built per case rather than "@business IS NULL OR ...", which would stop SQLite using the indexes.
    const onBusiness = business ? 'AND i.business_gstin = @business' : '';
    const params = {
      ...(business ? { business } : {}),
      day_start: dayStart.toISOString(),
      day_end: new Date(dayStart.getTime() + DAY_MS).toISOString(),
      window_start: new Date(now.getTime() - DAY_MS).toISOString(),
      now: now.toISOString(),
    };
    const byStatus = this.ctx.db
      .prepare(`SELECT i.status, count(*) AS n FROM invoices i WHERE 1 = 1 ${onBusiness} GROUP BY i.status`)
      .all(params) as Array<{ status: InvoiceStatus; n: number }>;
    const count = (status: InvoiceStatus) => byStatus.find((r) => r.status === status)?.n ?? 0;
    const irnCounts = this.ctx.db
      .prepare(
        `SELECT
           count(*) FILTER (WHERE r.ack_at >= @day_start AND r.ack_at < @day_end) AS generated_today,
           count(*) FILTER (WHERE i.status = 'generated' AND r.status = 'ACT' AND r.ack_at > @window_start
             AND r.ack_at <= @now) AS cancellable_now
         FROM irn_records r JOIN invoices i ON i.id = r.invoice_id
         WHERE r.ack_at >= min(@day_start, @window_start) ${onBusiness}`,
      )
      .get(params) as { generated_today: number; cancellable_now: number };
    return {
      generatedToday: irnCounts.generated_today,
      pending: count('pending'),
      failed: count('failed'),
      cancellableNow: irnCounts.cancellable_now,
      drafts: count('draft'),
    };
  }

  /** Moves an invoice between draft, pending and failed; refuses any other change. */
  setStatus(id: number, status: InvoiceStatus): Invoice {
    this.changeStatus(id, status);
    const row = this.ctx.db.prepare('SELECT * FROM invoices WHERE id = ?').get(id) as InvoiceDbRow;
    return toInvoice(row);
  }

  /** `setStatus` without reading the invoice back, for batches that do not need it. */
  changeStatus(id: number, status: InvoiceStatus): void {
    // One statement (a batch makes thousands); the status is read only when nothing changed,
    // to tell "already so" from a refused change.
    const moved = this.ctx.db.prepare(MOVE_TO[status]).run(status, nowIso(this.ctx), id);
    if (moved.changes === 1) return;
    const current = this.statusOf(id);
    if (current === status) return;
    throw new LedgerError(
      LedgerErrorCode.Conflict,
      `Invoice ${id} cannot go from ${current} to ${status}.` +
        (status === 'generated' || status === 'cancelled'
          ? ' That change is recorded with its IRN record.'
          : ''),
      'status',
    );
  }

  /** Deletes a draft that was never sent. Its number is not handed out again by the series. */
  deleteDraft(id: number): void {
    const current = this.statusOf(id);
    if (current !== 'draft') {
      throw new LedgerError(
        LedgerErrorCode.Conflict,
        `Invoice ${id} is ${current}; only drafts can be deleted.`,
        'id',
      );
    }
    guard('invoice', () => this.ctx.db.prepare('DELETE FROM invoices WHERE id = ?').run(id));
  }

  /** Internal: the current status, or NOT_FOUND. Used by IrnRepo inside its transactions too. */
  statusOf(id: number): InvoiceStatus {
    const row = this.ctx.db.prepare('SELECT status FROM invoices WHERE id = ?').get(id) as
      { status: InvoiceStatus } | undefined;
    if (!row) throw this.notFound(id);
    return row.status;
  }

  private notFound(id: number): LedgerError {
    return new LedgerError(LedgerErrorCode.NotFound, `Invoice ${id} does not exist.`, 'id');
  }
}
