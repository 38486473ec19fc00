/**
 * Opening a ledger file: pragmas, integrity check, migration bookkeeping and the backup taken
 * before an existing ledger is migrated. Kept apart from the repositories so the rules about
 * refusing a file are in one place.
 */
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { LedgerError, LedgerErrorCode } from './errors';
import type { Migration } from './migrations';

export type Db = Database.Database;

export const MEMORY = ':memory:';
/** Above this size a full integrity_check costs seconds at every start; quick_check skips index cross-checks. */
export const QUICK_CHECK_ABOVE_BYTES = 50 * 1024 * 1024;

/** 'recent': not checked on this open, because the file passed a check within `checkAtMostEvery`. */
export type IntegrityCheck = 'integrity_check' | 'quick_check' | 'recent' | 'none';

/** Whether the file passed a check (table `integrity_checks`, migration 0005) less than `ms` before `now`. */
function passedWithin(db: Db, ms: number, now: Date): boolean {
  const table = db
    .prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'integrity_checks'`)
    .get();
  if (!table) return false;
  const row = db.prepare(`SELECT max(at) AS at FROM integrity_checks WHERE result = 'ok'`).get() as {
    at: string | null;
  };
  return row.at !== null && now.getTime() - new Date(row.at).getTime() < ms;
}

interface AppliedRow {
  version: number;
  name: string;
  checksum: string;
  applied_at: string;
}

function pad4(n: number): string {
  return String(n).padStart(4, '0');
}

function label(m: { version: number; name: string }): string {
  return `${pad4(m.version)}_${m.name}`;
}

/** `ledger.sqlite` → `ledger`; the backup names keep the user's own base name recognisable. */
function baseName(file: string): string {
  return path.basename(file).replace(/\.(sqlite3?|db)$/i, '');
}

/** Compact UTC stamp without colons (Windows file names cannot hold them). */
export function fileStamp(instant: Date): string {
  return instant
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
}

export function backupFolder(file: string, backupDir: string | undefined): string {
  return backupDir ?? path.dirname(path.resolve(file));
}

/** The newest `<name>.before-v<N>.<stamp>.sqlite` for this ledger, to name in the corruption message. */
export function latestBackup(file: string, backupDir: string | undefined): string | null {
  const dir = backupFolder(file, backupDir);
  const prefix = `${baseName(file)}.before-v`;
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.startsWith(prefix) && n.endsWith('.sqlite'));
  } catch {
    return null;
  }
  let best: { file: string; mtime: number } | null = null;
  for (const name of names) {
    const full = path.join(dir, name);
    const mtime = statSync(full).mtimeMs;
    if (best === null || mtime > best.mtime || (mtime === best.mtime && full > best.file))
      best = { file: full, mtime };
  }
  return best?.file ?? null;
}

function corruptError(file: string, backupDir: string | undefined, detail: string): LedgerError {
  const backup = latestBackup(file, backupDir);
  const what = backup
    ? `Close eInvoice Desk and restore the backup at ${backup} (copy it over ${file}).`
    : `Close eInvoice Desk and restore your most recent copy of ${file}; no automatic backup of it was found.`;
  return new LedgerError(
    LedgerErrorCode.Corrupt,
    `The ledger file ${file} is damaged and was not opened (${detail}). ${what}`,
    'file',
  );
}

function isCorruption(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB');
}

export interface OpenedDatabase {
  db: Db;
  existed: boolean;
  check: IntegrityCheck;
}

/** Opens the file, checks it is sound, and sets the pragmas every connection needs. */
/** Distinct SQL texts kept prepared; the repositories use far fewer, so this only guards a bug. */
const STATEMENT_CACHE_LIMIT = 1000;

/**
 * Repositories call `db.prepare(sql)` at the point of use, which keeps each query beside the
 * code that reads it; compiling the SQL every time, though, was the largest single cost of
 * registering a batch. So `prepare` answers from a cache keyed by the SQL text. The repositories
 * use statements only through get/all/run, never two iterators of one statement at once, so
 * sharing one statement object per text is safe.
 */
function cacheStatements(db: Db): void {
  const compile = db.prepare.bind(db);
  const cache = new Map<string, ReturnType<Db['prepare']>>();
  db.prepare = ((sql: string) => {
    let statement = cache.get(sql);
    if (!statement) {
      if (cache.size >= STATEMENT_CACHE_LIMIT) cache.clear();
      statement = compile(sql);
      cache.set(sql, statement);
    }
    return statement;
  }) as Db['prepare'];
}

export function openDatabase(
  file: string,
  opts: {
    backupDir?: string;
    busyTimeoutMs: number;
    quickCheckAboveBytes: number;
    /** Skip the check when the file passed one less than this long before `now` (ms). */
    checkAtMostEveryMs?: number;
    now?: Date;
  },
): OpenedDatabase {
  const memory = file === MEMORY;
  let size = 0;
  if (!memory) {
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    size = existsSync(file) ? statSync(file).size : 0;
  }
  const existed = size > 0;
  let db: Db;
  try {
    db = new Database(file);
  } catch (error) {
    if (isCorruption(error)) throw corruptError(file, opts.backupDir, 'it is not a SQLite database');
    throw error;
  }
  cacheStatements(db);
  try {
    db.pragma(`busy_timeout = ${Math.max(0, Math.trunc(opts.busyTimeoutMs))}`);
    let check: IntegrityCheck = 'none';
    const every = opts.checkAtMostEveryMs;
    if (existed && every !== undefined && passedWithin(db, every, opts.now ?? new Date())) {
      check = 'recent';
    } else if (existed) {
      check = size > opts.quickCheckAboveBytes ? 'quick_check' : 'integrity_check';
      const rows = db.pragma(check) as Array<Record<string, unknown>>;
      const messages = rows.map((r) => String(Object.values(r)[0]));
      if (messages.length !== 1 || messages[0] !== 'ok') {
        const lines = messages
          .flatMap((m) => m.split('\n'))
          .filter((l) => l.trim() !== '' && !l.startsWith('***'));
        throw corruptError(file, opts.backupDir, `SQLite ${check} reported: ${lines.slice(0, 3).join('; ')}`);
      }
    }
    // WAL lets the UI read while a background IRP call writes; it means nothing in memory.
    if (!memory) db.pragma('journal_mode = WAL');
    // NORMAL under WAL never corrupts; at worst the last commits before a power cut are lost.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    // A 64 MiB page cache (SQLite's default is 2 MiB): a year's ledger holds signed invoices of a
    // few KiB each, and a batch of thousands re-reads and rewrites the same table and index
    // pages; with the default they are evicted and fetched again from the file for every document.
    db.pragma('cache_size = -65536');
    // Savepoints (every nested transaction is one) keep the original of each page they touch in
    // a sub-journal, a temporary file by default: that was half of all bytes written while
    // registering a batch. In memory it costs a few pages per open savepoint.
    db.pragma('temp_store = MEMORY');
    // Checkpoint every 8,192 pages (32 MiB of WAL) instead of SQLite's 1,000: a page a batch
    // rewrites many times (an index, the outbox) is copied back into the file once per
    // checkpoint, not every few dozen invoices.
    if (!memory) db.pragma('wal_autocheckpoint = 8192');
    return { db, existed, check };
  } catch (error) {
    db.close();
    if (error instanceof LedgerError) throw error;
    if (isCorruption(error)) throw corruptError(file, opts.backupDir, (error as Error).message);
    throw error;
  }
}

const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version    INTEGER PRIMARY KEY,
  name       TEXT NOT NULL,
  checksum   TEXT NOT NULL,
  applied_at TEXT NOT NULL
) STRICT`;

/** Migrations applied to this file, in order. Refuses a database eInvoice Desk did not make. */
export function readApplied(db: Db, file: string): AppliedRow[] {
  const hasTable = db
    .prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'`)
    .get();
  if (!hasTable) {
    const other = db
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' LIMIT 1`)
      .get() as { name: string } | undefined;
    if (other) {
      throw new LedgerError(
        LedgerErrorCode.Foreign,
        `The file ${file} is a database that eInvoice Desk did not create (it has a table "${other.name}" but no migration record); choose another data folder or file.`,
        'file',
      );
    }
    db.exec(MIGRATIONS_TABLE);
  }
  return db
    .prepare('SELECT version, name, checksum, applied_at FROM schema_migrations ORDER BY version')
    .all() as AppliedRow[];
}

/**
 * The ledger's applied migrations must be the first N of the known ones, exactly. Anything
 * else means a newer (or different) build wrote this file, and touching it could lose data.
 */
export function checkPrefix(applied: AppliedRow[], known: Migration[], file: string): void {
  applied.forEach((row, i) => {
    const mine = known[i];
    if (mine === undefined) {
      const extra = applied.slice(known.length).map(label).join(', ');
      throw new LedgerError(
        LedgerErrorCode.OutOfSync,
        `The ledger ${file} has migrations this version of eInvoice Desk does not know (${extra}; this version knows up to ${label(known[known.length - 1] ?? { version: 0, name: 'none' })}). It was probably written by a newer version: update eInvoice Desk, or restore a backup made before that update.`,
        'file',
      );
    }
    if (row.version !== mine.version || row.name !== mine.name || row.checksum !== mine.checksum) {
      throw new LedgerError(
        LedgerErrorCode.OutOfSync,
        `The ledger ${file} records migration ${label(row)} (checksum ${row.checksum.slice(0, 12)}…), which differs from this version's ${label(mine)} (checksum ${mine.checksum.slice(0, 12)}…). It was written by a different build of eInvoice Desk: use that build, or restore a backup made with this one.`,
        'file',
      );
    }
  });
}

/** `<name>.before-v<N>.<stamp>.sqlite` in the backup folder, never overwriting an older one. */
export function backupPathFor(
  file: string,
  backupDir: string | undefined,
  version: number,
  at: Date,
): string {
  const dir = backupFolder(file, backupDir);
  mkdirSync(dir, { recursive: true });
  const stem = `${baseName(file)}.before-v${version}.${fileStamp(at)}`;
  let candidate = path.join(dir, `${stem}.sqlite`);
  for (let n = 2; existsSync(candidate); n++) candidate = path.join(dir, `${stem}-${n}.sqlite`);
  return candidate;
}

/**
 * Applies one migration in its own transaction, with its record; foreign keys are re-checked
 * before commit. The transaction is IMMEDIATE (write lock first) and re-reads the record
 * inside it, so when the app and the CLI open an old ledger at the same moment, the second
 * finds the work done instead of failing on "table already exists". Returns false then.
 */
export function applyMigration(db: Db, migration: Migration, appliedAt: string): boolean {
  const run = db.transaction((): boolean => {
    const done = db
      .prepare('SELECT name, checksum FROM schema_migrations WHERE version = ?')
      .get(migration.version) as { name: string; checksum: string } | undefined;
    if (done) {
      if (done.name !== migration.name || done.checksum !== migration.checksum) {
        throw new Error(
          `another program recorded a different migration ${pad4(migration.version)}_${done.name} meanwhile`,
        );
      }
      return false;
    }
    db.exec(migration.sql);
    const broken = db.pragma('foreign_key_check') as unknown[];
    if (broken.length > 0) {
      throw new Error(`it leaves ${broken.length} rows pointing at records that do not exist`);
    }
    db.prepare('INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)').run(
      migration.version,
      migration.name,
      migration.checksum,
      appliedAt,
    );
    db.pragma(`user_version = ${migration.version}`);
    return true;
  });
  try {
    return run.immediate();
  } catch (error) {
    throw new LedgerError(
      LedgerErrorCode.Migrations,
      `Ledger migration ${label(migration)} failed and was rolled back: ${(error as Error).message}.`,
    );
  }
}
