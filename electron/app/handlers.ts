/**
 * The API contract's handlers: thin adapters from channels to the ledger, settings and other
 * services. Business logic lives in the services; here only "who is asking about what".
 */
import { DeskError, LocalErrorCode, type AppInfo, type RunMode } from '../../shared/api';
import { isSandboxEnvironment } from '../../shared/irp/environments';
import { toBusinessSummary, toItemSummary, toPartySummary, type Ledger } from '../ledger';
import { toSettingsView, type SettingsStore } from '../settings';
import type { GstinService } from '../gstin/gstin-service';
import type { IrpStatusMonitor } from '../gstin/irp-status';
import type { Handlers } from '../ipc/router';
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
    'party-list': (req) => {
      const business = activeBusiness();
      if (!business) return [];
      return ledger.parties
        .list({ businessGstin: business.gstin, search: searchText(req?.search) })
        .map(toPartySummary);
    },
    'item-list': (req) => {
      const business = activeBusiness();
      if (!business) return [];
      return ledger.items
        .list({ businessGstin: business.gstin, search: searchText(req?.search) })
        .map(toItemSummary);
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
  };
}
