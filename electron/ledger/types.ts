/**
 * The ledger's records as the rest of the app sees them: camelCase, booleans as booleans,
 * money in integer paise, quantities / unit prices / rates in integer thousandths, instants as
 * ISO-8601 UTC strings, document dates as the IRP's dd/mm/yyyy. Records that cross to the
 * renderer as they are (parties, items) are defined once, in shared/api.
 */
import type { DocType, Environment, InvoiceStatus } from '../../shared/api';
import type { BlockStatus, Item, Party, TaxpayerStatus } from '../../shared/api/masters';

export type { BlockStatus, DocType, Environment, InvoiceStatus, Item, Party, TaxpayerStatus };

export type SupplyType = 'B2B' | 'SEZWP' | 'SEZWOP' | 'EXPWP' | 'EXPWOP' | 'DEXP';
export type IrnStatus = 'ACT' | 'CNL';
/** IRN cancel reasons: 1 duplicate, 2 data entry mistake, 3 order cancelled, 4 others. */
export type CancelReason = '1' | '2' | '3' | '4';

export interface Business {
  gstin: string;
  pan: string;
  legalName: string;
  tradeName: string | null;
  address1: string | null;
  address2: string | null;
  location: string | null;
  pin: number | null;
  stateCode: string;
  /** Annual aggregate turnover, which decides whether e-invoicing applies. */
  aatoPaise: number | null;
  environment: Environment | null;
  isDemo: boolean;
  createdAt: string;
  updatedAt: string;
}

/** PAN and state code default to the ones inside the GSTIN. */
export interface BusinessInput {
  gstin: string;
  legalName: string;
  pan?: string;
  stateCode?: string;
  tradeName?: string | null;
  address1?: string | null;
  address2?: string | null;
  location?: string | null;
  pin?: number | null;
  aatoPaise?: number | null;
  environment?: Environment | null;
  isDemo?: boolean;
}

export interface PartyInput {
  businessGstin: string;
  legalName: string;
  stateCode: string;
  gstin?: string | null;
  tradeName?: string | null;
  address1?: string | null;
  address2?: string | null;
  location?: string | null;
  pin?: number | null;
  countryCode?: string;
  phone?: string | null;
  email?: string | null;
  status?: TaxpayerStatus | null;
  blockStatus?: BlockStatus | null;
  fetchedAt?: string | null;
}

export type PartyPatch = Partial<Omit<PartyInput, 'businessGstin'>>;

export interface ItemInput {
  businessGstin: string;
  description: string;
  hsnCode: string;
  isService: boolean;
  gstRateMilli: number;
  unit?: string | null;
  cessRateMilli?: number;
  cessNonAdvolPaise?: number;
  defaultUnitPriceMilli?: number | null;
}

export type ItemPatch = Partial<Omit<ItemInput, 'businessGstin'>>;

export interface InvoiceTotals {
  assessablePaise: number;
  cgstPaise: number;
  sgstPaise: number;
  igstPaise: number;
  cessPaise: number;
  stateCessPaise: number;
  otherChargesPaise: number;
  discountPaise: number;
  /** May be negative: -9999..9999 paise. */
  roundOffPaise: number;
  totalPaise: number;
}

export interface InvoiceLine {
  lineNo: number;
  itemId: number | null;
  description: string | null;
  hsnCode: string;
  isService: boolean;
  qtyMilli: number;
  freeQtyMilli: number;
  unit: string | null;
  unitPriceMilli: number;
  discountPaise: number;
  otherChargesPaise: number;
  gstRateMilli: number;
  assessablePaise: number;
  cgstPaise: number;
  sgstPaise: number;
  igstPaise: number;
  cessPaise: number;
  stateCessPaise: number;
  totalPaise: number;
}

/** Amounts left out are zero; `lineNo` defaults to the position (1-based). */
export type InvoiceLineInput = Pick<InvoiceLine, 'hsnCode' | 'isService' | 'gstRateMilli'> &
  Partial<Omit<InvoiceLine, 'hsnCode' | 'isService' | 'gstRateMilli'>>;

