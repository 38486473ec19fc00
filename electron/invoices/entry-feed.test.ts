import { describe, expect, it } from 'vitest';
import { EntryFeed } from './entry-feed';
import type { OutboxEntry } from '../ledger';

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

  it('carries entries written already claimed as they are, beside ids still to claim', async () => {
    const feed = new EntryFeed();
    const claimed = { id: 9, state: 'in-flight' } as OutboxEntry;
    feed.push([claimed, 10]);
    expect(await feed.next()).toBe(claimed);
    expect(await feed.next()).toBe(10);
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

  it('holds a producer back until the workers have taken all but the allowed backlog', async () => {
    const feed = new EntryFeed();
    feed.push([1, 2, 3, 4]);
    expect(feed.backlog).toBe(4);
    let room: boolean | undefined;
    const waiting = feed.hasRoom(2).then((open) => (room = open));
    await feed.next();
    await Promise.resolve();
    expect(room).toBeUndefined(); // three still waiting
    await feed.next();
    expect(await waiting).toBe(true);
    expect(feed.backlog).toBe(2);
    expect(await feed.hasRoom(2)).toBe(true); // already within: at once
  });

  it('releases a waiting producer with false when the workers stop for good', async () => {
    const feed = new EntryFeed();
    feed.push([1, 2, 3]);
    const waiting = feed.hasRoom(0);
    feed.abandon();
    expect(await waiting).toBe(false);
    expect(await feed.hasRoom(10)).toBe(false);
  });
});
