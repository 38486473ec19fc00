import { describe, expect, it } from 'vitest';
import { EntryFeed } from './entry-feed';

describe('EntryFeed', () => {
  it('hands each entry to exactly one worker, in order, including workers that waited', async () => {
    const feed = new EntryFeed();
    const early = [feed.next(), feed.next()]; // two workers arrive before anything is saved
    feed.push([1, 2, 3]);
    expect(await Promise.all(early)).toEqual([1, 2]);
    expect(await feed.next()).toBe(3);
    const waiting = feed.next();
    feed.push([4]);
    expect(await waiting).toBe(4);
  });

  it('lets workers stop once the producer is done and nothing is left', async () => {
    const feed = new EntryFeed();
    feed.push([7]);
    const idle = feed.next().then(() => feed.next());
    feed.close();
    expect(await idle).toBeNull();
    expect(await feed.next()).toBeNull();
    expect(() => feed.push([8])).toThrow(/after close/);
  });

  it('keeps what was pushed before closing for the workers still to come', async () => {
    const feed = new EntryFeed();
    feed.push([5, 6]);
    feed.close();
    expect([await feed.next(), await feed.next(), await feed.next()]).toEqual([5, 6, null]);
  });
});
