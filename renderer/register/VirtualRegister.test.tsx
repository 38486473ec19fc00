// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { InvoiceRow } from '../../shared/api/types';
import { DeskProvider } from '../desk/DeskContext';
import { fakeDesk, INVOICE } from '../testing/fakeDesk';
import type { RegisterRows } from './useRegisterRows';
import { VirtualRegister } from './VirtualRegister';

const STATUSES: InvoiceRow['status'][] = ['generated', 'draft', 'cancelled', 'pending', 'generated'];

/** 5,000 rows; only the first page is "loaded", like the register before a scroll. */
function registerRows(): RegisterRows {
  const loaded: InvoiceRow[] = Array.from({ length: 200 }, (_v, i) => ({
    ...INVOICE,
    id: 1000 + i,
    docNo: `UT/25-26/${String(i + 1).padStart(4, '0')}`,
    status: STATUSES[i % STATUSES.length]!,
  }));
  return {
    total: 5000,
    row: (i) => loaded[i],
    ensurePages: () => undefined,
    error: undefined,
    reload: () => undefined,
    version: 1,
  };
}

let clicked: string[];
beforeEach(() => {
  clicked = [];
  URL.createObjectURL = vi.fn(() => 'blob:test/1');
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push(this.download);
  });
  vi.spyOn(window, 'open').mockImplementation(() => null);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function renderRegister() {
  let answer: (v: { fileName: string; pdfBase64: string }) => void = () => undefined;
  const asked: number[][] = [];
  const opened: number[] = [];
  const api = fakeDesk({
    'invoice-print': ({ ids }) => {
      asked.push(ids);
      return new Promise((resolve) => (answer = resolve));
    },
  });
  render(
    <DeskProvider api={api}>
      <VirtualRegister rows={registerRows()} total={5000} onOpen={(r) => opened.push(r.id)} />
    </DeskProvider>,
  );
  return { asked, opened, answer: (v: { fileName: string; pdfBase64: string }) => answer(v) };
}

const rowOf = (docNo: string) => screen.getByRole('row', { name: new RegExp(docNo.replace(/\//g, '\\/')) });

describe('register printing', () => {
  it('ticks rows by click and by Space, by id, without opening them, and prints them into one PDF', async () => {
    const { asked, opened, answer } = renderRegister();
    const print = screen.getByRole('button', { name: 'Print selected' });
    expect(print.hasAttribute('disabled')).toBe(true);

    fireEvent.click(screen.getByRole('checkbox', { name: 'Select UT/25-26/0001 for printing' }));
    expect(opened).toEqual([]);
    const third = rowOf('UT/25-26/0003');
    third.focus();
    fireEvent.keyDown(third, { key: ' ' });
    expect(third.getAttribute('aria-selected')).toBe('true');
    expect(screen.getByText('2 selected')).toBeTruthy();

    // Space on a draft does nothing; its box is disabled and says why.
    const draft = rowOf('UT/25-26/0002');
    fireEvent.keyDown(draft, { key: ' ' });
    expect(screen.getByText('2 selected')).toBeTruthy();
    const draftBox = within(draft).getByRole('checkbox', { name: 'UT/25-26/0002 cannot be printed' });
    expect((draftBox as HTMLInputElement).disabled).toBe(true);
    fireEvent.mouseOver(draftBox.closest('span')!.parentElement!);
    expect((await screen.findByRole('tooltip')).textContent).toMatch(/draft has no IRN yet/);

    // Space twice unticks; Enter still opens.
    fireEvent.keyDown(third, { key: ' ' });
    fireEvent.keyDown(third, { key: ' ' });
    fireEvent.keyDown(third, { key: 'Enter' });
    expect(opened).toEqual([1002]);

    fireEvent.click(screen.getByRole('button', { name: 'Print selected' }));
    expect(await screen.findByText('Preparing 2 e-invoices…')).toBeTruthy();
    expect(asked).toEqual([[1000, 1002]]);
    answer({ fileName: 'e-invoices-2.pdf', pdfBase64: btoa('%PDF-1.7') });
    await vi.waitFor(() => expect(clicked).toEqual(['e-invoices-2.pdf']));

    fireEvent.click(screen.getByRole('button', { name: 'Clear selection' }));
    expect(screen.queryByText(/^[0-9,]+ selected$/)).toBeNull();
  });

  it('"select all on screen" ticks the printable rows in view only, then clears them', () => {
    renderRegister();
    const all = screen.getByRole('checkbox', { name: 'Select all on screen' }) as HTMLInputElement;
    fireEvent.click(all);
    // The fallback viewport shows 10 rows (560 px / 56 px): 6 of them are generated or cancelled.
    expect(screen.getByText('6 selected')).toBeTruthy();
    expect(all.checked).toBe(true);
    expect(rowOf('UT/25-26/0010').getAttribute('aria-selected')).toBe('true');
    // Rendered as overscan below the viewport, but not on screen: left alone.
    expect(rowOf('UT/25-26/0011').getAttribute('aria-selected')).toBe('false');
    expect(rowOf('UT/25-26/0002').hasAttribute('aria-selected')).toBe(false);

    fireEvent.click(screen.getByRole('checkbox', { name: 'Select UT/25-26/0001 for printing' }));
    expect(all.getAttribute('data-indeterminate')).toBe('true');
    fireEvent.click(all);
    expect(screen.getByText('6 selected')).toBeTruthy();
    fireEvent.click(all);
    expect(screen.queryByText(/^[0-9,]+ selected$/)).toBeNull();
  });
});
