import { closeSync, openSync, statSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LedgerError, LedgerErrorCode } from './errors';
import { openLedger } from './ledger';
import { makeMigration, loadMigrations } from './migrations';
import { draftInput, fixedClock, sellerInput, tempDir } from './testing';

/** Overwrites three pages in the middle of the file (away from the header and schema page). */
function damage(file: string): void {
  const pageSize = 4096;
  const pages = statSync(file).size / pageSize;
  const fd = openSync(file, 'r+');
  const garbage = Buffer.alloc(pageSize * 3, 0xab);
  writeSync(fd, garbage, 0, garbage.length, Math.floor(pages / 2) * pageSize);
  closeSync(fd);
}

async function filledLedger(file: string, backupDir?: string, now?: () => Date) {
  const ledger = await openLedger({ file, backupDir, now });
  ledger.businesses.upsert(sellerInput());
  ledger.tx(() => {
    for (let i = 0; i < 300; i++) ledger.invoices.saveDraft(draftInput({ docNo: `A${i}` }));
  });
  ledger.close();
}

async function openError(promise: Promise<unknown>): Promise<LedgerError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LedgerError);
  return error as LedgerError;
}

describe('integrity check on open', () => {
  let t: ReturnType<typeof tempDir>;
  let file: string;
  beforeEach(() => {
    t = tempDir();
    file = path.join(t.dir, 'ledger.sqlite');
  });
  afterEach(() => t.cleanup());

  it('refuses a damaged ledger, in plain words, when there is no backup to name', async () => {
    await filledLedger(file);
    damage(file);
    const error = await openError(openLedger({ file }));
    expect(error.code).toBe(LedgerErrorCode.Corrupt);
    expect(error.message).toContain(`The ledger file ${file} is damaged`);
    expect(error.message).toMatch(/restore your most recent copy/);
    expect(error.message).not.toMatch(/\n/);
  });

  it('names the newest automatic backup to restore', async () => {
    const backupDir = path.join(t.dir, 'backups');
    const clock = fixedClock();
    const all = loadMigrations();
    (await openLedger({ file, backupDir, now: clock.now, migrations: all.slice(0, 1) })).close();
    await filledLedger(file, backupDir, clock.now); // migrates 1 → latest, taking a backup
    damage(file);
    const error = await openError(openLedger({ file, backupDir }));
    expect(error.code).toBe(LedgerErrorCode.Corrupt);
    expect(error.message).toContain(
      `restore the backup at ${path.join(backupDir, 'ledger.before-v2.20240715T043000Z.sqlite')}`,
    );
  });

  it('refuses a file that is not a database at all', async () => {
    writeFileSync(file, 'these are not the pages you are looking for'.repeat(200));
    const error = await openError(openLedger({ file }));
    expect(error.code).toBe(LedgerErrorCode.Corrupt);
    expect(error.message).toMatch(/damaged/);
  });

  it('uses quick_check above the size threshold and the full check below it', async () => {
    await filledLedger(file);
    const small = await openLedger({ file });
    expect(small.report.integrityCheck).toBe('integrity_check');
    small.close();
    const large = await openLedger({ file, quickCheckAboveBytes: 1024 });
    expect(large.report.integrityCheck).toBe('quick_check');
    large.close();
  });

  it('quick_check also refuses a damaged file', async () => {
    await filledLedger(file);
    damage(file);
    const error = await openError(openLedger({ file, quickCheckAboveBytes: 0 }));
    expect(error.code).toBe(LedgerErrorCode.Corrupt);
    expect(error.message).toMatch(/quick_check|damaged/);
  });

  it('a sound ledger passes and keeps its data', async () => {
    await filledLedger(file);
    const ledger = await openLedger({
      file,
      migrations: [...loadMigrations(), makeMigration(loadMigrations().length + 1, 'noop', 'SELECT 1;')],
    });
    expect(ledger.report.integrityCheck).toBe('integrity_check');
    expect(ledger.invoices.list({ limit: 1 }).total).toBe(300);
    ledger.close();
  });

  it('checks at most once a day when asked to, and again at once after a failed or stale check', async () => {
    const clock = fixedClock();
    const DAY = 24 * 60 * 60 * 1000;
    await filledLedger(file, undefined, clock.now);
    const open = async () => {
      const ledger = await openLedger({ file, now: clock.now, checkAtMostEveryMs: DAY });
      const check = ledger.report.integrityCheck;
      ledger.close();
      return check;
    };
    expect(await open()).toBe('integrity_check'); // never checked before: checked now
    clock.advanceMinutes(23 * 60);
    expect(await open()).toBe('recent');
    clock.advanceMinutes(2 * 60);
    expect(await open()).toBe('integrity_check');
    // Without the option (the desktop app) every open checks.
    const app = await openLedger({ file, now: clock.now });
    expect(app.report.integrityCheck).toBe('integrity_check');
    app.close();
    // Damage found by a full open is never hidden by a recent pass recorded in the file.
    damage(file);
    const error = await openError(openLedger({ file, now: clock.now }));
    expect(error.code).toBe(LedgerErrorCode.Corrupt);
  });
});
