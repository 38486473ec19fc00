/**
 * The invoice life cycle: drafts, generating the IRN through the outbox, cancelling within 24
 * hours, reading IRN details back, credit notes, and the views the screens and the CLI show.
 * Every IRP write goes through the outbox processor; this service decides what may be asked.
 */
import {
  DeskError,
  LocalErrorCode,
  type DashboardDetail,
  type FindingView,
  type InvoiceDetailView,
  type InvoiceSaveRequest,
  type IrnView,
  type OutboxView,
} from '../../shared/api';
import type { DocType, Invoice, InvoiceInput } from '../../shared/invoice';
import { fromInv01, inputFromInv01, toInv01, type Inv01Invoice } from '../../shared/inv01';
import { isSandboxEnvironment } from '../../shared/irp/environments';
import { amountInWords } from '../../shared/money';
import { REPORTING_WINDOW_AATO_PAISE, validateInv01, type Finding } from '../../shared/validation';
import {
  financialYear,
  formatIrpDateTime,
  formatIstDate,
  formatIstDateTime,
  parseIstDate,
  toIstParts,
} from '../../shared/time/ist';
import type { Clock } from '../app/clock';
import { ewbReasonForIrnReason, type EwayBillService } from '../ewaybill/ewaybill-service';
import type { IrpRegistry } from '../gstin/registry';
import { cancelIrnBody } from '../irp/client';
import { requestHash, requestText } from '../irp/request-text';
import { decodeJwt } from '../irp/signature';
import type { Business, InvoiceWithLines, IrnRecord, Ledger, OutboxEntry } from '../ledger';
import type { SettingsStore } from '../settings';
import { computeOrNull, toDraftRow } from './draft';
import type { OutboxProcessor, ProcessResult } from './outbox-processor';
import { generatePayload, generatePayloadJson, type CancelPayload } from './payload';
import { checkSignatures } from './signed';

export const CANCEL_WINDOW_MS = 24 * 60 * 60_000;
const DAY_MS = 24 * 60 * 60_000;

/** What the ledger's model_json holds: the document as entered, and for imports the exact JSON to send. */
export type StoredModel = InvoiceInput & { importedInv01?: Inv01Invoice };

export interface InvoiceServiceDeps {
  ledger: Ledger;
  registry: IrpRegistry;
  settings: SettingsStore;
  processor: OutboxProcessor;
  ewaybills: EwayBillService;
  now: Clock;
  actor: string;
}

function toFindingView(f: Finding): FindingView {
  return { code: f.code, field: f.field, message: f.message, severity: f.severity };
}

function irnView(r: IrnRecord): IrnView {
  return {
    irn: r.irn,
    ackNo: r.ackNo,
    ackDt: r.ackDt,
    ackAt: r.ackAt,
    status: r.status,
    signedInvoice: r.signedInvoice,
    signedQrCode: r.signedQrCode,
    signatureStatus: r.signatureStatus,
    source: r.source,
    cancelledAt: r.cancelledAt,
    cancelReason: r.cancelReason,
    cancelRemark: r.cancelRemark,
  };
}

function outboxView(e: OutboxEntry): OutboxView {
  return {
    kind: e.kind,
    state: e.state,
    attempts: e.attempts,
    nextAttemptAt: e.nextAttemptAt,
    lastErrorCode: e.lastErrorCode,
    lastErrorMessage: e.lastErrorMessage,
  };
}

function decodedData(jwt: string | null): Record<string, unknown> | null {
  if (!jwt) return null;
  try {
    return decodeJwt(jwt).data;
  } catch {
    return null;
  }
}

