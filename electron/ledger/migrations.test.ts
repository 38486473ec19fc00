import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LedgerError, LedgerErrorCode } from './errors';
import { openLedger, rawDatabase } from './ledger';
import { loadMigrations, makeMigration, migrationChecksum, type Migration } from './migrations';
import { draftInput, fixedClock, sellerInput, tempDir } from './testing';

const ALL = loadMigrations();

function tables(db: Database.Database): string[] {
  return (
    db
      .prepare(
        `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`,
      )
      .all() as Array<{
      name: string;
    }>
  ).map((r) => r.name);
}

function indexNames(db: Database.Database): string[] {
  return (
    db.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL`).all() as Array<{
      name: string;
    }>
  ).map((r) => r.name);
}

async function expectLedgerError(promise: Promise<unknown>, code: string): Promise<LedgerError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LedgerError);
  expect((error as LedgerError).code).toBe(code);
  return error as LedgerError;
}

describe('migration files', () => {
  it('are numbered from 1 without gaps and carry a checksum of their SQL', () => {
    expect(ALL.map((m) => m.version)).toEqual(ALL.map((_, i) => i + 1));
    expect(ALL[0]?.name).toBe('initial');
    for (const m of ALL) expect(m.checksum).toBe(migrationChecksum(m.sql));
  });

  it('give the same checksum for CRLF and LF line endings (a Windows checkout is not tampering)', () => {
    expect(migrationChecksum('CREATE TABLE a (x);\r\nCREATE TABLE b (y);\r\n')).toBe(
      migrationChecksum('CREATE TABLE a (x);\nCREATE TABLE b (y);\n'),
    );
    expect(migrationChecksum('CREATE TABLE a (x);')).not.toBe(migrationChecksum('CREATE TABLE a (z);'));
  });

  describe('loading from a folder', () => {
    let t: ReturnType<typeof tempDir>;
    beforeEach(() => (t = tempDir()));
    afterEach(() => t.cleanup());

    it('refuses a gap in the numbering', () => {
      writeFileSync(path.join(t.dir, '0001_a.sql'), 'CREATE TABLE a (x);');
      writeFileSync(path.join(t.dir, '0003_c.sql'), 'CREATE TABLE c (x);');
      expect(() => loadMigrations(t.dir)).toThrow(/expected 2, found 3/);
    });

    it('refuses a badly named file', () => {
      writeFileSync(path.join(t.dir, '1_a.sql'), 'CREATE TABLE a (x);');
      expect(() => loadMigrations(t.dir)).toThrow(/not named like 0001_name\.sql/);
    });

    it('refuses a missing or empty folder', () => {
      expect(() => loadMigrations(path.join(t.dir, 'nowhere'))).toThrow(/cannot be read/);
      mkdirSync(path.join(t.dir, 'empty'));
      expect(() => loadMigrations(path.join(t.dir, 'empty'))).toThrow(/No ledger migrations/);
    });

    it('reads files in version order whatever the directory order', () => {
      writeFileSync(path.join(t.dir, '0002_b.sql'), 'CREATE TABLE b (x);');
      writeFileSync(path.join(t.dir, '0001_a.sql'), 'CREATE TABLE a (x);');
      expect(loadMigrations(t.dir).map((m) => `${m.version}:${m.name}`)).toEqual(['1:a', '2:b']);
    });
  });
});

describe('migrating', () => {
  let t: ReturnType<typeof tempDir>;
  beforeEach(() => (t = tempDir()));
  afterEach(() => t.cleanup());

  it('builds the whole schema on an empty in-memory ledger and records every migration', async () => {
    const ledger = await openLedger({ file: ':memory:' });
    const db = rawDatabase(ledger);
    expect(tables(db)).toEqual(
      expect.arrayContaining([
        'businesses',
        'parties',
        'items',
        'document_series',
        'invoices',
        'invoice_lines',
        'irn_records',
        'ewaybills',
        'outbox',
        'outbox_attempts',
        'audit_log',
        'schema_migrations',
      ]),
    );
    const recorded = db
      .prepare('SELECT version, name, checksum FROM schema_migrations ORDER BY version')
      .all();
    expect(recorded).toEqual(ALL.map((m) => ({ version: m.version, name: m.name, checksum: m.checksum })));
    expect(db.pragma('user_version', { simple: true })).toBe(ALL.length);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(ledger.schemaVersion()).toBe(ALL.length);
    expect(ledger.report).toEqual({
      integrityCheck: 'none',
      migrated: ALL.map((m) => m.version),
      backupPath: null,
      schemaVersion: ALL.length,
    });
    ledger.close();
  });

  it('creates a new file in WAL mode with synchronous=NORMAL and the batch settings, and takes no backup of it', async () => {
    const file = path.join(t.dir, 'nested', 'ledger.sqlite');
    const ledger = await openLedger({ file });
    const db = rawDatabase(ledger);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    // Batch settings: a 64 MiB page cache, savepoint journals in memory, checkpoints every 8,192 pages.
    expect(db.pragma('cache_size', { simple: true })).toBe(-65536);
    expect(db.pragma('temp_store', { simple: true })).toBe(2);
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(8192);
    expect(ledger.report.backupPath).toBeNull();
    ledger.close();
    expect(readdirSync(path.join(t.dir, 'nested')).filter((n) => n.includes('.before-v'))).toEqual([]);
  });

  // Each earlier version: stop there, add data, then open with every migration.
  for (let from = 1; from < ALL.length; from++) {
    it(`migrates a ledger at version ${from} forward, keeping its data and backing it up first`, async () => {
      const file = path.join(t.dir, 'ledger.sqlite');
      const backupDir = path.join(t.dir, 'backups');
      const clock = fixedClock('2024-07-15T04:30:00.000Z');
      const old = await openLedger({ file, migrations: ALL.slice(0, from), now: clock.now });
      old.businesses.upsert(sellerInput());
      const saved = old.invoices.saveDraft(draftInput());
      expect(old.schemaVersion()).toBe(from);
      old.close();

      clock.set('2024-07-16T05:00:00.000Z');
      const ledger = await openLedger({ file, backupDir, now: clock.now });
      expect(ledger.report.migrated).toEqual(ALL.slice(from).map((m) => m.version));
      expect(ledger.schemaVersion()).toBe(ALL.length);
      expect(ledger.invoices.get(saved.id)?.docNo).toBe('INV/001');
      expect(indexNames(rawDatabase(ledger))).toContain('invoices_by_business_date');

      const backup = ledger.report.backupPath;
      expect(backup).toBe(path.join(backupDir, `ledger.before-v${from + 1}.20240716T050000Z.sqlite`));
      ledger.close();
      // The backup is the ledger as it was: at the old version, with the data.
      const copy = new Database(backup as string, { readonly: true });
      expect((copy.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number }).v).toBe(
        from,
      );
      expect((copy.prepare('SELECT doc_no FROM invoices').get() as { doc_no: string }).doc_no).toBe(
        'INV/001',
      );
      // The register indexes arrive with 0002: a backup taken before it must not have them.
      if (from < 2) expect(indexNames(copy)).not.toContain('invoices_by_business_date');
      copy.close();
    });
  }

  it('takes no backup and applies nothing when the ledger is current', async () => {
    const file = path.join(t.dir, 'ledger.sqlite');
    (await openLedger({ file })).close();
    const again = await openLedger({ file });
    expect(again.report).toMatchObject({ migrated: [], backupPath: null, integrityCheck: 'integrity_check' });
    again.close();
    expect(readdirSync(t.dir).filter((n) => n.includes('.before-v'))).toEqual([]);
  });

  it('never overwrites an earlier backup taken in the same second', async () => {
    const file = path.join(t.dir, 'ledger.sqlite');
    const clock = fixedClock();
    const extra = (n: number) =>
      makeMigration(ALL.length + n, `extra_${n}`, `CREATE TABLE extra_${n} (x INTEGER);`);
    (await openLedger({ file, now: clock.now })).close();
    const first = await openLedger({ file, now: clock.now, migrations: [...ALL, extra(1)] });
    first.close();
    const second = await openLedger({ file, now: clock.now, migrations: [...ALL, extra(1), extra(2)] });
    second.close();
    expect(first.report.backupPath).not.toBe(second.report.backupPath);
    expect(existsSync(first.report.backupPath as string)).toBe(true);
    expect(existsSync(second.report.backupPath as string)).toBe(true);
  });

  it('rolls back a migration that fails, leaving the ledger at the previous version', async () => {
    const file = path.join(t.dir, 'ledger.sqlite');
    (await openLedger({ file })).close();
    const broken: Migration = makeMigration(
      ALL.length + 1,
      'broken',
      'CREATE TABLE half_done (x INTEGER);\nINSERT INTO no_such_table VALUES (1);',
    );
    const error = await expectLedgerError(
      openLedger({ file, migrations: [...ALL, broken] }),
      LedgerErrorCode.Migrations,
    );
    expect(error.message).toMatch(/_broken failed and was rolled back/);
    const db = new Database(file, { readonly: true });
    expect(tables(db)).not.toContain('half_done');
    expect((db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number }).v).toBe(
      ALL.length,
    );
    db.close();
  });
});

describe('refusing a ledger that is out of step', () => {
  let t: ReturnType<typeof tempDir>;
  let file: string;
  beforeEach(() => {
    t = tempDir();
    file = path.join(t.dir, 'ledger.sqlite');
  });
  afterEach(() => t.cleanup());

  it('refuses a ledger migrated by a newer version, naming the unknown migration', async () => {
    const future = makeMigration(
      ALL.length + 1,
      'from_the_future',
      'CREATE TABLE future_things (x INTEGER);',
    );
    (await openLedger({ file, migrations: [...ALL, future] })).close();
    const error = await expectLedgerError(openLedger({ file }), LedgerErrorCode.OutOfSync);
    expect(error.message).toContain(`${String(ALL.length + 1).padStart(4, '0')}_from_the_future`);
    expect(error.message).toMatch(/update eInvoice Desk/);
  });

  it('refuses a ledger whose recorded migration has a different checksum', async () => {
    (await openLedger({ file })).close();
    const db = new Database(file);
    db.prepare(`UPDATE schema_migrations SET checksum = 'feedface' WHERE version = 1`).run();
    db.close();
    const error = await expectLedgerError(openLedger({ file }), LedgerErrorCode.OutOfSync);
    expect(error.message).toMatch(/0001_initial \(checksum feedface…\), which differs/);
  });

  it('refuses a ledger whose migration was applied under another name', async () => {
    (await openLedger({ file })).close();
    const db = new Database(file);
    db.prepare(`UPDATE schema_migrations SET name = 'renamed' WHERE version = 1`).run();
    db.close();
    await expectLedgerError(openLedger({ file }), LedgerErrorCode.OutOfSync);
  });

  it('does not touch a refused ledger (no backup, no migration)', async () => {
    const future = makeMigration(ALL.length + 1, 'later', 'CREATE TABLE later (x INTEGER);');
    (await openLedger({ file, migrations: [...ALL, future] })).close();
    await expectLedgerError(openLedger({ file }), LedgerErrorCode.OutOfSync);
    expect(readdirSync(t.dir).filter((n) => n.includes('.before-v'))).toEqual([]);
  });

  it('refuses a SQLite file that eInvoice Desk did not make', async () => {
    const db = new Database(file);
    db.exec('CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)');
    db.close();
    const error = await expectLedgerError(openLedger({ file }), LedgerErrorCode.Foreign);
    expect(error.message).toContain('"customers"');
  });
});

describe('two programs opening an old ledger at once', () => {
  let t: ReturnType<typeof tempDir>;
  beforeEach(() => (t = tempDir()));
  afterEach(() => t.cleanup());

  it('the second finds the migration already applied instead of failing', async () => {
    const file = path.join(t.dir, 'ledger.sqlite');
    (await openLedger({ file, migrations: ALL.slice(0, 1) })).close();
    // Both read "version 1" before either migrates: simulate by applying 0002 behind the first one's back.
    const { applyMigration } = await import('./open');
    const other = new Database(file);
    expect(applyMigration(other, ALL[1] as Migration, '2024-07-15T00:00:00.000Z')).toBe(true);
    expect(applyMigration(other, ALL[1] as Migration, '2024-07-15T00:00:00.000Z')).toBe(false);
    other.close();
    const ledger = await openLedger({ file });
    expect(ledger.report.migrated).toEqual(ALL.slice(2).map((m) => m.version));
    expect(ledger.schemaVersion()).toBe(ALL.length);
    ledger.close();
  });
});
