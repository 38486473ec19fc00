/**
 * Printing speed: one e-invoice PDF with pdfmake (median of 50; target ≤ 30 ms), a batch of 500
 * invoices into one PDF (target ≤ 10 s), and, as the reference, the same invoice as HTML printed
 * by Chromium's page.pdf() through playwright-core (target: pdfmake ≥ 10× faster).
 */
import { generateKeyPairSync, sign } from 'node:crypto';
import { chromium } from 'playwright-core';
import { amount, milli, percent } from '../electron/print/layout';
import type { PrintableInvoice, PrintableLine } from '../electron/print/printable';
import { qrImage } from '../electron/print/qr-image';
import { renderInvoicePdf, renderInvoicesPdf } from '../electron/print/render';
import { TEST_BUYER, TEST_SELLER, totalsOfLines } from '../electron/print/test-invoice';
import { amountInWords } from '../shared/money';

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A SignedQRCode of the real shape and length (RS256 JWT with the IRP's claims). */
function signedQr(docNo: string, irn: string, total: number): string {
  const head = b64({
    alg: 'RS256',
    kid: 'F88374DC3C6CC7B9E2D6922A3F5FAAC444BFBFA3',
    typ: 'JWT',
    x5t: '-IN03Dxsx7ni1pIqP1-qxES_v6M',
  });
  const data = JSON.stringify({
    SellerGstin: '29AAGCV4521M1ZW',
    BuyerGstin: '27AAKFS7310Q1ZK',
    DocNo: docNo,
    DocTyp: 'INV',
    DocDt: '02/04/2025',
    TotInvVal: total / 100,
    ItemCnt: 5,
    MainHsnCode: '520811',
    Irn: irn,
    IrnDt: '2025-04-02 11:05:00',
  });
  const body = b64({ data, iss: 'NIC' });
  const signature = sign('RSA-SHA256', Buffer.from(`${head}.${body}`), privateKey).toString('base64url');
  return `${head}.${body}.${signature}`;
}

export function sample(n: number): PrintableInvoice {
  const lines: PrintableLine[] = Array.from({ length: 5 }, (_, i) => {
    const taxable = 2_500_000 + i * 12_345 + n;
    const igst = Math.round(taxable * 0.05);
    return {
      serialNo: String(i + 1),
      description: `Cotton fabric, grade ${i + 1}`,
      hsn: '520811',
      isService: false,
      quantityMilli: 100_000,
      unit: 'MTR',
      unitPriceMilli: 250_000,
      discountPaise: 0,
      taxablePaise: taxable,
      gstRateMilli: 5_000,
      igstPaise: igst,
      cgstPaise: 0,
      sgstPaise: 0,
      cessPaise: 0,
      totalPaise: taxable + igst,
    };
  });
  const totals = totalsOfLines(lines);
  const total = totals.totalInvoiceValue;
  const docNo = `SINV/25/${n + 1}`;
  const irn = (n.toString(16) + 'a'.repeat(64)).slice(0, 64);
  return {
    docType: 'INV',
    title: 'Tax Invoice',
    docNo,
    docDate: '02/04/2025',
    supplyType: 'B2B',
    reverseCharge: false,
    seller: TEST_SELLER,
    buyer: TEST_BUYER,
    placeOfSupply: { code: '27', name: 'Maharashtra' },
    precedingDocuments: [],
    lines,
    totals,
    amountInWords: amountInWords(total),
    irn: {
      irn,
      ackNo: '112510000000042',
      ackDt: '2025-04-02 11:05:00',
      signedQrCode: signedQr(docNo, irn, total),
      status: 'ACT',
    },
    ewayBill: null,
    sandbox: false,
    cancelled: false,
  };
}

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The same invoice as a print-ready HTML page (what an Electron printToPDF flow would render). */
function html(p: PrintableInvoice): string {
  const qr = p.irn ? qrImage(p.irn.signedQrCode) : null;
  const party = (title: string, x: PrintableInvoice['seller']) =>
    `<td><small>${title}</small><br><b>${esc(x.legalName)}</b><br>${x.addressLines.map(esc).join('<br>')}<br>GSTIN: <b>${x.gstin}</b><br>State: ${esc(x.stateName)} (code ${x.stateCode})</td>`;
  const rows = p.lines
    .map(
      (l) =>
        `<tr><td>${l.serialNo}</td><td>${esc(l.description)}</td><td>${l.hsn}</td><td class=r>${milli(l.quantityMilli ?? 0)}</td><td>${l.unit ?? ''}</td><td class=r>${milli(l.unitPriceMilli, 2)}</td><td class=r></td><td class=r>${amount(l.taxablePaise)}</td><td class=r>${percent(l.gstRateMilli)}</td><td class=r>${amount(l.igstPaise)}</td><td class=r>${amount(l.totalPaise)}</td></tr>`,
    )
    .join('');
  return `<!doctype html><html><head><meta charset="utf-8"><style>
    @page { size: A4; margin: 10mm; } body { font: 8pt 'DejaVu Sans', sans-serif; }
    table { border-collapse: collapse; width: 100%; } td, th { border: 0.5pt solid #999; padding: 2px; }
    thead { display: table-header-group; } .r { text-align: right; } .qr { float: right; width: ${qr ? qr.sizePt : 0}pt; }
  </style></head><body>
    <h1>TAX INVOICE</h1>${qr ? `<img class=qr src="${qr.dataUrl}">` : ''}
    <p>IRN<br><b>${p.irn?.irn ?? ''}</b><br>Ack No: <b>${p.irn?.ackNo ?? ''}</b> Ack Date: ${p.irn?.ackDt ?? ''}</p>
    <table><tr>${party('Supplier', p.seller)}${party('Recipient', p.buyer)}</tr></table>
    <p>Invoice No <b>${esc(p.docNo)}</b> · Date <b>${p.docDate}</b> · Place of supply <b>${esc(p.placeOfSupply.name)}</b> · Reverse charge <b>No</b></p>
    <table><thead><tr><th>#</th><th>Description</th><th>HSN/SAC</th><th>Qty</th><th>Unit</th><th>Rate (₹)</th><th>Discount (₹)</th><th>Taxable value (₹)</th><th>IGST rate</th><th>IGST (₹)</th><th>Total (₹)</th></tr></thead><tbody>${rows}</tbody></table>
    <p>Amount in words: <b>${esc(p.amountInWords)}</b></p><p style="text-align:right">Total invoice value <b>₹${amount(p.totals.totalInvoiceValue)}</b></p>
    <p style="text-align:right"><b>For ${esc(p.seller.legalName)}</b><br><br><br>Authorised signatory</p>
  </body></html>`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function timed(runs: number, fn: () => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn();
    out.push(performance.now() - started);
  }
  return out;
}

export default async function run(): Promise<void> {
  const one = sample(0);
  // The first PDF of a process also loads pdfmake and reads and parses the fonts (shared by every later PDF).
  const firstStarted = performance.now();
  await renderInvoicePdf(one);
  const firstMs = performance.now() - firstStarted;
  // Warm-up: JIT.
  for (let i = 0; i < 10; i++) await renderInvoicePdf(one);

  const single = await timed(50, () => renderInvoicePdf(one));
  const pdfmakeMedian = median(single);
  const size = (await renderInvoicePdf(one)).length;

  const batch = Array.from({ length: 500 }, (_, n) => sample(n));
  const batchStarted = performance.now();
  const batchPdf = await renderInvoicesPdf(batch);
  const batchMs = performance.now() - batchStarted;

  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  let chromiumMedian: number;
  let freshPageMedian: number;
  try {
    const page = await browser.newPage();
    const page1 = html(one);
    const printOnce = async () => {
      await page.setContent(page1, { waitUntil: 'load' });
      return page.pdf({ format: 'A4', printBackground: true });
    };
    for (let i = 0; i < 3; i++) await printOnce();
    chromiumMedian = median(await timed(20, printOnce));
    // A hidden window per print, as an Electron printToPDF flow usually does it.
    freshPageMedian = median(
      await timed(10, async () => {
        const fresh = await browser.newPage();
        await fresh.setContent(page1, { waitUntil: 'load' });
        await fresh.pdf({ format: 'A4', printBackground: true });
        await fresh.close();
      }),
    );
  } finally {
    await browser.close();
  }
  // Including the browser start, as a CLI that printed through Chromium would pay per run.
  const coldMedian = median(
    await timed(3, async () => {
      const cold = await chromium.launch({
        executablePath: '/usr/bin/chromium',
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
      });
      try {
        const page = await cold.newPage();
        await page.setContent(html(one), { waitUntil: 'load' });
        await page.pdf({ format: 'A4', printBackground: true });
      } finally {
        await cold.close();
      }
    }),
  );

  const ratio = chromiumMedian / pdfmakeMedian;
  const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED');
  console.log(
    `one e-invoice (pdfmake):     median ${pdfmakeMedian.toFixed(1)} ms over 50, ${(size / 1024).toFixed(0)} KiB  target ≤ 30 ms  ${verdict(pdfmakeMedian <= 30)}`,
  );
  console.log(
    `first PDF of the process:    ${firstMs.toFixed(1)} ms (loads pdfmake, reads and parses the fonts, once)`,
  );
  console.log(
    `batch of 500 into one PDF:   ${(batchMs / 1000).toFixed(2)} s, ${(batchPdf.length / 1024 / 1024).toFixed(1)} MiB  target ≤ 10 s  ${verdict(batchMs <= 10_000)}`,
  );
  console.log(
    `Chromium page.pdf() (HTML):  median ${chromiumMedian.toFixed(1)} ms over 20 (browser already running)`,
  );
  console.log(
    `Chromium, new page per print: median ${freshPageMedian.toFixed(1)} ms over 10  (${(freshPageMedian / pdfmakeMedian).toFixed(1)}×)`,
  );
  console.log(
    `Chromium incl. browser start: median ${coldMedian.toFixed(0)} ms over 3  (${(coldMedian / pdfmakeMedian).toFixed(1)}×)`,
  );
  console.log(
    `pdfmake vs warm Chromium page: ${ratio.toFixed(1)}× faster  target ≥ 10×  ${verdict(ratio >= 10)}`,
  );
}
