/**
 * An in-memory DeskApi for the renderer's unit tests. Channels a test does not care about
 * throw "not used", so a new channel in the contract never breaks the fake.
 */
import { CHANNELS, type DeskApi } from '../../shared/api/contract';
import type { InvoiceInput } from '../../shared/invoice';
import type { ItemView, PartyView } from '../../shared/api/masters';
import type {
  AppInfo,
  BusinessSummary,
  ConnectionTestReport,
  GstinProfileInput,
  GstinProfileView,
  InvoiceDetailView,
  InvoiceRow,
  InvoiceSaveRequest,
  SettingsView,
} from '../../shared/api/types';
import { buildInvoice } from '../../shared/tax';

export const BUSINESSES: BusinessSummary[] = [
  {
    gstin: '27AAPFU0939F1ZV',
    pan: 'AAPFU0939F',
    legalName: 'Udyog Traders',
    tradeName: null,
    stateCode: '27',
    environment: 'builtin',
  },
  {
    gstin: '29AAPFU0939F1ZR',
    pan: 'AAPFU0939F',
    legalName: 'Udyog Traders',
    tradeName: 'Udyog South',
    stateCode: '29',
    environment: 'builtin',
  },
];

export const INVOICE: InvoiceRow = {
  id: 1,
  sellerGstin: '27AAPFU0939F1ZV',
  docType: 'INV',
  docNo: 'UT/25-26/0001',
  docDate: '16/06/2025',
  buyerName: 'Shree Ganesh Stores',
  buyerGstin: '29AWGPV7107B1Z1',
  totalPaise: 1_23_45_678_50,
  status: 'generated',
  irn: 'a'.repeat(64),
  ackNo: '112510000000001',
  ackDt: '2025-06-16 10:30:05',
};

export function profileView(overrides: Partial<GstinProfileView> & { gstin: string }): GstinProfileView {
  return {
    pan: overrides.gstin.slice(2, 12),
    stateCode: overrides.gstin.slice(0, 2),
    stateName: 'Maharashtra',
    legalName: 'Udyog Traders',
    environment: 'builtin',
    environmentLabel: 'Built-in practice sandbox',
    isSandbox: true,
    isDemo: false,
    baseUrl: null,
    userName: 'udyog_api',
    clientIdMasked: 'UDY…ENT',
    hasPassword: true,
    hasClientSecret: true,
    integration: { mode: 'direct', sync: 'synchronous' },
    whitelistedIps: [],
    notes: '',
    hasPublicKey: true,
    hasSigningCert: true,
    lastTest: { at: '2025-06-16T05:01:00.000Z', ok: true, summary: 'Connected.' },
    active: false,
    ...overrides,
  };
}

export const PASSING_REPORT: ConnectionTestReport = {
  ok: true,
  steps: [
    { id: 'health', label: 'IRP answers', ok: true, detail: 'Built-in practice sandbox answered in 3 ms.' },
    {
      id: 'auth',
      label: 'Sign in with the API user',
      ok: true,
      detail: 'Signed in. The session is valid until 16/06/2025 16:30 (IST).',
    },
    {
      id: 'gstin-details',
      label: 'Read this GSTIN from the IRP',
      ok: true,
      detail: 'Sahyadri Engineering Works, active, Pune.',
    },
  ],
  tokenExpiry: '2025-06-16 16:30:00',
  taxpayer: {
    gstin: '27AAKFS7310Q1ZK',
    legalName: 'Sahyadri Engineering Works',
    tradeName: 'Sahyadri Engineering',
    address1: 'Plot 14, MIDC Bhosari',
    address2: null,
    location: 'Pune',
    pin: 411026,
    stateCode: '27',
    status: 'ACT',
    statusLabel: 'Active',
    blocked: false,
    taxpayerType: 'REG',
    registeredOn: null,
    deregisteredOn: null,
  },
  testedAt: '2025-06-16T05:02:00.000Z',
};

/** A blank document as `invoice-new` gives it: the demo seller in Karnataka, the next number, today. */
export function blankInvoice(docType: 'INV' | 'CRN' | 'DBN' = 'INV'): InvoiceInput {
  return {
    version: '1.1',
    supplyType: 'B2B',
    reverseCharge: false,
    igstOnIntra: false,
    docType,
    docNo: 'VT/25-26/0007',
    docDate: '16/06/2025',
    seller: {
      gstin: '29AAGCV4521M1ZW',
      legalName: 'Vasundhara Textiles Private Limited',
      address1: '12 Industrial Layout',
      location: 'Bengaluru',
      pin: 560058,
      stateCode: '29',
    },
    buyer: { gstin: '', legalName: '', placeOfSupply: '', address1: '', location: '', stateCode: '' },
    lines: [],
    roundOff: true,
  };
}

