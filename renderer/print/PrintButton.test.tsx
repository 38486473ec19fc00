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

  it('in the desktop app opens the PDF in the system viewer, and Save as PDF still downloads it', async () => {
    window.desk = {} as NonNullable<typeof window.desk>;
    const openedInViewer: Array<{ fileName: string; pdfBase64: string }> = [];
    const api = fakeDesk({
      'invoice-print': async () => ({ fileName: 'INV-SINV-1.pdf', pdfBase64: PDF_BASE64 }),
      'pdf-open': async (req) => {
        openedInViewer.push(req);
        return { opened: true, path: '/home/clerk/.einvoice-desk/prints/INV-SINV-1.pdf' };
      },
    });
    const done: string[] = [];
    renderButton(api, [1], (f) => done.push(f));
    fireEvent.click(screen.getByRole('button', { name: 'Print e-invoice' }));
    expect(await screen.findByText('Opened in your PDF viewer: use its Print command.')).toBeTruthy();
    expect(done).toEqual(['INV-SINV-1.pdf']);
    expect(openedInViewer).toEqual([{ fileName: 'INV-SINV-1.pdf', pdfBase64: PDF_BASE64 }]);
    // Nothing downloaded and no tab (window.open is denied in Electron) until the user asks.
    expect(clicked).toEqual([]);
    expect(opened).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Save as PDF' }));
    expect(clicked).toEqual([{ download: 'INV-SINV-1.pdf', href: 'blob:test/1' }]);
    expect(new Uint8Array(await blobs[0]!.arrayBuffer())).toEqual(base64ToBytes(PDF_BASE64));
    expect(opened).toEqual([]);

    // Back in browser mode the same button downloads and opens a tab, and never asks pdf-open.
    delete window.desk;
    fireEvent.click(screen.getByRole('button', { name: 'Print e-invoice' }));
    await vi.waitFor(() => expect(done).toEqual(['INV-SINV-1.pdf', 'INV-SINV-1.pdf']));
    expect(openedInViewer).toHaveLength(1);
    expect(clicked.map((c) => c.download)).toEqual(['INV-SINV-1.pdf', 'INV-SINV-1.pdf']);
    expect(opened).toEqual(['blob:test/2']);
    expect(screen.queryByText(/Opened in your PDF viewer/)).toBeNull();
  });

  it('in the desktop app falls back to a download when no viewer could be opened', async () => {
    window.desk = {} as NonNullable<typeof window.desk>;
    const api = fakeDesk({
      'invoice-print': async () => ({ fileName: 'e-invoices-2.pdf', pdfBase64: PDF_BASE64 }),
      'pdf-open': async () => ({ opened: false, path: null }),
    });
    const done: string[] = [];
    renderButton(api, [1, 2], (f) => done.push(f));
    fireEvent.click(screen.getByRole('button', { name: 'Print 2 e-invoices' }));
    await vi.waitFor(() => expect(done).toEqual(['e-invoices-2.pdf']));
    expect(clicked.map((c) => c.download)).toEqual(['e-invoices-2.pdf']);
    expect(opened).toEqual([]);
    expect(screen.queryByText(/Opened in your PDF viewer/)).toBeNull();
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
