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

export interface InvoiceListQuery {
  status?: InvoiceStatus;
  search?: string;
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