export const PARTY: PartyView = {
  id: 7,
  businessGstin: '29AAGCV4521M1ZW',
  gstin: '27AAKFS7310Q1ZK',
  legalName: 'Sahyadri Engineering Works',
  tradeName: null,
  address1: 'Plot 22, Pimpri-Chinchwad',
  address2: null,
  location: 'Pune',
  pin: 411018,
  stateCode: '27',
  countryCode: 'IN',
  phone: null,
  email: null,
  status: 'ACT',
  blockStatus: 'U',
  fetchedAt: '2025-06-16T05:00:00.000Z',
  createdAt: '2025-06-16T05:00:00.000Z',
  updatedAt: '2025-06-16T05:00:00.000Z',
  kind: 'registered',
  kindLabel: 'Registered',
  stateName: 'Maharashtra',
  countryName: 'India',
  stale: false,
  warnings: [],
};

export const ITEM: ItemView = {
  id: 3,
  businessGstin: '29AAGCV4521M1ZW',
  description: 'Cotton fabric, dyed',
  hsnCode: '520811',
  isService: false,
  unit: 'MTR',
  gstRateMilli: 5000,
  cessRateMilli: 0,
  cessNonAdvolPaise: 0,
  defaultUnitPriceMilli: 245_500,
  createdAt: '2025-06-16T05:00:00.000Z',
  updatedAt: '2025-06-16T05:00:00.000Z',
  unitName: 'Metres',
};

function notUsed(): never {
  throw new Error('not used by these tests');
}

/** What the main process answers to invoice-save for a new draft: the saved invoice, no IRN yet. */
export function savedDraftView(req: InvoiceSaveRequest, id: number): InvoiceDetailView {
  return {
    id,
    status: 'draft',
    partyId: req.partyId ?? null,
    invoice: req.invoice,
    computed: buildInvoice(req.invoice),
    findings: [],
    irn: null,
    signedInvoiceData: null,
    signedQrData: null,
    outbox: null,
    cancelDeadline: null,
    cancelBlockedReason: 'The invoice has no IRN yet.',
    isSandbox: true,
    amountInWords: '',
    ewayBills: [],
  };
}

export type FakeDesk = DeskApi & {
  activated: string[];
  saved: Array<{ profile: GstinProfileInput; withoutTest: boolean }>;
  tested: GstinProfileInput[];
};

export function fakeDesk(overrides: Partial<DeskApi> = {}, profiles: GstinProfileView[] = []): FakeDesk {
  let settings: SettingsView = {
    activeGstin: '27AAPFU0939F1ZV',
    roundOffTotals: true,
    healthPollSeconds: 60,
  };
  const activated: string[] = [];
  const saved: FakeDesk['saved'] = [];
  const tested: GstinProfileInput[] = [];
  const info = (): AppInfo => ({
    name: 'eInvoice Desk',
    version: '0.1.0',
    mode: 'browser',
    dataDir: '/home/clerk/.einvoice-desk',
    activeGstin: settings.activeGstin,
    environment: 'builtin',
    isSandbox: true,
  });
  const base = Object.fromEntries(CHANNELS.map((c) => [c, async () => notUsed()])) as unknown as DeskApi;
  const known: Partial<DeskApi> = {
    'app-info': async () => info(),
    'settings-get': async () => settings,
    'settings-update': async (patch) => (settings = { ...settings, ...patch }),
    'business-list': async () => BUSINESSES,
    'business-activate': async ({ gstin }) => {
      activated.push(gstin);
      return (settings = { ...settings, activeGstin: gstin });
    },
    'party-list': async () => [],
    'item-list': async () => [],
    'invoice-list': async () => ({ rows: [INVOICE], total: 1 }),
    'dashboard-detail': async () => ({
      cancellable: [],
      failed: [],
      pending: [],
      ewayBills: [],
      nearingReportingLimit: [],
    }),
    'invoice-new': async (req) => blankInvoice(req.docType ?? 'INV'),
    // Browser mode: there is no system viewer to open a PDF in.
    'pdf-open': async () => ({ opened: false, path: null }),
    'dashboard-summary': async () => ({
      generatedToday: 3,
      pending: 1,
      failed: 0,
      cancellableNow: 2,
      drafts: 12,
    }),
    'gstin-profiles': async () => profiles.map((p) => ({ ...p, active: p.gstin === settings.activeGstin })),
    'gstin-test': async (req) => {
      if ('draft' in req) tested.push(req.draft);
      return PASSING_REPORT;
    },
    'gstin-save': async ({ profile, withoutTest }) => {
      saved.push({ profile, withoutTest: withoutTest === true });
      return {
        saved: true,
        profile: profileView({ gstin: profile.gstin }),
        report: withoutTest ? null : PASSING_REPORT,
      };
    },
    'irp-status': async () => ({
      gstin: settings.activeGstin,
      environment: 'builtin',
      up: true,
      checkedAt: null,
      latencyMs: 3,
      message: 'The IRP is answering (3 ms).',
    }),
  };
  return Object.assign(base, known, overrides, { activated, saved, tested });
}
