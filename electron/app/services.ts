/**
 * Composition: everything a running app (Electron, browser mode) or the CLI needs, opened from
 * one data folder. The only place that knows how the pieces fit together.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RunMode } from '../../shared/api';
import { GstinService } from '../gstin/gstin-service';
import { IrpStatusMonitor } from '../gstin/irp-status';
import { IrpRegistry } from '../gstin/registry';
import { EwayBillService } from '../ewaybill/ewaybill-service';
import { InvoiceService } from '../invoices/invoice-service';
import { PrintService } from '../print/print-service';
import { OutboxProcessor, type FaultHooks } from '../invoices/outbox-processor';
import { OutboxRunner } from '../invoices/outbox-runner';
import { createRouter, type Router } from '../ipc/router';
import { ItemService, PartyService, ledgerRemoval } from '../masters';
import type { Timeouts } from '../irp/transport';
import { openLedger, type Ledger } from '../ledger';
import { createConfStore, type SettingsStore } from '../settings';
import { createVault, selectCipher, type SafeStorageLike, type Vault } from '../vault';
import { clockFromEnv, type Clock } from './clock';
import { openEmbeddedSandbox, type EmbeddedSandbox } from './embedded-sandbox';
import { createHandlers } from './handlers';

export interface AppServicesOptions {
  dataDir: string;
  mode: RunMode;
  /** electron-store in Electron; conf in plain Node when absent. */
  settings?: SettingsStore;
  /** Electron's safeStorage (DPAPI on Windows); the AES key file in plain Node when absent. */
  safeStorage?: SafeStorageLike;
  /** The bundled Electron build passes the copied migrations folder. */
  migrationsDir?: string;
  now?: Clock;
  timeouts?: Timeouts;
  /** Tests only: simulate crashes at points of the outbox processing. */
  outboxHooks?: FaultHooks;
  /** Where the invoice fonts are (the packaged app passes its resources folder). */
  fontsDir?: string;
  /** Opens a file in the system's default application (the desktop app passes shell.openPath). */
  openFile?: (file: string) => Promise<void>;
}

export interface AppServices {
  dataDir: string;
  mode: RunMode;
  ledger: Ledger;
  settings: SettingsStore;
  vault: Vault;
  registry: IrpRegistry;
  gstins: GstinService;
  irpStatus: IrpStatusMonitor;
  invoices: InvoiceService;
  outbox: OutboxRunner;
  ewaybills: EwayBillService;
  print: PrintService;
  router: Router;
  now: Clock;
  /** The app's first-start default and background work: demo business, IRP health polling. */
  startBackground(): Promise<void>;
  close(): Promise<void>;
}

export const LEDGER_FILE = 'ledger.sqlite';

function appVersion(): string {
  // package.json sits two folders up from electron/app in source and one up from dist/electron in builds.
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const candidate of [
    path.join(here, '..', '..', 'package.json'),
    path.join(here, '..', 'package.json'),
  ]) {
    try {
      const pkg = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'einvoice-desk' && pkg.version) return pkg.version;
    } catch {
      // try the next location
    }
  }
  return '0.0.0';
}

export async function openAppServices(options: AppServicesOptions): Promise<AppServices> {
  mkdirSync(options.dataDir, { recursive: true });
  const now = options.now ?? clockFromEnv();
  const settings = options.settings ?? createConfStore(options.dataDir, { now });
  const ledger = await openLedger({
    file: path.join(options.dataDir, LEDGER_FILE),
    backupDir: path.join(options.dataDir, 'backups'),
    now,
    ...(options.migrationsDir ? { migrationsDir: options.migrationsDir } : {}),
    // The desktop app checks the file at every start; a script may start the command once per
    // invoice, so it checks at most once a day (a check reads the whole file).
    ...(options.mode === 'cli' ? { checkAtMostEveryMs: 24 * 60 * 60 * 1000 } : {}),
  });
  const cipher = selectCipher({
    dataDir: options.dataDir,
    ...(options.safeStorage ? { safeStorage: options.safeStorage } : {}),
  });
  const vault = createVault({
    dataDir: options.dataDir,
    cipher: cipher.cipher,
    alsoRead: cipher.alsoRead,
    now,
  });

  // The built-in sandbox starts on first need only: a user with real GSTINs never runs it.
  let sandbox: Promise<EmbeddedSandbox> | null = null;
  const getSandbox = () => {
    // The sandbox's clock starts at the app's, so a pinned app clock (demos, tests) agrees with it.
    sandbox ??= openEmbeddedSandbox(options.dataDir, { now: now() }).catch((error: unknown) => {
      sandbox = null;
      throw error;
    });
    return sandbox;
  };

  const actor = options.mode === 'cli' ? 'cli' : 'user';
  const registry = new IrpRegistry({
    vault,
    ledger,
    sandbox: getSandbox,
    now,
    actor,
    ...(options.timeouts ? { timeouts: options.timeouts } : {}),
  });
  const gstins = new GstinService({ vault, ledger, settings, registry, sandbox: getSandbox, now, actor });
  const irpStatus = new IrpStatusMonitor({ registry, settings, vault, now });
  const processor = new OutboxProcessor({
    ledger,
    registry,
    now,
    actor,
    ...(options.outboxHooks ? { hooks: options.outboxHooks } : {}),
  });
  const outbox = new OutboxRunner({ ledger, processor, now });
  const ewaybills = new EwayBillService({ ledger, registry, now, actor });
  const invoices = new InvoiceService({ ledger, registry, settings, processor, ewaybills, now, actor });
  const print = new PrintService({
    ledger,
    registry,
    invoices,
    ...(options.fontsDir ? { fontsDir: options.fontsDir } : {}),
  });
  const activeGstin = () => settings.get('activeGstin');
  const removal = ledgerRemoval(ledger);
  const parties = new PartyService({
    ledger,
    now,
    activeGstin,
    removal,
    lookup: (gstin, opts) => gstins.lookup(gstin, opts ?? {}),
  });
  const items = new ItemService({ ledger, activeGstin, removal });
  const router = createRouter(
    createHandlers({
      ledger,
      settings,
      dataDir: options.dataDir,
      mode: options.mode,
      version: appVersion(),
      now,
      gstins,
      irpStatus,
      invoices,
      outbox,
      parties,
      items,
      ewaybills,
      print,
      ...(options.openFile ? { openFile: options.openFile } : {}),
    }),
  );

  return {
    dataDir: options.dataDir,
    mode: options.mode,
    ledger,
    settings,
    vault,
    registry,
    gstins,
    irpStatus,
    invoices,
    outbox,
    ewaybills,
    print,
    router,
    now,
    async startBackground() {
      // Requests a previous run left half-sent are unknown outcomes: reconcile, never resend
      // blindly. Only those past the lease: the command may be sending the others right now.
      outbox.recoverAbandoned();
      await gstins.ensureDemo();
      irpStatus.start();
      outbox.start();
    },
    async close() {
      irpStatus.stop();
      await outbox.stop();
      registry.flushAudit();
      if (sandbox) await (await sandbox.catch(() => null))?.close();
      ledger.close();
    },
  };
}
