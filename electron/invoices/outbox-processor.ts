/**
 * Sends what the outbox holds to the IRP, so that no IRN is ever lost or registered twice.
 *
 * - The intent is written first (enqueue, in the same transaction as the invoice turning
 *   `pending`); the request is then claimed (`in-flight`) and sent.
 * - Before any retry the IRP is asked what happened (get IRN by document details for a
 *   generate, get IRN for a cancel), and a found IRN is adopted only when its signed invoice
 *   is this very document (seller, buyer, type, number, date, total). A mismatch goes to a person.
 * - A successful answer is stored (IRN, AckNo, AckDt, both signed JWTs, their signature check,
 *   a piggy-backed e-way bill) in one transaction with the status change and the attempt.
 * - A run that dies mid-request leaves the entry `in-flight`; at the next start it becomes
 *   `unknown` (OutboxRepo.recoverInFlight) and is reconciled like any other unknown outcome.
 * - Refusals fail the invoice with the IRP's codes; an unreachable IRP keeps it pending and
 *   retries with backoff. 3028/3029 (buyer GSTIN invalid/inactive in the IRP's master) trigger
 *   one sync of the buyer's GSTIN from the common portal and one resend.
 */
import { describeIrpCode } from '../../shared/irp/error-messages';
import { formatIrpDateTime } from '../../shared/time/ist';
import type { Clock } from '../app/clock';
import type { IrpRegistry } from '../gstin/registry';
import { IrpError } from '../irp/errors';
import type { IrnResult, WithInfo } from '../irp/types';
import type { AttemptOutcome, Ledger, OutboxEntry } from '../ledger';
import type { CancelPayload, GeneratePayload } from './payload';
import { computedDistance } from '../ewaybill/part-b';
import { CommitGroup } from './commit-group';
import { withSlots, type IrpCalls, type IrpSlots } from './irp-slots';
import { checkSignatures, identityDifferences } from './signed';

/** Test hooks: throw from one to simulate a crash at that point. */
export interface FaultHooks {
  /** After the entry is claimed, before anything is sent. */
  beforeSend?(entry: OutboxEntry): void;
  /** After the IRP answered, before anything is written. */
  afterAnswer?(entry: OutboxEntry): void;
  /** Inside the ledger transaction that records the answer (it rolls back). */
  duringWrite?(entry: OutboxEntry): void;
}

export interface ProcessorDeps {
  ledger: Ledger;
  registry: IrpRegistry;
  now: Clock;
  actor: string;
  hooks?: FaultHooks;
  random?: () => number;
}

export type ProcessResult =
  | { outcome: 'done'; irn?: string }
  | { outcome: 'failed'; code: string; message: string }
  | { outcome: 'retry-later'; code: string; message: string }
  | { outcome: 'unknown'; code: string; message: string }
  | { outcome: 'needs-attention'; code: string; message: string };

/** Waits before re-sending: 30 s, 1, 2, 4, 8 … minutes, at most 30, with jitter. */
export function retryDelayMs(attempts: number, random: () => number = Math.random): number {
  const base = Math.min(30 * 60_000, 30_000 * 2 ** Math.max(0, attempts - 1));
  return Math.round(base * (0.75 + random() * 0.5));
}

/** An unknown outcome is asked about soon: the IRP has usually finished by then. */
const RECONCILE_AFTER_MS = 10_000;

/**
 * When to ask about an unknown outcome: 10 s after the first attempt, then backing off like a
 * re-send (30 s, 1, 2, 4 … minutes, at most 30), so a long IRP outage is not asked every few
 * seconds for every open request.
 */
export function reconcileDelayMs(attempts: number, random: () => number = Math.random): number {
  return attempts <= 1 ? RECONCILE_AFTER_MS : retryDelayMs(attempts - 1, random);
}

export class OutboxProcessor {
  /**
   * Outcomes are written through a commit group: those that finished in the same turn commit
   * together, with the audit entries of the IRP calls behind them (see CommitGroup).
   */
  private readonly commits: CommitGroup;

  constructor(private readonly deps: ProcessorDeps) {
    this.commits = new CommitGroup(deps.ledger, () => deps.registry.flushAudit());
  }

  private get ledger(): Ledger {
    return this.deps.ledger;
  }

  private tx(fn: () => void): Promise<void> {
    return this.commits.run(fn);
  }

