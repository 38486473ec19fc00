import { parseIrpDateTime } from '../../../shared/time/ist';
import { LedgerError, LedgerErrorCode, isSqliteError, translateSqliteError } from '../errors';
import type { CancelReason, Environment, IrnRecord, IrnSource, IrnStatus, SignatureStatus } from '../types';
import { nowIso, type RepoContext, transactional } from './context';
import type { InvoiceRepo } from './invoice-repo';

interface IrnRow {
  id: number;
  invoice_id: number;
  irn: string;
  ack_no: string;
  ack_dt: string;
  ack_at: string;
  signed_invoice: string | null;
  signed_qr_code: string | null;
  status: IrnStatus;
  environment: Environment;
  cancel_reason: CancelReason | null;
  cancel_remark: string | null;
  cancelled_at: string | null;
  created_at: string;
  signature_status: SignatureStatus;
  source: IrnSource;
}

function toIrn(r: IrnRow): IrnRecord {
  return {
    id: r.id,
    invoiceId: r.invoice_id,
    irn: r.irn,
    ackNo: r.ack_no,
    ackDt: r.ack_dt,
    ackAt: r.ack_at,
    signedInvoice: r.signed_invoice,
    signedQrCode: r.signed_qr_code,
    status: r.status,
    environment: r.environment,
    cancelReason: r.cancel_reason,
    cancelRemark: r.cancel_remark,
    cancelledAt: r.cancelled_at,
    createdAt: r.created_at,
    signatureStatus: r.signature_status,
    source: r.source,
  };
}

export interface IrnGenerated {
  invoiceId: number;
  irn: string;
  /** The IRP sends a JSON number; 15 digits fit a double exactly. */
  ackNo: string | number;
  /** `yyyy-MM-dd HH:mm:ss` IST, as the IRP sent it. */
  ackDt: string;
  signedInvoice?: string | null;
  signedQrCode?: string | null;
  environment: Environment;
  /** Whether both signed documents were verified against the signing certificate. */
  signatureStatus?: SignatureStatus;
  /** How the IRN came to be known; `generated` unless reconciled or marked from the portal. */
  source?: IrnSource;
}

export interface IrnCancelled {
  irn: string;
  /** The IRP's CancelDate, `yyyy-MM-dd HH:mm:ss` IST. */
  cancelDate: string;
  reason: CancelReason;
  remark: string;
}

function irpInstant(text: string, field: string): string {
  const instant = parseIrpDateTime(text.trim());
  if (!instant) {
    throw new LedgerError(
      LedgerErrorCode.Invalid,
      `The IRP's date "${text}" is not in its yyyy-MM-dd HH:mm:ss form.`,
      field,
    );
  }
  return instant.toISOString();
}

/** IRNs and the IRP's signed answers, written in the same transaction as the invoice's status. */
export class IrnRepo {
  constructor(
    private readonly ctx: RepoContext,
    private readonly invoices: InvoiceRepo,
  ) {}

  /**
   * Records an IRN and marks its invoice generated, atomically. Recording the same IRN for the
   * same invoice again returns the existing record (a retried save after a crash is harmless).
   */
  recordGenerated(input: IrnGenerated): IrnRecord {
    const ackAt = irpInstant(input.ackDt, 'ackDt');
    const irn = input.irn.trim().toLowerCase();
    const run = transactional(this.ctx, (): IrnRecord => {
      const status = this.invoices.statusOf(input.invoiceId);
      const existing = this.getByInvoice(input.invoiceId);
      if (existing) {
        if (existing.irn === irn) return existing;
        throw new LedgerError(
          LedgerErrorCode.Conflict,
          `Invoice ${input.invoiceId} already has IRN ${existing.irn}; it cannot take ${irn} as well.`,
          'irn',
        );
      }
      if (status === 'generated' || status === 'cancelled') {
        throw new LedgerError(
          LedgerErrorCode.Conflict,
          `Invoice ${input.invoiceId} is already ${status}.`,
          'invoiceId',
        );
      }
      const at = nowIso(this.ctx);
      const record: Omit<IrnRecord, 'id'> = {
        invoiceId: input.invoiceId,
        irn,
        ackNo: String(input.ackNo).trim(),
        ackDt: input.ackDt.trim(),
        ackAt,
        signedInvoice: input.signedInvoice ?? null,
        signedQrCode: input.signedQrCode ?? null,
        status: 'ACT',
        environment: input.environment,
        cancelReason: null,
        cancelRemark: null,
        cancelledAt: null,
        createdAt: at,
        signatureStatus: input.signatureStatus ?? 'unverified',
        source: input.source ?? 'generated',
      };
      const result = this.ctx.db
        .prepare(
          `INSERT INTO irn_records (invoice_id, irn, ack_no, ack_dt, ack_at, signed_invoice, signed_qr_code, status,
             environment, created_at, signature_status, source)
           VALUES (?, ?, ?, ?, ?, ?, ?, 'ACT', ?, ?, ?, ?)`,
        )
        .run(
          record.invoiceId,
          record.irn,
          record.ackNo,
          record.ackDt,
          record.ackAt,
          record.signedInvoice,
          record.signedQrCode,
          record.environment,
          record.createdAt,
          record.signatureStatus,
          record.source,
        );
      this.ctx.db
        .prepare(`UPDATE invoices SET status = 'generated', updated_at = ? WHERE id = ?`)
        .run(at, input.invoiceId);
      // What was just written, without reading back a row that carries both signed documents.
      return { id: Number(result.lastInsertRowid), ...record };
    });
    try {
      return run();
    } catch (error) {
      if (isSqliteError(error, 'SQLITE_CONSTRAINT_UNIQUE')) {
        throw new LedgerError(
          LedgerErrorCode.Conflict,
          `IRN ${irn} is already recorded for another invoice.`,
          'irn',
        );
      }
      throw translateSqliteError(error, `IRN record for invoice ${input.invoiceId}`);
    }
  }

