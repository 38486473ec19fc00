import { describe, expect, it } from 'vitest';
import { computeWindow, pagesFor } from './virtualWindow';

const base = { rowHeight: 50, viewportHeight: 500, overscan: 5 };

describe('computeWindow', () => {
  it('renders the rows in view plus the overscan, at the top', () => {
    expect(computeWindow({ ...base, scrollTop: 0, total: 100_000 })).toEqual({ start: 0, end: 16 });
  });

  it('follows the scroll position with a constant number of rows, deep in 100,000', () => {
    const w = computeWindow({ ...base, scrollTop: 50 * 70_000 + 20, total: 100_000 });
    expect(w).toEqual({ start: 69_995, end: 70_016 });
    expect(w.end - w.start).toBe(21);
  });

  it('stops at the last row and never goes negative', () => {
    expect(computeWindow({ ...base, scrollTop: 50 * 99_995, total: 100_000 })).toEqual({
      start: 99_990,
      end: 100_000,
    });
    expect(computeWindow({ ...base, scrollTop: -300, total: 3 })).toEqual({ start: 0, end: 3 });
    expect(computeWindow({ ...base, scrollTop: 10_000_000, total: 10 })).toEqual({ start: 4, end: 10 });
  });

  it('is empty without rows', () => {
    expect(computeWindow({ ...base, scrollTop: 0, total: 0 })).toEqual({ start: 0, end: 0 });
  });
});

describe('pagesFor', () => {
  it('names the pages that hold the window, across a page boundary', () => {
    expect(pagesFor({ start: 0, end: 16 }, 200)).toEqual([0]);
    expect(pagesFor({ start: 190, end: 215 }, 200)).toEqual([0, 1]);
    expect(pagesFor({ start: 69_995, end: 70_016 }, 500)).toEqual([139, 140]);
    expect(pagesFor({ start: 5, end: 5 }, 200)).toEqual([]);
  });
});
