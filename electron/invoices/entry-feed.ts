/**
 * Outbox entries handed to the drain's workers while a producer is still adding them. The CLI
 * saves a big file in small chunks and sends each chunk as soon as its intents are committed,
 * so the IRP is busy while the rest of the file is still being saved, instead of idle until
 * the last invoice is in the ledger.
 */
import type { OutboxEntry } from '../ledger';

/**
 * An entry to send: its id, for the worker to claim, or the entry itself when it was written
 * already claimed by this process (see OutboxRepo.enqueue's `claimed`).
 */
export type FeedItem = number | OutboxEntry;

export class EntryFeed {
  private readonly items: FeedItem[] = [];
  private head = 0;
  private closed = false;
  private abandoned = false;
  private readonly waiting: Array<(item: FeedItem | null) => void> = [];
  private room: { atMost: number; resolve: (open: boolean) => void } | null = null;

  /** Adds committed entries; a waiting worker takes the first at once. */
  push(items: Iterable<FeedItem>): void {
    if (this.closed) throw new Error('EntryFeed: push after close.');
    for (const item of items) {
      const worker = this.waiting.shift();
      if (worker) worker(item);
      else this.items.push(item);
    }
  }

  /** No more entries will come: workers that find the feed empty stop. */
  close(): void {
    this.closed = true;
    for (const worker of this.waiting.splice(0)) worker(null);
  }

  /** The workers stopped for good (the drain ended early): a producer waiting for room stops too. */
  abandon(): void {
    this.abandoned = true;
    this.wakeProducer();
  }

  /** Entries pushed that no worker has taken yet. */
  get backlog(): number {
    return this.items.length - this.head;
  }

  /**
   * Resolves once at most `atMost` entries wait for a worker: true, or false when the workers
   * have stopped (push nothing more). A producer that waits for this keeps what it has written
   * but not yet sent small: entries written already claimed are then sent soon after.
   */
  hasRoom(atMost: number): Promise<boolean> {
    if (this.abandoned) return Promise.resolve(false);
    if (this.backlog <= atMost) return Promise.resolve(true);
    return new Promise((resolve) => {
      this.room = { atMost, resolve };
    });
  }

  /** The next entry, waiting for the producer when none is ready; null once closed and empty. */
  next(): Promise<FeedItem | null> {
    if (this.head < this.items.length) {
      const item = this.items[this.head++]!;
      if (this.head === this.items.length) {
        // Everything pushed has been taken: start over rather than keep a batch's worth of ids.
        this.items.length = 0;
        this.head = 0;
      }
      if (this.room && this.backlog <= this.room.atMost) this.wakeProducer();
      return Promise.resolve(item);
    }
    if (this.closed) return Promise.resolve(null);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private wakeProducer(): void {
    const room = this.room;
    this.room = null;
    room?.resolve(!this.abandoned);
  }
}
