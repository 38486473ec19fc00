import type { Invoice, InvoiceInput } from '../invoice';

/** Plain data shapes carried by the API contract. Money is integer paise; dates are ISO strings. */

export type Environment = 'builtin' | 'nic-sandbox' | 'nic-irp1' | 'nic-irp2' | 'custom';

export type RunMode = 'electron' | 'browser' | 'cli';

export interface AppInfo {
  name: string;
  version: string;
  mode: RunMode;
  dataDir: string;
  activeGstin: string | null;
  environment: Environment | null;
  /** True for any environment that does not issue legally valid IRNs. */
  isSandbox: boolean;
}

export interface SettingsView {
  activeGstin: string | null;
  /** Round the invoice total to the rupee by default in the editor. */
  roundOffTotals: boolean;
  /** Seconds between background health checks of the IRP. */
  healthPollSeconds: number;
}

export type SettingsPatch = Partial<SettingsView>;

export interface BusinessSummary {
  gstin: string;
  pan: string;
  legalName: string;
  tradeName: string | null;
  stateCode: string;
  environment: Environment | null;
}

export interface PartySummary {
  id: number;
  gstin: string | null;
  legalName: string;
  stateCode: string;
  pin: number | null;
}

export interface ItemSummary {
  id: number;
  description: string;
  hsnCode: string;
  isService: boolean;
  unit: string | null;
  gstRateMilli: number;
  /** Default unit price in integer thousandths of a rupee (the IRP carries 3 decimals). */
  unitPriceMilli: number | null;
}

export type DocType = 'INV' | 'CRN' | 'DBN';

export type InvoiceStatus = 'draft' | 'pending' | 'generated' | 'failed' | 'cancelled';

export type InvoiceSortKey =
  | 'date-desc'
  | 'date-asc'
  | 'docno-asc'
  | 'docno-desc'
  | 'total-desc'
  | 'total-asc'
  | 'buyer-asc'
  | 'updated-desc';

export interface InvoiceListQuery {
  status?: InvoiceStatus;
  /** Document number, buyer name or GSTIN, party name, or IRN. */
  search?: string;
  docType?: DocType;
  partyId?: number;
  /** Period, inclusive, as dd/mm/yyyy. */
  dateFrom?: string;
  dateTo?: string;
  sort?: InvoiceSortKey;
  /** At most 500 rows a page. */
  limit?: number;
  offset?: number;
}

export interface InvoiceRow {
  id: number;
  sellerGstin: string;
  docType: DocType;
  docNo: string;
  /** dd/mm/yyyy as the IRP writes it. */
  docDate: string;
  buyerName: string;
  buyerGstin: string | null;
  totalPaise: number;
  status: InvoiceStatus;
  irn: string | null;
  ackNo: string | null;
  ackDt: string | null;
}

export interface InvoiceListPage {
  rows: InvoiceRow[];
  total: number;
}

export interface DashboardSummary {
  generatedToday: number;
  pending: number;
  failed: number;
  cancellableNow: number;
  drafts: number;
}

// ---------------------------------------------------------------- GSTINs and API access

export type IntegrationMode = 'direct' | 'gsp';
export type SyncMode = 'synchronous' | 'asynchronous';

/** A GSTIN's API profile as the renderer may see it: secrets only as "is set". */
export interface GstinProfileView {
  gstin: string;
  pan: string;
  stateCode: string;
  stateName: string;
  legalName: string | null;
  environment: Environment;
  environmentLabel: string;
  isSandbox: boolean;
  isDemo: boolean;
  baseUrl: string | null;
  userName: string;
  clientIdMasked: string;
  hasPassword: boolean;
  hasClientSecret: boolean;
  integration: { mode: IntegrationMode; gspName?: string; sync: SyncMode };
  whitelistedIps: string[];
  notes: string;
  hasPublicKey: boolean;
  hasSigningCert: boolean;
  lastTest: { at: string; ok: boolean; summary: string } | null;
  active: boolean;
}

/** What the wizard sends. Secrets are write-only: absent means "keep the stored one". */
export interface GstinProfileInput {
  gstin: string;
  environment: Environment;
  baseUrl?: string;
  userName: string;
  clientId?: string;
  integration: { mode: IntegrationMode; gspName?: string; sync: SyncMode };
  whitelistedIps?: string[];
  notes?: string;
  encryptionPublicKeyPem?: string;
  signingCertPem?: string;
  password?: string;
  clientSecret?: string;
}

export type ConnectionStepId = 'health' | 'auth' | 'gstin-details';

export interface ConnectionTestStep {
  id: ConnectionStepId;
  label: string;
  ok: boolean;
  /** Plain words: what was found, or what went wrong and what to do. */
  detail: string;
  code?: string;
}

export interface TaxpayerView {
  gstin: string;
  legalName: string | null;
  tradeName: string | null;
  address1: string | null;
  address2: string | null;
  location: string | null;
  pin: number | null;
  stateCode: string | null;
  status: string | null;
  statusLabel: string;
  blocked: boolean;
  taxpayerType: string | null;
  registeredOn: string | null;
  deregisteredOn: string | null;
}

