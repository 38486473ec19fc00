import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LedgerErrorCode } from '../errors';
import path from 'node:path';
import { openLedger, type Ledger } from '../ledger';
import { SELLER, draftInput, fixedClock, memoryLedger, sellerInput, tempDir } from '../testing';

let ledger: Ledger;
let clock: ReturnType<typeof fixedClock>;
let invoiceId: number;

beforeEach(async () => {
  clock = fixedClock();
  ledger = await memoryLedger({ now: clock.now });
  ledger.businesses.upsert(sellerInput());
  invoiceId = ledger.invoices.saveDraft(draftInput()).id;
});
afterEach(() => ledger.close());

const enqueueInput = (overrides: Record<string, unknown> = {}) => ({
  kind: 'generate-irn' as const,
  invoiceId,
  businessGstin: SELLER,
  requestHash: 'sha256:abc',
  payload: { Version: '1.1' },
  ...overrides,
});

/**
 * Two processes on one ledger file: `sender` (a command sending a batch) and `app` (the desktop
 * app, recovering what it finds in flight). Both are closed and the file removed afterwards.
 */
async function senderAndApp(
  pids: { sender: number; app: number },
  run: (sender: Ledger, app: Ledger) => void,
): Promise<void> {
  const t = tempDir();
  const file = path.join(t.dir, 'ledger.sqlite');
  const sender = await openLedger({ file, now: clock.now, processId: pids.sender });
  const app = await openLedger({ file, now: clock.now, processId: pids.app });
  try {
    sender.businesses.upsert(sellerInput());
    run(sender, app);
  } finally {
    sender.close();
    app.close();
    t.cleanup();
  }
}

