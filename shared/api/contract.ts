/**
 * The one typed contract between the renderer and the main process.
 *
 * Every renderer → main call is a channel named `domain-verb`. The same map types the
 * main-process router (electron/ipc), the preload's `window.desk`, the browser-mode HTTP
 * client and the tests, so a channel cannot be added on one side only. Requests and
 * responses are plain JSON values: they cross Electron's structured clone and HTTP alike.
 */
import type { InvoiceInput } from '../invoice';
import type { Envelope } from './result';
import type { ItemSaveInput, ItemView, PartyDraft, PartyRefresh, PartySaveInput, PartyView } from './masters';
import type {
  AppInfo,
  BusinessSummary,
  ConnectionTestReport,
  DashboardDetail,
  DashboardSummary,
  InvoiceDetailView,
  InvoiceSaveRequest,
  GstinProfileInput,
  GstinProfileView,
  GstinSaveResult,
  IrpStatusView,
  PartBInput,
  TaxpayerView,
  InvoiceListQuery,
  InvoiceListPage,
  SettingsPatch,
  SettingsView,
} from './types';

export interface DeskContract {
  /** Version, mode (electron | browser), data folder, active GSTIN and environment. */
  'app-info': { req: void; res: AppInfo };
  'settings-get': { req: void; res: SettingsView };
  'settings-update': { req: SettingsPatch; res: SettingsView };
  /** GSTINs (businesses) kept in the ledger, grouped by PAN in the UI. */
  'business-list': { req: void; res: BusinessSummary[] };
  'business-activate': { req: { gstin: string }; res: SettingsView };
  /** Search as you type: name, trade name or GSTIN. */
  'party-list': { req: { search?: string; limit?: number }; res: PartyView[] };
  'party-get': { req: { id: number }; res: PartyView };
  /** Creates (no id) or updates a party of the active GSTIN. */
  'party-save': { req: PartySaveInput; res: PartyView };
  'party-remove': { req: { id: number }; res: { removed: boolean } };
  /** Get GSTIN details from the IRP into a party form, with warnings (cancelled, inactive, blocked…). */
  'party-fetch': { req: { gstin: string; sync?: boolean }; res: PartyDraft };
  /** Re-reads a registered party from the IRP when its details are older than 30 days. */
  'party-refresh': { req: { id: number }; res: PartyRefresh };
  /** Search as you type: description or HSN/SAC. */
  'item-list': { req: { search?: string; limit?: number }; res: ItemView[] };
  'item-get': { req: { id: number }; res: ItemView };
  'item-save': { req: ItemSaveInput; res: ItemView };
  'item-remove': { req: { id: number }; res: { removed: boolean } };
  'invoice-list': { req: InvoiceListQuery; res: InvoiceListPage };
  'dashboard-summary': { req: void; res: DashboardSummary };
  /** API access per GSTIN, secrets masked. */
  'gstin-profiles': { req: void; res: GstinProfileView[] };
  /** Test connection: a saved GSTIN, or the wizard's unsaved draft. */
  'gstin-test': { req: { gstin: string } | { draft: GstinProfileInput }; res: ConnectionTestReport };
  /** Tests, then saves only if the test passed; `withoutTest` saves at once (the user's explicit choice). */
  'gstin-save': { req: { profile: GstinProfileInput; withoutTest?: boolean }; res: GstinSaveResult };
  'gstin-remove': { req: { gstin: string }; res: { removed: boolean } };
  /** Get GSTIN details (or sync them from the common portal) as the active GSTIN. */
  'gstin-lookup': { req: { gstin: string; sync?: boolean }; res: TaxpayerView };
  /** The IRP health light; `refresh` checks now instead of returning the last check. */
  'irp-status': { req: { refresh?: boolean }; res: IrpStatusView };
  /** Cancellable IRNs with their deadlines, failures with reasons, pending requests, reporting-limit warnings. */
  'dashboard-detail': { req: void; res: DashboardDetail };
  /** A blank document for the editor: seller, next number, today. */
  'invoice-new': { req: { docType?: 'INV' | 'CRN' | 'DBN' }; res: InvoiceInput };
  'invoice-get': { req: { id: number }; res: InvoiceDetailView };
  /** Saves a draft without the IRP's rules; only the document's identity is required. */
  'invoice-save': { req: InvoiceSaveRequest; res: InvoiceDetailView };
  /** Validates, records the intent, and registers with the IRP (pending when it cannot be reached). */
  'invoice-generate': { req: { id: number }; res: InvoiceDetailView };
  'invoice-credit-note': { req: { id: number }; res: InvoiceDetailView };
  'invoice-export-csv': { req: InvoiceListQuery; res: { fileName: string; csv: string } };
  /** Cancels the IRN within 24 hours: reason 1 duplicate, 2 data entry mistake, 3 order cancelled, 4 others. */
  'irn-cancel': {
    req: { id: number; reason: '1' | '2' | '3' | '4'; remark: string };
    res: InvoiceDetailView;
  };
  /** Get IRN details from the IRP (status, signed copies). */
  'irn-refresh': { req: { id: number }; res: InvoiceDetailView };
  /** Records an IRN generated or cancelled on the portal outside the app (audited). */
  'irn-mark': {
    req:
      | { id: number; action: 'generated'; irn: string; ackNo: string; ackDt: string }
      | { id: number; action: 'cancelled'; reason: string; remark: string };
    res: InvoiceDetailView;
  };
  /** Sends what is queued now instead of waiting for the background retry. */
  'outbox-retry': {
    req: void;
    res: { processed: number; generated: number; failed: number; stillPending: number };
  };
  /**
   * The e-invoice PDF of one or several invoices (one file), after checking each signed QR code
   * against the IRP's certificate and the ledger. Base64, for a download or the print dialog.
   */
  'invoice-print': { req: { ids: number[] }; res: { fileName: string; pdfBase64: string } };
  /** E-way bill by IRN: Part-B (distance 0 lets the IRP compute it). */
  'ewb-generate': {
    req: { invoiceId: number; partB: PartBInput };
    res: InvoiceDetailView & { computedDistanceKm: number | null };
  };
  /** Cancels an e-way bill within 24 hours: 1 duplicate, 2 order cancelled, 3 data entry mistake, 4 others. */
  'ewb-cancel': {
    req: { invoiceId: number; ewbNo: string; reason: 1 | 2 | 3 | 4; remark: string };
    res: InvoiceDetailView;
  };
  /** Get e-way bill by IRN from the IRP. */
  'ewb-refresh': { req: { invoiceId: number }; res: InvoiceDetailView };
  /**
   * Desktop app only: saves a printed PDF under the data folder and opens it in the system's PDF
   * viewer, whose Print command reaches the printer. `opened: false` in browser mode.
   */
  'pdf-open': { req: { fileName: string; pdfBase64: string }; res: { opened: boolean; path: string | null } };
}

