import documentModule from 'pdfmake/js/PDFDocument.js';
import { describe, expect, it } from 'vitest';
import { renderInvoicePdf } from './render';
import { pdfmakeDocumentClass } from './shared-fonts';
import { installStreamText, stockStreamWrites } from './stream-text';
import { testInvoice } from './test-invoice';
import { pdfText } from './test-pdf';

const documentClass = pdfmakeDocumentClass(documentModule);

/** The PDF without what differs between any two runs: the creation date and the file ID. */
function timeless(pdf: Buffer): string {
  return pdf
    .toString('latin1')
    .replace(/\(D:\d{14}Z\)/g, '(D:)')
    .replace(/\/ID \[<[0-9a-f]+> <[0-9a-f]+>\]/g, '/ID []');
}

describe('stream text', () => {
  it('is installed over the pdfkit version it was reviewed against', () => {
    // Fails after a pdfkit upgrade: review stream-text.ts against the new PDFReference and update
    // its hashes (until then pdfkit makes a Buffer per operator, as before).
    expect(installStreamText(documentClass)).toBe(true);
    expect(stockStreamWrites(documentClass)).not.toBeNull();
  });

  it("writes byte for byte the PDF pdfkit's own stream writes give", async () => {
    installStreamText(documentClass);
    const stock = stockStreamWrites(documentClass)!;
    const proto = (
      documentClass.prototype as unknown as {
        ref(data?: object): { constructor: { prototype: Record<string, unknown> } };
      }
    ).ref.call({ _offsets: [], _waiting: 0, compress: true }).constructor.prototype;
    const mine = { write: proto['write'], finalize: proto['finalize'] };
    // Two pages, a watermark, the QR image and both font programs (binary chunks between text).
    const invoices = [testInvoice(5, 45), testInvoice(6, 2)];
    const withText = await Promise.all(invoices.map((invoice) => renderInvoicePdf(invoice)));
    Object.assign(proto, stock);
    let withBuffers: Buffer[];
    try {
      withBuffers = await Promise.all(invoices.map((invoice) => renderInvoicePdf(invoice)));
    } finally {
      Object.assign(proto, mine);
    }
    expect(mine.write).not.toBe(stock.write);
    withText.forEach((pdf, i) => {
      expect(timeless(pdf)).toBe(timeless(withBuffers[i]!));
      expect(pdfText(pdf)).toContain(invoices[i]!.docNo);
    });
  });
});