describe('OutboxRepo', () => {
  it('enqueues a request due now, and returns the open one instead of a second', () => {
    const entry = ledger.outbox.enqueue(enqueueInput());
    expect(entry).toMatchObject({
      kind: 'generate-irn',
      state: 'queued',
      attempts: 0,
      payload: { Version: '1.1' },
      nextAttemptAt: '2024-07-15T04:30:00.000Z',
    });
    expect(ledger.outbox.enqueue(enqueueInput({ requestHash: 'sha256:other' }))).toEqual(entry);
    expect(ledger.outbox.list()).toHaveLength(1);
    // Another kind for the same invoice is its own request.
    expect(ledger.outbox.enqueue(enqueueInput({ kind: 'cancel-irn' })).id).not.toBe(entry.id);
  });

  it('claims due entries oldest first, marking them in-flight and counting the attempt', () => {
    const second = ledger.invoices.saveDraft(draftInput({ docNo: 'INV/002' })).id;
    const third = ledger.invoices.saveDraft(draftInput({ docNo: 'INV/003' })).id;
    const later = ledger.outbox.enqueue(
      enqueueInput({ invoiceId: second, nextAttemptAt: new Date('2024-07-15T04:40:00Z') }),
    );
    const now = ledger.outbox.enqueue(enqueueInput());
    const earlier = ledger.outbox.enqueue(
      enqueueInput({ invoiceId: third, nextAttemptAt: new Date('2024-07-15T04:00:00Z') }),
    );

    const claimed = ledger.outbox.claim({ limit: 5 });
    expect(claimed.map((e) => e.id)).toEqual([earlier.id, now.id]);
    expect(claimed.every((e) => e.state === 'in-flight' && e.attempts === 1)).toBe(true);
    expect(ledger.outbox.claim()).toEqual([]); // nothing else due, nothing claimed twice
    clock.advanceMinutes(10);
    expect(ledger.outbox.claim().map((e) => e.id)).toEqual([later.id]);
  });

  it('walks a request through unknown → reconciled → done, with attempts logged', () => {
    const entry = ledger.outbox.enqueue(enqueueInput());
    ledger.outbox.claim();
    const attempt = ledger.outbox.recordAttempt(entry.id, {
      startedAt: new Date('2024-07-15T04:30:00Z'),
      finishedAt: new Date('2024-07-15T04:30:30Z'),
      outcome: 'unknown',
      durationMs: 30_000,
    });
    expect(attempt).toMatchObject({
      outboxId: entry.id,
      outcome: 'unknown',
      httpStatus: null,
      errorCodes: [],
      durationMs: 30_000,
    });
    const unknown = ledger.outbox.markUnknown(
      entry.id,
      { code: 'TIMEOUT', message: 'No answer in 30 s' },
      new Date('2024-07-15T04:35:00Z'),
    );
    expect(unknown).toMatchObject({
      state: 'unknown',
      lastErrorCode: 'TIMEOUT',
      nextAttemptAt: '2024-07-15T04:35:00.000Z',
    });

    expect(ledger.outbox.claim({ from: 'unknown' })).toEqual([]); // not yet due
    clock.advanceMinutes(5);
    const [reconciling] = ledger.outbox.claim({ from: 'unknown' });
    expect(reconciling).toMatchObject({ id: entry.id, state: 'in-flight', attempts: 2 });
    ledger.outbox.recordAttempt(entry.id, {
      startedAt: clock.now(),
      outcome: 'success',
      httpStatus: 200,
      errorCodes: ['2150'],
    });
    const done = ledger.outbox.markDone(entry.id);
    expect(done).toMatchObject({ state: 'done', lastErrorCode: null, lastErrorMessage: null });
    expect(ledger.outbox.attempts(entry.id).map((a) => [a.outcome, a.errorCodes])).toEqual([
      ['unknown', []],
      ['success', ['2150']],
    ]);
    // Once done, a new request for the invoice may be queued again.
    expect(ledger.outbox.enqueue(enqueueInput()).id).not.toBe(entry.id);
  });

  it('refuses moves that make no sense', () => {
    const entry = ledger.outbox.enqueue(enqueueInput());
    const error = (() => {
      try {
        ledger.outbox.markDone(entry.id);
      } catch (e) {
        return e as { code: string; message: string };
      }
    })();
    expect(error).toMatchObject({
      code: LedgerErrorCode.Conflict,
      message: `Outbox request ${entry.id} is queued and cannot become done.`,
    });
    expect(() => ledger.outbox.markUnknown(entry.id, { code: 'X', message: 'x' })).toThrow(
      /cannot become unknown/,
    );
    expect(() => ledger.outbox.markDone(999)).toThrow('Outbox request 999 does not exist.');
  });

  it('reschedules, fails and flags for attention', () => {
    const entry = ledger.outbox.enqueue(enqueueInput());
    ledger.outbox.claim();
    const again = ledger.outbox.reschedule(entry.id, new Date('2024-07-15T05:00:00Z'), {
      code: 'DOWN',
      message: 'IRP unreachable',
    });
    expect(again).toMatchObject({
      state: 'queued',
      nextAttemptAt: '2024-07-15T05:00:00.000Z',
      lastErrorCode: 'DOWN',
    });
    clock.set('2024-07-15T05:00:00Z');
    ledger.outbox.claim();
    expect(
      ledger.outbox.markNeedsAttention(entry.id, { code: '2150', message: 'Duplicate with other totals' })
        .state,
    ).toBe('needs-attention');
    expect(ledger.outbox.markFailed(entry.id, { code: '2150', message: 'Given up by user' })).toMatchObject({
      state: 'failed',
      lastErrorMessage: 'Given up by user',
    });
    expect(ledger.outbox.counts()).toMatchObject({ failed: 1, queued: 0 });
  });

  it('treats requests left in flight by a crash as unknown, never as unsent', () => {
    const entry = ledger.outbox.enqueue(enqueueInput());
    ledger.outbox.claim();
    expect(ledger.outbox.recoverInFlight()).toBe(1);
    expect(ledger.outbox.get(entry.id)).toMatchObject({ state: 'unknown', lastErrorCode: 'INTERRUPTED' });
    expect(ledger.outbox.recoverInFlight()).toBe(0);
  });

  it('with a lease, leaves a request another process claimed recently alone', () => {
    const old = ledger.outbox.enqueue(enqueueInput());
    ledger.outbox.claimById(old.id); // claimed at 04:30 by a run that died
    const otherInvoice = ledger.invoices.saveDraft(draftInput({ docNo: 'INV/LEASE' })).id;
    const fresh = ledger.outbox.enqueue({ ...enqueueInput(), invoiceId: otherInvoice });
    clock.advanceMinutes(12);
    ledger.outbox.claimById(fresh.id); // claimed at 04:42, maybe being sent right now
    const lease = new Date(clock.now().getTime() - 10 * 60_000);
    expect(ledger.outbox.recoverInFlight({ claimedBefore: lease })).toBe(1);
    expect(ledger.outbox.get(old.id)?.state).toBe('unknown');
    expect(ledger.outbox.get(fresh.id)?.state).toBe('in-flight');
    clock.advanceMinutes(11);
    expect(
      ledger.outbox.recoverInFlight({ claimedBefore: new Date(clock.now().getTime() - 10 * 60_000) }),
    ).toBe(1);
    expect(ledger.outbox.get(fresh.id)?.state).toBe('unknown');
  });

  it("takes back at once the claims of a process that has ended, never a live one's or its own", async () => {
    const t = tempDir();
    const file = path.join(t.dir, 'ledger.sqlite');
    const open = (processId: number) => openLedger({ file, now: clock.now, processId });
    const me = await open(100);
    try {
      me.businesses.upsert(sellerInput());
      const claimedBy = async (pid: number, docNo: string) => {
        const id = me.invoices.saveDraft(draftInput({ docNo })).id;
        const entry = me.outbox.enqueue({ ...enqueueInput(), invoiceId: id });
        const other = pid === 100 ? me : await open(pid);
        other.outbox.claimById(entry.id);
        if (other !== me) other.close();
        return entry.id;
      };
      const mine = await claimedBy(100, 'INV/MINE');
      const dead = await claimedBy(200, 'INV/DEAD');
      const alive = await claimedBy(300, 'INV/ALIVE');
      const lease = new Date(clock.now().getTime() - 10 * 60_000);
      const isAlive = (pid: number) => pid === 300;
      expect(me.outbox.recoverInFlight({ claimedBefore: lease, isAlive })).toBe(1);
      expect([mine, dead, alive].map((id) => me.outbox.get(id)?.state)).toEqual([
        'in-flight',
        'unknown',
        'in-flight',
      ]);
      clock.advanceMinutes(11);
      const later = new Date(clock.now().getTime() - 10 * 60_000);
      expect(me.outbox.recoverInFlight({ claimedBefore: later, isAlive })).toBe(2);
    } finally {
      me.close();
      t.cleanup();
    }
  });

  it('writes a request already claimed when asked: in flight, first attempt, this process named', async () => {
    await senderAndApp({ sender: 400, app: 500 }, (sender, app) => {
      const id = sender.invoices.saveDraft(draftInput({ docNo: 'INV/CLAIMED' })).id;
      const entry = sender.outbox.enqueue({ ...enqueueInput(), invoiceId: id, claimed: true });
      expect(entry).toMatchObject({ state: 'in-flight', attempts: 1, payload: { Version: '1.1' } });
      expect(sender.outbox.get(entry.id)).toMatchObject({ state: 'in-flight', attempts: 1 });
      // Nobody else takes it while its writer runs; once the writer has ended it is reconciled.
      expect(app.outbox.claim({ limit: 10 })).toEqual([]);
      expect(app.outbox.claimById(entry.id)).toBeNull();
      const lease = new Date(clock.now().getTime() - 10 * 60_000);
      expect(app.outbox.recoverInFlight({ claimedBefore: lease, isAlive: (pid) => pid !== 400 })).toBe(1);
      expect(app.outbox.get(entry.id)?.state).toBe('unknown');
      // An open request found instead is returned as it is, not claimed.
      const queuedId = sender.invoices.saveDraft(draftInput({ docNo: 'INV/QUEUED' })).id;
      const queued = sender.outbox.enqueue({ ...enqueueInput(), invoiceId: queuedId });
      expect(sender.outbox.enqueue({ ...enqueueInput(), invoiceId: queuedId, claimed: true })).toEqual(
        queued,
      );
    });
  });

  it('renews a claim so the lease runs from then, and tells when the claim was taken back', async () => {
    const lease = () => new Date(clock.now().getTime() - 10 * 60_000);
    const alive = () => true;
    await senderAndApp({ sender: 600, app: 700 }, (sender, app) => {
      const claimed = (docNo: string) =>
        sender.outbox.enqueue({
          ...enqueueInput(),
          invoiceId: sender.invoices.saveDraft(draftInput({ docNo })).id,
          claimed: true,
        });
      const renewed = claimed('INV/RENEW');
      const lapsed = claimed('INV/LAPSE');
      clock.advanceMinutes(8);
      expect(sender.outbox.renewClaim(renewed.id)).toBe(true);
      clock.advanceMinutes(4);
      // 12 minutes after both were claimed: only the one not renewed is taken back.
      expect(app.outbox.recoverInFlight({ claimedBefore: lease(), isAlive: alive })).toBe(1);
      expect(app.outbox.get(renewed.id)?.state).toBe('in-flight');
      expect(app.outbox.get(lapsed.id)?.state).toBe('unknown');
      // The sender learns it no longer holds the lapsed one, and another process cannot renew its claim.
      expect(sender.outbox.renewClaim(lapsed.id)).toBe(false);
      expect(app.outbox.renewClaim(renewed.id)).toBe(false);
    });
  });

  it('lists by state and invoice', () => {
    const entry = ledger.outbox.enqueue(enqueueInput());
    expect(ledger.outbox.list({ state: 'queued' }).map((e) => e.id)).toEqual([entry.id]);
    expect(ledger.outbox.list({ state: 'done' })).toEqual([]);
    expect(ledger.outbox.list({ invoiceId }).map((e) => e.id)).toEqual([entry.id]);
    expect(ledger.outbox.openFor(invoiceId, 'generate-irn')?.id).toBe(entry.id);
    expect(ledger.outbox.openFor(invoiceId, 'cancel-irn')).toBeNull();
  });
});
