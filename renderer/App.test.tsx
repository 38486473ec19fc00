// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeskApi } from '../shared/api/contract';
import { DeskError } from '../shared/api/result';
import type { AppInfo, BusinessSummary, InvoiceRow, SettingsView } from '../shared/api/types';
import { App } from './App';
import { ErrorBoundary } from './shell/ErrorBoundary';

const BUSINESSES: BusinessSummary[] = [
  {
    gstin: '27AAPFU0939F1ZV',
    pan: 'AAPFU0939F',
    legalName: 'Udyog Traders',
    tradeName: null,
    stateCode: '27',
    environment: 'builtin',
  },
  {
    gstin: '29AAPFU0939F1ZR',
    pan: 'AAPFU0939F',
    legalName: 'Udyog Traders',
    tradeName: 'Udyog South',
    stateCode: '29',
    environment: 'builtin',
  },
];

const INVOICE: InvoiceRow = {
  id: 1,
  sellerGstin: '27AAPFU0939F1ZV',
  docType: 'INV',
  docNo: 'UT/25-26/0001',
  docDate: '16/06/2025',
  buyerName: 'Shree Ganesh Stores',
  buyerGstin: '29AWGPV7107B1Z1',
  totalPaise: 1_23_45_678_50,
  status: 'generated',
  irn: 'a'.repeat(64),
  ackNo: '112510000000001',
  ackDt: '2025-06-16 10:30:05',
};

function notUsed(): never {
  throw new Error('not used by these tests');
}

function fakeDesk(overrides: Partial<DeskApi> = {}): DeskApi & { activated: string[] } {
  let settings: SettingsView = {
    activeGstin: '27AAPFU0939F1ZV',
    roundOffTotals: true,
    healthPollSeconds: 60,
  };
  const activated: string[] = [];
  const info = (): AppInfo => ({
    name: 'eInvoice Desk',
    version: '0.1.0',
    mode: 'browser',
    dataDir: '/home/clerk/.einvoice-desk',
    activeGstin: settings.activeGstin,
    environment: 'builtin',
    isSandbox: true,
  });
  return {
    activated,
    'app-info': async () => info(),
    'settings-get': async () => settings,
    'settings-update': async (patch) => (settings = { ...settings, ...patch }),
    'business-list': async () => BUSINESSES,
    'business-activate': async ({ gstin }) => {
      activated.push(gstin);
      return (settings = { ...settings, activeGstin: gstin });
    },
    'party-list': async () => [],
    'item-list': async () => [],
    'invoice-list': async () => ({ rows: [INVOICE], total: 1 }),
    'dashboard-summary': async () => ({
      generatedToday: 3,
      pending: 1,
      failed: 0,
      cancellableNow: 2,
      drafts: 12,
    }),
    'gstin-profiles': async () => [],
    'gstin-test': async () => notUsed(),
    'gstin-save': async () => notUsed(),
    'gstin-remove': async () => notUsed(),
    'gstin-lookup': async () => notUsed(),
    'irp-status': async () => ({
      gstin: settings.activeGstin,
      environment: 'builtin',
      up: true,
      checkedAt: null,
      latencyMs: 3,
      message: 'The IRP is answering (3 ms).',
    }),
    ...overrides,
  };
}

beforeEach(() => {
  window.history.replaceState(null, '', '/');
});
afterEach(cleanup);

describe('App shell', () => {
  it('shows the banner with the active GSTIN and SANDBOX badge, the navigation and the dashboard', async () => {
    render(<App api={fakeDesk()} />);

    const banner = screen.getByRole('banner');
    expect(within(banner).getByText('eInvoice Desk')).toBeTruthy();
    expect(await within(banner).findByText('27AAPFU0939F1ZV')).toBeTruthy();
    expect(within(banner).getByText('SANDBOX')).toBeTruthy();

    const nav = screen.getByRole('navigation', { name: 'Sections' });
    const links = within(nav)
      .getAllByRole('link')
      .map((a) => a.textContent);
    expect(links).toEqual(['Dashboard', 'Invoices', 'Parties', 'Items', 'GSTINs & API access', 'Settings']);

    expect(screen.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeTruthy();
    const drafts = await screen.findByRole('region', { name: 'Drafts' });
    expect(within(drafts).getByText('12')).toBeTruthy();
    expect(window.location.hash).toBe('#/dashboard');
  });

  it('opens screens by Alt+digit and shows invoices in Indian formats', async () => {
    render(<App api={fakeDesk()} />);
    await screen.findByRole('heading', { level: 1, name: 'Dashboard' });

    act(() => {
      fireEvent.keyDown(window, { key: '2', code: 'Digit2', altKey: true });
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Invoices' })).toBeTruthy();
    const table = await screen.findByRole('table', { name: 'Invoices' });
    expect(within(table).getByText('₹1,23,45,678.50')).toBeTruthy();
    expect(within(table).getByText('16/06/2025')).toBeTruthy();
    expect(within(table).getByText('16/06/2025 10:30')).toBeTruthy();
  });

  it('lists the shortcuts in the help dialog opened by F1', async () => {
    render(<App api={fakeDesk()} />);
    fireEvent.keyDown(window, { key: 'F1', code: 'F1' });
    const dialog = await screen.findByRole('dialog', { name: 'Help and keyboard shortcuts' });
    expect(within(dialog).getByText('Alt+6')).toBeTruthy();
    expect(within(dialog).getByText('Open Settings')).toBeTruthy();
  });

  it('switches GSTIN from the app bar menu, grouped by PAN', async () => {
    const api = fakeDesk();
    render(<App api={api} />);
    fireEvent.click(await screen.findByRole('button', { name: /Active GSTIN 27AAPFU0939F1ZV/ }));
    const menu = await screen.findByRole('menu');
    expect(within(menu).getByText('PAN AAPFU0939F')).toBeTruthy();
    fireEvent.click(within(menu).getByText('29AAPFU0939F1ZR'));
    expect(await screen.findByRole('button', { name: /Active GSTIN 29AAPFU0939F1ZR/ })).toBeTruthy();
    expect(api.activated).toEqual(['29AAPFU0939F1ZR']);
    expect(await screen.findByText('Now working as 29AAPFU0939F1ZR.')).toBeTruthy();
  });

  it('asks for the printed link when the bridge refuses the access key', async () => {
    const refuse = async () => {
      throw new DeskError('UNAUTHORIZED', 'This page has no valid access key.');
    };
    render(<App api={fakeDesk({ 'app-info': refuse, 'business-list': refuse })} />);
    expect(await screen.findByText(/Open the link printed by npm start/)).toBeTruthy();
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it('shows a polite error with Try again when a channel fails', async () => {
    window.history.replaceState(null, '', '/#/parties');
    render(
      <App
        api={fakeDesk({
          'party-list': async () => {
            throw new DeskError('INTERNAL', 'The ledger is not open yet.');
          },
        })}
      />,
    );
    expect(
      await screen.findByText(/The parties could not be loaded\. The ledger is not open yet\./),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});

describe('ErrorBoundary', () => {
  it('replaces a crashed screen with a plain message and a Reload button', () => {
    const Broken = () => {
      throw new Error('boom');
    };
    const original = console.error;
    console.error = () => undefined; // React logs the caught error; keep the test output clean.
    try {
      render(
        <ErrorBoundary>
          <Broken />
        </ErrorBoundary>,
      );
    } finally {
      console.error = original;
    }
    expect(screen.getByText('This screen could not be shown')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy();
  });
});
