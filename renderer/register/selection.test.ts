import { describe, expect, it } from 'vitest';
import type { InvoiceRow } from '../../shared/api/types';
import { INVOICE } from '../testing/fakeDesk';
import { coverage, isPrintable, notPrintableReason, printableIds, toggled, toggledAll } from './selection';

const row = (id: number, status: InvoiceRow['status']): InvoiceRow => ({ ...INVOICE, id, status });

describe('register selection', () => {
  it('lets only documents with an IRN be printed, and says why the others cannot', () => {
    expect(isPrintable('generated')).toBe(true);
    expect(isPrintable('cancelled')).toBe(true);
    expect(notPrintableReason('generated')).toBeNull();
    expect(notPrintableReason('draft')).toMatch(/no IRN yet/);
    expect(notPrintableReason('pending')).toMatch(/once the IRN arrives/);
    expect(notPrintableReason('failed')).toMatch(/refused/);
  });

  it('toggles ids without touching the set it was given', () => {
    const start = new Set([1]);
    const next = toggled(start, 2);
    expect([...next]).toEqual([1, 2]);
    expect([...toggled(next, 1)]).toEqual([2]);
    expect([...start]).toEqual([1]);
  });

  it('selects all printable rows on screen, skipping unloaded and unprintable ones, then clears them', () => {
    const ids = printableIds([row(1, 'generated'), undefined, row(2, 'draft'), row(3, 'cancelled')]);
    expect(ids).toEqual([1, 3]);
    const kept = new Set([99]);
    expect(coverage(kept, ids)).toBe('none');
    const all = toggledAll(kept, ids);
    expect([...all]).toEqual([99, 1, 3]);
    expect(coverage(all, ids)).toBe('all');
    expect(coverage(new Set([3]), ids)).toBe('some');
    expect([...toggledAll(new Set([3]), ids)]).toEqual([3, 1]);
    // Everything on screen already ticked: the box clears them, and keeps selections elsewhere.
    expect([...toggledAll(all, ids)]).toEqual([99]);
    expect(coverage(all, [])).toBe('none');
  });
});
