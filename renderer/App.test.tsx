// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DeskError } from '../shared/api/result';
import { App } from './App';
import { ErrorBoundary } from './shell/ErrorBoundary';
import { fakeDesk, profileView } from './testing/fakeDesk';

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

describe('GSTINs & API access', () => {
  it('lists profiles grouped by PAN with masked secrets, and removes the demo after a clear warning', async () => {
    window.history.replaceState(null, '', '/#/gstins');
    const removed: string[] = [];
    let profiles = [
      profileView({ gstin: '27AAPFU0939F1ZV' }),
      profileView({
        gstin: '29AAGCV4521M1ZW',
        legalName: 'Vasundhara Textiles Private Limited',
        isDemo: true,
        lastTest: null,
      }),
    ];
    const api = fakeDesk({
      'gstin-profiles': async () => profiles,
      'gstin-remove': async ({ gstin }) => {
        removed.push(gstin);
        profiles = profiles.filter((p) => p.gstin !== gstin);
        return { removed: true };
      },
    });
    render(<App api={api} />);
    const demo = await screen.findByRole('article', { name: 'GSTIN 29AAGCV4521M1ZW' });
    expect(within(demo).getByText('DEMO')).toBeTruthy();
    expect(within(demo).getByText('SANDBOX')).toBeTruthy();
    expect(within(demo).getByText('not tested')).toBeTruthy();
    expect(within(demo).getByText('Password set · Client secret set')).toBeTruthy();
    expect(within(demo).getByText('UDY…ENT')).toBeTruthy();
    const udyog = screen.getByRole('region', { name: /^PAN AAPFU0939F/ });
    expect(within(udyog).getByText('16/06/2025 10:31 IST: Connected.')).toBeTruthy();

    fireEvent.click(within(demo).getByRole('button', { name: 'Remove 29AAGCV4521M1ZW' }));
    const dialog = await screen.findByRole('dialog', { name: /Remove the demo business/ });
    expect(within(dialog).getByText(/it will not be set up again when the app starts/)).toBeTruthy();
    expect(within(dialog).getByText(/Invoices of this GSTIN stay in the ledger/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Remove' }));
    expect(await screen.findByText(/Removed the demo business 29AAGCV4521M1ZW/)).toBeTruthy();
    expect(removed).toEqual(['29AAGCV4521M1ZW']);
    expect(screen.queryByRole('article', { name: 'GSTIN 29AAGCV4521M1ZW' })).toBeNull();
  });

  it('shows the IRP light in the app bar', async () => {
    render(<App api={fakeDesk()} />);
    const light = await screen.findByRole('button', { name: /^IRP status: IRP answering \(3 ms\)/ });
    expect(light.textContent).toBe('IRP answering');
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
