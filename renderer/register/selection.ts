/**
 * Which register rows can be picked for printing, and the selection itself: a set of invoice
 * ids, never row indexes, so it survives scrolling, page fetches and a re-sorted register.
 */
import type { InvoiceRow, InvoiceStatus } from '../../shared/api/types';

/** Only documents with an IRN carry a signed QR code, so only they make an e-invoice PDF. */
export function isPrintable(status: InvoiceStatus): boolean {
  return status === 'generated' || status === 'cancelled';
}

const NOT_PRINTABLE: Record<InvoiceStatus, string> = {
  draft: 'A draft has no IRN yet, so there is no e-invoice to print.',
  pending: 'Waiting for the IRP: it can be printed once the IRN arrives.',
  failed: 'The IRP refused this document, so there is no e-invoice to print.',
  generated: '',
  cancelled: '',
};

/** Why a row cannot be selected for printing, or null when it can. */
export function notPrintableReason(status: InvoiceStatus): string | null {
  return isPrintable(status) ? null : NOT_PRINTABLE[status];
}

export function toggled(selected: ReadonlySet<number>, id: number): Set<number> {
  const next = new Set(selected);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}

/** The printable rows among `rows` (those loaded and on screen). */
export function printableIds(rows: ReadonlyArray<InvoiceRow | undefined>): number[] {
  const ids: number[] = [];
  for (const row of rows) if (row && isPrintable(row.status)) ids.push(row.id);
  return ids;
}

export type Coverage = 'none' | 'some' | 'all';

/** How much of `ids` is selected: drives the "select all on screen" box (checked, dash, empty). */
export function coverage(selected: ReadonlySet<number>, ids: readonly number[]): Coverage {
  if (ids.length === 0) return 'none';
  const count = ids.filter((id) => selected.has(id)).length;
  return count === 0 ? 'none' : count === ids.length ? 'all' : 'some';
}

/** "Select all on screen": adds them all, or, when they all are selected already, removes them. */
export function toggledAll(selected: ReadonlySet<number>, ids: readonly number[]): Set<number> {
  const next = new Set(selected);
  if (coverage(selected, ids) === 'all') ids.forEach((id) => next.delete(id));
  else ids.forEach((id) => next.add(id));
  return next;
}