  /**
   * Claims a queued or unknown entry (`in-flight`) for sending, committed with the other claims
   * and answers of this turn; the request leaves only after the claim is committed. Null when
   * it is not claimable (done, in flight elsewhere, waiting for a person).
   */
  claim(id: number): Promise<OutboxEntry | null> {
    return this.commits.run(() => this.ledger.outbox.claimById(id));
  }

  /** Entries whose request may have left this process during the current attempt. */
  private readonly sent = new Set<number>();

  /**
   * Processes an entry already claimed (`in-flight`). Never throws for IRP outcomes. With
   * `slots`, each call to the IRP waits for one of them (a drain's bound on calls at once).
   */
  async process(entry: OutboxEntry, options: { slots?: IrpSlots } = {}): Promise<ProcessResult> {
    // Anything that may have reached the IRP before is asked about first.
    const reconcileFirst = entry.attempts > 1;
    this.sent.delete(entry.id);
    try {
      const shared = await this.deps.registry.client(entry.businessGstin);
      const client: IrpCalls = options.slots ? withSlots(shared, options.slots) : shared;
      if (entry.kind === 'generate-irn') return await this.generate(entry, client, reconcileFirst);
      if (entry.kind === 'cancel-irn') return await this.cancel(entry, client, reconcileFirst);
      return this.needsAttention(
        entry,
        'UNSUPPORTED',
        `Requests of kind ${entry.kind} are not handled here.`,
      );
    } catch (error) {
      const message = (error as Error).message;
      const code =
        typeof (error as { code?: unknown }).code === 'string' ? (error as { code: string }).code : 'ERROR';
      if (this.sent.has(entry.id)) {
        // The IRP may have acted (e.g. the answer could not be written): ask it before anything else.
        await this.tx(() => {
          this.attempt(entry, 'unknown', [code]);
          this.ledger.outbox.markUnknown(
            entry.id,
            { code, message },
            new Date(this.deps.now().getTime() + reconcileDelayMs(entry.attempts, this.deps.random)),
          );
        });
        return { outcome: 'unknown', code, message };
      }
      // Set-up problems (no credentials, no key): nothing was sent; keep it queued and say why.
      await this.tx(() => {
        this.attempt(entry, 'error', [code]);
        this.ledger.outbox.reschedule(entry.id, this.later(entry), { code, message });
      });
      return { outcome: 'retry-later', code, message };
    } finally {
      this.sent.delete(entry.id);
    }
  }

  // ---------------------------------------------------------------- generate

  private async generate(
    entry: OutboxEntry,
    client: IrpCalls,
    reconcileFirst: boolean,
  ): Promise<ProcessResult> {
    const payload = entry.payload as GeneratePayload;
    if (reconcileFirst) {
      const found = await this.findByDocument(entry, client, payload);
      if (found) return found;
    }
    return this.send(entry, client, payload, false);
  }

  /** Asks the IRP whether this document already has an IRN. Null: it has none, go ahead and send. */
  private async findByDocument(
    entry: OutboxEntry,
    client: IrpCalls,
    payload: GeneratePayload,
  ): Promise<ProcessResult | null> {
    try {
      const answer = await client.getIrnByDocument(payload.docType, payload.docNo, payload.docDate);
      return this.adopt(entry, client, payload, answer, 'reconciled');
    } catch (error) {
      if (!(error instanceof IrpError)) throw error;
      if (error.kind === 'business' && (error.hasCode('2148') || error.hasCode('2154'))) return null;
      if (error.kind === 'business' && error.hasCode('2283')) {
        return this.needsAttention(
          entry,
          '2283',
          'The IRP no longer answers questions about this document (more than 2 days). Check on the e-invoice portal whether it has an IRN, then mark it here.',
        );
      }
      // Cannot tell yet: keep the outcome unknown and ask again later.
      return this.unknown(entry, error);
    }
  }

  private async send(
    entry: OutboxEntry,
    client: IrpCalls,
    payload: GeneratePayload,
    synced: boolean,
  ): Promise<ProcessResult> {
    this.deps.hooks?.beforeSend?.(entry);
    let answer: WithInfo<IrnResult>;
    this.sent.add(entry.id);
    try {
      answer = await client.generateIrn(payload.inv01);
    } catch (error) {
      if (!(error instanceof IrpError)) throw error;
      return this.generateFailed(entry, client, payload, error, synced);
    }
    this.deps.hooks?.afterAnswer?.(entry);
    return this.adopt(entry, client, payload, answer, 'generated');
  }

