/**
 * E-way bills by IRN: generate (Part-B checked here first), cancel within 24 hours, and read
 * back from the IRP. The IRP is asked first; what it did is then written to the ledger in one
 * transaction with its audit entry. A lost answer is never resent blindly: a generate whose
 * outcome is unknown is settled by asking for the e-way bill of the IRN, a cancel by asking for
 * the e-way bill's status.
 */
import { DeskError, LocalErrorCode } from '../../shared/api';
import { formatIstDateTime, parseIrpDateTime } from '../../shared/time/ist';
import type { Clock } from '../app/clock';
import type { IrpRegistry } from '../gstin/registry';
import type { IrpClient } from '../irp/client';
import { IrpError } from '../irp/errors';
import type { EwbDetails, EwbRequest } from '../irp/types';
import type { CancelReason, EwayBill, InvoiceWithLines, IrnRecord, Ledger } from '../ledger';
import { buildEwbRequest, computedDistance, type PartBInput } from './part-b';
import { parseEwbSystemDateTime } from './validity';

export const EWB_CANCEL_WINDOW_MS = 24 * 60 * 60_000;

/** The e-way bill system's cancel reasons: not the IRN's order (there 2 is a data entry mistake). */
export type EwbCancelReason = 1 | 2 | 3 | 4;
export const EWB_CANCEL_REASONS: Readonly<Record<EwbCancelReason, string>> = {
  1: 'Duplicate',
  2: 'Order cancelled',
  3: 'Data entry mistake',
  4: 'Others',
};

/** The e-way bill reason that says the same as an IRN cancel reason (IRN: 1 dup, 2 data entry, 3 order, 4 others). */
export function ewbReasonForIrnReason(irnReason: CancelReason): EwbCancelReason {
  return ({ '1': 1, '2': 3, '3': 2, '4': 4 } as const)[irnReason];
}

export const EwbErrorCode = {
  /** The answer was lost and the IRP could not be asked afterwards: nothing may be resent yet. */
  Unknown: 'EWB_OUTCOME_UNKNOWN',
  /** The answer was lost, and the IRP confirms it did nothing: safe to send again. */
  NotDone: 'EWB_NOT_DONE',
} as const;

export interface EwayBillServiceDeps {
  ledger: Ledger;
  registry: Pick<IrpRegistry, 'client'>;
  now: Clock;
  actor: string;
}

export interface EwbGenerateResult {
  ewayBill: EwayBill;
  /** The IRP's PIN-to-PIN distance when 0 was sent (from its EWBPPD note). */
  computedDistanceKm: number | null;
  /** True when the e-way bill was found on the IRP after a lost answer, not from a fresh answer. */
  reconciled: boolean;
}

function conflict(message: string, field: string): DeskError {
  return new DeskError(LocalErrorCode.Conflict, message, field);
}

function isCode(error: unknown, code: string): error is IrpError {
  return error instanceof IrpError && (error.hasCode(code) || error.code === code);
}

export class EwayBillService {
  constructor(private readonly deps: EwayBillServiceDeps) {}

  private get ledger(): Ledger {
    return this.deps.ledger;
  }

  private audit(invoice: InvoiceWithLines, action: string, ewbNo: string, details: Record<string, unknown>) {
    this.ledger.audit.append({
      actor: this.deps.actor,
      action,
      gstin: invoice.businessGstin,
      entity: 'ewaybill',
      entityId: ewbNo,
      outcome: 'ok',
      details: { invoiceId: invoice.id, ...details },
    });
  }

  /** The invoice and its active IRN, or a refusal saying why no e-way bill can be made for it. */
  private eligible(invoiceId: number): { invoice: InvoiceWithLines; irn: IrnRecord } {
    if (!Number.isInteger(invoiceId))
      throw new DeskError(LocalErrorCode.BadRequest, 'Which invoice? The id is missing.', 'invoiceId');
    const invoice = this.ledger.invoices.require(invoiceId);
    const irn = this.ledger.irns.getByInvoice(invoiceId);
    if (!irn) throw conflict(`Invoice ${invoice.docNo} has no IRN yet: generate the IRN first.`, 'irn');
    if (irn.status !== 'ACT')
      throw conflict(
        `The IRN of invoice ${invoice.docNo} is cancelled: no e-way bill can be made on it.`,
        'irn',
      );
    if (invoice.docType !== 'INV')
      throw new DeskError(
        LocalErrorCode.BadRequest,
        'E-way bills by IRN are made for invoices only, not credit or debit notes.',
        'docType',
      );
    return { invoice, irn };
  }

