import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { amount, milli, percent, taxHeads } from './layout';
import type { PrintableInvoice, PrintableLine } from './printable';
import { qrPng } from './qr-image';
import { renderInvoicePdf } from './render';
import { TEST_SELLER, totalsOfLines } from './test-invoice';
import { pdfPages, pdfText } from './test-pdf';
import { claimMismatches, type QrExpectation } from './verify';

function line(n: number, intra: boolean): PrintableLine {
  const taxable = 100_000 + n;
  const tax = Math.round(taxable * 0.18);
  return {
    serialNo: String(n),
    description: `Bracket M${n}`,
    hsn: '73269099',
    isService: false,
    quantityMilli: 2_500,
    unit: 'NOS',
    unitPriceMilli: 400_000,
    discountPaise: 0,
    taxablePaise: taxable,
    gstRateMilli: 18_000,
    igstPaise: intra ? 0 : tax,
    cgstPaise: intra ? tax / 2 : 0,
    sgstPaise: intra ? tax / 2 : 0,
    cessPaise: 0,
    totalPaise: taxable + tax,
  };
}

function invoice(lines: number, extra: Partial<PrintableInvoice> = {}): PrintableInvoice {
  const items = Array.from({ length: lines }, (_, i) => line(i + 1, true));
  return {
    docType: 'INV',
    title: 'Tax Invoice',
    docNo: 'LONG/60',
    docDate: '02/04/2025',
    supplyType: 'B2B',
    reverseCharge: false,
    seller: TEST_SELLER,
    buyer: {
      legalName: 'Kaveri Fabricators',
      gstin: '29AAGCV4521M1ZW',
      addressLines: ['Mysuru - 570001'],
      stateCode: '29',
      stateName: 'Karnataka',
    },
    placeOfSupply: { code: '29', name: 'Karnataka' },
    precedingDocuments: [],
    lines: items,
    totals: totalsOfLines(items),
    amountInWords: 'Rupees Seventy One Thousand Only',
    irn: {
      irn: 'b'.repeat(64),
      ackNo: '112510000000042',
      ackDt: '2025-04-02 11:05:00',
      signedQrCode: 'eyJhbGciOiJSUzI1NiJ9.eyJkYXRhIjoie30ifQ.c2lnbmF0dXJl',
      status: 'ACT',
    },
    ewayBill: null,
    sandbox: false,
    cancelled: false,
    ...extra,
  };
}

describe('renderInvoicePdf', () => {
  it('flows a 60-line invoice over pages and repeats the item table header on each', async () => {
    const pages = pdfPages(await renderInvoicePdf(invoice(60)));
    const withLines = pages.filter((page) => page.includes('Bracket M'));
    expect(withLines.length).toBeGreaterThanOrEqual(2);
    for (const page of withLines) {
      expect(page).toContain('HSN/SAC');
      expect(page).toContain('Taxable');
      expect(page).toMatch(/CGST/);
    }
    const all = pages.join('\n');
    for (const n of [1, 30, 60]) expect(all).toContain(`Bracket M${n}`);
    // The totals, words and signature come once, after the last line.
    const last = pages[pages.length - 1]!;
    expect(last).toContain('Rupees Seventy One Thousand Only');
    expect(last).toContain('Authorised signatory');
    expect(pages[0]).toContain(`Page 1 of ${pages.length}`);
  });

  it('shows intra-state tax as CGST and SGST at half the rate each, with ₹ totals', async () => {
    const p = invoice(2);
    const text = pdfText(await renderInvoicePdf(p));
    expect(text).toContain('SGST/UTGST');
    expect(text).not.toContain('IGST');
    expect(text).toContain('9%');
    expect(text).toContain(`₹${amount(p.totals.totalInvoiceValue)}`);
    expect(text).toMatch(/Reverse charge[\s\S]*No/);
    expect(text).toContain('Karnataka (29)');
  });

  it('has a discount column only when a line has a discount', async () => {
    const plain = pdfText(await renderInvoicePdf(invoice(2)));
    expect(plain).not.toContain('Discount');
    const discounted = invoice(2);
    discounted.lines[1] = { ...discounted.lines[1]!, discountPaise: 12_345 };
    const text = pdfText(await renderInvoicePdf(discounted));
    expect(text).toContain('Discount');
    // The discounted row reads in column order: rate, discount, taxable value.
    const row = text.split('\n').find((l) => l.includes('Bracket M2'))!;
    expect(row.replace(/\s+/g, ' ')).toContain(`400.00 ${amount(12_345)} ${amount(100_002)}`);
    const other = text.split('\n').find((l) => l.includes('Bracket M1'))!;
    expect(other.replace(/\s+/g, ' ')).toContain(`400.00 ${amount(100_001)}`);
  });

  it('prints the e-way bill number and validity when there is one', async () => {
    const text = pdfText(
      await renderInvoicePdf(
        invoice(1, {
          ewayBill: {
            ewbNo: '131000000007',
            ewbDate: '2025-04-02 12:00:00',
            validTill: '2025-04-04 23:59:00',
            status: 'ACT',
            distanceKm: 310,
            vehicleNo: 'KA01AB1234',
          },
        }),
      ),
    );
    expect(text).toContain('131000000007');
    expect(text).toContain('04/04/2025 23:59');
    expect(text).toContain('KA01AB1234');
  });

  it('watermarks sandbox and cancelled invoices', async () => {
    const plain = pdfText(await renderInvoicePdf(invoice(1)));
    expect(plain).not.toMatch(/SANDBOX|CANCELLED/);
    // Rotated watermark text comes out one glyph per line: compare without white space.
    const squeeze = (text: string) => text.replace(/\s+/g, '');
    const sandbox = squeeze(pdfText(await renderInvoicePdf(invoice(1, { sandbox: true })), 'raw'));
    expect(sandbox).toContain('SANDBOX—NOTAVALIDTAXINVOICE');
    const cancelled = squeeze(pdfText(await renderInvoicePdf(invoice(1, { cancelled: true })), 'raw'));
    expect(cancelled).toContain('CANCELLED');
    expect(cancelled).not.toContain('SANDBOX');
  });
});