  private async generateFailed(
    entry: OutboxEntry,
    client: IrpCalls,
    payload: GeneratePayload,
    error: IrpError,
    synced: boolean,
  ): Promise<ProcessResult> {
    if (error.kind === 'not-sent') return this.retryLater(entry, error);
    if (error.kind === 'unknown-outcome' || error.kind === 'protocol') return this.unknown(entry, error);
    if (error.kind === 'auth') return this.retryLater(entry, error);

    if (error.hasCode('2150')) {
      // Already registered: take the IRN the IRP names, once its signed copy proves it is ours.
      const dup = error.info.find((i) => i.InfCd === 'DUPIRN')?.Desc as { Irn?: string } | undefined;
      if (!dup?.Irn)
        return this.needsAttention(
          entry,
          '2150',
          'The IRP says this document already has an IRN but did not name it.',
        );
      try {
        const found = await client.getIrn(dup.Irn);
        return this.adopt(entry, client, payload, found, 'reconciled');
      } catch (lookup) {
        // Could not ask this time (the IRP unreachable, a garbled answer, an expired session): ask
        // again later, by document, rather than hand the user a question the IRP can answer.
        if (
          lookup instanceof IrpError &&
          (lookup.kind === 'not-sent' || lookup.kind === 'unknown-outcome' || lookup.kind === 'protocol')
        ) {
          return this.unknown(entry, lookup);
        }
        if (lookup instanceof IrpError && lookup.kind === 'auth') return this.retryLater(entry, lookup);
        return this.needsAttention(
          entry,
          '2150',
          `The IRP already has IRN ${dup.Irn} for this document number, but its details could not be fetched to check it is the same invoice. Compare it on the e-invoice portal, then mark it here.`,
        );
      }
    }

    if (!synced && (error.hasCode('3028') || error.hasCode('3029')) && payload.buyerGstin !== 'URP') {
      // The IRP's master may be stale: refresh the buyer from the common portal, then try once more.
      try {
        const synced = await client.syncGstin(payload.buyerGstin);
        if (synced.data?.Status === 'ACT') return this.send(entry, client, payload, true);
      } catch {
        // fall through to the refusal
      }
    }
    return this.refused(entry, error);
  }

