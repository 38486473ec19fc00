import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLedger, type Ledger } from '../ledger';
import { CommitGroup } from './commit-group';

describe('CommitGroup', () => {
  let ledger: Ledger;
  beforeEach(async () => {
    ledger = await openLedger({ file: ':memory:' });
  });
  afterEach(() => ledger.close());

  const actions = () => ledger.audit.list({ limit: 100 }).map((e) => e.action);
  const write = (action: string) => () => {
    ledger.audit.append({ actor: 'test', action, outcome: 'ok' });
  };

  it('commits the writes queued in one turn together, after the shared first step', async () => {
    let transactionsSeen = 0;
    const group = new CommitGroup(ledger, () => {
      transactionsSeen += 1;
      write('first-step')();
    });
    const pending = [group.run(write('a')), group.run(write('b')), group.run(write('c'))];
    // Nothing is written before the group commits.
    expect(actions()).toEqual([]);
    await Promise.all(pending);
    expect(transactionsSeen).toBe(1);
    expect(actions().sort()).toEqual(['a', 'b', 'c', 'first-step']);
  });

  it('rolls back only the write that throws; the others commit and their callers hear success', async () => {
    const group = new CommitGroup(ledger);
    const failing = () => {
      ledger.audit.append({ actor: 'test', action: 'half-written', outcome: 'ok' });
      throw new Error('simulated failure mid-write');
    };
    const results = await Promise.allSettled([
      group.run(write('before')),
      group.run(failing),
      group.run(write('after')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason).toHaveProperty(
      'message',
      'simulated failure mid-write',
    );
    expect(actions().sort()).toEqual(['after', 'before']);
  });

  it('rejects every caller when the group cannot be written at all', async () => {
    const group = new CommitGroup(ledger, () => {
      throw new Error('ledger unavailable');
    });
    const results = await Promise.allSettled([group.run(write('x')), group.run(write('y'))]);
    expect(results.every((r) => r.status === 'rejected')).toBe(true);
    expect(actions()).toEqual([]);
  });

  it('starts a new group for writes queued after a commit', async () => {
    let groups = 0;
    const group = new CommitGroup(ledger, () => {
      groups += 1;
    });
    await group.run(write('one'));
    await group.run(write('two'));
    expect(groups).toBe(2);
    expect(actions().sort()).toEqual(['one', 'two']);
  });
});