describe('layout helpers', () => {
  it('formats thousandths, rates and amounts the Indian way', () => {
    expect(milli(12_500)).toBe('12.5');
    expect(milli(100_000)).toBe('100');
    expect(milli(250_000, 2)).toBe('250.00');
    expect(milli(1_234_567_125, 2)).toBe('12,34,567.125');
    expect(percent(2_500)).toBe('2.5%');
    expect(amount(-123_456_78)).toBe('-1,23,456.78');
  });

  it('picks IGST for a nil-rated inter-state invoice and CGST/SGST for an intra-state one', () => {
    const zero = (p: PrintableInvoice) => ({
      ...p,
      lines: p.lines.map((l) => ({ ...l, igstPaise: 0, cgstPaise: 0, sgstPaise: 0 })),
      totals: { ...p.totals, cgst: 0, sgst: 0, igst: 0 },
    });
    expect(taxHeads(zero(invoice(1)))).toEqual({ igst: false, cgstSgst: true, cess: false });
    const inter = zero(invoice(1, { placeOfSupply: { code: '27', name: 'Maharashtra' } }));
    expect(taxHeads(inter)).toEqual({ igst: true, cgstSgst: false, cess: false });
  });
});

describe('qrPng', () => {
  it('draws a symbol that decodes to the text', () => {
    const text = `eyJ${'x'.repeat(900)}.sig-_`;
    const { png, modules } = qrPng(text);
    const image = PNG.sync.read(png);
    expect(image.width).toBe(modules * 3);
    expect(jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data).toBe(text);
  });
});

describe('claimMismatches', () => {
  const expected: QrExpectation = {
    irn: 'c'.repeat(64),
    sellerGstin: '29AAGCV4521M1ZW',
    buyerGstin: '27AAKFS7310Q1ZK',
    docNo: 'Sinv/1',
    docType: 'INV',
    docDate: '02/04/2025',
    totalPaise: 2_625_010,
    itemCount: 1,
  };
  const claims = {
    Irn: 'c'.repeat(64),
    SellerGstin: '29AAGCV4521M1ZW',
    BuyerGstin: '27AAKFS7310Q1ZK',
    DocNo: 'Sinv/1',
    DocTyp: 'INV',
    DocDt: '02/04/2025',
    TotInvVal: 26250.1,
    ItemCnt: 1,
  };

  it('accepts claims that match, reading TotInvVal rupees without float drift', () => {
    expect(claimMismatches(claims, expected)).toEqual([]);
    expect(claimMismatches({ ...claims, BuyerGstin: 'URP' }, { ...expected, buyerGstin: null })).toEqual([]);
  });

  it('names every field that differs', () => {
    const problems = claimMismatches({ ...claims, DocNo: 'SINV/1', TotInvVal: 26250, ItemCnt: 2 }, expected);
    expect(problems).toHaveLength(3);
    expect(problems.join(' ')).toMatch(
      /DocNo[\s\S]*26250\.00 in the QR code but 26250\.10 here[\s\S]*ItemCnt/,
    );
  });
});