  private async adopt(
    entry: OutboxEntry,
    client: IrpCalls,
    payload: GeneratePayload,
    answer: WithInfo<IrnResult>,
    source: 'generated' | 'reconciled',
  ): Promise<ProcessResult> {
    const data = answer.data;
    if (!data?.Irn) return this.needsAttention(entry, 'IRP_BAD_ANSWER', 'The IRP answered without an IRN.');
    if (source === 'reconciled') {
      if (!data.SignedInvoice) {
        return this.needsAttention(
          entry,
          'UNVERIFIABLE',
          `The IRP has IRN ${data.Irn} for this document number, but without its signed copy it cannot be checked against this invoice.`,
        );
      }
      const differences = identityDifferences(data.SignedInvoice, payload);
      if (differences.length > 0) {
        return this.needsAttention(
          entry,
          'DIFFERENT_DOCUMENT',
          `The IRP has IRN ${data.Irn} for this document number, but its ${differences.join(', ')} differ from this invoice. It was not adopted; check it on the portal.`,
        );
      }
    }
    const signatures = checkSignatures(data.SignedInvoice, data.SignedQRCode, client.endpoint.signingCertPem);
    const cancelledAtIrp = source === 'reconciled' && String(data.Status ?? '').toUpperCase() === 'CNL';
    await this.tx(() => {
      this.deps.hooks?.duringWrite?.(entry);
      this.ledger.irns.recordGenerated({
        invoiceId: entry.invoiceId,
        irn: data.Irn,
        ackNo: data.AckNo,
        ackDt: data.AckDt,
        signedInvoice: data.SignedInvoice ?? null,
        signedQrCode: data.SignedQRCode ?? null,
        environment: client.endpoint.environment,
        signatureStatus: signatures.status,
        source,
      });
      const ewbInfo = payload.inv01.EwbDtls;
      // A cancelled IRN's e-way bill was cancelled before it (the IRP requires that, 2230).
      if (data.EwbNo && data.EwbDt && !cancelledAtIrp) {
        this.ledger.ewaybills.recordGenerated({
          invoiceId: entry.invoiceId,
          irn: data.Irn,
          ewbNo: data.EwbNo,
          ewbDate: data.EwbDt,
          validTill: data.EwbValidTill ?? null,
          // Distance 0 asks the IRP to work it out from the PINs; it says how far in InfoDtls.
          distanceKm: Number(ewbInfo?.Distance ?? 0) || (computedDistance(answer.info) ?? 0),
          transMode: (ewbInfo?.TransMode as '1' | '2' | '3' | '4' | undefined) ?? null,
          transporterId: ewbInfo?.TransId ?? null,
          transporterName: ewbInfo?.TransName ?? null,
          transDocNo: ewbInfo?.TransDocNo ?? null,
          transDocDate: ewbInfo?.TransDocDt ?? null,
          vehicleNo: ewbInfo?.VehNo ?? null,
          vehicleType: (ewbInfo?.VehType as 'R' | 'O' | undefined) ?? null,
        });
      }
      // An IRN found rather than answered may have been cancelled at the IRP already (on the
      // portal, or by another tool): it is recorded as the IRP holds it, cancelled, so the
      // invoice never shows as registered with a void IRN. The reason and time are not part of
      // what the IRP gives back here, so "others" and now stand in, with a remark saying so.
      if (cancelledAtIrp) {
        this.ledger.irns.recordCancelled({
          irn: data.Irn,
          cancelDate: formatIrpDateTime(this.deps.now()),
          reason: '4',
          remark: 'Found already cancelled at the IRP',
        });
      }
      this.ledger.outbox.markDone(entry.id);
      this.attempt(entry, 'success', []);
      this.ledger.audit.append({
        actor: this.deps.actor,
        action: source === 'generated' ? 'irn-generate' : 'irn-reconcile',
        gstin: entry.businessGstin,
        entity: 'invoice',
        entityId: String(entry.invoiceId),
        outcome: 'ok',
        details: {
          irn: data.Irn,
          ackNo: String(data.AckNo),
          ...(cancelledAtIrp ? { irpStatus: 'CNL' } : {}),
          signature: signatures.status,
          ...(signatures.reason ? { signatureNote: signatures.reason } : {}),
          info: answer.info.map((i) => i.InfCd),
        },
      });
    });
    return { outcome: 'done', irn: data.Irn };
  }

  // ---------------------------------------------------------------- cancel

  private async cancel(
    entry: OutboxEntry,
    client: IrpCalls,
    reconcileFirst: boolean,
  ): Promise<ProcessResult> {
    const payload = entry.payload as CancelPayload;
    if (reconcileFirst) {
      try {
        const current = await client.getIrn(payload.irn);
        if (current.data?.Status === 'CNL') return this.recordCancelled(entry, payload, null);
      } catch (error) {
        if (!(error instanceof IrpError)) throw error;
        if (error.kind === 'not-sent' || error.kind === 'unknown-outcome') return this.unknown(entry, error);
        // 2283 and friends: the IRP cannot say; sending again is safe (a repeat answers 9999).
      }
    }
    this.deps.hooks?.beforeSend?.(entry);
    this.sent.add(entry.id);
    try {
      const answer = await client.cancelIrn(payload.irn, payload.reason, payload.remark);
      this.deps.hooks?.afterAnswer?.(entry);
      return this.recordCancelled(entry, payload, answer.data?.CancelDate ?? null);
    } catch (error) {
      if (!(error instanceof IrpError)) throw error;
      if (error.kind === 'not-sent' || error.kind === 'auth') return this.retryLater(entry, error);
      if (error.kind === 'unknown-outcome' || error.kind === 'protocol') return this.unknown(entry, error);
      // 9999: already cancelled (by an earlier attempt whose answer was lost, or on the portal).
      if (error.hasCode('9999')) return this.recordCancelled(entry, payload, null);
      return this.refused(entry, error, false);
    }
  }