  /** Generates the e-way bill for an invoice's IRN with the given Part-B. */
  async generate(invoiceId: number, partB: PartBInput): Promise<EwbGenerateResult> {
    const { invoice, irn } = this.eligible(invoiceId);
    const active = this.ledger.ewaybills.listByInvoice(invoiceId).find((e) => e.status === 'ACT');
    if (active)
      throw conflict(
        `E-way bill ${active.ewbNo} is already active on invoice ${invoice.docNo}; cancel it first to make another.`,
        'ewbNo',
      );
    const request = buildEwbRequest(irn.irn, partB, invoice.docDate, this.deps.now());
    const client = await this.deps.registry.client(invoice.businessGstin);
    let answer;
    try {
      answer = await client.generateEwb(request);
    } catch (error) {
      const lost = error instanceof IrpError && error.kind === 'unknown-outcome';
      // 4002: the IRP already holds one for this IRN, e.g. generated after a lost answer earlier.
      if (!lost && !isCode(error, '4002')) throw error;
      // After a lost answer the bill found is most likely this request's; after 4002 it was
      // made elsewhere with Part-B details the IRP does not give back, so none are recorded
      // rather than this request's.
      const adopted = await this.reconcileGenerate(client, invoice, irn, lost ? request : null, lost);
      return { ewayBill: adopted, computedDistanceKm: null, reconciled: true };
    }
    const computed = request.Distance === 0 ? computedDistance(answer.info) : null;
    const ewayBill = this.ledger.tx(() => {
      const saved = this.ledger.ewaybills.recordGenerated({
        ...fromRequest(invoice.id, request),
        ewbNo: answer.data.EwbNo,
        ewbDate: answer.data.EwbDt,
        validTill: answer.data.EwbValidTill ?? null,
        distanceKm: computed ?? request.Distance,
      });
      this.audit(invoice, 'ewb-generate', saved.ewbNo, {
        distanceKm: saved.distanceKm,
        computedDistance: computed !== null,
        validTill: saved.validTill,
      });
      return saved;
    });
    return { ewayBill, computedDistanceKm: computed, reconciled: false };
  }

  /** After a lost answer (or 4002): asks the IRP for the IRN's e-way bill before anything else. */
  private async reconcileGenerate(
    client: IrpClient,
    invoice: InvoiceWithLines,
    irn: IrnRecord,
    request: EwbRequest | null,
    lost: boolean,
  ): Promise<EwayBill> {
    let details: EwbDetails | null;
    try {
      details = (await client.getEwbByIrn(irn.irn)).data;
    } catch (error) {
      if (!isCode(error, '4005')) {
        throw new DeskError(
          EwbErrorCode.Unknown,
          `The IRP's answer was lost and it could not be asked whether the e-way bill was made (${(error as Error).message}). Use "Refresh e-way bill" before trying again, so that no second e-way bill is made.`,
          'ewbNo',
        );
      }
      details = null;
    }
    if (!details || String(details.Status).toUpperCase() !== 'ACT') {
      throw new DeskError(
        EwbErrorCode.NotDone,
        lost
          ? 'The IRP did not answer, and it has no e-way bill for this IRN: nothing was made. You can send it again.'
          : 'The IRP says this IRN already has an e-way bill, but does not return an active one. Check it on the e-way bill portal.',
        'ewbNo',
      );
    }
    return this.adopt(invoice, irn, details, request);
  }

  /** Records an e-way bill the IRP has and the ledger does not (or returns the ledger's copy). */
  private adopt(
    invoice: InvoiceWithLines,
    irn: IrnRecord,
    details: EwbDetails,
    request: EwbRequest | null,
  ): EwayBill {
    const known = this.ledger.ewaybills.get(details.EwbNo);
    if (known) return known;
    return this.ledger.tx(() => {
      const saved = this.ledger.ewaybills.recordGenerated({
        ...(request ? fromRequest(invoice.id, request) : { invoiceId: invoice.id, distanceKm: 0 }),
        irn: irn.irn,
        ewbNo: details.EwbNo,
        ewbDate: details.EwbDt,
        validTill: details.EwbValidTill ?? null,
      });
      this.audit(invoice, 'ewb-reconcile', saved.ewbNo, {
        status: details.Status,
        validTill: saved.validTill,
      });
      return saved;
    });
  }

