import { describe, expect, it } from 'vitest';
import { DEFAULT_TIMEOUTS } from '../irp/transport';
import type { Ledger, OutboxEntry } from '../ledger';
import { reconcileDelayMs, type OutboxProcessor, type ProcessResult } from './outbox-processor';
import type { IrpSlots } from './irp-slots';
import { EntryFeed } from './entry-feed';
import { IN_FLIGHT_LEASE_MS, OutboxRunner } from './outbox-runner';

describe('the in-flight lease', () => {
  it('stays far above the longest attempt the IRP client can make, so a live request is never taken back', () => {
    const call = DEFAULT_TIMEOUTS.connectMs + DEFAULT_TIMEOUTS.readMs;
    // One attempt at most: a lookup, the send, a sync of the buyer and a resend, each after a re-login.
    expect(IN_FLIGHT_LEASE_MS).toBeGreaterThan(8 * call);
  });
});

describe('asking about an unknown outcome', () => {
  it('asks 10 s after the first attempt, then backs off to at most half an hour', () => {
    const middle = () => 0.5; // no jitter
    expect(reconcileDelayMs(1, middle)).toBe(10_000);
    expect([2, 3, 4, 5].map((a) => reconcileDelayMs(a, middle))).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(reconcileDelayMs(30, middle)).toBe(30 * 60_000);
  });
});

