import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeskError } from '../../shared/api';
import { formatRupees } from '../../shared/format/indian';
import { startInvoiceHarness, type InvoiceHarness } from '../invoices/test-harness';
import { PrintService } from './print-service';
import { decodeQrOnPage, pdfPages, pdfText } from './test-pdf';
import { PrintErrorCode } from './verify';

// Real IRNs from a running sandbox, printed and read back the way a person and an officer would.
describe('PrintService', () => {
  let harness: InvoiceHarness;
  let print: PrintService;
  let first: number;
  let second: number;

  const generate = async (docNo: string, qty?: number) => {
    const id = harness.importInvoice(docNo, qty);
    const view = await harness.services.invoices.generate(id);
    expect(view.status, JSON.stringify(view.findings)).toBe('generated');
    return id;
  };

  beforeAll(async () => {
    harness = await startInvoiceHarness();
    const { ledger, registry, invoices } = harness.services;
    print = new PrintService({ ledger, registry, invoices });
    first = await generate('PRN/1');
    second = await generate('PRN/2', 40);
  });
  afterAll(() => harness.close());

  it('prints the IRN, Ack No, totals and amount in words', async () => {
    const view = harness.services.invoices.get(first);
    const { fileName, pdf } = await print.printInvoice(first);
    expect(fileName).toBe('INV-PRN-1.pdf');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf);
    expect(text).toContain(view.irn!.irn);
    expect(text).toContain(view.irn!.ackNo);
    expect(text).toContain(formatRupees(view.computed.totals.totalInvoiceValue)); // ₹26,250.00
    expect(text).toContain('₹');
    expect(text).toContain(view.amountInWords);
    expect(text).toContain('29AAGCV4521M1ZW');
    expect(text).toContain('27AAKFS7310Q1ZK');
    expect(text).toContain('520811');
    expect(text).toContain('Authorised signatory');
    expect(text).toContain('For Vasundhara Textiles Private Limited');
    expect(text).toMatch(/Reverse charge\s+Place|Reverse charge/);
  });

  it('draws a QR code that scans back to exactly the stored SignedQRCode', async () => {
    const stored = harness.services.ledger.irns.getByInvoice(first)!.signedQrCode;
    expect(stored).toBeTruthy();
    const { pdf } = await print.printInvoice(first);
    expect(decodeQrOnPage(pdf)).toBe(stored);
  });

  it('refuses to print a SignedQRCode with one character of its payload changed', async () => {
    const { ledger } = harness.services;
    const record = ledger.irns.getByInvoice(first)!;
    const [head, body, signature] = record.signedQrCode!.split('.') as [string, string, string];
    const i = Math.floor(body.length / 2);
    const tampered = `${head}.${body.slice(0, i)}${body[i] === 'A' ? 'B' : 'A'}${body.slice(i + 1)}.${signature}`;
    ledger.irns.storeSigned(record.irn, record.signedInvoice!, tampered, 'verified');
    try {
      const refusal = await print.printInvoice(first).catch((e: unknown) => e);
      expect(refusal).toBeInstanceOf(DeskError);
      expect((refusal as DeskError).code).toBe(PrintErrorCode.BadSignature);
      expect((refusal as DeskError).field).toBe('signedQrCode');
      expect((refusal as DeskError).message).toMatch(/signature does not match|damaged/);
    } finally {
      ledger.irns.storeSigned(record.irn, record.signedInvoice!, record.signedQrCode!, 'verified');
    }
  });

  it('refuses a genuinely signed QR code that belongs to another invoice', async () => {
    const { ledger } = harness.services;
    const mine = ledger.irns.getByInvoice(first)!;
    const other = ledger.irns.getByInvoice(second)!;
    ledger.irns.storeSigned(mine.irn, mine.signedInvoice!, other.signedQrCode!, 'verified');
    try {
      const refusal = (await print.printInvoice(first).catch((e: unknown) => e)) as DeskError;
      expect(refusal.code).toBe(PrintErrorCode.Mismatch);
      expect(refusal.message).toContain('the IRN is');
      expect(refusal.message).toContain('PRN/2');
      expect(refusal.message).toContain('TotInvVal');
    } finally {
      ledger.irns.storeSigned(mine.irn, mine.signedInvoice!, mine.signedQrCode!, 'verified');
    }
  });

  it('prints several invoices into one PDF with progress, each on its own page', async () => {
    const progress: string[] = [];
    const pdf = await print.printMany([first, second], (done, total, phase) =>
      progress.push(`${phase} ${done}/${total}`),
    );
    expect(progress).toEqual(['verified 1/2', 'verified 2/2', 'rendered 2/2']);
    const pages = pdfPages(pdf);
    expect(pages).toHaveLength(2);
    expect(pages[0]).toContain('PRN/1');
    expect(pages[1]).toContain('PRN/2');
    expect(decodeQrOnPage(pdf, 2)).toBe(harness.services.ledger.irns.getByInvoice(second)!.signedQrCode);
  });

  it('names the invoice that stops a batch', async () => {
    const draft = harness.importInvoice('PRN/DRAFT');
    const refusal = (await print.printMany([first, draft]).catch((e: unknown) => e)) as DeskError;
    expect(refusal).toBeInstanceOf(DeskError);
    expect(refusal.message).toMatch(/^Invoice PRN\/DRAFT: .*no IRN/);
  });
});
