// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InvoiceSaveRequest } from '../../shared/api/types';
import { App } from '../App';
import { fakeDesk, savedDraftView } from '../testing/fakeDesk';

beforeEach(() => {
  window.history.replaceState(null, '', '/#/invoices/new?type=INV');
});
afterEach(cleanup);

function editorApi() {
  const saved: InvoiceSaveRequest[] = [];
  const generated: number[] = [];
  const api = fakeDesk({
    'invoice-save': async (req) => {
      saved.push(req);
      return savedDraftView(req, 41);
    },
    'invoice-generate': async ({ id }) => {
      generated.push(id);
      throw new Error('not reached in these tests');
    },
  });
  return { api, saved, generated };
}

const enter = (el: Element) => fireEvent.keyDown(el, { key: 'Enter', code: 'Enter' });
const ctrl = (key: string) =>
  act(() => {
    fireEvent.keyDown(window, { key, ctrlKey: true });
  });

async function openSection() {
  const form = await screen.findByRole('form', { name: 'Invoice editor' });
  const toggle = within(form).getByRole('button', { name: /E-way bill details \(sent with the IRN\)/ });
  expect(toggle.getAttribute('aria-expanded')).toBe('false');
  expect(within(form).queryByLabelText('Vehicle number')).toBeNull();
  fireEvent.click(toggle);
  expect(toggle.getAttribute('aria-expanded')).toBe('true');
  return within(within(form).getByRole('group', { name: 'E-way bill details (sent with the IRN)' }));
}

describe('invoice editor: e-way bill details sent with the IRN', () => {
  it('moves with Enter, checks the vehicle as it is typed, and saves the details as invoice.ewayBill', async () => {
    const { api, saved } = editorApi();
    render(<App api={api} />);
    const section = await openSection();
    const mode = section.getByLabelText('Transport mode') as HTMLSelectElement;
    expect(mode.value).toBe('road');
    mode.focus();
    enter(mode);
    const distance = section.getByLabelText('Distance (km)') as HTMLInputElement;
    expect(document.activeElement).toBe(distance);
    enter(distance);
    const vehicle = section.getByLabelText('Vehicle number') as HTMLInputElement;
    expect(document.activeElement).toBe(vehicle);

    fireEvent.change(vehicle, { target: { value: 'ka01ab12345' } });
    expect(vehicle.value).toBe('KA01AB12345');
    expect(section.getByText(/Vehicle number KA01AB12345 is not in a format/)).toBeTruthy();
    fireEvent.change(vehicle, { target: { value: 'ka01ab1234' } });
    expect(section.queryByText(/is not in a format/)).toBeNull();
    fireEvent.change(section.getByLabelText('Transporter name'), { target: { value: 'Speedy Roadlines' } });

    ctrl('s');
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.invoice.ewayBill).toEqual({
      distanceKm: 0,
      mode: '1',
      vehicleNo: 'KA01AB1234',
      vehicleType: 'R',
      transporterName: 'Speedy Roadlines',
    });
  });

  it('refuses to ask for the IRN with a Part-B problem, then sends no e-way bill once the section is emptied', async () => {
    const { api, saved, generated } = editorApi();
    render(<App api={api} />);
    const section = await openSection();
    fireEvent.change(section.getByLabelText('Distance (km)'), { target: { value: '120' } });

    ctrl('Enter');
    const vehicle = section.getByLabelText('Vehicle number');
    await waitFor(() => expect(document.activeElement).toBe(vehicle));
    expect(vehicle.getAttribute('aria-invalid')).toBe('true');
    expect(section.getByText('Enter the vehicle number for goods going by road.')).toBeTruthy();
    expect(await screen.findByText(/Not sent: check the e-way bill details/)).toBeTruthy();
    expect(saved).toEqual([]);
    expect(generated).toEqual([]);

    fireEvent.click(section.getByRole('button', { name: 'Remove the e-way bill details' }));
    expect((section.getByLabelText('Distance (km)') as HTMLInputElement).value).toBe('0');
    expect(section.queryByText('Enter the vehicle number for goods going by road.')).toBeNull();
    ctrl('s');
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.invoice.ewayBill).toBeUndefined();
  });
});