  private async recordCancelled(
    entry: OutboxEntry,
    payload: CancelPayload,
    cancelDate: string | null,
  ): Promise<ProcessResult> {
    await this.tx(() => {
      this.deps.hooks?.duringWrite?.(entry);
      this.ledger.irns.recordCancelled({
        irn: payload.irn,
        cancelDate: cancelDate ?? formatIrpDateTime(this.deps.now()),
        reason: payload.reason,
        remark: payload.remark,
      });
      this.ledger.outbox.markDone(entry.id);
      this.attempt(entry, 'success', []);
      this.ledger.audit.append({
        actor: this.deps.actor,
        action: 'irn-cancel',
        gstin: entry.businessGstin,
        entity: 'invoice',
        entityId: String(entry.invoiceId),
        outcome: 'ok',
        details: { irn: payload.irn, reason: payload.reason, cancelDateKnown: cancelDate !== null },
      });
    });
    return { outcome: 'done', irn: payload.irn };
  }

  // ---------------------------------------------------------------- outcomes

  private later(entry: OutboxEntry): Date {
    return new Date(this.deps.now().getTime() + retryDelayMs(entry.attempts, this.deps.random));
  }

  private attempt(entry: OutboxEntry, outcome: AttemptOutcome, codes: string[]): void {
    const at = this.deps.now();
    this.ledger.outbox.recordAttempt(entry.id, { startedAt: at, finishedAt: at, outcome, errorCodes: codes });
  }

  private async retryLater(entry: OutboxEntry, error: IrpError): Promise<ProcessResult> {
    await this.tx(() => {
      this.attempt(entry, 'error', error.codes.length ? error.codes : [error.code]);
      this.ledger.outbox.reschedule(entry.id, this.later(entry), {
        code: error.code,
        message: error.message,
      });
    });
    return { outcome: 'retry-later', code: error.code, message: error.message };
  }

  private async unknown(entry: OutboxEntry, error: IrpError): Promise<ProcessResult> {
    await this.tx(() => {
      this.attempt(entry, 'unknown', [error.code]);
      this.ledger.outbox.markUnknown(
        entry.id,
        { code: error.code, message: error.message },
        new Date(this.deps.now().getTime() + reconcileDelayMs(entry.attempts, this.deps.random)),
      );
    });
    return { outcome: 'unknown', code: error.code, message: error.message };
  }

  private async refused(entry: OutboxEntry, error: IrpError, failInvoice = true): Promise<ProcessResult> {
    const message = error.details.length
      ? error.details.map((d) => `${d.code}: ${describeIrpCode(d.code, d.irpMessage).message}`).join(' ')
      : error.message;
    await this.tx(() => {
      this.attempt(entry, 'refused', error.codes);
      this.ledger.outbox.markFailed(entry.id, { code: error.code, message });
      if (failInvoice) this.ledger.invoices.setStatus(entry.invoiceId, 'failed');
      this.ledger.audit.append({
        actor: this.deps.actor,
        action: entry.kind === 'generate-irn' ? 'irn-generate' : 'irn-cancel',
        gstin: entry.businessGstin,
        entity: 'invoice',
        entityId: String(entry.invoiceId),
        outcome: 'refused',
        errorCodes: error.codes,
      });
    });
    return { outcome: 'failed', code: error.code, message };
  }

  private async needsAttention(entry: OutboxEntry, code: string, message: string): Promise<ProcessResult> {
    await this.tx(() => {
      this.attempt(entry, 'error', [code]);
      this.ledger.outbox.markNeedsAttention(entry.id, { code, message });
      // When the IRP's IRN for this number is proven to be another document's, this invoice
      // was not registered: it is handed back (failed, so it can be renumbered and sent again;
      // that closes this entry, see InvoiceService.enqueueGenerate). Any other question may
      // hide an IRN made by this very request, so the invoice stays pending until the user
      // marks it from the portal: renumbering it then could register the supply twice.
      if (
        code === 'DIFFERENT_DOCUMENT' &&
        entry.kind === 'generate-irn' &&
        this.ledger.invoices.statusOf(entry.invoiceId) === 'pending'
      )
        this.ledger.invoices.changeStatus(entry.invoiceId, 'failed');
      this.ledger.audit.append({
        actor: this.deps.actor,
        action: 'outbox-needs-attention',
        gstin: entry.businessGstin,
        entity: 'invoice',
        entityId: String(entry.invoiceId),
        outcome: 'error',
        errorCodes: [code],
        details: { message },
      });
    });
    return { outcome: 'needs-attention', code, message };
  }
}