export interface InvoiceDraftInput {
  /** Present to update an existing draft (or failed invoice); absent to create one. */
  id?: number;
  businessGstin: string;
  docType: DocType;
  docNo: string;
  /** dd/mm/yyyy. */
  docDate: string;
  supplyType: SupplyType;
  reverseCharge?: boolean;
  partyId?: number | null;
  buyerGstin?: string | null;
  buyerName: string;
  posStateCode: string;
  totals?: Partial<InvoiceTotals>;
  /** The full invoice model, stored as JSON text. */
  model: unknown;
  /**
   * `JSON.stringify(model)` when the caller has already written (part of) it: an imported
   * INV-01's text is written once for the model, the outbox and the request.
   */
  modelJson?: string;
  lines: InvoiceLineInput[];
}

export interface Invoice {
  id: number;
  businessGstin: string;
  docType: DocType;
  docNo: string;
  docDate: string;
  docDateIso: string;
  financialYear: string;
  supplyType: SupplyType;
  reverseCharge: boolean;
  partyId: number | null;
  buyerGstin: string | null;
  buyerName: string;
  posStateCode: string;
  status: InvoiceStatus;
  totals: InvoiceTotals;
  model: unknown;
  createdAt: string;
  updatedAt: string;
}

export interface InvoiceWithLines extends Invoice {
  lines: InvoiceLine[];
}

export interface IrnRecord {
  id: number;
  invoiceId: number;
  irn: string;
  ackNo: string;
  /** As the IRP sent it: `yyyy-MM-dd HH:mm:ss` IST. */
  ackDt: string;
  /** The same instant, ISO-8601 UTC. */
  ackAt: string;
  signedInvoice: string | null;
  signedQrCode: string | null;
  status: IrnStatus;
  environment: Environment;
  cancelReason: CancelReason | null;
  cancelRemark: string | null;
  cancelledAt: string | null;
  createdAt: string;
  signatureStatus: SignatureStatus;
  source: IrnSource;
}

export type SignatureStatus = 'verified' | 'unverified' | 'mismatch';
export type IrnSource = 'generated' | 'reconciled' | 'portal';

export type TransMode = '1' | '2' | '3' | '4';

export interface EwayBill {
  id: number;
  invoiceId: number;
  irn: string | null;
  ewbNo: string;
  /** As the IRP sent it. */
  ewbDate: string;
  validTill: string | null;
  status: IrnStatus;
  distanceKm: number;
  transMode: TransMode | null;
  transporterId: string | null;
  transporterName: string | null;
  transDocNo: string | null;
  transDocDate: string | null;
  vehicleNo: string | null;
  vehicleType: 'R' | 'O' | null;
  cancelReason: CancelReason | null;
  cancelRemark: string | null;
  cancelledAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export type OutboxKind = 'generate-irn' | 'cancel-irn' | 'generate-ewb' | 'cancel-ewb';
export type OutboxState = 'queued' | 'in-flight' | 'unknown' | 'done' | 'failed' | 'needs-attention';
export type AttemptOutcome = 'success' | 'refused' | 'unknown' | 'error';

export interface OutboxEntry {
  id: number;
  kind: OutboxKind;
  invoiceId: number;
  businessGstin: string;
  state: OutboxState;
  requestHash: string;
  payload: unknown;
  nextAttemptAt: string;
  attempts: number;
  lastErrorCode: string | null;
  lastErrorMessage: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface OutboxAttempt {
  id: number;
  outboxId: number;
  startedAt: string;
  finishedAt: string | null;
  outcome: AttemptOutcome;
  httpStatus: number | null;
  errorCodes: string[];
  durationMs: number | null;
}

export type AuditOutcome = 'ok' | 'refused' | 'error' | 'unknown';

export interface AuditEntry {
  id: number;
  at: string;
  /** Who acted: `user`, `cli`, `system` (background retry), ... */
  actor: string;
  /** What was done, `domain-verb` like the API channels: `irn-generate`, `gstin-add`. */
  action: string;
  gstin: string | null;
  entity: string | null;
  entityId: string | null;
  /** The IRP API called, if any. */
  api: string | null;
  outcome: AuditOutcome;
  durationMs: number | null;
  errorCodes: string[];
  requestHash: string | null;
  details: unknown;
}
