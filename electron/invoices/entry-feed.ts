/**
 * Outbox entry ids handed to the drain's workers while a producer is still adding them. The CLI
 * saves a big file in small chunks and sends each chunk as soon as its intents are committed,
 * so the IRP is busy while the rest of the file is still being saved, instead of idle until
 * the last invoice is in the ledger.
 */
export class EntryFeed {
  private readonly ids: number[] = [];
  private head = 0;
  private closed = false;
  private readonly waiting: Array<(id: number | null) => void> = [];

  /** Adds committed entries; a waiting worker takes the first at once. */
  push(ids: Iterable<number>): void {
    if (this.closed) throw new Error('EntryFeed: push after close.');
    for (const id of ids) {
      const worker = this.waiting.shift();
      if (worker) worker(id);
      else this.ids.push(id);
    }
  }

  /** No more entries will come: workers that find the feed empty stop. */
  close(): void {
    this.closed = true;
    for (const worker of this.waiting.splice(0)) worker(null);
  }

  /** The next entry id, waiting for the producer when none is ready; null once closed and empty. */
  next(): Promise<number | null> {
    if (this.head < this.ids.length) return Promise.resolve(this.ids[this.head++]!);
    if (this.closed) return Promise.resolve(null);
    return new Promise((resolve) => this.waiting.push(resolve));
  }
}