  /** Stores SignedInvoice / SignedQRCode fetched later for an IRN adopted without them. */
  storeSigned(
    irn: string,
    signedInvoice: string,
    signedQrCode: string,
    signatureStatus: SignatureStatus = 'unverified',
  ): IrnRecord {
    const key = irn.trim().toLowerCase();
    const result = this.ctx.db
      .prepare(
        'UPDATE irn_records SET signed_invoice = ?, signed_qr_code = ?, signature_status = ? WHERE irn = ?',
      )
      .run(signedInvoice, signedQrCode, signatureStatus, key);
    if (result.changes === 0) throw this.notFound(key);
    return this.requireByIrn(key);
  }

  /** Marks the IRN and its invoice cancelled, atomically. Cancelling twice returns the first record. */
  recordCancelled(input: IrnCancelled): IrnRecord {
    const cancelledAt = irpInstant(input.cancelDate, 'cancelDate');
    const irn = input.irn.trim().toLowerCase();
    const run = transactional(this.ctx, (): IrnRecord => {
      const record = this.requireByIrn(irn);
      if (record.status === 'CNL') return record;
      const at = nowIso(this.ctx);
      this.ctx.db
        .prepare(
          `UPDATE irn_records SET status = 'CNL', cancel_reason = ?, cancel_remark = ?, cancelled_at = ? WHERE irn = ?`,
        )
        .run(input.reason, input.remark, cancelledAt, irn);
      this.ctx.db
        .prepare(`UPDATE invoices SET status = 'cancelled', updated_at = ? WHERE id = ?`)
        .run(at, record.invoiceId);
      return this.requireByIrn(irn);
    });
    try {
      return run();
    } catch (error) {
      throw translateSqliteError(error, `cancellation of IRN ${irn}`);
    }
  }

  /** Active IRNs of a business acknowledged after `since` (the ones still inside a cancel window). */
  activeAckedAfter(businessGstin: string, since: Date): IrnRecord[] {
    const rows = this.ctx.db
      .prepare(
        `SELECT r.* FROM irn_records r JOIN invoices i ON i.id = r.invoice_id
         WHERE i.business_gstin = ? AND r.status = 'ACT' AND r.ack_at > ?
         ORDER BY r.ack_at`,
      )
      .all(businessGstin.trim().toUpperCase(), since.toISOString()) as IrnRow[];
    return rows.map(toIrn);
  }

  getByIrn(irn: string): IrnRecord | null {
    const row = this.ctx.db
      .prepare('SELECT * FROM irn_records WHERE irn = ?')
      .get(irn.trim().toLowerCase()) as IrnRow | undefined;
    return row ? toIrn(row) : null;
  }

  getByInvoice(invoiceId: number): IrnRecord | null {
    const row = this.ctx.db.prepare('SELECT * FROM irn_records WHERE invoice_id = ?').get(invoiceId) as
      IrnRow | undefined;
    return row ? toIrn(row) : null;
  }

  requireByIrn(irn: string): IrnRecord {
    const found = this.getByIrn(irn);
    if (!found) throw this.notFound(irn);
    return found;
  }

  private notFound(irn: string): LedgerError {
    return new LedgerError(LedgerErrorCode.NotFound, `IRN ${irn} is not in the ledger.`, 'irn');
  }
}
