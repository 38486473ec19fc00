import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLedger, type Ledger } from './ledger';
import { sellerInput, tempDir, SELLER } from './testing';

/**
 * The app and the command can write one ledger at the same time. Here both connections live in
 * one thread, so the second is opened with no busy timeout: where it would wait in real life, it
 * fails at once, which shows who holds the write lock when.
 */
describe('two connections writing one ledger', () => {
  let folder: ReturnType<typeof tempDir>;
  let app: Ledger;
  let command: Ledger;

  beforeEach(async () => {
    folder = tempDir();
    const file = path.join(folder.dir, 'ledger.sqlite');
    app = await openLedger({ file });
    app.businesses.upsert(sellerInput());
    command = await openLedger({ file, busyTimeoutMs: 0 });
  });

  afterEach(() => {
    command.close();
    app.close();
    folder.cleanup();
  });

  it('takes the write lock when a transaction begins, so nobody commits between its reads and writes', () => {
    const outcome = app.tx(() => {
      // A read first: with a DEFERRED begin the lock would not be taken yet.
      expect(app.businesses.get(SELLER)?.gstin).toBe(SELLER);
      let other: unknown = null;
      try {
        command.audit.append({ actor: 'cli', action: 'invoice-save', outcome: 'ok' });
      } catch (error) {
        other = error;
      }
      // Before the fix this write committed, and the app's write below then failed with
      // SQLITE_BUSY_SNAPSHOT ("database is locked") without waiting at all.
      expect((other as { code?: string } | null)?.code).toBe('SQLITE_BUSY');
      return app.audit.append({ actor: 'user', action: 'invoice-save', outcome: 'ok' });
    });
    expect(outcome.id).toBeGreaterThan(0);
    // Once the app has committed, the command's write goes through.
    const later = command.audit.append({ actor: 'cli', action: 'invoice-save', outcome: 'ok' });
    expect(later.id).toBeGreaterThan(outcome.id);
    expect(app.audit.list().map((e) => e.actor)).toEqual(expect.arrayContaining(['user', 'cli']));
  });

  it('still nests: an inner transaction is a savepoint that rolls back alone', () => {
    app.tx(() => {
      app.audit.append({ actor: 'user', action: 'invoice-save', outcome: 'ok' });
      expect(() =>
        app.tx(() => {
          app.audit.append({ actor: 'user', action: 'invoice-delete', outcome: 'ok' });
          throw new Error('undo this one');
        }),
      ).toThrow('undo this one');
    });
    const actions = app.audit.list().map((e) => e.action);
    expect(actions).toContain('invoice-save');
    expect(actions).not.toContain('invoice-delete');
  });
});
