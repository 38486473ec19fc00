/**
 * The arithmetic of the virtualised register: which rows a scroll position shows, and which
 * pages of rows must be fetched for them. Fixed row height keeps it O(1) for any row count.
 */
export interface WindowInput {
  scrollTop: number;
  viewportHeight: number;
  rowHeight: number;
  total: number;
  /** Rows rendered beyond each edge so a fast scroll does not show blank space. */
  overscan: number;
}

/** Rows [start, end) to render. */
export interface RowWindow {
  start: number;
  end: number;
}

export function computeWindow({
  scrollTop,
  viewportHeight,
  rowHeight,
  total,
  overscan,
}: WindowInput): RowWindow {
  if (total <= 0 || rowHeight <= 0) return { start: 0, end: 0 };
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const visible = Math.ceil(Math.max(0, viewportHeight) / rowHeight) + 1;
  const start = Math.max(0, Math.min(first, total - 1) - overscan);
  const end = Math.min(total, first + visible + overscan);
  return { start, end: Math.max(start, end) };
}

/** Page numbers (of `pageSize` rows) that hold rows [start, end). */
export function pagesFor(window: RowWindow, pageSize: number): number[] {
  if (window.end <= window.start) return [];
  const first = Math.floor(window.start / pageSize);
  const last = Math.floor((window.end - 1) / pageSize);
  const pages: number[] = [];
  for (let p = first; p <= last; p++) pages.push(p);
  return pages;
}