export interface ConnectionTestReport {
  ok: boolean;
  steps: ConnectionTestStep[];
  /** IST `yyyy-MM-dd HH:mm:ss` as the IRP sent it. */
  tokenExpiry: string | null;
  taxpayer: TaxpayerView | null;
  testedAt: string;
}

export interface GstinSaveResult {
  saved: boolean;
  profile: GstinProfileView | null;
  report: ConnectionTestReport | null;
}

export interface IrpStatusView {
  gstin: string | null;
  environment: Environment | null;
  /** null until the first check. */
  up: boolean | null;
  checkedAt: string | null;
  latencyMs: number | null;
  message: string;
}

// ---------------------------------------------------------------- invoices and IRNs

export interface FindingView {
  code: string;
  /** JSON path in the IRP's document, e.g. `ItemList[2].HsnCd`. */
  field: string;
  message: string;
  severity: 'error' | 'warning';
}

export interface IrnView {
  irn: string;
  ackNo: string;
  /** As the IRP sent it: `yyyy-MM-dd HH:mm:ss` IST. */
  ackDt: string;
  /** ISO-8601 instant of the acknowledgement. */
  ackAt: string;
  status: 'ACT' | 'CNL';
  signedInvoice: string | null;
  signedQrCode: string | null;
  signatureStatus: 'verified' | 'unverified' | 'mismatch';
  source: 'generated' | 'reconciled' | 'portal';
  cancelledAt: string | null;
  cancelReason: '1' | '2' | '3' | '4' | null;
  cancelRemark: string | null;
}

export interface OutboxView {
  kind: 'generate-irn' | 'cancel-irn' | 'generate-ewb' | 'cancel-ewb';
  state: 'queued' | 'in-flight' | 'unknown' | 'done' | 'failed' | 'needs-attention';
  attempts: number;
  nextAttemptAt: string;
  lastErrorCode: string | null;
  lastErrorMessage: string | null;
}

export interface InvoiceDetailView {
  id: number;
  status: InvoiceStatus;
  partyId: number | null;
  /** The document as entered (amounts worked out by the tax engine from it). */
  invoice: InvoiceInput;
  /** Lines with their amounts and the document totals. */
  computed: Invoice;
  /** Offline validation findings, or the IRP's refusal for a failed invoice. */
  findings: FindingView[];
  irn: IrnView | null;
  /** The decoded `data` of SignedInvoice / SignedQRCode, when stored. */
  signedInvoiceData: Record<string, unknown> | null;
  signedQrData: Record<string, unknown> | null;
  /** The open or last IRP request for this invoice. */
  outbox: OutboxView | null;
  /** End of the 24-hour cancel window (ISO), while the IRN is active. */
  cancelDeadline: string | null;
  /** Why cancelling is not possible now, in plain words; null when it is. */
  cancelBlockedReason: string | null;
  isSandbox: boolean;
  amountInWords: string;
  /** E-way bills generated by this invoice's IRN, newest last. */
  ewayBills: EwayBillView[];
}

export interface InvoiceSaveRequest {
  id?: number;
  partyId?: number | null;
  invoice: InvoiceInput;
}

export interface DashboardDetail {
  cancellable: Array<{
    id: number;
    docNo: string;
    buyerName: string;
    totalPaise: number;
    ackAt: string;
    deadline: string;
  }>;
  failed: Array<{ id: number; docNo: string; buyerName: string; reason: string }>;
  pending: Array<{
    id: number;
    docNo: string;
    buyerName: string;
    state: string;
    nextAttemptAt: string | null;
    reason: string | null;
  }>;
  /** Active e-way bills with their validity (IST `yyyy-MM-dd HH:mm:ss`, or null for Part-A only). */
  ewayBills: Array<{ id: number; docNo: string; ewbNo: string; ewbDate: string; validTill: string | null }>;
  /** Documents not yet registered whose 30-day reporting limit is near (AATO ≥ ₹10 crore). */
  nearingReportingLimit: Array<{ id: number; docNo: string; docDate: string; daysLeft: number }>;
}

// ---------------------------------------------------------------- e-way bills and printing

export type TransportMode = 'road' | 'rail' | 'air' | 'ship';

/** Part-B of an e-way bill by IRN, as the form sends it. */
export interface PartBInput {
  /** Absent for Part-A only (a transporter is named and will add the vehicle later). */
  mode?: TransportMode;
  /** Kilometres 0-4000; 0 asks the IRP to work out the PIN-to-PIN distance. */
  distanceKm: number;
  vehicleNo?: string;
  /** Regular, or over-dimensional cargo (road and ship only). */
  vehicleType?: 'regular' | 'odc';
  transporterId?: string;
  transporterName?: string;
  transportDocNo?: string;
  /** dd/mm/yyyy. */
  transportDocDate?: string;
}

export interface EwayBillView {
  ewbNo: string;
  /** As the IRP sent it (IST). */
  ewbDate: string;
  validTill: string | null;
  status: 'ACT' | 'CNL';
  distanceKm: number;
  vehicleNo: string | null;
  transporterId: string | null;
  transporterName: string | null;
  cancelledAt: string | null;
}
