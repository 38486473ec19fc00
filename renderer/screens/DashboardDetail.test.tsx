// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DashboardDetail as Detail } from '../../shared/api/types';
import { DeskProvider } from '../desk/DeskContext';
import { NotifierProvider } from '../shell/Notifier';
import { fakeDesk } from '../testing/fakeDesk';
import { DashboardDetail } from './DashboardDetail';

const NOW = new Date('2025-06-16T10:00:00+05:30');

const DETAIL: Detail = {
  cancellable: [],
  failed: [],
  pending: [],
  nearingReportingLimit: [],
  ewayBills: [
    {
      id: 41,
      docNo: 'VT/25-26/0041',
      ewbNo: '131000000041',
      ewbDate: '2025-06-15 18:00:00',
      validTill: '2025-06-17 23:59:00',
    },
    {
      id: 42,
      docNo: 'VT/25-26/0042',
      ewbNo: '131000000042',
      ewbDate: '2025-06-15 09:00:00',
      validTill: '2025-06-16 10:00:05',
    },
    {
      id: 43,
      docNo: 'VT/25-26/0043',
      ewbNo: '131000000043',
      ewbDate: '2025-06-16 09:30:00',
      validTill: null,
    },
  ],
};

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function renderDetail(detail: Detail) {
  render(
    <DeskProvider api={fakeDesk()}>
      <NotifierProvider>
        <DashboardDetail detail={detail} onChanged={() => undefined} />
      </NotifierProvider>
    </DeskProvider>,
  );
  return screen.getByRole('region', { name: 'E-way bills in transit' });
}

describe('dashboard: e-way bills in transit', () => {
  it('counts each validity down every second, marks the one running out, and links to its invoice', () => {
    const region = renderDetail(DETAIL);
    const validity = (ewbNo: string) => within(region).getByLabelText(`E-way bill ${ewbNo} validity`);

    expect(validity('131000000041').textContent).toBe('valid for 1 day 13 h (till 2025-06-17 23:59:00 IST)');
    expect(validity('131000000041').getAttribute('data-tone')).toBe('normal');
    expect(validity('131000000042').textContent).toBe('valid for 5 s (till 2025-06-16 10:00:05 IST)');
    expect(validity('131000000042').getAttribute('data-tone')).toBe('urgent');
    expect(validity('131000000043').textContent).toMatch(/^Part-A only/);

    act(() => vi.advanceTimersByTime(3000));
    expect(validity('131000000042').textContent).toBe('valid for 2 s (till 2025-06-16 10:00:05 IST)');
    act(() => vi.advanceTimersByTime(3000));
    expect(validity('131000000042').textContent).toMatch(/^expired/);
    expect(validity('131000000042').getAttribute('data-tone')).toBe('expired');

    const link = within(region).getByRole('link', { name: 'VT/25-26/0042 · e-way bill 131000000042' });
    expect(link.getAttribute('href')).toBe('#/invoices/42');
    expect(
      within(region)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual(['#/invoices/41', '#/invoices/42', '#/invoices/43']);
  });

  it('says so when no e-way bill is active', () => {
    const region = renderDetail({ ...DETAIL, ewayBills: [] });
    expect(region.textContent).toContain('No active e-way bill.');
    expect(within(region).queryAllByRole('link')).toEqual([]);
  });
});
