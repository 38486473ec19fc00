// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DeskApi } from '../../shared/api/contract';
import { DeskError } from '../../shared/api/result';
import { DeskProvider } from '../desk/DeskContext';
import { fakeDesk } from '../testing/fakeDesk';
import { base64ToBytes } from './download';
import { PrintButton } from './PrintButton';

const PDF_BASE64 = btoa('%PDF-1.7\n%âãÏÓ\n1 0 obj\n');

interface Clicked {
  download: string;
  href: string;
}

let clicked: Clicked[];
let blobs: Blob[];
let opened: string[];

beforeEach(() => {
  clicked = [];
  blobs = [];
  opened = [];
  // jsdom has no blob URLs and no downloads: record what the button asks the page to do.
  URL.createObjectURL = vi.fn((blob: Blob) => {
    blobs.push(blob);
    return `blob:test/${blobs.length}`;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push({ download: this.download, href: this.getAttribute('href') ?? '' });
  });
  vi.spyOn(window, 'open').mockImplementation((url) => {
    opened.push(String(url));
    return null;
  });
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  delete window.desk;
});

function renderButton(api: DeskApi, ids: number[], onDone?: (fileName: string) => void) {
  render(
    <DeskProvider api={api}>
      <PrintButton ids={ids} {...(onDone ? { onDone } : {})} />
    </DeskProvider>,
  );
}

describe('PrintButton', () => {
  it('shows progress, then offers the PDF as a download with its file name and opens it in a tab', async () => {
    let answer: (v: { fileName: string; pdfBase64: string }) => void = () => undefined;
    const asked: number[][] = [];
    const api = fakeDesk({
      'invoice-print': ({ ids }) => {
        asked.push(ids);
        return new Promise((resolve) => (answer = resolve));
      },
    });
    const done: string[] = [];
    renderButton(api, [4, 5, 6], (f) => done.push(f));

    fireEvent.click(screen.getByRole('button', { name: 'Print 3 e-invoices' }));
    expect(await screen.findByText('Preparing 3 e-invoices…')).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: 'Preparing 3 e-invoices…' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Print 3 e-invoices' }).hasAttribute('disabled')).toBe(true);

    answer({ fileName: 'e-invoices-3-2025-06-16.pdf', pdfBase64: PDF_BASE64 });
    await screen.findByRole('button', { name: 'Print 3 e-invoices' });
    await vi.waitFor(() => expect(done).toEqual(['e-invoices-3-2025-06-16.pdf']));

    expect(asked).toEqual([[4, 5, 6]]);
    expect(clicked).toEqual([{ download: 'e-invoices-3-2025-06-16.pdf', href: 'blob:test/1' }]);
    expect(blobs[0]!.type).toBe('application/pdf');
    expect(new Uint8Array(await blobs[0]!.arrayBuffer())).toEqual(base64ToBytes(PDF_BASE64));
    expect(opened).toEqual(['blob:test/1']);
    expect(screen.queryByText(/Preparing/)).toBeNull();
  });

  it('in Electron downloads only (window.open is denied there)', async () => {
    window.desk = {} as NonNullable<typeof window.desk>;
    const api = fakeDesk({
      'invoice-print': async () => ({ fileName: 'INV-SINV-1.pdf', pdfBase64: PDF_BASE64 }),
    });
    const done: string[] = [];
    renderButton(api, [1], (f) => done.push(f));
    fireEvent.click(screen.getByRole('button', { name: 'Print e-invoice' }));
    await vi.waitFor(() => expect(done).toEqual(['INV-SINV-1.pdf']));
    expect(clicked.map((c) => c.download)).toEqual(['INV-SINV-1.pdf']);
    expect(opened).toEqual([]);
  });

  it('shows a refused QR code in an alert with the plain message, and prints nothing', async () => {
    const message =
      'Invoice SINV/7: the signed QR code does not carry this invoice’s total (₹1,180.00 in the ledger, ₹1,080.00 in the QR code).';
    const api = fakeDesk({
      'invoice-print': async () => {
        throw new DeskError('CONFLICT', message, 'signedQrCode');
      },
    });
    renderButton(api, [7]);
    fireEvent.click(screen.getByRole('button', { name: 'Print e-invoice' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Printing blocked');
    expect(alert.textContent).toContain(message);
    expect(clicked).toEqual([]);
    expect(opened).toEqual([]);
  });
});
