/**
 * The ledger: one SQLite file (better-sqlite3) holding everything the desk has issued.
 *
 * `openLedger` is async because better-sqlite3's `backup()` is: an existing ledger with pending
 * migrations is copied with `.backup()` before the first migration touches it. Opening refuses
 * (with a LedgerError naming what to do) a file that fails SQLite's integrity check, a
 * database eInvoice Desk did not make, and a ledger whose applied migrations are not a prefix
 * of the ones this build knows.
 */
import { loadMigrations, type Migration } from './migrations';
import {
  MEMORY,
  QUICK_CHECK_ABOVE_BYTES,
  applyMigration,
  backupPathFor,
  checkPrefix,
  openDatabase,
  readApplied,
  type Db,
  type IntegrityCheck,
} from './open';
import { AuditRepo } from './repos/audit-repo';
import { transactional, type RepoContext } from './repos/context';
import { BusinessRepo } from './repos/business-repo';
import { EwayBillRepo } from './repos/ewaybill-repo';
import { InvoiceRepo } from './repos/invoice-repo';
import { IrnRepo } from './repos/irn-repo';
import { ItemRepo } from './repos/item-repo';
import { OutboxRepo } from './repos/outbox-repo';
import { PartyRepo } from './repos/party-repo';
import { SeriesRepo } from './repos/series-repo';

export interface OpenLedgerOptions {
  /** Path of the SQLite file (created with its folder if missing), or `:memory:`. */
  file: string;
  /** Where `<name>.before-v<N>.<stamp>.sqlite` copies go; beside the file when absent. */
  backupDir?: string;
  /** The clock for created_at / updated_at and backup names; injected so tests pin time. */
  now?: () => Date;
  /** Folder of `NNNN_name.sql` files; see migrations/index.ts for the bundled Electron build. */
  migrationsDir?: string;
  /** The migrations themselves, overriding `migrationsDir` (tests). */
  migrations?: Migration[];
  /** Files larger than this get `quick_check` instead of the full `integrity_check`. */
  quickCheckAboveBytes?: number;
  /**
   * Check the file only when it last passed a check longer ago than this (ms); every open when
   * absent. The command line uses a day: it may be started once per invoice, and a check reads
   * the whole file.
   */
  checkAtMostEveryMs?: number;
  busyTimeoutMs?: number;
  /** The process id recorded on claimed outbox requests; this process's by default (tests pose as others). */
  processId?: number;
}

/** What happened while opening, for the log and the About screen. */
export interface OpenReport {
  integrityCheck: IntegrityCheck;
  /** Versions applied by this open (empty when the ledger was already current). */
  migrated: number[];
  /** The copy taken before migrating, if one was needed. */
  backupPath: string | null;
  schemaVersion: number;
}

export interface Ledger {
  readonly file: string;
  readonly report: OpenReport;
  readonly businesses: BusinessRepo;
  readonly parties: PartyRepo;
  readonly items: ItemRepo;
  readonly series: SeriesRepo;
  readonly invoices: InvoiceRepo;
  readonly irns: IrnRepo;
  readonly ewaybills: EwayBillRepo;
  readonly outbox: OutboxRepo;
  readonly audit: AuditRepo;
  /**
   * Runs `fn` in one transaction: all of its repository calls commit together or not at all.
   * Nests (inner calls become savepoints). `fn` must be synchronous: better-sqlite3 cannot
   * hold a transaction open across an `await`, and an IRP call must never sit inside one.
   */
  tx<T>(fn: () => T): T;
  /** Copies the live ledger to `destination` (safe while in use). */
  backup(destination: string): Promise<string>;
  schemaVersion(): number;
  close(): void;
}

const databases = new WeakMap<Ledger, Db>();

/** The raw connection, for the ledger's own tests and tools; never for SQL outside electron/ledger/. */
export function rawDatabase(ledger: Ledger): Db {
  const db = databases.get(ledger);
  if (!db) throw new Error('Not a ledger opened by openLedger.');
  return db;
}

export async function openLedger(options: OpenLedgerOptions): Promise<Ledger> {
  const now = options.now ?? (() => new Date());
  const known = options.migrations ?? loadMigrations(options.migrationsDir);
  const { db, existed, check } = openDatabase(options.file, {
    backupDir: options.backupDir,
    busyTimeoutMs: options.busyTimeoutMs ?? 5000,
    quickCheckAboveBytes: options.quickCheckAboveBytes ?? QUICK_CHECK_ABOVE_BYTES,
    ...(options.checkAtMostEveryMs !== undefined
      ? { checkAtMostEveryMs: options.checkAtMostEveryMs, now: now() }
      : {}),
  });
  try {
    const applied = readApplied(db, options.file);
    checkPrefix(applied, known, options.file);
    const pending = known.slice(applied.length);
    let backupPath: string | null = null;
    const first = pending[0];
    if (first && existed && applied.length > 0 && options.file !== MEMORY) {
      backupPath = backupPathFor(options.file, options.backupDir, first.version, now());
      await db.backup(backupPath);
    }
    const migrated: number[] = [];
    for (const migration of pending) {
      if (applyMigration(db, migration, now().toISOString())) migrated.push(migration.version);
    }
    if (check === 'integrity_check' || check === 'quick_check') {
      db.prepare(`INSERT INTO integrity_checks (at, kind, result) VALUES (?, ?, 'ok')`).run(
        now().toISOString(),
        check,
      );
    }
    const report: OpenReport = {
      integrityCheck: check,
      migrated,
      backupPath,
      schemaVersion: known.length,
    };
    return createLedger(db, options.file, report, now, options.processId ?? process.pid);
  } catch (error) {
    db.close();
    throw error;
  }
}

function createLedger(db: Db, file: string, report: OpenReport, now: () => Date, processId: number): Ledger {
  const ctx: RepoContext = { db, now, processId };
  const invoices = new InvoiceRepo(ctx);
  const ledger: Ledger = {
    file,
    report,
    businesses: new BusinessRepo(ctx),
    parties: new PartyRepo(ctx),
    items: new ItemRepo(ctx),
    series: new SeriesRepo(ctx),
    invoices,
    irns: new IrnRepo(ctx, invoices),
    ewaybills: new EwayBillRepo(ctx),
    outbox: new OutboxRepo(ctx),
    audit: new AuditRepo(ctx),
    tx: <T>(fn: () => T): T => transactional(ctx, fn)(),
    backup: async (destination: string) => {
      await db.backup(destination);
      return destination;
    },
    schemaVersion: () => {
      const row = db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number | null };
      return row.v ?? 0;
    },
    close: () => {
      if (db.open) db.close();
    },
  };
  databases.set(ledger, db);
  return ledger;
}
