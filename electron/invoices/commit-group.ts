/**
 * Group commit for the outbox's writes. With many requests in flight, answers arrive a few per
 * turn of the event loop and workers claim the next entries as often; writing each in its own
 * transaction made the commits themselves (every touched page copied into the WAL again) the
 * largest single cost of a big batch. Here the writes queued during one turn (claims and
 * answers alike) commit together at the next `setImmediate`.
 *
 * What each write promised still holds: its statements (answer, status change, attempt, audit)
 * run together inside a savepoint, so one that throws rolls back alone and only its caller sees
 * the error; the others commit. A caller's promise settles only after the commit, so nothing is
 * reported as stored before it is. A crash before the commit loses only answers whose entries
 * are still `in-flight` in the ledger, which the next start reconciles with the IRP like any
 * other unknown outcome.
 */
import type { Ledger } from '../ledger';

interface Queued {
  write: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

export class CommitGroup {
  private queued: Queued[] = [];
  private scheduled = false;

  /**
   * @param ledger where the writes go
   * @param beforeEach runs first in every group's transaction (the IRP calls' audit entries, so
   *   they commit with the outcomes they explain)
   */
  constructor(
    private readonly ledger: Ledger,
    private readonly beforeEach: () => void = () => undefined,
  ) {}

  /** Queues `write` (synchronous, statements only) and resolves with its result once committed. */
  run<T>(write: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queued.push({ write, resolve: resolve as (value: unknown) => void, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  /** Commits everything queued so far in one transaction. */
  flush(): void {
    this.scheduled = false;
    const group = this.queued;
    if (group.length === 0) return;
    this.queued = [];
    const failures = new Map<Queued, unknown>();
    const results = new Map<Queued, unknown>();
    try {
      this.ledger.tx(() => {
        this.beforeEach();
        for (const item of group) {
          try {
            // A nested tx is a savepoint: a write that throws leaves no half of itself behind.
            results.set(item, this.ledger.tx(item.write));
          } catch (error) {
            failures.set(item, error);
          }
        }
      });
    } catch (error) {
      // The commit itself failed (disk full, ledger locked too long): nothing in the group is stored.
      for (const item of group) item.reject(error);
      return;
    }
    for (const item of group) {
      if (failures.has(item)) item.reject(failures.get(item));
      else item.resolve(results.get(item));
    }
  }
}