export type Channel = keyof DeskContract;
export type RequestOf<C extends Channel> = DeskContract[C]['req'];
export type ResponseOf<C extends Channel> = DeskContract[C]['res'];

/**
 * Runtime list of channels. `satisfies Record<Channel, true>` makes the compiler refuse a
 * contract entry missing here (and a name here that is not in the contract).
 */
const channelTable = {
  'app-info': true,
  'settings-get': true,
  'settings-update': true,
  'business-list': true,
  'business-activate': true,
  'party-list': true,
  'item-list': true,
  'party-get': true,
  'party-save': true,
  'party-remove': true,
  'party-fetch': true,
  'party-refresh': true,
  'item-get': true,
  'item-save': true,
  'item-remove': true,
  'invoice-list': true,
  'dashboard-summary': true,
  'gstin-profiles': true,
  'gstin-test': true,
  'gstin-save': true,
  'gstin-remove': true,
  'gstin-lookup': true,
  'irp-status': true,
  'dashboard-detail': true,
  'invoice-new': true,
  'invoice-get': true,
  'invoice-save': true,
  'invoice-generate': true,
  'invoice-credit-note': true,
  'invoice-export-csv': true,
  'irn-cancel': true,
  'irn-refresh': true,
  'irn-mark': true,
  'outbox-retry': true,
  'invoice-print': true,
  'ewb-generate': true,
  'ewb-cancel': true,
  'ewb-refresh': true,
  'pdf-open': true,
} as const satisfies Record<Channel, true>;

export const CHANNELS = Object.keys(channelTable) as Channel[];

export function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(channelTable, name);
}

/** What the preload and the browser client expose: one function per channel, answering envelopes. */
export type DeskBridge = {
  [C in Channel]: RequestOf<C> extends void
    ? () => Promise<Envelope<ResponseOf<C>>>
    : (req: RequestOf<C>) => Promise<Envelope<ResponseOf<C>>>;
};

/** The renderer's view: the same functions, answering values and throwing DeskError. */
export type DeskApi = {
  [C in Channel]: RequestOf<C> extends void
    ? () => Promise<ResponseOf<C>>
    : (req: RequestOf<C>) => Promise<ResponseOf<C>>;
};

/** Builds a bridge from one generic `invoke`: used by the preload (ipcRenderer) and by the HTTP client. */
export function buildBridge(
  invoke: (channel: Channel, req: unknown) => Promise<Envelope<unknown>>,
): DeskBridge {
  const bridge: Record<string, (req?: unknown) => Promise<Envelope<unknown>>> = {};
  for (const channel of CHANNELS) bridge[channel] = (req?: unknown) => invoke(channel, req);
  return bridge as unknown as DeskBridge;
}