const NO_QUOTES = /^[^"]*$/;

export class InvoiceService {
  constructor(private readonly deps: InvoiceServiceDeps) {}

  private get ledger(): Ledger {
    return this.deps.ledger;
  }

  /** The active business, or a plain refusal. */
  activeBusiness(): Business {
    const gstin = this.deps.settings.get('activeGstin');
    const business = gstin ? this.ledger.businesses.get(gstin) : null;
    if (!business) {
      throw new DeskError(
        LocalErrorCode.BadRequest,
        'Choose the GSTIN you are working as (set one up under GSTINs & API access).',
        'activeGstin',
      );
    }
    return business;
  }

  private invoice(id: number): InvoiceWithLines {
    if (!Number.isInteger(id))
      throw new DeskError(LocalErrorCode.BadRequest, 'Which invoice? The id is missing.', 'id');
    return this.ledger.invoices.require(id);
  }

  private modelOf(invoice: InvoiceWithLines): StoredModel {
    const model = invoice.model as StoredModel | null;
    if (model && typeof model === 'object' && Array.isArray(model.lines)) return model;
    // An import keeps only the INV-01 as given (see importInv01): its model is read from it.
    const imported = importedInv01Of(invoice);
    if (imported) return { ...inputFromInv01(imported), importedInv01: imported };
    // A row written without a model (an older tool, a damaged import): rebuild what the ledger knows.
    const business = this.ledger.businesses.get(invoice.businessGstin);
    return {
      version: '1.1',
      supplyType: invoice.supplyType,
      reverseCharge: invoice.reverseCharge,
      igstOnIntra: false,
      docType: invoice.docType,
      docNo: invoice.docNo,
      docDate: invoice.docDate,
      seller: {
        gstin: invoice.businessGstin,
        legalName: business?.legalName ?? '',
        address1: business?.address1 ?? '',
        location: business?.location ?? '',
        pin: business?.pin ?? 0,
        stateCode: invoice.businessGstin.slice(0, 2),
      },
      buyer: {
        gstin: invoice.buyerGstin ?? '',
        legalName: invoice.buyerName,
        placeOfSupply: invoice.posStateCode,
        address1: '',
        location: '',
        stateCode: invoice.posStateCode,
      },
      lines: [],
    };
  }

  /** A blank document for the editor: the seller filled from the business, the next number, today. */
  newDraft(docType: DocType = 'INV'): InvoiceInput {
    const business = this.activeBusiness();
    const today = this.deps.now();
    return {
      version: '1.1',
      supplyType: 'B2B',
      reverseCharge: false,
      igstOnIntra: false,
      docType,
      docNo: this.ledger.series.peek({
        businessGstin: business.gstin,
        docType,
        financialYear: financialYear(toIstParts(today)),
      }),
      docDate: formatIstDate(today),
      seller: {
        gstin: business.gstin,
        legalName: business.legalName,
        ...(business.tradeName ? { tradeName: business.tradeName } : {}),
        address1: business.address1 ?? '',
        ...(business.address2 ? { address2: business.address2 } : {}),
        location: business.location ?? '',
        pin: business.pin ?? 0,
        stateCode: business.stateCode,
      },
      buyer: { gstin: '', legalName: '', placeOfSupply: '', address1: '', location: '', stateCode: '' },
      lines: [],
      roundOff: this.deps.settings.get('roundOffTotals'),
    };
  }

  /**
   * Saves a draft (or a failed invoice being corrected). A new document without a number takes
   * the next one of its series; numbers once taken are never handed out again.
   */
  save(request: InvoiceSaveRequest): InvoiceDetailView {
    const business = this.activeBusiness();
    const input = { ...request.invoice } as StoredModel;
    delete input.importedInv01; // an edited import is sent as edited
    if (input.seller?.gstin && input.seller.gstin.toUpperCase() !== business.gstin) {
      throw new DeskError(
        LocalErrorCode.BadRequest,
        `This invoice's seller is ${input.seller.gstin}, but you are working as ${business.gstin}.`,
        'seller.gstin',
      );
    }
    if (request.id !== undefined) {
      const existing = this.invoice(request.id);
      if (!['draft', 'failed'].includes(existing.status)) {
        throw new DeskError(
          LocalErrorCode.Conflict,
          `Invoice ${existing.docNo} is ${existing.status} and can no longer be changed.`,
          'id',
        );
      }
    }
    const id = this.ledger.tx(() => {
      if (request.id === undefined && !input.docNo?.trim()) {
        const date = parseIstDate(input.docDate ?? '') ?? this.deps.now();
        input.docNo = this.ledger.series.take({
          businessGstin: business.gstin,
          docType: input.docType,
          financialYear: financialYear(toIstParts(date)),
        });
      } else if (request.id === undefined) {
        this.takeIfNextInSeries(business.gstin, input);
      }
      const saved = this.ledger.invoices.saveDraft(
        toDraftRow(business.gstin, input, request.partyId ?? null, request.id),
      );
      if (saved.status === 'failed') this.ledger.invoices.setStatus(saved.id, 'draft');
      return saved.id;
    });
    return this.get(id);
  }

  /** When the user kept the number the editor proposed, the series moves past it. */
  private takeIfNextInSeries(gstin: string, input: InvoiceInput): void {
    const date = parseIstDate(input.docDate ?? '');
    if (!date) return;
    const key = {
      businessGstin: gstin,
      docType: input.docType,
      financialYear: financialYear(toIstParts(date)),
    };
    if (this.ledger.series.peek(key).toUpperCase() === input.docNo.trim().toUpperCase())
      this.ledger.series.take(key);
  }

  private validationOptions(business: Business) {
    return {
      now: this.deps.now(),
      strictGstinChecksum: !(business.environment && isSandboxEnvironment(business.environment)),
      ...(business.aatoPaise !== null ? { aatoPaise: business.aatoPaise } : {}),
    };
  }

  /** The exact JSON that will be (or was) sent. */
  inv01Of(invoice: InvoiceWithLines): Inv01Invoice | null {
    const imported = importedInv01Of(invoice);
    if (imported) return imported;
    const computed = computeOrNull(this.modelOf(invoice));
    return computed ? toInv01(computed) : null;
  }

  findings(invoice: InvoiceWithLines, seller?: Business): Finding[] {
    const business = seller ?? this.ledger.businesses.require(invoice.businessGstin);
    const inv01 = this.inv01Of(invoice);
    if (!inv01)
      return [
        {
          code: 'L-INCOMPLETE',
          field: 'ItemList',
          message: 'The invoice is not complete enough to work out its tax.',
          severity: 'error',
        },
      ];
    return validateInv01(inv01, this.validationOptions(business));
  }

  get(id: number): InvoiceDetailView {
    const invoice = this.invoice(id);
    const business = this.ledger.businesses.require(invoice.businessGstin);
    const model = this.modelOf(invoice);
    const { importedInv01: _imported, ...input } = model;
    // An import is shown with the amounts it was sent with, not recomputed ones.
    const computed: Invoice = (model.importedInv01
      ? fromInv01(model.importedInv01)
      : computeOrNull(input)) ?? { ...input, lines: [], totals: emptyTotals(invoice.totals.totalPaise) };
    const irn = this.ledger.irns.getByInvoice(id);
    const entries = this.ledger.outbox.list({ invoiceId: id });
    const outbox = entries[entries.length - 1] ?? null;
    const findings: FindingView[] = [];
    if (
      invoice.status === 'failed' &&
      (outbox?.state === 'failed' || outbox?.state === 'needs-attention') &&
      outbox.lastErrorMessage
    ) {
      findings.push({
        code: outbox.lastErrorCode ?? 'IRP',
        field: '',
        message: outbox.lastErrorMessage,
        severity: 'error',
      });
    }
    if (invoice.status === 'draft' || invoice.status === 'failed')
      findings.push(...this.findings(invoice).map(toFindingView));
    const cancel = this.cancelState(irn);
    return {
      id,
      status: invoice.status,
      partyId: invoice.partyId,
      invoice: input,
      computed,
      findings,
      irn: irn ? irnView(irn) : null,
      signedInvoiceData: decodedData(irn?.signedInvoice ?? null),
      signedQrData: decodedData(irn?.signedQrCode ?? null),
      outbox: outbox ? outboxView(outbox) : null,
      cancelDeadline: cancel.deadline,
      cancelBlockedReason: cancel.blocked,
      isSandbox: business.environment !== null && isSandboxEnvironment(business.environment),
      amountInWords: amountInWords(invoice.totals.totalPaise),
      ewayBills: this.ledger.ewaybills.listByInvoice(id).map((e) => ({
        ewbNo: e.ewbNo,
        ewbDate: e.ewbDate,
        validTill: e.validTill,
        status: e.status,
        distanceKm: e.distanceKm,
        vehicleNo: e.vehicleNo,
        transporterId: e.transporterId,
        transporterName: e.transporterName,
        cancelledAt: e.cancelledAt,
      })),
    };
  }

  private cancelState(irn: IrnRecord | null): { deadline: string | null; blocked: string | null } {
    if (!irn) return { deadline: null, blocked: 'The invoice has no IRN yet.' };
    if (irn.status === 'CNL') return { deadline: null, blocked: 'The IRN is already cancelled.' };
    const deadline = new Date(Date.parse(irn.ackAt) + CANCEL_WINDOW_MS);
    if (this.deps.now() > deadline) {
      return {
        deadline: deadline.toISOString(),
        blocked: `The IRP allows cancelling an IRN only within 24 hours of its acknowledgement; that window ended at ${formatIstDateTime(deadline)} IST. Issue a credit note against the invoice instead.`,
      };
    }
    return { deadline: deadline.toISOString(), blocked: null };
  }

  /**
   * Validates, records the intent (outbox + pending, one transaction) and sends at once. When the
   * IRP is unreachable the invoice stays pending and the background retry takes over.
   */
  async generate(
    id: number,
    options: { failInvalid?: boolean } = {},
  ): Promise<InvoiceDetailView & { result?: ProcessResult }> {
    const { entryId } = this.enqueueGenerate(id, options);
    const claimed = entryId === null ? null : this.ledger.outbox.claimById(entryId);
    const result = claimed ? await this.deps.processor.process(claimed) : undefined;
    return { ...this.get(id), ...(result ? { result } : {}) };
  }

  /**
   * Validates and records the intent (outbox + pending, one transaction) without sending: the
   * CLI sends batches itself, `generate` sends at once. An invoice that fails the checks stays
   * as it is, or is marked failed with `failInvalid` (the CLI's default).
   */
  enqueueGenerate(
    id: number,
    /**
     * `claim`: write the request already claimed by this process, for a caller that sends it
     * next; `claimed` is then the entry to send. An open request found instead is left as it is.
     */
    options: { failInvalid?: boolean; claim?: boolean } = { failInvalid: true },
    /** The invoice as just saved, when the caller has it: a batch saves reading it back. */
    loaded?: InvoiceWithLines | null,
    /** Its seller's ledger record, when the caller has it (importInv01 gives it). */
    seller?: Business,
  ): { entryId: number | null; findings: Finding[]; claimed?: OutboxEntry } {
    const invoice = loaded?.id === id ? loaded : this.invoice(id);
    if (invoice.status === 'generated' || invoice.status === 'cancelled')
      return { entryId: null, findings: [] };
    const open = this.ledger.outbox.openFor(id, 'generate-irn');
    // An entry waiting for the user (needs-attention) is answered by sending again once the
    // invoice has been handed back to the user (failed, or edited into a draft): it is closed in
    // the transaction that writes the new intent. Any other open entry is the one to follow.
    const superseded =
      open?.state === 'needs-attention' && (invoice.status === 'draft' || invoice.status === 'failed')
        ? open
        : null;
    if (open && !superseded) return { entryId: open.id, findings: [] };
    const findings = this.findings(invoice, seller?.gstin === invoice.businessGstin ? seller : undefined);
    if (findings.some((f) => f.severity === 'error')) {
      if (options.failInvalid && invoice.status !== 'failed') this.ledger.invoices.changeStatus(id, 'failed');
      return { entryId: null, findings };
    }
    const payload = generatePayload(this.inv01Of(invoice) as Inv01Invoice);
    const entry = this.ledger.tx(() => {
      if (superseded) {
        this.ledger.outbox.markFailed(superseded.id, {
          code: superseded.lastErrorCode ?? 'ATTENTION',
          message: `Closed when the invoice was sent again. ${superseded.lastErrorMessage ?? ''}`.trim(),
        });
      }
      const queued = this.ledger.outbox.enqueue({
        kind: 'generate-irn',
        invoiceId: id,
        businessGstin: invoice.businessGstin,
        requestHash: requestHash(payload.inv01),
        payload,
        payloadJson: generatePayloadJson(payload),
        ...(options.claim ? { claimed: true } : {}),
      });
      this.ledger.invoices.changeStatus(id, 'pending');
      return queued;
    });
    return { entryId: entry.id, findings: [], ...(options.claim ? { claimed: entry } : {}) };
  }

  /**
   * Cancels the IRN: inside the 24-hour window only, with one of the IRP's four reasons and a
   * remark. The IRP first, then the ledger (through the outbox).
   */
  async cancel(
    id: number,
    reason: string,
    remark: string,
  ): Promise<InvoiceDetailView & { result?: ProcessResult }> {
    if (!['1', '2', '3', '4'].includes(reason)) {
      throw new DeskError(
        LocalErrorCode.BadRequest,
        'Choose a reason: 1 duplicate, 2 data entry mistake, 3 order cancelled, 4 others.',
        'reason',
      );
    }
    const text = (remark ?? '').trim();
    if (text.length < 1 || text.length > 100 || !NO_QUOTES.test(text)) {
      throw new DeskError(
        LocalErrorCode.BadRequest,
        'Write a remark of 1 to 100 characters (no double quotes).',
        'remark',
      );
    }
    const invoice = this.invoice(id);
    const irn = this.ledger.irns.getByInvoice(id);
    const state = this.cancelState(irn);
    if (state.blocked || !irn) {
      const closed = irn?.status === 'ACT';
      throw new DeskError(
        closed ? '2270' : LocalErrorCode.Conflict,
        state.blocked ?? 'The invoice has no IRN.',
        'irn',
      );
    }
    // The IRP refuses to cancel an IRN with an active e-way bill (2230): cancel the e-way bill
    // first, with the e-way bill system's reason that says the same thing, then the IRN.
    const active = this.ledger.ewaybills.listByInvoice(id).filter((e) => e.status === 'ACT');
    if (active.length > 0) {
      for (const ewb of active) {
        await this.deps.ewaybills.cancel(
          ewb.ewbNo,
          ewbReasonForIrnReason(reason as CancelPayload['reason']),
          text.slice(0, 50),
        );
      }
    }
    const payload: CancelPayload = { irn: irn.irn, reason: reason as CancelPayload['reason'], remark: text };
    const entry =
      this.ledger.outbox.openFor(id, 'cancel-irn') ??
      this.ledger.outbox.enqueue({
        kind: 'cancel-irn',
        invoiceId: id,
        businessGstin: invoice.businessGstin,
        // The hash of what the client sends, as for generate: the outbox and the audited call agree.
        requestHash: requestHash(cancelIrnBody(payload.irn, payload.reason, payload.remark)),
        payload,
      });
    const claimed = this.ledger.outbox.claimById(entry.id);
    const result = claimed ? await this.deps.processor.process(claimed) : undefined;
    if (result && result.outcome === 'failed') {
      throw new DeskError(result.code, result.message, 'irn');
    }
    return { ...this.get(id), ...(result ? { result } : {}) };
  }

  /** Get IRN details: picks up a cancellation made on the portal and signed copies not yet stored. */
  async refreshIrn(id: number): Promise<InvoiceDetailView> {
    const invoice = this.invoice(id);
    const irn = this.ledger.irns.getByInvoice(id);
    if (!irn) throw new DeskError(LocalErrorCode.Conflict, 'The invoice has no IRN to look up.', 'irn');
    const client = await this.deps.registry.client(invoice.businessGstin);
    const answer = await client.getIrn(irn.irn);
    const data = answer.data;
    const check =
      (!irn.signedInvoice || irn.signatureStatus !== 'verified') && data.SignedInvoice && data.SignedQRCode
        ? checkSignatures(data.SignedInvoice, data.SignedQRCode, client.endpoint.signingCertPem)
        : null;
    this.ledger.tx(() => {
      if (check && data.SignedInvoice && data.SignedQRCode) {
        this.ledger.irns.storeSigned(irn.irn, data.SignedInvoice, data.SignedQRCode, check.status);
      }
      if (data.Status === 'CNL' && irn.status === 'ACT') {
        this.ledger.irns.recordCancelled({
          irn: irn.irn,
          cancelDate: formatIrpDateTime(this.deps.now()),
          reason: '4',
          remark: 'Cancelled on the e-invoice portal',
        });
      }
      this.ledger.audit.append({
        actor: this.deps.actor,
        action: 'irn-refresh',
        gstin: invoice.businessGstin,
        entity: 'invoice',
        entityId: String(id),
        outcome: 'ok',
        details: { status: data.Status ?? null },
      });
    });
    return this.get(id);
  }

  /** Records work done on the portal outside the app; audited, and marked as such on the IRN. */
  markOnPortal(
    id: number,
    mark:
      | { action: 'generated'; irn: string; ackNo: string; ackDt: string }
      | { action: 'cancelled'; reason: string; remark: string },
  ): InvoiceDetailView {
    const invoice = this.invoice(id);
    const business = this.ledger.businesses.require(invoice.businessGstin);
    if (mark.action === 'generated') {
      if (!/^[0-9a-f]{64}$/i.test(mark.irn ?? ''))
        throw new DeskError(LocalErrorCode.BadRequest, 'The IRN has 64 letters and digits.', 'irn');
      if (!/^\d{15}$/.test(mark.ackNo ?? ''))
        throw new DeskError(LocalErrorCode.BadRequest, 'The acknowledgement number has 15 digits.', 'ackNo');
      this.ledger.tx(() => {
        const open = this.ledger.outbox.openFor(id, 'generate-irn');
        if (open && open.state !== 'in-flight')
          this.ledger.outbox.markFailed(open.id, {
            code: 'PORTAL',
            message: 'Generated on the portal instead.',
          });
        this.ledger.irns.recordGenerated({
          invoiceId: id,
          irn: mark.irn,
          ackNo: mark.ackNo,
          ackDt: mark.ackDt,
          environment: business.environment ?? 'custom',
          source: 'portal',
          signatureStatus: 'unverified',
        });
        this.ledger.audit.append({
          actor: this.deps.actor,
          action: 'irn-mark-generated',
          gstin: invoice.businessGstin,
          entity: 'invoice',
          entityId: String(id),
          outcome: 'ok',
          details: { irn: mark.irn.toLowerCase() },
        });
      });
    } else {
      const irn = this.ledger.irns.getByInvoice(id);
      if (!irn)
        throw new DeskError(LocalErrorCode.Conflict, 'The invoice has no IRN to mark cancelled.', 'irn');
      if (!['1', '2', '3', '4'].includes(mark.reason))
        throw new DeskError(LocalErrorCode.BadRequest, 'Choose the reason given on the portal.', 'reason');
      this.ledger.tx(() => {
        this.ledger.irns.recordCancelled({
          irn: irn.irn,
          cancelDate: formatIrpDateTime(this.deps.now()),
          reason: mark.reason as CancelPayload['reason'],
          remark: (mark.remark || 'Cancelled on the portal').slice(0, 100),
        });
        this.ledger.audit.append({
          actor: this.deps.actor,
          action: 'irn-mark-cancelled',
          gstin: invoice.businessGstin,
          entity: 'invoice',
          entityId: String(id),
          outcome: 'ok',
          details: { irn: irn.irn },
        });
      });
    }
    return this.get(id);
  }

  /** The business behind a GSTIN of this desk, for importInv01; NotFound when it is not set up. */
  sellerFor(gstin: string): Business {
    const business = this.ledger.businesses.get(gstin.toUpperCase());
    if (!business)
      throw new DeskError(LocalErrorCode.NotFound, `GSTIN ${gstin} is not set up in this app.`, 'gstin');
    return business;
  }

  /**
   * Saves an INV-01 document from an ERP for `gstin` (the CLI's generate): new documents are
   * created, drafts and failed ones updated, registered ones left alone. The JSON is kept to be
   * sent exactly as given.
   */
  importInv01(
    json: Inv01Invoice,
    seller: string | Business,
  ): { id: number; existing: boolean; invoice: InvoiceWithLines | null; seller: Business } {
    // A batch looks its GSTIN up once (sellerFor) and passes it for every document.
    const business = typeof seller === 'string' ? this.sellerFor(seller) : seller;
    if (String(json?.SellerDtls?.Gstin ?? '').toUpperCase() !== business.gstin) {
      throw new DeskError(
        LocalErrorCode.BadRequest,
        `The invoice's seller GSTIN (SellerDtls.Gstin) is not ${business.gstin}.`,
        'SellerDtls.Gstin',
      );
    }
    const parsed = fromInv01(json);
    const existing = this.ledger.invoices.findByDocument({
      businessGstin: business.gstin,
      docType: parsed.docType,
      docNo: parsed.docNo,
      docDate: parsed.docDate,
    });
    if (existing && !['draft', 'failed'].includes(existing.status))
      return { id: existing.id, existing: true, invoice: null, seller: business };
    const saved = this.ledger.tx(() => {
      const draft = toDraftRow(business.gstin, parsed, existing?.partyId ?? null, existing?.id, parsed);
      // The model stored is the INV-01 alone, to be sent exactly as given: the editable model is
      // read from it (modelOf), as the amounts shown always were. Storing both doubled what every
      // imported invoice's row weighs in each write of its status.
      const row = this.ledger.invoices.saveDraft({
        ...draft,
        model: { importedInv01: json },
        // The INV-01's text, written once here and reused for the outbox and the request.
        modelJson: `{"importedInv01":${requestText(json)}}`,
      });
      if (row.status !== 'failed') return row;
      this.ledger.invoices.changeStatus(row.id, 'draft');
      return { ...row, status: 'draft' as const };
    });
    return { id: saved.id, existing: existing !== null, invoice: saved, seller: business };
  }

  /** A credit note draft against an invoice: same parties and lines, referring to the original. */
  creditNoteFor(id: number): InvoiceDetailView {
    const original = this.invoice(id);
    if (original.docType !== 'INV')
      throw new DeskError(LocalErrorCode.BadRequest, 'Credit notes are issued against invoices.', 'id');
    const { importedInv01: _i, ...model } = this.modelOf(original);
    const draft: InvoiceInput = {
      ...model,
      docType: 'CRN',
      docNo: '',
      docDate: formatIstDate(this.deps.now()),
      ewayBill: undefined,
      references: {
        ...(model.references ?? {}),
        precedingDocuments: [{ number: original.docNo, date: original.docDate }],
      },
    } as InvoiceInput;
    delete (draft as Partial<InvoiceInput>).ewayBill;
    return this.save({ partyId: original.partyId, invoice: draft });
  }

  dashboardDetail(): DashboardDetail {
    const business = this.activeBusiness();
    const now = this.deps.now();
    const rows = (status: 'generated' | 'failed' | 'pending' | 'draft', limit = 200) =>
      this.ledger.invoices.list({ status, limit, businessGstin: business.gstin }).rows;
    // Straight from the IRN records: every IRN still inside its window, however many there are.
    const cancellable = this.ledger.irns
      .activeAckedAfter(business.gstin, new Date(now.getTime() - CANCEL_WINDOW_MS))
      .map((irn) => {
        const invoice = this.ledger.invoices.require(irn.invoiceId);
        return {
          id: invoice.id,
          docNo: invoice.docNo,
          buyerName: invoice.buyerName,
          totalPaise: invoice.totals.totalPaise,
          ackAt: irn.ackAt,
          deadline: new Date(Date.parse(irn.ackAt) + CANCEL_WINDOW_MS).toISOString(),
        };
      });
    const lastEntry = (id: number) => {
      const list = this.ledger.outbox.list({ invoiceId: id });
      return list[list.length - 1] ?? null;
    };
    const failed = rows('failed').map((r) => ({
      id: r.id,
      docNo: r.docNo,
      buyerName: r.buyerName,
      reason:
        lastEntry(r.id)?.lastErrorMessage ?? 'It did not pass the checks before sending: open it to see why.',
    }));
    const pending = rows('pending').map((r) => {
      const entry = lastEntry(r.id);
      return {
        id: r.id,
        docNo: r.docNo,
        buyerName: r.buyerName,
        state: entry?.state ?? 'queued',
        nextAttemptAt: entry?.nextAttemptAt ?? null,
        reason: entry?.lastErrorMessage ?? null,
      };
    });
    const nearingReportingLimit: DashboardDetail['nearingReportingLimit'] = [];
    if ((business.aatoPaise ?? 0) >= REPORTING_WINDOW_AATO_PAISE) {
      for (const r of [...rows('draft'), ...rows('pending'), ...rows('failed')]) {
        const date = parseIstDate(r.docDate);
        if (!date) continue;
        const daysLeft = 30 - Math.floor((now.getTime() - date.getTime()) / DAY_MS);
        if (daysLeft <= 7)
          nearingReportingLimit.push({ id: r.id, docNo: r.docNo, docDate: r.docDate, daysLeft });
      }
      nearingReportingLimit.sort((a, b) => a.daysLeft - b.daysLeft);
    }
    const ewayBills = this.ledger.ewaybills.activeForBusiness(business.gstin).map((e) => ({
      id: e.invoiceId,
      docNo: this.ledger.invoices.require(e.invoiceId).docNo,
      ewbNo: e.ewbNo,
      ewbDate: e.ewbDate,
      validTill: e.validTill,
    }));
    return { cancellable, failed, pending, ewayBills, nearingReportingLimit };
  }
}

function emptyTotals(total: number) {
  return {
    assessableValue: 0,
    cgst: 0,
    sgst: 0,
    igst: 0,
    cess: 0,
    stateCess: 0,
    discount: 0,
    otherCharges: 0,
    roundOff: 0,
    totalInvoiceValue: total,
  };
}

/** The INV-01 an imported invoice was saved with (its model keeps it, alone or beside the parse). */
function importedInv01Of(invoice: InvoiceWithLines): Inv01Invoice | undefined {
  const model = invoice.model as StoredModel | null;
  return model && typeof model === 'object' ? model.importedInv01 : undefined;
}