describe('draining a batch', () => {
  /**
   * A processor whose IRP answers and ledger commits the test releases one by one, logging what
   * the runner asks for. Like the real one, it holds a call slot only while the IRP works.
   */
  function scriptedProcessor() {
    const log: string[] = [];
    const answers = new Map<number, () => void>();
    const commits = new Map<number, () => void>();
    const processor = {
      claim: (id: number) => {
        log.push(`claim ${id}`);
        return Promise.resolve({ id } as OutboxEntry);
      },
      process: async (entry: OutboxEntry, options: { slots?: IrpSlots } = {}): Promise<ProcessResult> => {
        const call = () =>
          new Promise<void>((resolve) => {
            log.push(`send ${entry.id}`);
            answers.set(entry.id, () => {
              log.push(`answer ${entry.id}`);
              resolve();
            });
          });
        await (options.slots ? options.slots.run(call) : call());
        await new Promise<void>((resolve) =>
          commits.set(entry.id, () => {
            log.push(`commit ${entry.id}`);
            resolve();
          }),
        );
        return { outcome: 'done' };
      },
    };
    return {
      log,
      processor,
      answer: (id: number) => answers.get(id)!(),
      /** Commits the entry's answer; false when it has none waiting yet. */
      commit: (id: number) => {
        const release = commits.get(id);
        commits.delete(id);
        release?.();
        return release !== undefined;
      },
    };
  }

  const runnerOf = (processor: ReturnType<typeof scriptedProcessor>['processor']) =>
    new OutboxRunner({
      ledger: {} as Ledger,
      processor: processor as unknown as OutboxProcessor,
      now: () => new Date(),
    });

  /** The most requests that were at the IRP at once, from the log. */
  function mostAtOnce(log: string[]): number {
    let now = 0;
    let most = 0;
    for (const line of log) {
      if (line.startsWith('send')) most = Math.max(most, ++now);
      if (line.startsWith('answer')) now -= 1;
    }
    return most;
  }

  // Enough turns of the microtask queue for the runner to do all it can without an answer.
  const settle = async () => {
    for (let i = 0; i < 50; i++) await Promise.resolve();
  };

  it('sends the next entry while an answer waits for its commit, never more than allowed at once', async () => {
    const { log, processor, answer, commit } = scriptedProcessor();
    const runner = runnerOf(processor);
    const drained = runner.drain({ only: [1, 2, 3], concurrency: 1 });
    await settle();
    // Entries are claimed ahead, but one request at a time goes to the IRP.
    expect(log.filter((l) => l.startsWith('send'))).toEqual(['send 1']);
    expect(log).toContain('claim 2');
    answer(1);
    await settle();
    // Entry 1's answer is not committed yet, and entry 2 is already with the IRP.
    expect(log.slice(log.indexOf('answer 1'))).toEqual(['answer 1', 'send 2']);
    answer(2);
    await settle();
    commit(1);
    commit(2);
    await settle();
    answer(3);
    await settle();
    commit(3);
    const summary = await drained;
    expect(summary.processed).toBe(3);
    expect(summary.byOutcome.done).toBe(3);
    expect(log.filter((l) => l.startsWith('send'))).toEqual(['send 1', 'send 2', 'send 3']);
    expect(log.filter((l) => l.startsWith('claim')).sort()).toEqual(['claim 1', 'claim 2', 'claim 3']);
    expect(mostAtOnce(log)).toBe(1);
  });

  it('when one entry fails, takes no new entry and rejects only once the others are done', async () => {
    const { log, processor, answer, commit } = scriptedProcessor();
    const process = processor.process;
    processor.process = async (entry, options) => {
      if (entry.id === 2) {
        log.push('fail 2');
        throw new Error('the ledger refused');
      }
      return process(entry, options);
    };
    const runner = runnerOf(processor);
    let settled: string | null = null;
    const drained = runner.drain({ only: [1, 2, 3, 4, 5, 6], concurrency: 1 }).then(
      () => (settled = 'resolved'),
      (error: Error) => (settled = error.message),
    );
    await settle();
    expect(log).toContain('fail 2');
    answer(1);
    await settle();
    // Entry 1 is still being recorded: the drain (and so the caller's ledger) must stay open.
    expect(settled).toBeNull();
    commit(1);
    await drained;
    expect(settled).toBe('the ledger refused');
    // Entries claimed ahead may have been handed to a worker, but nothing after the failure is sent.
    expect(log.filter((l) => l.startsWith('send'))).toEqual(['send 1']);
  });

  it('in the background drain, claims nothing more once an entry has failed', async () => {
    const { log, processor, answer, commit } = scriptedProcessor();
    const process = processor.process;
    processor.process = async (entry, options) => {
      if (entry.id === 2) throw new Error('the ledger refused');
      return process(entry, options);
    };
    const due = [1, 2, 3, 4, 5];
    const claimed: number[] = [];
    const ledger = {
      outbox: {
        claim: ({ from }: { from: string }) => {
          if (from !== 'queued' || due.length === 0) return [];
          const id = due.shift()!;
          claimed.push(id);
          return [{ id } as OutboxEntry];
        },
      },
    } as unknown as Ledger;
    const runner = new OutboxRunner({
      ledger,
      processor: processor as unknown as OutboxProcessor,
      now: () => new Date(),
    });
    const drained = runner.drain({ concurrency: 1 }).then(
      () => 'resolved',
      (error: Error) => error.message,
    );
    await settle();
    answer(1);
    await settle();
    commit(1);
    expect(await drained).toBe('the ledger refused');
    expect(claimed).toEqual([1, 2]);
    expect(log.filter((l) => l.startsWith('send'))).toEqual(['send 1']);
  });

  it('renews a claim that waited in the feed for half its lease, and skips one taken back', async () => {
    const { processor, answer, commit } = scriptedProcessor();
    let now = new Date('2026-11-25T06:00:00.000Z');
    const renewed: number[] = [];
    const ledger = {
      outbox: {
        renewClaim: (id: number) => {
          renewed.push(id);
          return id !== 8; // entry 8 was taken back by another process meanwhile
        },
      },
    } as unknown as Ledger;
    const runner = new OutboxRunner({
      ledger,
      processor: processor as unknown as OutboxProcessor,
      now: () => now,
    });
    const claimedAt = (id: number, at: string) => ({ id, updatedAt: at }) as OutboxEntry;
    const feed = new EntryFeed();
    feed.push([
      claimedAt(7, '2026-11-25T05:50:00.000Z'),
      claimedAt(8, '2026-11-25T05:50:00.000Z'),
      claimedAt(9, '2026-11-25T05:59:00.000Z'),
    ]);
    feed.close();
    now = new Date('2026-11-25T06:00:00.000Z');
    const drained = runner.drain({ only: feed, concurrency: 4 });
    await settle();
    for (const id of [7, 9]) answer(id);
    await settle();
    for (const id of [7, 9]) commit(id);
    const summary = await drained;
    // 7 and 8 waited 10 minutes (over half the lease) and were renewed; 9 was fresh.
    expect(renewed).toEqual([7, 8]);
    expect(summary.processed).toBe(2);
  });

  it('keeps up to the concurrency at the IRP, and no more', async () => {
    const { log, processor, answer, commit } = scriptedProcessor();
    const runner = runnerOf(processor);
    const ids = Array.from({ length: 12 }, (_, i) => i + 1);
    const drained = runner.drain({ only: ids, concurrency: 3 });
    const answered = new Set<number>();
    for (let round = 0; round < 40 && answered.size < ids.length; round++) {
      await settle();
      // Answer whatever is at the IRP; commit only every other round, so answers pile up uncommitted.
      for (const line of log.filter((l) => l.startsWith('send'))) {
        const id = Number(line.slice(5));
        if (!answered.has(id)) {
          answered.add(id);
          answer(id);
        }
      }
      if (round % 2 === 1) for (const id of answered) commit(id);
    }
    await settle();
    for (const id of ids) commit(id);
    const summary = await drained;
    expect(summary.processed).toBe(12);
    expect(mostAtOnce(log)).toBe(3);
    expect(log.filter((l) => l.startsWith('send')).length).toBe(12);
  });
});