  /**
   * Cancels an e-way bill: within 24 hours of its generation, with one of the e-way bill system's
   * reasons (1 duplicate, 2 order cancelled, 3 data entry mistake, 4 others) and a remark.
   */
  async cancel(ewbNo: string | number, reason: number, remark: string): Promise<EwayBill> {
    if (!Number.isInteger(reason) || reason < 1 || reason > 4) {
      throw new DeskError(
        LocalErrorCode.BadRequest,
        'Choose a reason: 1 duplicate, 2 order cancelled, 3 data entry mistake, 4 others.',
        'reason',
      );
    }
    const text = (remark ?? '').trim();
    if (text.length < 1 || text.length > 50)
      throw new DeskError(LocalErrorCode.BadRequest, 'Write a remark of 1 to 50 characters.', 'remark');
    const number = String(ewbNo).trim();
    const ewb = this.ledger.ewaybills.get(number);
    if (!ewb)
      throw new DeskError(LocalErrorCode.NotFound, `E-way bill ${number} is not in this ledger.`, 'ewbNo');
    if (ewb.status === 'CNL') throw conflict(`E-way bill ${number} is already cancelled.`, 'ewbNo');
    const generatedAt = parseIrpDateTime(ewb.ewbDate) ?? new Date(ewb.createdAt);
    const deadline = generatedAt.getTime() + EWB_CANCEL_WINDOW_MS;
    if (this.deps.now().getTime() > deadline) {
      throw conflict(
        `An e-way bill can be cancelled only within 24 hours of its generation; for ${number} that ended at ${formatIstDateTime(new Date(deadline))} IST. Let it expire unused instead, or reject it on the e-way bill portal if you are the recipient.`,
        'ewbNo',
      );
    }
    const invoice = this.ledger.invoices.require(ewb.invoiceId);
    const client = await this.deps.registry.client(invoice.businessGstin);
    let cancelledAt: Date;
    try {
      const result = await client.cancelEwb(Number(number), reason as EwbCancelReason, text);
      cancelledAt = parseEwbSystemDateTime(result.cancelDate) ?? this.deps.now();
    } catch (error) {
      const lost = error instanceof IrpError && error.kind === 'unknown-outcome';
      // 312: already cancelled (perhaps by the request whose answer was lost) or not ours.
      if (!lost && !isCode(error, '312')) throw error;
      const status = await this.statusOnIrp(client, ewb).catch((e: unknown) => {
        throw new DeskError(
          EwbErrorCode.Unknown,
          `The answer was lost and the IRP could not be asked whether e-way bill ${number} was cancelled (${(e as Error).message}). Refresh it before trying again.`,
          'ewbNo',
        );
      });
      if (status !== 'CNL') {
        if (!lost) throw error;
        throw new DeskError(
          EwbErrorCode.NotDone,
          `The IRP did not answer, and e-way bill ${number} is still active on it: it was not cancelled. You can try again.`,
          'ewbNo',
        );
      }
      cancelledAt = this.deps.now();
    }
    return this.ledger.tx(() => {
      const saved = this.ledger.ewaybills.recordCancelled({
        ewbNo: number,
        reason: String(reason) as CancelReason,
        remark: text,
        cancelledAt,
      });
      this.audit(invoice, 'ewb-cancel', number, {
        reason,
        reasonText: EWB_CANCEL_REASONS[reason as EwbCancelReason],
      });
      return saved;
    });
  }

  /** The IRP's status of this e-way bill (from get-e-way-bill-by-IRN), or null when it has none. */
  private async statusOnIrp(client: IrpClient, ewb: EwayBill): Promise<'ACT' | 'CNL' | null> {
    if (!ewb.irn) return null;
    try {
      const { data } = await client.getEwbByIrn(ewb.irn);
      if (String(data.EwbNo) !== ewb.ewbNo) return null;
      return String(data.Status).toUpperCase() === 'CNL' ? 'CNL' : 'ACT';
    } catch (error) {
      if (isCode(error, '4005')) return null;
      throw error;
    }
  }

  /**
   * Get e-way bill by IRN: records one made elsewhere (or whose answer was lost) and a
   * cancellation made on the e-way bill portal. Returns the IRP's e-way bill, or null if none.
   */
  async refresh(invoiceId: number): Promise<EwayBill | null> {
    const invoice = this.ledger.invoices.require(invoiceId);
    const irn = this.ledger.irns.getByInvoice(invoiceId);
    if (!irn) throw conflict(`Invoice ${invoice.docNo} has no IRN to look up.`, 'irn');
    const client = await this.deps.registry.client(invoice.businessGstin);
    let details: EwbDetails;
    try {
      details = (await client.getEwbByIrn(irn.irn)).data;
    } catch (error) {
      if (isCode(error, '4005')) return null;
      throw error;
    }
    const status = String(details.Status).toUpperCase();
    let record = this.ledger.ewaybills.get(details.EwbNo) ?? this.adopt(invoice, irn, details, null);
    if (status === 'CNL' && record.status === 'ACT') {
      record = this.ledger.tx(() => {
        const saved = this.ledger.ewaybills.recordCancelled({
          ewbNo: record.ewbNo,
          reason: '4',
          remark: 'Cancelled on the e-way bill portal',
          cancelledAt: this.deps.now(),
        });
        this.audit(invoice, 'ewb-refresh', saved.ewbNo, { status });
        return saved;
      });
    }
    return record;
  }

  /** The invoice's e-way bills, newest last. */
  list(invoiceId: number): EwayBill[] {
    return this.ledger.ewaybills.listByInvoice(invoiceId);
  }
}

function fromRequest(invoiceId: number, r: EwbRequest) {
  return {
    invoiceId,
    irn: r.Irn,
    distanceKm: r.Distance,
    transMode: r.TransMode ?? null,
    transporterId: r.TransId ?? null,
    transporterName: r.TransName ?? null,
    transDocNo: r.TransDocNo ?? null,
    transDocDate: r.TransDocDt ?? null,
    vehicleNo: r.VehNo ?? null,
    vehicleType: r.VehType ?? null,
  };
}
