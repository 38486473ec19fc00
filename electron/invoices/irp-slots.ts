/**
 * How many calls a drain may have at the IRP at once. The bound is on the calls themselves, not
 * on the entries being worked on: an entry whose answer is back but not yet committed (a group
 * commit waits for the turn of the event loop to end) holds no slot, so another entry's request
 * goes out meanwhile instead of the IRP waiting on our ledger.
 */
import type { IrpClient } from '../irp/client';

export class IrpSlots {
  private free: number;
  private readonly waiting: Array<() => void> = [];

  constructor(readonly size: number) {
    if (!Number.isInteger(size) || size < 1)
      throw new Error(`IrpSlots: size must be a whole number ≥ 1, not ${size}.`);
    this.free = size;
  }

  /** Runs `call` in a slot, waiting (first come, first served) until one is free. */
  async run<T>(call: () => Promise<T>): Promise<T> {
    if (this.free > 0) this.free -= 1;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await call();
    } finally {
      // The slot passes straight to the next caller waiting, or is freed.
      const next = this.waiting.shift();
      if (next) next();
      else this.free += 1;
    }
  }
}

/** What the outbox processor uses of an IRP client: every call it makes, and where it points. */
export type IrpCalls = Pick<
  IrpClient,
  'endpoint' | 'getIrnByDocument' | 'generateIrn' | 'getIrn' | 'syncGstin' | 'cancelIrn'
>;

/** The client with each of those calls made inside one of `slots`. */
export function withSlots(client: IrpClient, slots: IrpSlots): IrpCalls {
  return {
    endpoint: client.endpoint,
    getIrnByDocument: (...args) => slots.run(() => client.getIrnByDocument(...args)),
    generateIrn: (...args) => slots.run(() => client.generateIrn(...args)),
    getIrn: (...args) => slots.run(() => client.getIrn(...args)),
    syncGstin: (...args) => slots.run(() => client.syncGstin(...args)),
    cancelIrn: (...args) => slots.run(() => client.cancelIrn(...args)),
  };
}
