/**
 * The API contract's handlers: thin adapters from channels to the ledger, settings and other
 * services. Business logic lives in the services; here only "who is asking about what".
 */
import { DeskError, LocalErrorCode, type AppInfo, type RunMode } from '../../shared/api';
import { formatIstDate } from '../../shared/time/ist';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isSandboxEnvironment } from '../../shared/irp/environments';
import { toBusinessSummary, type Ledger } from '../ledger';
import { toSettingsView, type SettingsStore } from '../settings';
import type { GstinService } from '../gstin/gstin-service';
import { registerCsv } from '../invoices/csv';
import type { InvoiceService } from '../invoices/invoice-service';
import type { OutboxRunner } from '../invoices/outbox-runner';
import type { IrpStatusMonitor } from '../gstin/irp-status';
import type { Handlers } from '../ipc/router';
import type { ItemService, PartyService } from '../masters';
import type { EwayBillService } from '../ewaybill/ewaybill-service';
import type { PrintService } from '../print/print-service';
import type { Clock } from './clock';

export interface HandlerDeps {
  ledger: Ledger;
  settings: SettingsStore;
  dataDir: string;
  mode: RunMode;
  version: string;
  now: Clock;
  gstins: GstinService;
  irpStatus: IrpStatusMonitor;
  invoices: InvoiceService;
  outbox: OutboxRunner;
  parties: PartyService;
  items: ItemService;
  ewaybills: EwayBillService;
  print: PrintService;
  /** Opens a file with the system's default application (Electron's shell.openPath); absent in browser mode. */
  openFile?: (file: string) => Promise<void>;
}

function idOf(req: { id?: unknown } | undefined): number {
  const id = Number(req?.id);
  if (!Number.isInteger(id) || id <= 0)
    throw new DeskError(LocalErrorCode.BadRequest, 'Which invoice? The id is missing.', 'id');
  return id;
}

const MAX_SEARCH = 100;

function searchText(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string')
    throw new DeskError(LocalErrorCode.BadRequest, 'Search must be text.', 'search');
  if (value.length > MAX_SEARCH) {
    throw new DeskError(
      LocalErrorCode.BadRequest,
      `Search text can be at most ${MAX_SEARCH} characters.`,
      'search',
    );
  }
  return value.trim() || undefined;
}

function requireObject<T>(value: T, field: string): NonNullable<T> {
  if (typeof value !== 'object' || value === null) {
    throw new DeskError(LocalErrorCode.BadRequest, 'The request is missing its details.', field);
  }
  return value as NonNullable<T>;
}

