import { describe, expect, it } from 'vitest';
import { DEFAULT_TIMEOUTS } from '../irp/transport';
import type { Ledger, OutboxEntry } from '../ledger';
import type { OutboxProcessor, ProcessResult } from './outbox-processor';
import { IN_FLIGHT_LEASE_MS, OutboxRunner } from './outbox-runner';

describe('the in-flight lease', () => {
  it('stays far above the longest attempt the IRP client can make, so a live request is never taken back', () => {
    const call = DEFAULT_TIMEOUTS.connectMs + DEFAULT_TIMEOUTS.readMs;
    // One attempt at most: a lookup, the send, a sync of the buyer and a resend, each after a re-login.
    expect(IN_FLIGHT_LEASE_MS).toBeGreaterThan(8 * call);
  });
});

describe('draining a batch', () => {
  /** A processor whose answers the test releases one by one, logging what the runner asks for. */
  function scriptedProcessor() {
    const log: string[] = [];
    const answers = new Map<number, () => void>();
    const processor = {
      claim: (id: number) => {
        log.push(`claim ${id}`);
        return Promise.resolve({ id } as OutboxEntry);
      },
      process: (entry: OutboxEntry) => {
        log.push(`send ${entry.id}`);
        return new Promise<ProcessResult>((resolve) =>
          answers.set(entry.id, () => {
            log.push(`answer ${entry.id}`);
            resolve({ outcome: 'done' });
          }),
        );
      },
    };
    const answer = (id: number) => answers.get(id)!();
    return { log, processor, answer };
  }

  it('claims the next entry while the current one is with the IRP, and sends each once', async () => {
    const { log, processor, answer } = scriptedProcessor();
    const runner = new OutboxRunner({
      ledger: {} as Ledger,
      processor: processor as unknown as OutboxProcessor,
      now: () => new Date(),
    });
    // Enough turns of the microtask queue for the runner to do all it can without an answer.
    const settle = async () => {
      for (let i = 0; i < 50; i++) await Promise.resolve();
    };
    const drained = runner.drain({ only: [1, 2, 3], concurrency: 1 });
    await settle();
    // Entry 2 is claimed while entry 1 is with the IRP, but not sent: one request at a time.
    expect(log).toEqual(['claim 1', 'send 1', 'claim 2']);
    answer(1);
    await settle();
    expect(log.slice(3)).toEqual(['answer 1', 'send 2', 'claim 3']);
    answer(2);
    await settle();
    answer(3);
    const summary = await drained;
    expect(summary.processed).toBe(3);
    expect(summary.byOutcome.done).toBe(3);
    expect(log.filter((l) => l.startsWith('send'))).toEqual(['send 1', 'send 2', 'send 3']);
  });
});
