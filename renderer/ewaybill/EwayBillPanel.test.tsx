// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DeskApi } from '../../shared/api/contract';
import { DeskError } from '../../shared/api/result';
import type { InvoiceDetailView, PartBInput } from '../../shared/api/types';
import { DeskProvider } from '../desk/DeskContext';
import { fakeDesk } from '../testing/fakeDesk';
import { EwayBillPanel } from './EwayBillPanel';
import { ewayBill, generatedView, NOW, servicesOnlyView } from './testView';

beforeEach(() => {
  // Only Date is faked: the countdown reads a pinned "now", React's own timers stay real.
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** The panel as the details screen mounts it: the view it shows is the last one onChange gave. */
function Host({ initial, changes }: { initial: InvoiceDetailView; changes: InvoiceDetailView[] }) {
  const [view, setView] = useState(initial);
  return (
    <EwayBillPanel
      invoice={view}
      onChange={(v) => {
        changes.push(v);
        setView(v);
      }}
    />
  );
}

function renderPanel(api: DeskApi, initial = generatedView()) {
  const changes: InvoiceDetailView[] = [];
  render(
    <DeskProvider api={api}>
      <Host initial={initial} changes={changes} />
    </DeskProvider>,
  );
  const region = screen.getByRole('region', { name: 'E-way bill' });
  return { region, changes };
}

function openPartB(region: HTMLElement) {
  fireEvent.click(within(region).getByRole('button', { name: 'Generate e-way bill' }));
  return screen.getByRole('dialog', { name: /Generate e-way bill for/ });
}

/** By label; a required field's label ends in " *". */
const field = (dialog: HTMLElement, label: string) =>
  within(dialog).getByLabelText(new RegExp(`^${label.replace(/[()]/g, '\\$&')}( \\*)?$`)) as HTMLInputElement;
const submit = (dialog: HTMLElement) =>
  fireEvent.click(within(dialog).getByRole('button', { name: 'Generate e-way bill' }));

describe('Generate e-way bill', () => {
  it('is offered for a generated invoice with goods, and explains itself when it is not', () => {
    const { region } = renderPanel(fakeDesk());
    expect(within(region).getByRole('button', { name: 'Generate e-way bill' }).hasAttribute('disabled')).toBe(
      false,
    );
    expect(within(region).getByText('No e-way bill on this invoice.')).toBeTruthy();
    cleanup();

    const services = renderPanel(fakeDesk(), servicesOnlyView()).region;
    const button = within(services).getByRole('button', { name: 'Generate e-way bill' });
    expect(button.hasAttribute('disabled')).toBe(true);
    expect(within(services).getByText(/services only: an e-way bill is for moving goods/)).toBeTruthy();
  });

  it('checks Part-B as it is typed and on submit, naming each field, and sends nothing until it passes', () => {
    const sent: PartBInput[] = [];
    const api = fakeDesk({
      'ewb-generate': async ({ partB }) => {
        sent.push(partB);
        throw new Error('not expected');
      },
    });
    const dialog = openPartB(renderPanel(api).region);

    // Upper case as typed; a complete-looking but wrong number is flagged at once.
    fireEvent.change(field(dialog, 'Vehicle number'), { target: { value: 'ka01ab12x' } });
    expect(field(dialog, 'Vehicle number').value).toBe('KA01AB12X');
    expect(field(dialog, 'Vehicle number').getAttribute('aria-invalid')).toBe('true');
    expect(
      within(dialog).getByText(/KA01AB12X is not in a format the e-way bill system accepts/),
    ).toBeTruthy();

    fireEvent.change(field(dialog, 'Transporter GSTIN'), { target: { value: '29aagcv4521m1zx' } });
    expect(within(dialog).getByText(/wrong last character \(check digit: it would be W\)/)).toBeTruthy();

    // Rail needs the railway receipt and its date; the distance must be whole kilometres.
    fireEvent.change(field(dialog, 'Transport mode'), { target: { value: 'rail' } });
    fireEvent.change(field(dialog, 'Vehicle number'), { target: { value: '' } });
    fireEvent.change(field(dialog, 'Transporter GSTIN'), { target: { value: '' } });
    fireEvent.change(field(dialog, 'Distance (km)'), { target: { value: '12.5' } });
    submit(dialog);
    expect(within(dialog).getByText('Enter the railway receipt number.')).toBeTruthy();
    expect(within(dialog).getByText('Enter the transport document date.')).toBeTruthy();
    expect(within(dialog).getByText(/whole kilometres from 0 to 4000/)).toBeTruthy();
    expect(field(dialog, 'Transport document number').getAttribute('aria-invalid')).toBe('true');
    // The first wrong field in form order takes the focus.
    expect(document.activeElement).toBe(field(dialog, 'Transport document number'));
    expect(sent).toEqual([]);
  });

  it('generates with distance 0, passes the new view to onChange and shows the computed distance', async () => {
    const sent: PartBInput[] = [];
    const after = generatedView({ ewayBills: [ewayBill({ distanceKm: 840 })] });
    const api = fakeDesk({
      'ewb-generate': async ({ invoiceId, partB }) => {
        expect(invoiceId).toBe(41);
        sent.push(partB);
        return { ...after, computedDistanceKm: 840 };
      },
    });
    const { region, changes } = renderPanel(api);
    const dialog = openPartB(region);
    expect(within(dialog).getByText('0 lets the IRP work it out')).toBeTruthy();
    fireEvent.change(field(dialog, 'Vehicle number'), { target: { value: 'ka 01 ab 1234' } });
    fireEvent.change(field(dialog, 'Transporter name'), { target: { value: 'Swift Roadways' } });
    // Enter in a field submits the form.
    fireEvent.submit(field(dialog, 'Transporter name').closest('form')!);

    expect(await within(region).findByText(/The IRP computed 840 km/)).toBeTruthy();
    expect(sent).toEqual([
      {
        mode: 'road',
        vehicleNo: 'KA01AB1234',
        vehicleType: 'regular',
        transporterName: 'Swift Roadways',
        distanceKm: 0,
      },
    ]);
    expect(changes).toHaveLength(1);
    expect(changes[0]!.ewayBills.map((e) => e.ewbNo)).toEqual(['131000000041']);
    expect('computedDistanceKm' in changes[0]!).toBe(false);
    // The dialog's exit transition keeps the page aria-hidden for a moment: wait for the row.
    const row = await within(region).findByRole('row', { name: /131000000041/ });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(row.textContent).toContain('KA01AB1234');
    expect(within(region).getByRole('button', { name: 'Generate e-way bill' }).hasAttribute('disabled')).toBe(
      true,
    );
  });

  it("puts the main process's refusal next to the field it names", async () => {
    const api = fakeDesk({
      'ewb-generate': async () => {
        throw new DeskError(
          'BAD_REQUEST',
          'The transporter id is not registered with the e-way bill system.',
          'transporterId',
        );
      },
    });
    const dialog = openPartB(renderPanel(api).region);
    fireEvent.change(field(dialog, 'Vehicle number'), { target: { value: 'KA01AB1234' } });
    fireEvent.change(field(dialog, 'Transporter GSTIN'), { target: { value: '29AAGCV4521M1ZW' } });
    submit(dialog);
    expect(await within(dialog).findByText(/not registered with the e-way bill system/)).toBeTruthy();
    expect(field(dialog, 'Transporter GSTIN').getAttribute('aria-invalid')).toBe('true');
  });
});

describe('an e-way bill on the invoice', () => {
  it('shows its validity as a countdown, and expired ones as expired', () => {
    const { region } = renderPanel(
      fakeDesk(),
      generatedView({
        ewayBills: [
          ewayBill({
            ewbNo: '131000000040',
            status: 'CNL',
            validTill: '2025-06-16 23:59:00',
            cancelledAt: '2025-06-16T01:00:00.000Z',
          }),
          ewayBill({ ewbNo: '131000000041', validTill: '2025-06-17 14:30:00' }),
        ],
      }),
    );
    const active = within(region).getByRole('row', { name: /131000000041/ });
    expect(active.textContent).toContain('valid for 1 day 4 h');
    expect(active.textContent).toContain('Active');
    const cancelled = within(region).getByRole('row', { name: /131000000040/ });
    expect(cancelled.textContent).toContain('Cancelled 16/06/2025 06:30');
    expect(within(cancelled).queryByRole('button')).toBeNull();
    cleanup();

    const expired = renderPanel(
      fakeDesk(),
      generatedView({ ewayBills: [ewayBill({ validTill: '2025-06-16 10:00:00' })] }),
    );
    expect(within(expired.region).getByRole('row', { name: /131000000041/ }).textContent).toContain(
      'expired',
    );
  });

  it("cancels with the e-way bill system's reasons in their own order, and a remark of at most 50 characters", async () => {
    const asked: unknown[] = [];
    const initial = generatedView({ ewayBills: [ewayBill()] });
    const api = fakeDesk({
      'ewb-cancel': async (req) => {
        asked.push(req);
        return { ...initial, ewayBills: [ewayBill({ status: 'CNL', cancelledAt: NOW.toISOString() })] };
      },
    });
    const { region, changes } = renderPanel(api, initial);
    fireEvent.click(within(region).getByRole('button', { name: 'Cancel e-way bill 131000000041' }));
    const dialog = screen.getByRole('dialog', { name: 'Cancel e-way bill 131000000041' });

    const reasons = within(dialog)
      .getAllByRole('radio')
      .map((r) => r.closest('label')?.textContent);
    expect(reasons).toEqual(['1 · Duplicate', '2 · Order cancelled', '3 · Data entry mistake', '4 · Others']);
    expect(within(dialog).getByText(/These numbers are not the IRN’s/)).toBeTruthy();
    // Made at 06:30 IST, now 10:30 IST: 20 hours of the 24 are left.
    expect(dialog.textContent).toContain('Time left to cancel: 20 h 0 min left');
    expect(within(dialog).getByLabelText('Remark').getAttribute('maxlength')).toBe('50');

    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel e-way bill' }));
    expect(within(dialog).getByText('Choose the reason for cancelling the e-way bill.')).toBeTruthy();
    expect(asked).toEqual([]);

    fireEvent.click(within(dialog).getByRole('radio', { name: '2 · Order cancelled' }));
    fireEvent.change(within(dialog).getByLabelText('Remark'), {
      target: { value: 'Buyer cancelled the order' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel e-way bill' }));
    await vi.waitFor(() => expect(changes).toHaveLength(1));
    expect(asked).toEqual([
      { invoiceId: 41, ewbNo: '131000000041', reason: 2, remark: 'Buyer cancelled the order' },
    ]);
    expect((await within(region).findByRole('row', { name: /131000000041/ })).textContent).toContain(
      'Cancelled',
    );
  });

  it('says the 24 hours are over instead of offering to cancel', () => {
    const { region } = renderPanel(
      fakeDesk(),
      generatedView({
        ewayBills: [ewayBill({ ewbDate: '2025-06-15 10:00:00', validTill: '2025-06-17 23:59:00' })],
      }),
    );
    fireEvent.click(within(region).getByRole('button', { name: 'Cancel e-way bill 131000000041' }));
    const dialog = screen.getByRole('dialog', { name: 'Cancel e-way bill 131000000041' });
    expect(dialog.textContent).toContain('only within 24 hours of its generation');
    expect(within(dialog).queryByRole('button', { name: 'Cancel e-way bill' })).toBeNull();
  });

  it('gets the e-way bill details from the IRP and hands the view to onChange', async () => {
    const after = generatedView({ ewayBills: [ewayBill({ ewbNo: '131000000099' })] });
    const api = fakeDesk({ 'ewb-refresh': async ({ invoiceId }) => ({ ...after, id: invoiceId }) });
    const { region, changes } = renderPanel(api);
    fireEvent.click(within(region).getByRole('button', { name: 'Get e-way bill details' }));
    expect(await within(region).findByRole('row', { name: /131000000099/ })).toBeTruthy();
    expect(changes.map((c) => c.id)).toEqual([41]);
  });
});
