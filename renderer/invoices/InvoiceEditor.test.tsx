// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InvoiceSaveRequest } from '../../shared/api/types';
import { App } from '../App';
import { fakeDesk, ITEM, PARTY, savedDraftView } from '../testing/fakeDesk';

beforeEach(() => {
  window.history.replaceState(null, '', '/#/invoices/new?type=INV');
});
afterEach(cleanup);

function editorApi() {
  const saved: InvoiceSaveRequest[] = [];
  const api = fakeDesk({
    'party-list': async () => [PARTY],
    'item-list': async () => [ITEM],
    'invoice-save': async (req) => {
      saved.push(req);
      return savedDraftView(req, 41);
    },
  });
  return { api, saved };
}

const enter = (el: Element) => fireEvent.keyDown(el, { key: 'Enter', code: 'Enter' });

describe('invoice editor, from the keyboard', () => {
  it('moves with Enter, picks party and item, adds a line when the last is filled, and saves with Ctrl+S', async () => {
    const { api, saved } = editorApi();
    render(<App api={api} />);
    const form = await screen.findByRole('form', { name: 'Invoice editor' });
    const party = within(form).getByRole('combobox', { name: 'Buyer (party)' });
    await waitFor(() => expect(document.activeElement).toBe(party));

    fireEvent.change(party, { target: { value: 'Sah' } });
    await screen.findByRole('option', { name: /27AAKFS7310Q1ZK/ });
    enter(party);
    const pos = within(form).getByLabelText('Place of supply') as HTMLSelectElement;
    await waitFor(() => expect(document.activeElement).toBe(pos));
    expect(pos.value).toBe('27');
    expect(within(form).getByLabelText('Buyer details').textContent).toContain('27AAKFS7310Q1ZK');

    enter(pos);
    const item1 = within(form).getByRole('combobox', { name: 'Line 1 item' });
    expect(document.activeElement).toBe(item1);
    expect(within(form).queryByRole('combobox', { name: 'Line 2 item' })).toBeNull();

    fireEvent.change(item1, { target: { value: 'Cot' } });
    // Typing into the last line made a new blank one appear.
    expect(within(form).getByRole('combobox', { name: 'Line 2 item' })).toBeTruthy();
    await screen.findByRole('option', { name: /Cotton fabric, dyed/ });
    enter(item1);
    const hsn = within(form).getByLabelText('Line 1 HSN/SAC') as HTMLInputElement;
    await waitFor(() => expect(document.activeElement).toBe(hsn));
    expect(hsn.value).toBe('520811');
    expect((within(form).getByLabelText('Line 1 unit price') as HTMLInputElement).value).toBe('245.5');

    enter(hsn);
    const qty = within(form).getByLabelText('Line 1 quantity') as HTMLInputElement;
    expect(document.activeElement).toBe(qty);
    fireEvent.change(qty, { target: { value: '100' } });
    // Live tax: Karnataka seller, Maharashtra place of supply → IGST 5 % of ₹24,550.
    const totals = within(form).getByRole('table', { name: 'Totals' });
    expect(totals.textContent).toContain('IGST₹1,227.50');
    expect(totals.textContent).toContain('₹25,778.00');

    act(() => {
      fireEvent.keyDown(window, { key: 's', code: 'KeyS', ctrlKey: true });
    });
    await waitFor(() => expect(saved).toHaveLength(1));
    const sent = saved[0]!;
    expect(sent.partyId).toBe(PARTY.id);
    expect(sent.invoice.buyer.gstin).toBe('27AAKFS7310Q1ZK');
    expect(sent.invoice.buyer.placeOfSupply).toBe('27');
    expect(sent.invoice.lines).toHaveLength(1);
    expect(sent.invoice.lines[0]).toMatchObject({
      hsn: '520811',
      quantity: 100_000,
      unitPrice: 245_500,
      gstRate: 5000,
    });
    // The first save moves the address to the saved draft without remounting the editor.
    await waitFor(() => expect(window.location.hash).toBe('#/invoices/41/edit'));
    expect((screen.getByLabelText('Line 1 quantity') as HTMLInputElement).value).toBe('100');
    expect(await screen.findByText('Saved VT/25-26/0007 as a draft.')).toBeTruthy();
  });

  it('marks a field with the IRP rule it breaks and asks before closing with unsaved changes', async () => {
    const { api } = editorApi();
    render(<App api={api} />);
    const form = await screen.findByRole('form', { name: 'Invoice editor' });
    const item1 = within(form).getByRole('combobox', { name: 'Line 1 item' });
    fireEvent.change(item1, { target: { value: 'Handloom towels' } });
    fireEvent.change(within(form).getByLabelText('Line 1 HSN/SAC'), { target: { value: '52' } });
    fireEvent.change(within(form).getByLabelText('Line 1 quantity'), { target: { value: '1.2345' } });
    // A number with too many decimals is refused by shared/money, beside the field.
    expect(await within(form).findByText(/more than 3 decimal places/)).toBeTruthy();
    // The validator's finding on ItemList[0].HsnCd lands on line 1's HSN box.
    const hsn = within(form).getByLabelText('Line 1 HSN/SAC');
    await waitFor(() => expect(hsn.getAttribute('aria-invalid')).toBe('true'));

    act(() => {
      fireEvent.keyDown(window, { key: 'Escape', code: 'Escape' });
    });
    const confirm = await screen.findByRole('dialog', { name: 'Discard the unsaved changes?' });
    fireEvent.click(within(confirm).getByRole('button', { name: 'Discard' }));
    await waitFor(() => expect(window.location.hash).toBe('#/invoices'));
  });
});
