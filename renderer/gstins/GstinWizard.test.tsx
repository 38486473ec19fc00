// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { DeskApi } from '../../shared/api/contract';
import { DeskError } from '../../shared/api/result';
import type { ConnectionTestReport } from '../../shared/api/types';
import { DeskProvider } from '../desk/DeskContext';
import { irpStatusText } from '../shell/IrpStatusChip';
import { fakeDesk, PASSING_REPORT, profileView } from '../testing/fakeDesk';
import { ConnectionReport } from './ConnectionReport';
import { GstinWizard } from './GstinWizard';

afterEach(cleanup);

function renderWizard(
  api: DeskApi = fakeDesk(),
  profiles = [profileView({ gstin: '29AAGCV4521M1ZW', active: true })],
) {
  const done: Array<{ gstin: string | undefined; withoutTest: boolean }> = [];
  render(
    <DeskProvider api={api}>
      <GstinWizard
        editing={null}
        profiles={profiles}
        onClose={() => undefined}
        onSaved={(result, withoutTest) => done.push({ gstin: result.profile?.gstin, withoutTest })}
      />
    </DeskProvider>,
  );
  const dialog = screen.getByRole('dialog', { name: /Add a GSTIN/ });
  return { dialog, done };
}

const gstinField = (dialog: HTMLElement) => within(dialog).getByRole('textbox', { name: 'GSTIN' });
const next = (dialog: HTMLElement) => fireEvent.click(within(dialog).getByRole('button', { name: 'Next' }));

describe('wizard step 1: the GSTIN', () => {
  it('shows the state and PAN as soon as the GSTIN is typed', () => {
    const { dialog } = renderWizard();
    fireEvent.change(gstinField(dialog), { target: { value: '27aakfs7310q1zk' } });
    expect((gstinField(dialog) as HTMLInputElement).value).toBe('27AAKFS7310Q1ZK');
    const facts = within(dialog)
      .getAllByRole('definition')
      .map((d) => d.textContent);
    expect(facts).toEqual(['27 · Maharashtra', 'AAKFS7310Q']);
    expect(within(dialog).queryByText(/check digit/)).toBeNull();
  });

  it('shows a wrong check digit as an error on the field, with a sandbox-only warning', () => {
    const { dialog } = renderWizard();
    fireEvent.change(gstinField(dialog), { target: { value: '27AAKFS7310Q1ZL' } });
    expect(gstinField(dialog).getAttribute('aria-invalid')).toBe('true');
    expect(within(dialog).getByText(/The check digit .* it would be K/)).toBeTruthy();
    expect(within(dialog).getByText(/you may continue with a sandbox/)).toBeTruthy();

    // Continuing is allowed, but only into a sandbox environment.
    next(dialog);
    expect(within(dialog).getByRole('heading', { name: /Step 2 of 6/ })).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('radio', { name: /^NIC IRP-1 production/ }));
    next(dialog);
    expect(within(dialog).getByText(/only a sandbox environment accepts it/)).toBeTruthy();
    expect(within(dialog).getByRole('heading', { name: /Step 2 of 6/ })).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('radio', { name: /^NIC sandbox/ }));
    next(dialog);
    expect(within(dialog).getByRole('heading', { name: /Step 3 of 6/ })).toBeTruthy();
  });

  it('does not move on without a GSTIN, and says why', () => {
    const { dialog } = renderWizard();
    next(dialog);
    expect(within(dialog).getByText('Enter the GSTIN you will invoice from.')).toBeTruthy();
    expect(within(dialog).getByRole('heading', { name: /Step 1 of 6/ })).toBeTruthy();
  });

  it('fetches the details of the GSTIN through the active GSTIN', async () => {
    const api = fakeDesk({
      'gstin-lookup': async ({ gstin }) => ({ ...PASSING_REPORT.taxpayer!, gstin }),
    });
    const { dialog } = renderWizard(api);
    fireEvent.change(gstinField(dialog), { target: { value: '27AAKFS7310Q1ZK' } });
    expect(within(dialog).getByText(/Looked up through the active GSTIN 29AAGCV4521M1ZW/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Fetch details from the IRP' }));
    const details = await within(dialog).findByRole('region', { name: 'Details on the IRP' });
    expect(details.textContent).toContain('Sahyadri Engineering Works');
    expect(details.textContent).toContain('Status: Active');
  });
});

