/**
 * Drains the outbox with bounded concurrency: unknown outcomes are reconciled first, then due
 * requests are sent. The same runner serves the background retry in the app, `einvoice-desk
 * retry`, and batch generation from the CLI. Concurrency is bounded so that a big batch neither
 * floods the IRP (which throttles and blocks abusive clients) nor waits on one call at a time.
 */
import type { Clock } from '../app/clock';
import { MAX_CONCURRENT_CALLS } from '../irp/transport';
import type { Ledger, OutboxEntry } from '../ledger';
import { EntryFeed } from './entry-feed';
import { IrpSlots } from './irp-slots';
import type { OutboxProcessor, ProcessResult } from './outbox-processor';

export const DEFAULT_CONCURRENCY = 16;

/** Entries worked on per call allowed at the IRP (see drain). */
const WORKERS_PER_CALL = 2;

/**
 * How long a claimed request may take before it counts as abandoned: far beyond the few calls
 * of one attempt (each at most 35 s by the client's timeouts), so an entry another process on
 * the same ledger is still sending is never taken from it.
 */
export const IN_FLIGHT_LEASE_MS = 10 * 60_000;

export interface DrainOptions {
  concurrency?: number;
  /**
   * Only these entries, each tried once (a CLI batch), or those a producer is still adding
   * (an EntryFeed); all due entries when absent.
   */
  only?: readonly number[] | EntryFeed;
  onProgress?: (done: number, result: ProcessResult, entry: OutboxEntry) => void;
}

export interface DrainSummary {
  processed: number;
  byOutcome: Record<ProcessResult['outcome'], number>;
}

/** Whether a process with this id runs (signal 0 only asks; EPERM means it runs as another user). */
export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function emptySummary(): DrainSummary {
  return {
    processed: 0,
    byOutcome: { done: 0, failed: 0, 'retry-later': 0, unknown: 0, 'needs-attention': 0 },
  };
}

function feedOf(ids: readonly number[]): EntryFeed {
  const feed = new EntryFeed();
  feed.push(ids);
  feed.close();
  return feed;
}

export class OutboxRunner {
  private background: ReturnType<typeof setInterval> | null = null;
  private draining: Promise<DrainSummary> | null = null;

  constructor(
    private readonly deps: {
      ledger: Ledger;
      processor: OutboxProcessor;
      now: Clock;
      /** Where a failed background drain is reported; the console by default. */
      logger?: { error(message: string, error: unknown): void };
    },
  ) {
    this.deps = { logger: console, ...deps };
  }

  private async claimNext(queue: EntryFeed | null): Promise<OutboxEntry | null> {
    if (queue) {
      // A batch: each listed entry is claimed once, whatever its due time (the user asked now),
      // unless it was written already claimed.
      for (let item = await queue.next(); item !== null; item = await queue.next()) {
        if (typeof item !== 'number') {
          // Written already claimed. A claim that waited in the feed for half its lease (a slow
          // IRP at low concurrency) is renewed before it is sent; one taken back meanwhile by
          // another process as abandoned is that process's now, and is skipped.
          const renewBefore = new Date(this.deps.now().getTime() - IN_FLIGHT_LEASE_MS / 2).toISOString();
          if (item.updatedAt >= renewBefore || this.deps.ledger.outbox.renewClaim(item.id)) return item;
          continue;
        }
        const claimed = await this.deps.processor.claim(item);
        if (claimed) return claimed;
      }
      return null;
    }
    const now = this.deps.now();
    return (
      this.deps.ledger.outbox.claim({ now, limit: 1, from: 'unknown' })[0] ??
      this.deps.ledger.outbox.claim({ now, limit: 1, from: 'queued' })[0] ??
      null
    );
  }

  /**
   * Processes every due entry (or those in `only`) with at most `concurrency` calls at the IRP at
   * once. Twice as many entries are worked on as there are calls allowed: an entry whose answer
   * waits for its group commit holds no call, and the next request goes out meanwhile.
   */
  async drain(options: DrainOptions = {}): Promise<DrainSummary> {
    const summary = emptySummary();
    const slots = new IrpSlots(
      Math.max(1, Math.min(options.concurrency ?? DEFAULT_CONCURRENCY, MAX_CONCURRENT_CALLS)),
    );
    const queue =
      options.only instanceof EntryFeed ? options.only : options.only ? feedOf(options.only) : null;
    // A worker that fails (a bug, a ledger refusal) stops the drain, but only once every other
    // worker has finished the entry it holds: the caller closes the ledger after the drain, and
    // must not close it under calls still at the IRP. No entry is claimed after the failure
    // (one a batch claimed ahead just before it stays in flight; see the worker's finally).
    let failure: { error: unknown } | null = null;
    const worker = async () => {
      let next: Promise<OutboxEntry | null> | null = this.claimNext(queue);
      try {
        for (;;) {
          const entry = await next;
          next = null;
          if (!entry || failure) return;
          // In a batch the next entry is claimed while this one is with the IRP, so its claim
          // commits during the round trip and the worker sends again as soon as this answer is
          // recorded, instead of waiting for one more commit first. A run that dies meanwhile
          // leaves that entry in flight unsent, which recovery reconciles like any other.
          if (queue) next = this.claimNext(queue);
          const result = await this.deps.processor.process(entry, { slots });
          summary.processed += 1;
          summary.byOutcome[result.outcome] += 1;
          options.onProgress?.(summary.processed, result, entry);
          if (failure) return;
          if (!queue) next = this.claimNext(queue);
        }
      } finally {
        // A claim made ahead that this worker will not send (the drain is stopping): nothing
        // awaits it any more, so its failure must not go unhandled. Such an entry stays in
        // flight, claimed by this process, and is reconciled like a crash's once it ends.
        void next?.catch(() => undefined);
      }
    };
    const guarded = async () => {
      try {
        await worker();
      } catch (error) {
        failure ??= { error };
      }
    };
    try {
      await Promise.all(Array.from({ length: WORKERS_PER_CALL * slots.size }, guarded));
      if (failure) throw (failure as { error: unknown }).error;
    } finally {
      // A producer waiting for room must not wait for workers that have stopped.
      queue?.abandon();
    }
    return summary;
  }

  /**
   * Marks as unknown, to be reconciled, the in-flight entries whose claiming process has ended,
   * and any claimed longer ago than the lease.
   */
  recoverAbandoned(): number {
    return this.deps.ledger.outbox.recoverInFlight({
      claimedBefore: new Date(this.deps.now().getTime() - IN_FLIGHT_LEASE_MS),
      isAlive: processIsAlive,
    });
  }

  /**
   * Starts the app's background retry: every `intervalMs`, take back abandoned requests and
   * drain what is due (one drain at a time).
   */
  start(intervalMs = 15_000): void {
    if (this.background) return;
    const tick = () => {
      if (!this.draining) this.recoverAbandoned();
      // A failed drain must not end the process (nothing awaits this one): what it did not
      // finish stays in the outbox for the next tick, and the failure is logged for us.
      this.draining ??= this.drain({ concurrency: 4 })
        .catch((error: unknown) => {
          this.deps.logger?.error('The background IRP retry stopped early; it runs again shortly.', error);
          return emptySummary();
        })
        .finally(() => {
          this.draining = null;
        });
    };
    tick();
    this.background = setInterval(tick, intervalMs);
    this.background.unref();
  }

  async stop(): Promise<void> {
    if (this.background) clearInterval(this.background);
    this.background = null;
    await this.draining?.catch(() => undefined);
  }
}