export function createHandlers(deps: HandlerDeps): Handlers {
  const { ledger, settings } = deps;

  /** The active GSTIN, if it still exists in the ledger. */
  const activeBusiness = () => {
    const gstin = settings.get('activeGstin');
    return gstin ? ledger.businesses.get(gstin) : null;
  };

  return {
    'app-info': (): AppInfo => {
      const business = activeBusiness();
      const environment = business?.environment ?? null;
      return {
        name: 'eInvoice Desk',
        version: deps.version,
        mode: deps.mode,
        dataDir: deps.dataDir,
        activeGstin: business?.gstin ?? null,
        environment,
        isSandbox: environment !== null && isSandboxEnvironment(environment),
      };
    },
    'settings-get': () => toSettingsView(settings.all()),
    'settings-update': (patch) => {
      if (typeof patch !== 'object' || patch === null) {
        throw new DeskError(LocalErrorCode.BadRequest, 'Settings to change must be given as an object.');
      }
      if ('activeGstin' in patch && patch.activeGstin && !ledger.businesses.get(patch.activeGstin)) {
        throw new DeskError(
          LocalErrorCode.NotFound,
          `GSTIN ${patch.activeGstin} is not set up in this app.`,
          'activeGstin',
        );
      }
      return toSettingsView(settings.update(patch));
    },
    'business-list': () => ledger.businesses.list().map(toBusinessSummary),
    'business-activate': (req) => {
      const gstin = typeof req?.gstin === 'string' ? req.gstin.trim().toUpperCase() : '';
      if (!ledger.businesses.get(gstin)) {
        throw new DeskError(
          LocalErrorCode.NotFound,
          `GSTIN ${gstin || '(none)'} is not set up in this app.`,
          'gstin',
        );
      }
      return toSettingsView(settings.update({ activeGstin: gstin }));
    },
    'party-list': (req) =>
      activeBusiness() ? deps.parties.list({ search: searchText(req?.search), limit: req?.limit ?? 50 }) : [],
    'party-get': (req) => deps.parties.get(idOf(req)),
    'party-save': (req) => {
      const business = activeBusiness();
      // Only a sandbox may use NIC's test GSTINs that fail the check digit; never the renderer's say-so.
      const relaxChecksum = business?.environment ? isSandboxEnvironment(business.environment) : false;
      return deps.parties.save({ ...requireObject(req, 'party'), relaxChecksum });
    },
    'party-remove': (req) => {
      deps.parties.remove(idOf(req));
      return { removed: true };
    },
    'party-fetch': (req) => {
      const { gstin, sync } = requireObject(req, 'gstin');
      return deps.parties.fetchFromIrp(gstin, { sync: sync === true });
    },
    'party-refresh': (req) => deps.parties.refreshIfStale(idOf(req)),
    'item-list': (req) =>
      activeBusiness() ? deps.items.list({ search: searchText(req?.search), limit: req?.limit ?? 50 }) : [],
    'item-get': (req) => deps.items.get(idOf(req)),
    'item-save': (req) => deps.items.save(requireObject(req, 'item')),
    'item-remove': (req) => {
      deps.items.remove(idOf(req));
      return { removed: true };
    },
    'invoice-list': (req) => {
      const business = activeBusiness();
      if (!business) return { rows: [], total: 0 };
      return ledger.invoices.list({ ...req, search: searchText(req?.search), businessGstin: business.gstin });
    },
    'dashboard-summary': () => ledger.invoices.dashboardSummary(deps.now(), activeBusiness()?.gstin),
    'gstin-profiles': () => deps.gstins.list(),
    'gstin-test': (req) => deps.gstins.test(requireObject(req, 'gstin')),
    'gstin-save': (req) => {
      const { profile, withoutTest } = requireObject(req, 'profile');
      return deps.gstins.save(requireObject(profile, 'profile'), { withoutTest: withoutTest === true });
    },
    'gstin-remove': (req) => deps.gstins.remove(requireObject(req, 'gstin').gstin),
    'gstin-lookup': (req) => {
      const { gstin, sync } = requireObject(req, 'gstin');
      return deps.gstins.lookup(gstin, { sync: sync === true });
    },
    'irp-status': (req) => (req?.refresh ? deps.irpStatus.check() : deps.irpStatus.current()),
    'dashboard-detail': () =>
      activeBusiness()
        ? deps.invoices.dashboardDetail()
        : { cancellable: [], failed: [], pending: [], ewayBills: [], nearingReportingLimit: [] },
    'invoice-new': (req) => deps.invoices.newDraft(req?.docType ?? 'INV'),
    'invoice-get': (req) => deps.invoices.get(idOf(req)),
    'invoice-save': (req) => deps.invoices.save(requireObject(req, 'invoice')),
    'invoice-generate': async (req) => {
      const { result: _result, ...view } = await deps.invoices.generate(idOf(req));
      return view;
    },
    'invoice-credit-note': (req) => deps.invoices.creditNoteFor(idOf(req)),
    'invoice-export-csv': (req) => {
      const business = activeBusiness();
      const rows = business
        ? ledger.invoices.listAll({ ...req, search: searchText(req?.search), businessGstin: business.gstin })
        : [];
      const stamp = formatIstDate(deps.now()).split('/').reverse().join('-');
      return {
        fileName: `einvoice-register-${business?.gstin ?? 'none'}-${stamp}.csv`,
        csv: registerCsv(rows),
      };
    },
    'irn-cancel': async (req) => {
      const { id, reason, remark } = requireObject(req, 'id');
      const { result: _result, ...view } = await deps.invoices.cancel(idOf({ id }), reason, remark);
      return view;
    },
    'irn-refresh': (req) => deps.invoices.refreshIrn(idOf(req)),
    'irn-mark': (req) => {
      const mark = requireObject(req, 'id');
      return deps.invoices.markOnPortal(idOf(mark), mark);
    },
    'invoice-print': async (req) => {
      const ids = Array.isArray(req?.ids) ? req.ids.map((id) => idOf({ id })) : [];
      if (ids.length === 0)
        throw new DeskError(LocalErrorCode.BadRequest, 'Choose at least one invoice to print.', 'ids');
      if (ids.length === 1) {
        const { fileName, pdf } = await deps.print.printInvoice(ids[0]!);
        return { fileName, pdfBase64: pdf.toString('base64') };
      }
      const pdf = await deps.print.printMany(ids);
      const stamp = formatIstDate(deps.now()).split('/').reverse().join('-');
      return { fileName: `e-invoices-${ids.length}-${stamp}.pdf`, pdfBase64: pdf.toString('base64') };
    },
    'ewb-generate': async (req) => {
      const { invoiceId, partB } = requireObject(req, 'invoiceId');
      const id = idOf({ id: invoiceId });
      const result = await deps.ewaybills.generate(id, requireObject(partB, 'partB'));
      return { ...deps.invoices.get(id), computedDistanceKm: result.computedDistanceKm };
    },
    'ewb-cancel': async (req) => {
      const { invoiceId, ewbNo, reason, remark } = requireObject(req, 'ewbNo');
      await deps.ewaybills.cancel(ewbNo, reason, remark);
      return deps.invoices.get(idOf({ id: invoiceId }));
    },
    'ewb-refresh': async (req) => {
      const id = idOf({ id: requireObject(req, 'invoiceId').invoiceId });
      await deps.ewaybills.refresh(id);
      return deps.invoices.get(id);
    },
    'pdf-open': async (req) => {
      const { fileName, pdfBase64 } = requireObject(req, 'fileName');
      if (!deps.openFile) return { opened: false, path: null };
      // Only a plain file name inside the data folder's prints folder: never a path from the page.
      const safe = path.basename(String(fileName)).replace(/[^A-Za-z0-9._-]/g, '_') || 'e-invoice.pdf';
      const dir = path.join(deps.dataDir, 'prints');
      mkdirSync(dir, { recursive: true });
      const file = path.join(dir, safe.toLowerCase().endsWith('.pdf') ? safe : `${safe}.pdf`);
      writeFileSync(file, Buffer.from(String(pdfBase64), 'base64'));
      await deps.openFile(file);
      return { opened: true, path: file };
    },
    'outbox-retry': async () => {
      const summary = await deps.outbox.drain({ concurrency: 4 });
      return {
        processed: summary.processed,
        generated: summary.byOutcome.done,
        failed: summary.byOutcome.failed + summary.byOutcome['needs-attention'],
        stillPending: summary.byOutcome['retry-later'] + summary.byOutcome.unknown,
      };
    },
  };
}