describe('the whole wizard against a fake', () => {
  it('walks to the test, sends the draft without empty secrets, and saves', async () => {
    const api = fakeDesk();
    const { dialog, done } = renderWizard(api);
    fireEvent.change(gstinField(dialog), { target: { value: '27AAKFS7310Q1ZK' } });
    next(dialog);
    next(dialog);
    next(dialog);
    expect(within(dialog).getByRole('table', { name: 'Practice API users' })).toBeTruthy();
    next(dialog);
    const user = within(dialog).getByRole('textbox', { name: 'API user name' }) as HTMLInputElement;
    expect(user.value).toBe('sahyadri_api');
    fireEvent.change(within(dialog).getByLabelText('Password'), { target: { value: 'Sandbox@123' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Client ID' }), {
      target: { value: 'SBXSAHYADRI27CLIENT' },
    });
    fireEvent.change(within(dialog).getByLabelText('Client secret'), { target: { value: 'sbx-secret' } });
    next(dialog);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Test connection' }));
    expect(await within(dialog).findByText('The connection works')).toBeTruthy();
    expect(api.tested).toEqual([
      {
        gstin: '27AAKFS7310Q1ZK',
        environment: 'builtin',
        userName: 'sahyadri_api',
        clientId: 'SBXSAHYADRI27CLIENT',
        password: 'Sandbox@123',
        clientSecret: 'sbx-secret',
        integration: { mode: 'direct', sync: 'synchronous' },
        whitelistedIps: [],
        notes: '',
      },
    ]);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save without testing' }));
    await waitFor(() => expect(done).toEqual([{ gstin: '27AAKFS7310Q1ZK', withoutTest: true }]));
    expect(api.saved.map((s) => s.withoutTest)).toEqual([true]);
  });

  it('puts a field error from the main process next to its field, on its step', async () => {
    const api = fakeDesk({
      'gstin-test': async () => {
        throw new DeskError('BAD_REQUEST', 'Enter the client ID.', 'clientId');
      },
    });
    const { dialog } = renderWizard(api);
    fireEvent.change(gstinField(dialog), { target: { value: '27AAKFS7310Q1ZK' } });
    for (let i = 0; i < 4; i++) next(dialog);
    fireEvent.change(within(dialog).getByLabelText('Password'), { target: { value: 'p' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Client ID' }), { target: { value: 'C' } });
    fireEvent.change(within(dialog).getByLabelText('Client secret'), { target: { value: 's' } });
    next(dialog);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Test connection' }));
    expect(await within(dialog).findByRole('heading', { name: /Step 5 of 6/ })).toBeTruthy();
    const clientId = within(dialog).getByRole('textbox', { name: 'Client ID' });
    expect(clientId.getAttribute('aria-invalid')).toBe('true');
    expect(within(dialog).getByText('Enter the client ID.')).toBeTruthy();
  });
});

describe('ConnectionReport', () => {
  it('lists each step with ok or failed, the plain detail and the IRP code', () => {
    const failed: ConnectionTestReport = {
      ok: false,
      steps: [
        PASSING_REPORT.steps[0]!,
        {
          id: 'auth',
          label: 'Sign in with the API user',
          ok: false,
          code: '1019',
          detail: "The API user's password is wrong. Correct it under GSTINs & API access.",
        },
      ],
      tokenExpiry: null,
      taxpayer: null,
      testedAt: '2025-06-16T05:02:00.000Z',
    };
    render(<ConnectionReport report={failed} />);
    const region = screen.getByRole('region', { name: 'Connection test result' });
    expect(within(region).getByText('The connection test failed')).toBeTruthy();
    expect(within(region).getByText(/Tested 16\/06\/2025 10:32 IST/)).toBeTruthy();
    const items = within(region)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      'IRP answers: okBuilt-in practice sandbox answered in 3 ms.',
      "Sign in with the API user: failedThe API user's password is wrong. Correct it under GSTINs & API access. (IRP code 1019)",
    ]);
    expect(within(region).queryByText(/Session valid until/)).toBeNull();
  });

  it('shows the session expiry in IST and the taxpayer found', () => {
    render(<ConnectionReport report={PASSING_REPORT} />);
    const region = screen.getByRole('region', { name: 'Connection test result' });
    expect(within(region).getByText('The connection works')).toBeTruthy();
    expect(within(region).getByText(/Session valid until 16\/06\/2025 16:30 IST/)).toBeTruthy();
    const found = within(region).getByRole('region', { name: 'Found on the IRP' });
    expect(found.textContent).toContain('Sahyadri Engineering Works');
    expect(found.textContent).toContain('Trade name: Sahyadri Engineering');
    expect(found.textContent).toContain('Plot 14, MIDC Bhosari, Pune 411026');
    expect(found.textContent).toContain('State: 27 · Maharashtra');
  });
});

describe('irpStatusText', () => {
  const base = {
    gstin: '29AAGCV4521M1ZW',
    environment: 'builtin' as const,
    checkedAt: null,
    latencyMs: null,
  };
  it('words the three states of the light', () => {
    expect(
      irpStatusText({ ...base, up: true, latencyMs: 12, message: 'The IRP is answering (12 ms).' }),
    ).toMatchObject({
      label: 'IRP answering',
      detail: 'IRP answering (12 ms).',
    });
    expect(
      irpStatusText({ ...base, up: false, message: 'The IRP is not answering: connection refused.' }).detail,
    ).toBe('IRP not answering: connection refused.');
    expect(irpStatusText({ ...base, up: null, message: 'Not checked yet.' }).detail).toBe('Not checked yet.');
    expect(
      irpStatusText({ ...base, up: true, latencyMs: 5, checkedAt: '2025-06-16T05:00:00.000Z', message: '' })
        .detail,
    ).toBe('IRP answering (5 ms). Checked 16/06/2025 10:30 IST.');
  });
});
